//! Reading OEWS cells into the core's typed figures: a published number, or the reason BLS
//! published none.

use role_compare_core::wages::value::{AreaWages, WageValue, ANNUAL_CAP_USD, HOURLY_CAP_CENTS};

use crate::error::{Error, Result};

/// What a column measures, which decides its unit and how its blanks read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Employment,
    Annual,
    Hourly,
}

/// The OEWS columns of an area row, in output order, with what each measures.
pub const COLUMNS: [(&str, Column); 8] = [
    ("tot_emp", Column::Employment),
    ("a_pct10", Column::Annual),
    ("a_pct25", Column::Annual),
    ("a_median", Column::Annual),
    ("a_pct75", Column::Annual),
    ("a_pct90", Column::Annual),
    ("a_mean", Column::Annual),
    ("h_median", Column::Hourly),
];

/// One OEWS row's cells in [`COLUMNS`] order, as the core's [`AreaWages`] is written.
pub fn area_wages(cells: [WageValue; COLUMNS.len()]) -> AreaWages {
    AreaWages::from(cells)
}

/// Reads one OEWS cell and its `<column>_footnote` as BLS publishes them (strings).
pub fn parse_cell(column: Column, value: &str, footnote: &str) -> Result<WageValue> {
    let value = value.trim();
    let footnote = footnote.trim();
    match value {
        "" | "*" | "**" | "#" => return Ok(WageValue::NotPublished),
        "-" => return blank(column, footnote),
        _ => {}
    }
    let number = match column {
        Column::Employment | Column::Annual => parse_whole(value),
        Column::Hourly => parse_cents(value),
    }
    .ok_or_else(|| Error::new(format!("“{value}” is not a figure")))?;
    if number == 0 {
        // The data format has no 0 (a 0 would read as a missing figure in disguise).
        return Err(Error::new(
            "BLS published 0; the catalogue cannot show it".to_owned(),
        ));
    }
    let cap = match column {
        Column::Employment => None,
        Column::Annual => Some(ANNUAL_CAP_USD),
        Column::Hourly => Some(HOURLY_CAP_CENTS),
    };
    // BLS prints the cap itself for some top-coded cells; the true wage is unknown above it.
    Ok(if cap == Some(number) {
        WageValue::TopCoded
    } else {
        WageValue::Amount(number)
    })
}

/// A `-` cell: the footnote says why it is empty.
fn blank(column: Column, footnote: &str) -> Result<WageValue> {
    Ok(match (column, footnote) {
        (Column::Employment, _) => WageValue::NotPublished,
        (Column::Annual, "4") => WageValue::HourlyOnly,
        (Column::Hourly, "4") => WageValue::AnnualOnly,
        (_, "5") => WageValue::TopCoded,
        (_, "8" | "") => WageValue::NotPublished,
        (_, other) => {
            // A new footnote could mean anything; guessing might show a wrong figure.
            return Err(Error::new(format!("“-” with unknown footnote “{other}”")));
        }
    })
}

fn parse_whole(text: &str) -> Option<u64> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// `"29.05"` → 2905, digit by digit so no figure passes through a float.
fn parse_cents(text: &str) -> Option<u64> {
    let (dollars, fraction) = text.split_once('.').unwrap_or((text, ""));
    if fraction.len() > 2 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let cents = format!("{fraction:0<2}").parse::<u64>().ok()?;
    parse_whole(dollars)?.checked_mul(100)?.checked_add(cents)
}

#[cfg(test)]
mod tests {
    use super::*;
    use WageValue::{
        Amount as Number, AnnualOnly, HourlyOnly, NotPublished as Na, TopCoded as Top,
    };

    #[test]
    fn numbers_in_their_units() {
        assert_eq!(
            parse_cell(Column::Employment, "1687890", ""),
            Ok(Number(1_687_890))
        );
        assert_eq!(parse_cell(Column::Annual, "82460", ""), Ok(Number(82_460)));
        assert_eq!(parse_cell(Column::Hourly, "29.05", ""), Ok(Number(2905)));
        assert_eq!(parse_cell(Column::Hourly, "7.5", ""), Ok(Number(750)));
        assert_eq!(parse_cell(Column::Hourly, "12", ""), Ok(Number(1200)));
    }

    #[test]
    fn caps_are_top_coded() {
        assert_eq!(parse_cell(Column::Annual, "239200", ""), Ok(Top));
        assert_eq!(parse_cell(Column::Hourly, "115.00", ""), Ok(Top));
        assert_eq!(parse_cell(Column::Annual, "-", "5"), Ok(Top));
        assert_eq!(parse_cell(Column::Hourly, "-", "5"), Ok(Top));
        assert_eq!(
            parse_cell(Column::Employment, "239200", ""),
            Ok(Number(239_200))
        );
    }

    #[test]
    fn blanks_keep_their_reason() {
        assert_eq!(parse_cell(Column::Annual, "-", "4"), Ok(HourlyOnly));
        assert_eq!(parse_cell(Column::Hourly, "-", "4"), Ok(AnnualOnly));
        for (value, footnote) in [
            ("-", "8"),
            ("-", ""),
            ("*", ""),
            ("**", ""),
            ("#", ""),
            ("", ""),
        ] {
            assert_eq!(parse_cell(Column::Annual, value, footnote), Ok(Na));
            assert_eq!(parse_cell(Column::Hourly, value, footnote), Ok(Na));
        }
        assert_eq!(parse_cell(Column::Employment, "-", "8"), Ok(Na));
    }

    #[test]
    fn rejects_what_it_cannot_read() {
        assert!(parse_cell(Column::Annual, "12.5", "").is_err());
        assert!(parse_cell(Column::Annual, "1,000", "").is_err());
        assert!(parse_cell(Column::Hourly, "1.234", "").is_err());
        assert!(parse_cell(Column::Hourly, "-", "3").is_err());
        assert!(parse_cell(Column::Employment, "0", "").is_err());
    }
}
