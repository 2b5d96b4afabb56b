//! Typed wage figures: a published number, or the reason BLS published none.

use serde::{Serialize, Serializer};

use crate::error::{Error, Result};

/// BLS top-codes annual wages at this value (footnote 5).
pub const ANNUAL_CAP_USD: u64 = 239_200;
/// BLS top-codes hourly wages at $115.00 (footnote 5), here in cents.
pub const HOURLY_CAP_CENTS: u64 = 11_500;

/// One cell of `[employment, p10, p25, median, p75, p90, mean, hourly median]`.
///
/// Missing figures keep their reason so the app never shows 0 or computes an annual figure
/// for work BLS reports only by the hour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WageValue {
    /// A count, whole dollars a year, or cents an hour.
    Number(u64),
    /// At or above the cap.
    Top,
    /// Annual column of work paid by the hour or not year-round (footnote 4).
    HourlyOnly,
    /// Hourly column of work paid by the year (footnote 4).
    AnnualOnly,
    /// Not released or suppressed.
    Na,
}

impl Serialize for WageValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        match self {
            WageValue::Number(n) => serializer.serialize_u64(*n),
            WageValue::Top => serializer.serialize_str("top"),
            WageValue::HourlyOnly => serializer.serialize_str("hourly"),
            WageValue::AnnualOnly => serializer.serialize_str("annual"),
            WageValue::Na => serializer.serialize_str("na"),
        }
    }
}

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

/// Index of the annual median in [`AreaWages`].
pub const ANNUAL_MEDIAN: usize = 3;
/// Index of the hourly median in [`AreaWages`].
pub const HOURLY_MEDIAN: usize = 7;

/// `[employment, annual p10, p25, median, p75, p90, annual mean, hourly median]`
pub type AreaWages = [WageValue; 8];

/// Reads one OEWS cell and its `<column>_footnote` as BLS publishes them (strings).
pub fn parse_cell(column: Column, value: &str, footnote: &str) -> Result<WageValue> {
    let value = value.trim();
    let footnote = footnote.trim();
    match value {
        "" | "*" | "**" | "#" => return Ok(WageValue::Na),
        "-" => return blank(column, footnote),
        _ => {}
    }
    let number = match column {
        Column::Employment | Column::Annual => parse_whole(value),
        Column::Hourly => parse_cents(value),
    }
    .ok_or_else(|| Error::new(format!("“{value}” is not a figure")))?;
    let cap = match column {
        Column::Employment => None,
        Column::Annual => Some(ANNUAL_CAP_USD),
        Column::Hourly => Some(HOURLY_CAP_CENTS),
    };
    // BLS prints the cap itself for some top-coded cells; the true wage is unknown above it.
    Ok(if cap == Some(number) {
        WageValue::Top
    } else {
        WageValue::Number(number)
    })
}

/// A `-` cell: the footnote says why it is empty.
fn blank(column: Column, footnote: &str) -> Result<WageValue> {
    Ok(match (column, footnote) {
        (Column::Employment, _) => WageValue::Na,
        (Column::Annual, "4") => WageValue::HourlyOnly,
        (Column::Hourly, "4") => WageValue::AnnualOnly,
        (_, "5") => WageValue::Top,
        (_, "8" | "") => WageValue::Na,
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
    use WageValue::*;

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
    }

    #[test]
    fn serialises_as_number_or_code() {
        let row = [Number(5), Top, HourlyOnly, AnnualOnly, Na];
        assert_eq!(
            serde_json::to_string(&row).unwrap(),
            r#"[5,"top","hourly","annual","na"]"#
        );
    }
}
