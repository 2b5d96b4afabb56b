//! BLS OEWS May 2025 national industry estimates (the committed extract of 3-digit NAICS
//! rows), and each occupation's top industries as the core's [`Industries`].

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use role_compare_core::data::industries::{Industries, IndustryEmployment, INDUSTRY_LEVEL};
use role_compare_core::wages::value::WageValue;

use crate::error::{Error, Result};
use crate::figures::{csv_with_header, read_gzipped};
use crate::wages::{parse_cell, Column};

/// How many industries an occupation lists: enough to cover a median 95.5% of an
/// occupation's jobs at this level, few enough to read side by side.
pub const TOP_INDUSTRIES: usize = 8;

/// One industry row: code, name and the occupation's employment in it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct IndustryRow {
    code: String,
    name: String,
    employment: WageValue,
}

/// Every occupation's industry rows, by six-digit SOC code.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct IndustryTable(HashMap<String, Vec<IndustryRow>>);

impl IndustryTable {
    pub fn read(path: &Path) -> Result<Self> {
        read_gzipped(path, Self::from_reader)
    }

    /// Reads the extract's CSV (`crate::extract::INDUSTRY`).
    pub fn from_reader(reader: impl Read) -> Result<Self> {
        let (mut csv, header) = csv_with_header(reader)?;
        let code = header.column("industry_code")?;
        let name = header.column("industry_name")?;
        let level = header.column("industry_level")?;
        let occ_code = header.column("occ_code")?;
        let tot_emp = header.column("tot_emp")?;
        let footnote = header.column("tot_emp_footnote")?;

        let mut table: HashMap<String, Vec<IndustryRow>> = HashMap::new();
        let mut names: HashMap<String, String> = HashMap::new();
        for record in csv.records() {
            let record = record.map_err(|e| Error::new(e.to_string()))?;
            let line = record.position().map_or(0, |p| p.line());
            let cell = |i: usize| record.get(i).unwrap_or_default().trim();
            let at = |message: String| Error::new(format!("line {line}: {message}"));

            // Levels overlap (a 3-digit industry holds its 4-digit ones): one level only.
            if cell(level) != INDUSTRY_LEVEL.to_string() {
                return Err(at(format!(
                    "industry level “{}” is not {INDUSTRY_LEVEL}",
                    cell(level)
                )));
            }
            let industry = cell(code);
            if industry.len() != 6 || !industry.bytes().all(|b| b.is_ascii_digit()) {
                return Err(at(format!(
                    "“{industry}” is not a 3-digit NAICS industry code"
                )));
            }
            let title = cell(name);
            if let Some(known) = names.insert(industry.to_owned(), title.to_owned()) {
                if known != title {
                    return Err(at(format!(
                        "{industry} is named both “{known}” and “{title}”"
                    )));
                }
            }
            let soc = cell(occ_code);
            if soc.len() != 6 || !soc.bytes().all(|b| b.is_ascii_digit()) {
                return Err(at(format!("“{soc}” is not a six-digit SOC code")));
            }
            let employment = parse_cell(Column::Employment, cell(tot_emp), cell(footnote))
                .map_err(|e| at(format!("tot_emp: {e}")))?;
            let rows = table.entry(soc.to_owned()).or_default();
            if rows.iter().any(|row| row.code == industry) {
                return Err(at(format!("a second row for {soc} in {industry}")));
            }
            rows.push(IndustryRow {
                code: industry.to_owned(),
                name: title.to_owned(),
                employment,
            });
        }
        Ok(IndustryTable(table))
    }

    /// The industries of an occupation (six-digit SOC code) whose national cross-industry
    /// employment is `national`: the [`TOP_INDUSTRIES`] published rows with the most jobs,
    /// and what the rest and the unpublished rows account for. `None` when BLS publishes no
    /// industry rows for it.
    pub fn industries_of(&self, soc: &str, national: u64) -> Option<Industries> {
        let rows = self.0.get(soc)?;
        let mut published: Vec<IndustryEmployment> = rows
            .iter()
            .filter_map(|row| {
                Some(IndustryEmployment {
                    code: row.code.clone(),
                    name: row.name.clone(),
                    employment: row.employment.amount()?,
                })
            })
            .collect();
        // Most jobs first; equal figures by code, so the order never depends on the file's.
        published.sort_by(|a, b| {
            b.employment
                .cmp(&a.employment)
                .then_with(|| a.code.cmp(&b.code))
        });
        let total_published: u64 = published.iter().map(|row| row.employment).sum();
        let rest = published.split_off(published.len().min(TOP_INDUSTRIES));
        Some(Industries {
            employment: national,
            top: published,
            other: rest.iter().map(|row| row.employment).sum(),
            // Published figures are rounded; they may add up to a little more than the total.
            unpublished: national.saturating_sub(total_published),
            unpublished_industries: rows
                .iter()
                .filter(|row| row.employment.amount().is_none())
                .count() as u32,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str =
        "industry_code,industry_name,industry_level,occ_code,tot_emp,tot_emp_footnote";

    fn table(rows: &[&str]) -> Result<IndustryTable> {
        IndustryTable::from_reader(format!("{HEADER}\n{}\n", rows.join("\n")).as_bytes())
    }

    #[test]
    fn lists_published_industries_most_jobs_first() {
        let mut rows = vec![
            "999000,Government,3,151252,-,8".to_owned(),
            r#"541000,"Professional, Scientific, and Technical Services",3,151252,698420,"#
                .to_owned(),
        ];
        for i in 0..9 {
            rows.push(format!(
                "{},Industry {i},3,151252,{},",
                110_000 + i,
                1000 + i * 10
            ));
        }
        let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
        let industries = table(&rows)
            .unwrap()
            .industries_of("151252", 1_000_000)
            .unwrap();
        assert_eq!(industries.top.len(), TOP_INDUSTRIES);
        assert_eq!(
            industries.top[0].name,
            "Professional, Scientific, and Technical Services"
        );
        assert_eq!(industries.top[1].employment, 1080);
        // The two smallest published rows are the rest.
        assert_eq!(industries.other, 1000 + 1010);
        let published = 698_420 + (0..9).map(|i| 1000 + i * 10).sum::<u64>();
        assert_eq!(industries.unpublished, 1_000_000 - published);
        assert_eq!(industries.unpublished_industries, 1);
    }

    #[test]
    fn rounding_never_makes_a_negative_rest() {
        let industries = table(&[
            "622000,Hospitals,3,291141,1000,",
            "621000,Ambulatory,3,291141,20,",
        ])
        .unwrap()
        .industries_of("291141", 1010)
        .unwrap();
        assert_eq!(industries.unpublished, 0);
        assert_eq!(table(&[]).unwrap().industries_of("291141", 1), None);
    }

    #[test]
    fn refuses_other_levels_and_bad_codes() {
        assert!(table(&["541500,Computer Systems Design,4,151252,500000,"]).is_err());
        assert!(table(&["3330A1,Machinery,3,151252,5,"]).is_err());
        assert!(table(&["541000,A,3,151252,5,", "541000,B,3,151253,5,"]).is_err());
        assert!(table(&["541000,A,3,151252,0,"]).is_err());
    }
}
