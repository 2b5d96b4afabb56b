//! Published figures as BLS publishes them: a number, or the reason there is none.

use std::fmt;

use serde::de::{self, Unexpected, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::wages::money::format_usd;

/// One published figure. BLS leaves some cells empty for stated reasons; each reason is
/// kept so that nothing is ever shown as 0 or computed from a figure that does not exist.
///
/// In JSON a figure is a whole number above 0, or one of the codes `"top"`, `"hourly"`,
/// `"annual"` and `"na"`; nothing else decodes, so a missing figure can never become 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WageValue {
    /// A published number: a count, whole dollars a year, or cents an hour.
    Amount(u64),
    /// At or above the cap: $239,200 a year / $115.00 an hour.
    TopCoded,
    /// An annual column for work paid by the hour or not year-round: no annual figure.
    HourlyOnly,
    /// An hourly column for work paid by the year: no hourly figure.
    AnnualOnly,
    NotPublished,
}

/// BLS's cap for annual wages.
pub const ANNUAL_CAP_USD: u64 = 239_200;
/// BLS's cap for hourly wages, in cents.
pub const HOURLY_CAP_CENTS: u64 = 11_500;

const TOP_CODED: &str = "top";
const HOURLY_ONLY: &str = "hourly";
const ANNUAL_ONLY: &str = "annual";
const NOT_PUBLISHED: &str = "na";
const CODES: &[&str] = &[TOP_CODED, HOURLY_ONLY, ANNUAL_ONLY, NOT_PUBLISHED];

impl WageValue {
    /// An annual figure as readers see it: "$90,360", "≥ $239,200", or why there is none.
    pub fn annual_text(self) -> String {
        match self {
            WageValue::Amount(usd) => format_usd(usd),
            WageValue::TopCoded => format!("≥ {}", format_usd(ANNUAL_CAP_USD)),
            WageValue::HourlyOnly => "hourly pay only".into(),
            WageValue::AnnualOnly | WageValue::NotPublished => "not published".into(),
        }
    }

    /// An hourly figure in cents as readers see it: "$29.05 an hour", "≥ $115.00 an hour".
    pub fn hourly_text(self) -> String {
        let dollars = |cents: u64| format!("{}.{:02}", format_usd(cents / 100), cents % 100);
        match self {
            WageValue::Amount(cents) => format!("{} an hour", dollars(cents)),
            WageValue::TopCoded => format!("≥ {} an hour", dollars(HOURLY_CAP_CENTS)),
            WageValue::AnnualOnly => "annual pay only".into(),
            WageValue::HourlyOnly | WageValue::NotPublished => "not published".into(),
        }
    }

    /// A count such as employment: "143,120" or "not published".
    pub fn count_text(self) -> String {
        match self {
            WageValue::Amount(count) => format_usd(count)[1..].to_owned(),
            _ => "not published".into(),
        }
    }

    /// The published number, if there is one.
    pub fn amount(self) -> Option<u64> {
        match self {
            WageValue::Amount(amount) => Some(amount),
            _ => None,
        }
    }
}

impl Serialize for WageValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            WageValue::Amount(amount) => serializer.serialize_u64(*amount),
            WageValue::TopCoded => serializer.serialize_str(TOP_CODED),
            WageValue::HourlyOnly => serializer.serialize_str(HOURLY_ONLY),
            WageValue::AnnualOnly => serializer.serialize_str(ANNUAL_ONLY),
            WageValue::NotPublished => serializer.serialize_str(NOT_PUBLISHED),
        }
    }
}

/// Reads a number or a code; serde's own messages name what was found instead.
struct WageValueVisitor;

impl<'de> Visitor<'de> for WageValueVisitor {
    type Value = WageValue;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str(
            "a whole number above 0 or a wage code (\"top\", \"hourly\", \"annual\", \"na\")",
        )
    }

    fn visit_u64<E: de::Error>(self, amount: u64) -> Result<WageValue, E> {
        if amount == 0 {
            // BLS never publishes 0; a 0 here would be a missing figure in disguise.
            return Err(E::invalid_value(Unexpected::Unsigned(0), &self));
        }
        Ok(WageValue::Amount(amount))
    }

    fn visit_i64<E: de::Error>(self, amount: i64) -> Result<WageValue, E> {
        match u64::try_from(amount) {
            Ok(amount) => self.visit_u64(amount),
            Err(_) => Err(E::invalid_value(Unexpected::Signed(amount), &self)),
        }
    }

    fn visit_str<E: de::Error>(self, code: &str) -> Result<WageValue, E> {
        match code {
            TOP_CODED => Ok(WageValue::TopCoded),
            HOURLY_ONLY => Ok(WageValue::HourlyOnly),
            ANNUAL_ONLY => Ok(WageValue::AnnualOnly),
            NOT_PUBLISHED => Ok(WageValue::NotPublished),
            other => Err(E::unknown_variant(other, CODES)),
        }
    }
}

impl<'de> Deserialize<'de> for WageValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(WageValueVisitor)
    }
}

/// The annual wage distribution: 10th, 25th, 50th, 75th and 90th percentiles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Distribution {
    pub p10: WageValue,
    pub p25: WageValue,
    pub median: WageValue,
    pub p75: WageValue,
    pub p90: WageValue,
}

impl Distribution {
    pub fn values(&self) -> [WageValue; 5] {
        [self.p10, self.p25, self.median, self.p75, self.p90]
    }
}

/// An occupation's figures in one area. Written as the list
/// `[employment, annual p10, p25, median, p75, p90, annual mean, hourly median]`: one
/// occupation file holds one such list per area, and names for each would triple its size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "AreaWagesRow", into = "AreaWagesRow")]
pub struct AreaWages {
    pub employment: WageValue,
    pub annual: Distribution,
    pub annual_mean: WageValue,
    /// In cents.
    pub hourly_median: WageValue,
}

/// [`AreaWages`] as it is written.
type AreaWagesRow = [WageValue; 8];

impl From<AreaWagesRow> for AreaWages {
    fn from(
        [employment, p10, p25, median, p75, p90, annual_mean, hourly_median]: AreaWagesRow,
    ) -> Self {
        AreaWages {
            employment,
            annual: Distribution {
                p10,
                p25,
                median,
                p75,
                p90,
            },
            annual_mean,
            hourly_median,
        }
    }
}

impl From<AreaWages> for AreaWagesRow {
    fn from(wages: AreaWages) -> Self {
        let [p10, p25, median, p75, p90] = wages.annual.values();
        [
            wages.employment,
            p10,
            p25,
            median,
            p75,
            p90,
            wages.annual_mean,
            wages.hourly_median,
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wage_values_read_as_people_expect() {
        assert_eq!(WageValue::Amount(90_360).annual_text(), "$90,360");
        assert_eq!(WageValue::TopCoded.annual_text(), "≥ $239,200");
        assert_eq!(WageValue::HourlyOnly.annual_text(), "hourly pay only");
        assert_eq!(WageValue::NotPublished.annual_text(), "not published");
        assert_eq!(WageValue::Amount(2905).hourly_text(), "$29.05 an hour");
        assert_eq!(
            WageValue::Amount(12_345_678).hourly_text(),
            "$123,456.78 an hour"
        );
        assert_eq!(WageValue::TopCoded.hourly_text(), "≥ $115.00 an hour");
        assert_eq!(WageValue::AnnualOnly.hourly_text(), "annual pay only");
        assert_eq!(WageValue::Amount(143_120).count_text(), "143,120");
        assert_eq!(WageValue::NotPublished.count_text(), "not published");
    }

    #[test]
    fn every_kind_of_value_round_trips_unchanged() {
        let values = [
            WageValue::Amount(1),
            WageValue::Amount(239_200),
            WageValue::Amount(u64::MAX),
            WageValue::TopCoded,
            WageValue::HourlyOnly,
            WageValue::AnnualOnly,
            WageValue::NotPublished,
        ];
        let json = serde_json::to_string(&values).unwrap();
        assert_eq!(
            json,
            r#"[1,239200,18446744073709551615,"top","hourly","annual","na"]"#
        );
        let back: Vec<WageValue> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, values);
    }

    #[test]
    fn nothing_else_decodes_and_nothing_becomes_zero() {
        let error = |json: &str| {
            serde_json::from_str::<WageValue>(json)
                .unwrap_err()
                .to_string()
        };
        assert!(
            error("0").contains("invalid value: integer `0`"),
            "{}",
            error("0")
        );
        assert!(error("-5").contains("invalid value: integer `-5`"));
        assert!(error("1.5").contains("invalid type: floating point `1.5`"));
        assert!(error("null").contains("invalid type: null"));
        assert!(error("\"\"").contains("unknown variant ``"));
        assert!(error("\"NaN\"").contains("unknown variant `NaN`, expected one of `top`"));
        assert!(error("18446744073709551616").contains("invalid type: floating point"));
        assert!(error("true").contains("expected a whole number above 0 or a wage code"));
    }

    #[test]
    fn area_wages_are_a_row_of_eight() {
        let json = r#"[143120,47810,62770,90360,132000,"top",113300,"annual"]"#;
        let wages: AreaWages = serde_json::from_str(json).unwrap();
        assert_eq!(wages.employment, WageValue::Amount(143_120));
        assert_eq!(wages.annual.median, WageValue::Amount(90_360));
        assert_eq!(wages.annual.p90, WageValue::TopCoded);
        assert_eq!(wages.hourly_median, WageValue::AnnualOnly);
        assert_eq!(serde_json::to_string(&wages).unwrap(), json);
        let short = serde_json::from_str::<AreaWages>("[1,2,3]").unwrap_err();
        assert!(short.to_string().contains("invalid length 3"), "{short}");
    }
}
