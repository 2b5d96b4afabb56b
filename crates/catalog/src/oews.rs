//! BLS OEWS May 2025, national and state rows (gzip-compressed CSV).

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::Path;

use crate::areas::{AreaKey, NATIONAL_NAME};
use crate::error::{Error, Result};
use crate::figures::{csv_with_header, read_gzipped, FigureColumns};
use role_compare_core::wages::concentration::Concentration;
use role_compare_core::wages::value::AreaWages;

/// An OEWS occupation or group with its figures in every area that publishes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OewsOccupation {
    /// `occ_code`, six digits without a dash: `272012`.
    pub code: String,
    /// `occ_title` of the national row.
    pub title: String,
    /// 0 major group, 1 minor group, 2 broad, 3 detailed.
    pub level: u8,
    pub wages: BTreeMap<AreaKey, AreaWages>,
    /// Jobs per 1,000 and location quotient in each state that publishes the occupation
    /// (BLS leaves both empty for the nation, the benchmark).
    pub concentration: BTreeMap<AreaKey, Concentration>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Oews {
    /// `US` first, then the state-level areas by USPS code, with their names.
    pub areas: Vec<(AreaKey, String)>,
    occupations: HashMap<String, OewsOccupation>,
}

impl Oews {
    pub fn read(path: &Path) -> Result<Self> {
        read_gzipped(path, Self::from_reader)
    }

    /// Reads uncompressed CSV with BLS's header.
    pub fn from_reader(reader: impl Read) -> Result<Self> {
        let (mut csv, header) = csv_with_header(reader)?;
        let area_code = header.column("area_code")?;
        let area_type = header.column("area_type")?;
        let area_name = header.column("area_name")?;
        let occ_code = header.column("occ_code")?;
        let occ_title = header.column("occ_title")?;
        let occ_level = header.column("occ_level")?;
        let figures = FigureColumns::with_concentration(&header)?;

        let mut names: BTreeMap<AreaKey, String> = BTreeMap::new();
        let mut occupations: HashMap<String, OewsOccupation> = HashMap::new();
        for record in csv.records() {
            let record = record.map_err(|e| Error::new(e.to_string()))?;
            let line = record.position().map_or(0, |p| p.line());
            let cell = |i: usize| record.get(i).unwrap_or_default().trim();
            let at = |message: String| Error::new(format!("line {line}: {message}"));

            let area = AreaKey::from_oews(cell(area_type), cell(area_code))
                .map_err(|e| at(e.to_string()))?;
            let name = if area.is_national() {
                NATIONAL_NAME
            } else {
                cell(area_name)
            };
            match names.get(&area) {
                Some(known) if known != name => {
                    return Err(at(format!("{area} is named both “{known}” and “{name}”")))
                }
                Some(_) => {}
                None => {
                    names.insert(area.clone(), name.to_owned());
                }
            }

            let code = cell(occ_code);
            if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
                return Err(at(format!("“{code}” is not a six-digit SOC code")));
            }
            let level = match cell(occ_level) {
                level @ ("0" | "1" | "2" | "3") => level.as_bytes()[0] - b'0',
                other => return Err(at(format!("“{other}” is not an occupation level"))),
            };
            let wages = figures.read_wages(&record).map_err(|e| at(e.to_string()))?;
            let concentration = figures
                .read_concentration(&record)
                .map_err(|e| at(e.to_string()))?;

            let entry = occupations
                .entry(code.to_owned())
                .or_insert_with(|| OewsOccupation {
                    code: code.to_owned(),
                    title: String::new(),
                    level,
                    wages: BTreeMap::new(),
                    concentration: BTreeMap::new(),
                });
            if entry.level != level {
                return Err(at(format!(
                    "{code} appears at levels {} and {level}",
                    entry.level
                )));
            }
            if area.is_national() {
                entry.title = cell(occ_title).to_owned();
            }
            if entry.wages.insert(area.clone(), wages).is_some() {
                return Err(at(format!("a second row for {code} in {area}")));
            }
            if !area.is_national() {
                entry.concentration.insert(area.clone(), concentration);
            }
        }

        if let Some(orphan) = occupations.values().find(|o| o.title.is_empty()) {
            // Titles come from the national row; a state-only code would have none.
            return Err(Error::new(format!("{} has no national row", orphan.code)));
        }
        let areas = names.into_iter().collect();
        Ok(Oews { areas, occupations })
    }

    /// The OEWS row set for a six-digit code, if BLS publishes it.
    pub fn occupation(&self, code: &str) -> Option<&OewsOccupation> {
        self.occupations.get(code)
    }

    /// Every code at one level, in code order.
    pub fn at_level(&self, level: u8) -> Vec<&OewsOccupation> {
        let mut found: Vec<_> = self
            .occupations
            .values()
            .filter(|o| o.level == level)
            .collect();
        found.sort_by(|a, b| a.code.cmp(&b.code));
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use role_compare_core::wages::value::WageValue;

    const HEADER: &str = "area_code,area_type,area_name,occ_code,occ_title,occ_level,tot_emp,\
        h_median,a_mean,a_pct10,a_pct25,a_median,a_pct75,a_pct90,jobs_1000,loc_quotient,\
        tot_emp_footnote,h_median_footnote,a_mean_footnote,a_pct10_footnote,a_pct25_footnote,\
        a_median_footnote,a_pct75_footnote,a_pct90_footnote,jobs_1000_footnote,\
        loc_quotient_footnote";

    fn read(rows: &[&str]) -> Result<Oews> {
        Oews::from_reader(format!("{HEADER}\n{}\n", rows.join("\n")).as_bytes())
    }

    #[test]
    fn reads_quoted_titles_and_typed_figures() {
        let oews = read(&[
            r#"0000000,N,National,272011,"Actors, all",3,55000,29.05,-,-,-,-,-,-,,,,,4,4,4,4,4,4,,"#,
            r#"0600000,S,California,272011,"Actors, all",3,-,-,-,-,-,-,-,-,0.672,2.10,8,8,4,4,4,4,4,4,,"#,
        ])
        .unwrap();
        let actors = oews.occupation("272011").unwrap();
        assert_eq!(actors.title, "Actors, all");
        assert_eq!(actors.level, 3);
        let national = actors.wages[&AreaKey::national()];
        assert_eq!(national.employment, WageValue::Amount(55_000));
        assert_eq!(national.annual.median, WageValue::HourlyOnly);
        assert_eq!(national.hourly_median, WageValue::Amount(2905));
        assert!(!actors.concentration.contains_key(&AreaKey::national()));
        let california = actors.concentration[&AreaKey::from_oews("S", "0600000").unwrap()];
        assert_eq!(california.jobs_per_1000, WageValue::Amount(672));
        assert_eq!(california.location_quotient, WageValue::Amount(210));
        let codes: Vec<_> = oews
            .areas
            .iter()
            .map(|(key, name)| (key.as_str(), name.as_str()))
            .collect();
        assert_eq!(codes, [("US", "National"), ("CA", "California")]);
    }

    #[test]
    fn rejects_duplicates_and_unknown_areas() {
        let row = "0000000,N,National,111011,Chief Executives,3,1,1.00,1,1,1,1,1,1,,,,,,,,,,,,";
        assert!(read(&[row, row])
            .unwrap_err()
            .to_string()
            .contains("second row"));
        let guam_typo =
            "6700000,S,Nowhere,111011,Chief Executives,3,1,1.00,1,1,1,1,1,1,1.000,1.00,,,,,,,,,,";
        assert!(read(&[row, guam_typo]).is_err());
    }
}
