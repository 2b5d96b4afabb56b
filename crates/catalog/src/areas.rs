//! OEWS areas: the nation and the 54 state-level areas, keyed by USPS code.

use std::cmp::Ordering;
use std::fmt;

use serde::{Serialize, Serializer};

use crate::error::{Error, Result};

/// Key of the national figures.
pub const NATIONAL: &str = "US";
pub const NATIONAL_NAME: &str = "National";

/// State-level areas BLS publishes: the 50 states, DC, Guam, Puerto Rico, Virgin Islands.
pub const STATE_AREAS: usize = 54;

/// State FIPS code → USPS code. OEWS names areas by FIPS (`0600000`); the app's keys are the
/// codes readers know.
const USPS_BY_FIPS: [(&str, &str); STATE_AREAS] = [
    ("01", "AL"),
    ("02", "AK"),
    ("04", "AZ"),
    ("05", "AR"),
    ("06", "CA"),
    ("08", "CO"),
    ("09", "CT"),
    ("10", "DE"),
    ("11", "DC"),
    ("12", "FL"),
    ("13", "GA"),
    ("15", "HI"),
    ("16", "ID"),
    ("17", "IL"),
    ("18", "IN"),
    ("19", "IA"),
    ("20", "KS"),
    ("21", "KY"),
    ("22", "LA"),
    ("23", "ME"),
    ("24", "MD"),
    ("25", "MA"),
    ("26", "MI"),
    ("27", "MN"),
    ("28", "MS"),
    ("29", "MO"),
    ("30", "MT"),
    ("31", "NE"),
    ("32", "NV"),
    ("33", "NH"),
    ("34", "NJ"),
    ("35", "NM"),
    ("36", "NY"),
    ("37", "NC"),
    ("38", "ND"),
    ("39", "OH"),
    ("40", "OK"),
    ("41", "OR"),
    ("42", "PA"),
    ("44", "RI"),
    ("45", "SC"),
    ("46", "SD"),
    ("47", "TN"),
    ("48", "TX"),
    ("49", "UT"),
    ("50", "VT"),
    ("51", "VA"),
    ("53", "WA"),
    ("54", "WV"),
    ("55", "WI"),
    ("56", "WY"),
    ("66", "GU"),
    ("72", "PR"),
    ("78", "VI"),
];

/// The USPS code of a state FIPS code (`48` → `TX`).
pub fn usps_of_fips(fips: &str) -> Option<&'static str> {
    USPS_BY_FIPS
        .iter()
        .find(|(f, _)| *f == fips)
        .map(|(_, usps)| *usps)
}

/// The USPS code itself, if it is one of the 54 state-level areas (`tx` is not).
pub fn known_usps(code: &str) -> Option<&'static str> {
    USPS_BY_FIPS
        .iter()
        .find(|(_, usps)| *usps == code)
        .map(|(_, usps)| *usps)
}

/// An area key: `US` or a USPS code.
///
/// Ordered with `US` first and then by code, so maps keyed by it serialise in the
/// documented order (`US`, then USPS codes) without depending on insertion order.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AreaKey(&'static str);

impl AreaKey {
    pub fn national() -> Self {
        AreaKey(NATIONAL)
    }

    /// The key of an OEWS area from its `area_type` and `area_code`.
    pub fn from_oews(area_type: &str, area_code: &str) -> Result<Self> {
        match area_type {
            "N" => Ok(Self::national()),
            "S" => {
                let fips = area_code.get(..2).unwrap_or_default();
                usps_of_fips(fips).map(AreaKey).ok_or_else(|| {
                    Error::new(format!("state area code {area_code} has no USPS code"))
                })
            }
            other => Err(Error::new(format!(
                "area type “{other}” (area {area_code}) is neither national nor state"
            ))),
        }
    }

    pub fn as_str(&self) -> &'static str {
        self.0
    }

    pub fn is_national(&self) -> bool {
        self.0 == NATIONAL
    }
}

impl Ord for AreaKey {
    fn cmp(&self, other: &Self) -> Ordering {
        (!self.is_national(), self.0).cmp(&(!other.is_national(), other.0))
    }
}

impl PartialOrd for AreaKey {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for AreaKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl Serialize for AreaKey {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

impl PartialEq<str> for AreaKey {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_fips_to_usps() {
        assert_eq!(AreaKey::from_oews("S", "0600000").unwrap().as_str(), "CA");
        assert_eq!(AreaKey::from_oews("S", "7800000").unwrap().as_str(), "VI");
        assert_eq!(AreaKey::from_oews("N", "0000000").unwrap().as_str(), "US");
        assert!(AreaKey::from_oews("S", "0300000").is_err());
        assert!(AreaKey::from_oews("M", "0000001").is_err());
    }

    #[test]
    fn national_sorts_first() {
        let mut keys = [
            AreaKey::from_oews("S", "4900000").unwrap(),
            AreaKey::national(),
            AreaKey::from_oews("S", "0200000").unwrap(),
        ];
        keys.sort();
        let codes: Vec<_> = keys.iter().map(AreaKey::as_str).collect();
        assert_eq!(codes, ["US", "AK", "UT"]);
    }

    #[test]
    fn table_is_unique() {
        let mut fips: Vec<_> = USPS_BY_FIPS.iter().map(|(f, _)| *f).collect();
        let mut usps: Vec<_> = USPS_BY_FIPS.iter().map(|(_, u)| *u).collect();
        fips.sort();
        fips.dedup();
        usps.sort();
        usps.dedup();
        assert_eq!((fips.len(), usps.len()), (STATE_AREAS, STATE_AREAS));
    }
}
