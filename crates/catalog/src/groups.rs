//! SOC 2018 major and minor groups of each occupation, with their titles.

use std::collections::BTreeMap;

use crate::basis::with_dash;
use crate::error::{Error, Result};
use crate::oews::Oews;

/// SOC 2018 minor groups whose code is not `XX-X000`; every other minor group is.
const FIVE_DIGIT_MINOR_GROUPS: [&str; 3] = ["15-12", "31-11", "51-51"];

/// Official SOC 2018 titles of the groups OEWS has no row for: military occupations are not
/// surveyed, and OEWS omits a minor group that holds a single detailed occupation (the
/// occupation's row already is the total) or, like 45-3000, has none it publishes.
const FALLBACK_TITLES: [(&str, &str); 11] = [
    (
        "43-1000",
        "Supervisors of Office and Administrative Support Workers",
    ),
    (
        "45-1000",
        "Supervisors of Farming, Fishing, and Forestry Workers",
    ),
    ("45-3000", "Fishing and Hunting Workers"),
    ("39-7000", "Tour and Travel Guides"),
    (
        "47-1000",
        "Supervisors of Construction and Extraction Workers",
    ),
    (
        "49-1000",
        "Supervisors of Installation, Maintenance, and Repair Workers",
    ),
    ("51-1000", "Supervisors of Production Workers"),
    ("55-0000", "Military Specific Occupations"),
    (
        "55-1000",
        "Military Officer Special and Tactical Operations Leaders",
    ),
    ("55-2000", "First-Line Enlisted Military Supervisors"),
    (
        "55-3000",
        "Military Enlisted Tactical Operations and Air/Weapons Specialists and Crew Members",
    ),
];

/// `151252` → `15-0000`
pub fn major_code(soc6: &str) -> String {
    format!("{}-0000", &soc6[..2])
}

/// `151252` → `15-1200`, `272012` → `27-2000`.
///
/// OEWS also lists some minor groups under a broad code (`195010`, `531040`); this maps
/// those to their SOC minor group too (`19-5000`, `53-1000`).
pub fn minor_code(soc6: &str) -> String {
    let dashed = with_dash(soc6);
    if FIVE_DIGIT_MINOR_GROUPS.contains(&&dashed[..5]) {
        format!("{}00", &dashed[..5])
    } else {
        format!("{}000", &dashed[..4])
    }
}

/// Group titles by SOC group code (`15-0000`, `15-1200`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupTitles(BTreeMap<String, String>);

impl GroupTitles {
    /// Titles of OEWS's national major- (level 0) and minor-group (level 1) rows, then the
    /// fallback table for groups OEWS does not publish.
    pub fn new(oews: &Oews) -> Result<Self> {
        let mut titles = BTreeMap::new();
        for (level, code_of) in [(0, major_code as fn(&str) -> String), (1, minor_code)] {
            for group in oews.at_level(level) {
                // `000000` is "All Occupations", not a group.
                if group.code == "000000" {
                    continue;
                }
                let code = code_of(&group.code);
                if let Some(other) = titles.insert(code.clone(), group.title.clone()) {
                    return Err(Error::new(format!(
                        "OEWS rows “{other}” and “{}” are both group {code}",
                        group.title
                    )));
                }
            }
        }
        for (code, title) in FALLBACK_TITLES {
            titles
                .entry(code.to_owned())
                .or_insert_with(|| title.to_owned());
        }
        Ok(GroupTitles(titles))
    }

    pub fn title(&self, code: &str) -> Result<&str> {
        self.0
            .get(code)
            .map(String::as_str)
            .ok_or_else(|| Error::new(format!("no title for SOC group {code}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_codes() {
        assert_eq!(major_code("151252"), "15-0000");
        assert_eq!(minor_code("151252"), "15-1200");
        assert_eq!(minor_code("272012"), "27-2000");
        assert_eq!(minor_code("311121"), "31-1100");
        assert_eq!(minor_code("515112"), "51-5100");
        assert_eq!(minor_code("195010"), "19-5000");
        assert_eq!(minor_code("531047"), "53-1000");
        assert_eq!(minor_code("553016"), "55-3000");
    }
}
