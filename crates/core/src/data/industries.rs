//! Where an occupation works: the industries that employ most of it nationally (BLS OEWS
//! industry estimates at the 3-digit NAICS level), as written in `occupations/<slug>.json`.

use serde::{Deserialize, Serialize};

/// The industry level the catalogue lists: OEWS level 3, 3-digit NAICS (`622000` Hospitals).
/// Its 85 industries partition all employment, so shares never overlap.
pub const INDUSTRY_LEVEL: u8 = 3;

/// One industry and the occupation's national employment in it, as published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndustryEmployment {
    /// The BLS OEWS industry code (`541000`).
    pub code: String,
    /// BLS's name ("Professional, Scientific, and Technical Services").
    pub name: String,
    /// Jobs, a published count above 0.
    pub employment: u64,
}

/// The industries employing an occupation nationally.
///
/// `top` + `other` + `unpublished` account for `employment`, except that published figures
/// are rounded, so published rows can add up to a little more than the total; `unpublished`
/// is then 0, never negative.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Industries {
    /// The occupation's national cross-industry employment: the denominator of every share.
    pub employment: u64,
    /// The industries with the most jobs, most first (ties by code); industries whose
    /// employment BLS does not publish are never listed.
    pub top: Vec<IndustryEmployment>,
    /// Jobs in industries BLS publishes but `top` does not list.
    pub other: u64,
    /// Jobs not in any published industry row: national employment less every published row.
    pub unpublished: u64,
    /// How many industries employ the occupation without a published figure.
    pub unpublished_industries: u32,
}

impl Industries {
    /// An employment figure's share of the occupation's national employment, in basis
    /// points (hundredths of a percent), rounded half up: 698,420 of 1,687,890 → 4138
    /// (41.38%). `None` when there is no national employment to divide by.
    pub fn share_basis_points(&self, employment: u64) -> Option<u64> {
        if self.employment == 0 {
            return None;
        }
        // Employment is at most a few hundred million: times 10,000 it still fits a u64.
        let scaled = employment.checked_mul(10_000)?;
        Some((scaled + self.employment / 2) / self.employment)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_are_of_national_employment() {
        let industries = Industries {
            employment: 1_687_890,
            top: vec![IndustryEmployment {
                code: "541000".into(),
                name: "Professional, Scientific, and Technical Services".into(),
                employment: 698_420,
            }],
            other: 900_000,
            unpublished: 89_470,
            unpublished_industries: 0,
        };
        assert_eq!(industries.share_basis_points(698_420), Some(4138));
        assert_eq!(industries.share_basis_points(1_687_890), Some(10_000));
        assert_eq!(industries.share_basis_points(84), Some(0));
        assert_eq!(industries.share_basis_points(85), Some(1));
        let none = Industries {
            employment: 0,
            ..industries
        };
        assert_eq!(none.share_basis_points(1), None);
    }
}
