//! How concentrated an occupation's jobs are in an area (jobs per 1,000 and the location
//! quotient), and an area's whole row of figures: wages plus concentration.

use serde::{Deserialize, Serialize};

use crate::wages::value::{AreaWages, WageValue};

/// Jobs per 1,000 are published with three decimals (`72.874`): kept in thousandths.
pub const JOBS_PER_1000_PLACES: u32 = 3;
/// Location quotients are published with two decimals (`1.02`): kept in hundredths.
pub const LOCATION_QUOTIENT_PLACES: u32 = 2;

/// An occupation's jobs per 1,000 jobs of all occupations in an area, and its location
/// quotient (that share over the national share: `2.30` = 2.3 times as concentrated as in
/// the country as a whole).
///
/// Both are published decimals kept as whole numbers of their last published digit, so they
/// never pass through a float (`72.874` is `Amount(72874)`, `1.02` is `Amount(102)`), or
/// [`WageValue::NotPublished`]; no other code applies. Written as `[72874, 102]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "ConcentrationRow", into = "ConcentrationRow")]
pub struct Concentration {
    /// In thousandths of a job per 1,000 jobs.
    pub jobs_per_1000: WageValue,
    /// In hundredths.
    pub location_quotient: WageValue,
}

type ConcentrationRow = [WageValue; 2];

impl From<ConcentrationRow> for Concentration {
    fn from([jobs_per_1000, location_quotient]: ConcentrationRow) -> Self {
        Concentration {
            jobs_per_1000,
            location_quotient,
        }
    }
}

impl From<Concentration> for ConcentrationRow {
    fn from(c: Concentration) -> Self {
        [c.jobs_per_1000, c.location_quotient]
    }
}

impl Concentration {
    /// Jobs per 1,000 exactly as BLS printed them (`"72.874"`), if published.
    pub fn jobs_per_1000_text(&self) -> Option<String> {
        self.jobs_per_1000
            .amount()
            .map(|v| decimal_text(v, JOBS_PER_1000_PLACES))
    }

    /// The location quotient exactly as BLS printed it (`"1.02"`), if published.
    pub fn location_quotient_text(&self) -> Option<String> {
        self.location_quotient
            .amount()
            .map(|v| decimal_text(v, LOCATION_QUOTIENT_PLACES))
    }
}

/// A whole number of `10^-places` units as decimal text: `decimal_text(72874, 3)` = `72.874`.
pub fn decimal_text(units: u64, places: u32) -> String {
    // Written out by hand: a page writes over a hundred of these, and `format!` with a
    // width took several times as long (the server's render, `examples/render_timing.rs`).
    let scale = 10u64.pow(places);
    let mut text = (units / scale).to_string();
    text.push('.');
    let fraction = (units % scale).to_string();
    for _ in fraction.len()..places as usize {
        text.push('0');
    }
    text.push_str(&fraction);
    text
}

/// An occupation's figures in one area: its wages and how concentrated its jobs are.
/// Written as one row of ten, `[employment, annual p10, p25, median, p75, p90, annual mean,
/// hourly median, jobs per 1,000, location quotient]`: the eight of [`AreaWages`] then the
/// two of [`Concentration`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "AreaFiguresRow", into = "AreaFiguresRow")]
pub struct AreaFigures {
    pub wages: AreaWages,
    pub concentration: Concentration,
}

type AreaFiguresRow = [WageValue; 10];

impl From<AreaFiguresRow> for AreaFigures {
    fn from(row: AreaFiguresRow) -> Self {
        let [wages @ .., jobs_per_1000, location_quotient] = row;
        let wages: [WageValue; 8] = wages;
        AreaFigures {
            wages: AreaWages::from(wages),
            concentration: Concentration {
                jobs_per_1000,
                location_quotient,
            },
        }
    }
}

impl From<AreaFigures> for AreaFiguresRow {
    fn from(figures: AreaFigures) -> Self {
        let [a, b, c, d, e, f, g, h]: [WageValue; 8] = figures.wages.into();
        let [i, j] = figures.concentration.into();
        [a, b, c, d, e, f, g, h, i, j]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use WageValue::{Amount, NotPublished};

    #[test]
    fn decimals_keep_their_published_digits() {
        let c = Concentration {
            jobs_per_1000: Amount(72_874),
            location_quotient: Amount(102),
        };
        assert_eq!(c.jobs_per_1000_text().as_deref(), Some("72.874"));
        assert_eq!(c.location_quotient_text().as_deref(), Some("1.02"));
        assert_eq!(decimal_text(5, 3), "0.005");
        assert_eq!(decimal_text(230, 2), "2.30");
        assert_eq!(decimal_text(12_345, 3), "12.345");
        assert_eq!(decimal_text(7, 0), "7.0");
        assert_eq!(decimal_text(u64::MAX, 3), "18446744073709551.615");
        let none = Concentration {
            jobs_per_1000: NotPublished,
            location_quotient: NotPublished,
        };
        assert_eq!(none.jobs_per_1000_text(), None);
        assert_eq!(serde_json::to_string(&c).unwrap(), "[72874,102]");
        assert_eq!(serde_json::to_string(&none).unwrap(), r#"["na","na"]"#);
    }

    #[test]
    fn area_figures_are_a_row_of_ten() {
        let json = r#"[12340,98000,110000,131000,160000,"top",140000,6298,9874,216]"#;
        let figures: AreaFigures = serde_json::from_str(json).unwrap();
        assert_eq!(figures.wages.employment, Amount(12_340));
        assert_eq!(figures.wages.annual.median, Amount(131_000));
        assert_eq!(figures.wages.annual.p90, WageValue::TopCoded);
        assert_eq!(figures.wages.hourly_median, Amount(6_298));
        assert_eq!(figures.concentration.jobs_per_1000, Amount(9_874));
        assert_eq!(figures.concentration.location_quotient, Amount(216));
        assert_eq!(serde_json::to_string(&figures).unwrap(), json);
        let short = serde_json::from_str::<AreaFigures>("[1,2,3,4,5,6,7,8]").unwrap_err();
        assert!(short.to_string().contains("invalid length 8"), "{short}");
        let zero = serde_json::from_str::<AreaFigures>("[1,2,3,4,5,6,7,8,0,1]").unwrap_err();
        assert!(zero.to_string().contains("integer `0`"), "{zero}");
    }
}
