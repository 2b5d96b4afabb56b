//! O*NET 29.2 "Occupation Data": code, title and description of every occupation.

use std::path::Path;

use crate::error::{Error, Result};

/// One O*NET-SOC occupation, as published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnetOccupation {
    /// `27-2012.03`
    pub code: String,
    pub title: String,
    pub description: String,
}

impl OnetOccupation {
    /// The SOC 2018 code BLS uses, without the dash: `27-2012.03` → `272012`.
    pub fn soc6(&self) -> String {
        self.code[..7].replace('-', "")
    }

    /// Base occupations end in `.00`; anything else specialises its base's SOC code.
    pub fn is_base(&self) -> bool {
        self.code.ends_with(".00")
    }
}

const HEADER: [&str; 3] = ["O*NET-SOC Code", "Title", "Description"];

pub fn read(path: &Path) -> Result<Vec<OnetOccupation>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::new(format!("{}: {e}", path.display())))?;
    parse(&text).map_err(|e| Error::new(format!("{}: {e}", path.display())))
}

/// Parses the tab-separated file, sorted by code (the catalogue order).
pub fn parse(text: &str) -> Result<Vec<OnetOccupation>> {
    // The file has CRLF line ends; `lines` leaves the `\r` on each line.
    let mut lines = text.lines().map(|line| line.trim_end_matches('\r'));
    let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    if header != HEADER {
        return Err(Error::new(format!("unexpected header {header:?}")));
    }
    let mut occupations = Vec::new();
    for (number, line) in lines.enumerate() {
        if line.is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        let [code, title, description] = cells[..] else {
            return Err(Error::new(format!(
                "line {}: expected 3 tab-separated fields, found {}",
                number + 2,
                cells.len()
            )));
        };
        if !is_onet_code(code) {
            return Err(Error::new(format!(
                "line {}: “{code}” is not an O*NET-SOC code",
                number + 2
            )));
        }
        occupations.push(OnetOccupation {
            code: code.to_owned(),
            title: title.trim().to_owned(),
            description: description.trim().to_owned(),
        });
    }
    occupations.sort_by(|a, b| a.code.cmp(&b.code));
    if let Some(pair) = occupations.windows(2).find(|w| w[0].code == w[1].code) {
        return Err(Error::new(format!("duplicate code {}", pair[0].code)));
    }
    Ok(occupations)
}

/// `NN-NNNN.NN`
pub fn is_onet_code(code: &str) -> bool {
    let bytes = code.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            2 => *b == b'-',
            7 => *b == b'.',
            _ => b.is_ascii_digit(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_crlf_rows_in_code_order() {
        let text = "O*NET-SOC Code\tTitle\tDescription\r\n\
                    27-2012.03\tDirectors\tDirect.\r\n\
                    11-1011.00\tChief Executives\tDetermine.\r\n";
        let occupations = parse(text).unwrap();
        assert_eq!(occupations[0].code, "11-1011.00");
        assert_eq!(occupations[1].description, "Direct.");
        assert_eq!(occupations[1].soc6(), "272012");
        assert!(!occupations[1].is_base());
    }

    #[test]
    fn rejects_bad_codes_and_duplicates() {
        let head = "O*NET-SOC Code\tTitle\tDescription\r\n";
        assert!(parse(&format!("{head}27-2012\tX\tY\r\n")).is_err());
        assert!(parse(&format!("{head}11-1011.00\tA\tB\r\n11-1011.00\tA\tB\r\n")).is_err());
    }
}
