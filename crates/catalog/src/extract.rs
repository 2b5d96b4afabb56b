//! The committed source extracts in `data/sources/` made from BLS's full files: the rows and
//! columns the builder reads, every kept cell exactly as published (values and footnotes),
//! so the repository holds megabytes rather than the full 18.5 MB of gzip.
//! `cargo run -p catalog --bin extract` remakes them; `data/sources/README.md` says how.

use std::fs::File;
use std::io::{Read, Write};
use std::path::Path;

use flate2::read::GzDecoder;
use flate2::write::GzEncoder;
use flate2::Compression;

use crate::error::{Error, Result};
use crate::figures::{CONCENTRATION_COLUMNS, WAGE_COLUMNS};

/// One extract: which BLS file it comes from, which rows it keeps and which columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Extract {
    /// The file name in the shared OEWS folder.
    pub source: &'static str,
    /// The file name in `data/sources/`.
    pub target: &'static str,
    /// The identifying columns kept, before the figures.
    pub keys: &'static [&'static str],
    /// Rows are kept when each of these columns has this value.
    pub keep: &'static [(&'static str, &'static str)],
    /// Whether every figure of a row is kept (the ten of an area row) or only `tot_emp`.
    pub figures: Figures,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figures {
    /// The eight wage columns and jobs per 1,000 and location quotient, with footnotes.
    AreaRow,
    /// `tot_emp` and its footnote.
    Employment,
}

/// Detailed occupations (level 3) in the 528 metropolitan and nonmetropolitan areas. Titles
/// are dropped: the builder takes them from the national file.
pub const METRO: Extract = Extract {
    source: "oews_may2025_metro.csv.gz",
    target: "oews_may2025_metro_detailed.csv.gz",
    keys: &[
        "area_code",
        "area_type",
        "area_name",
        "state_fips",
        "occ_code",
    ],
    keep: &[("occ_level", "3")],
    figures: Figures::AreaRow,
};

/// National employment of detailed occupations in each 3-digit NAICS industry (level 3).
pub const INDUSTRY: Extract = Extract {
    source: "oews_may2025_national_industry.csv.gz",
    target: "oews_may2025_industry_3digit.csv.gz",
    keys: &[
        "industry_code",
        "industry_name",
        "industry_level",
        "occ_code",
    ],
    keep: &[("industry_level", "3"), ("occ_level", "3")],
    figures: Figures::Employment,
};

pub const EXTRACTS: [Extract; 2] = [METRO, INDUSTRY];

impl Extract {
    /// Every column the extract keeps: keys, then values, then their footnotes (BLS's order).
    pub fn columns(&self) -> Vec<String> {
        let values: Vec<&str> = match self.figures {
            Figures::AreaRow => WAGE_COLUMNS
                .iter()
                .map(|(name, _)| *name)
                .chain(CONCENTRATION_COLUMNS.iter().map(|(name, _)| *name))
                .collect(),
            Figures::Employment => vec!["tot_emp"],
        };
        let footnotes = values.iter().map(|name| format!("{name}_footnote"));
        self.keys
            .iter()
            .chain(&values)
            .map(|name| (*name).to_owned())
            .chain(footnotes)
            .collect()
    }

    /// Reads BLS's CSV from `reader` and writes the kept rows and columns to `writer` as CSV.
    /// Returns the number of rows kept.
    pub fn filter(&self, reader: impl Read, writer: impl Write) -> Result<usize> {
        let mut input = csv::Reader::from_reader(reader);
        let header = input.headers().map_err(csv_error)?.clone();
        let position = |name: &str| {
            header
                .iter()
                .position(|h| h == name)
                .ok_or_else(|| Error::new(format!("{}: no column “{name}”", self.source)))
        };
        let columns = self
            .columns()
            .iter()
            .map(|name| position(name))
            .collect::<Result<Vec<_>>>()?;
        let keep = self
            .keep
            .iter()
            .map(|(name, value)| Ok((position(name)?, *value)))
            .collect::<Result<Vec<_>>>()?;

        let mut output = csv::Writer::from_writer(writer);
        output.write_record(self.columns()).map_err(csv_error)?;
        let mut kept = 0;
        for record in input.records() {
            let record = record.map_err(csv_error)?;
            if keep.iter().all(|(i, value)| record.get(*i) == Some(value)) {
                output
                    .write_record(columns.iter().map(|i| record.get(*i).unwrap_or_default()))
                    .map_err(csv_error)?;
                kept += 1;
            }
        }
        output.flush().map_err(|e| Error::new(e.to_string()))?;
        Ok(kept)
    }

    /// Writes `target_dir/<target>` (gzip) from `source_dir/<source>` (gzip).
    pub fn run(&self, source_dir: &Path, target_dir: &Path) -> Result<usize> {
        let source = source_dir.join(self.source);
        let target = target_dir.join(self.target);
        let input = File::open(&source).map_err(|e| io_error(&source, e))?;
        let output = File::create(&target).map_err(|e| io_error(&target, e))?;
        // flate2 writes no time stamp or name, so the same rows give the same bytes.
        let mut gzip = GzEncoder::new(output, Compression::best());
        let kept = self.filter(GzDecoder::new(input), &mut gzip)?;
        gzip.finish().map_err(|e| io_error(&target, e))?;
        Ok(kept)
    }
}

fn csv_error(error: csv::Error) -> Error {
    Error::new(error.to_string())
}

fn io_error(path: &Path, error: std::io::Error) -> Error {
    Error::new(format!("{}: {error}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_rows_and_cells_asked_for_exactly() {
        let source = "industry_code,industry_name,industry_level,occ_code,occ_title,occ_level,\
            tot_emp,h_mean,tot_emp_footnote,h_mean_footnote\n\
            541000,\"Professional, Scientific, and Technical Services\",3,151252,Software,3,698420,70.1,,\n\
            541500,Computer Systems Design,4,151252,Software,3,500000,70.2,,\n\
            622000,Hospitals,3,150000,Computer Occupations,0,1,1.0,,\n\
            999000,Government,3,151252,Software,3,-,-,8,8\n";
        let mut out = Vec::new();
        assert_eq!(INDUSTRY.filter(source.as_bytes(), &mut out).unwrap(), 2);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "industry_code,industry_name,industry_level,occ_code,tot_emp,tot_emp_footnote\n\
             541000,\"Professional, Scientific, and Technical Services\",3,151252,698420,\n\
             999000,Government,3,151252,-,8\n"
        );
    }

    #[test]
    fn a_missing_column_is_named() {
        let error = METRO
            .filter("area_code\n1\n".as_bytes(), Vec::new())
            .unwrap_err();
        assert!(
            error.to_string().contains("no column “area_type”"),
            "{error}"
        );
    }
}
