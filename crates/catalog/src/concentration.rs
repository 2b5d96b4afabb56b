//! Reading OEWS's jobs per 1,000 and location quotient cells into the core's typed figures:
//! the published decimal as a whole number of its last digit, or "not published".

use role_compare_core::wages::concentration::{JOBS_PER_1000_PLACES, LOCATION_QUOTIENT_PLACES};
use role_compare_core::wages::value::WageValue;

use crate::error::{Error, Result};

/// The concentration columns of an area row, in output order, with their decimal places.
pub const CONCENTRATION_COLUMNS: [(&str, u32); 2] = [
    ("jobs_1000", JOBS_PER_1000_PLACES),
    ("loc_quotient", LOCATION_QUOTIENT_PLACES),
];

/// Reads one cell and its footnote: `"72.874"` with 3 places → `Amount(72874)`.
///
/// BLS prints these with a fixed number of decimals; any other count means the format has
/// changed, and guessing its scale could show a figure ten times too big, so it is an error.
pub fn parse_decimal(value: &str, footnote: &str, places: u32) -> Result<WageValue> {
    let value = value.trim();
    match (value, footnote.trim()) {
        // The national rows leave both cells empty: the nation is the benchmark.
        ("", "") | ("*" | "**" | "#", _) | ("-", "8" | "") => return Ok(WageValue::NotPublished),
        ("-", other) => {
            return Err(Error::new(format!("“-” with unknown footnote “{other}”")));
        }
        _ => {}
    }
    let (whole, fraction) = value
        .split_once('.')
        .ok_or_else(|| Error::new(format!("“{value}” has no decimals")))?;
    let digits = |text: &str| !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !digits(fraction) || fraction.len() != places as usize {
        return Err(Error::new(format!(
            "“{value}” is not a figure with {places} decimals"
        )));
    }
    let units = format!("{whole}{fraction}")
        .parse::<u64>()
        .map_err(|e| Error::new(format!("“{value}”: {e}")))?;
    if units == 0 {
        // The data format has no 0 (a 0 would read as a missing figure in disguise).
        return Err(Error::new(
            "BLS published 0; the catalogue cannot show it".to_owned(),
        ));
    }
    Ok(WageValue::Amount(units))
}

#[cfg(test)]
mod tests {
    use super::*;
    use WageValue::{Amount, NotPublished};

    #[test]
    fn decimals_become_whole_units() {
        assert_eq!(parse_decimal("72.874", "", 3), Ok(Amount(72_874)));
        assert_eq!(parse_decimal("0.005", "", 3), Ok(Amount(5)));
        assert_eq!(parse_decimal("1.02", "", 2), Ok(Amount(102)));
        assert_eq!(parse_decimal("364.53", "", 2), Ok(Amount(36_453)));
    }

    #[test]
    fn blanks_are_not_published() {
        assert_eq!(parse_decimal("-", "8", 3), Ok(NotPublished));
        assert_eq!(parse_decimal("", "", 2), Ok(NotPublished));
        assert_eq!(parse_decimal("**", "", 2), Ok(NotPublished));
    }

    #[test]
    fn rejects_what_it_cannot_read() {
        for (value, footnote) in [
            ("1.0", ""),
            ("1.000", ""),
            ("12", ""),
            ("0.00", ""),
            ("-", "5"),
            ("1,02", ""),
            ("-1.00", ""),
        ] {
            assert!(parse_decimal(value, footnote, 2).is_err(), "{value:?}");
        }
    }
}
