//! The metropolitan and nonmetropolitan areas with the most jobs and the best pay for an
//! occupation, written into its file so that a page shows them without any area file.

use std::cmp::Reverse;

use role_compare_core::data::areas::{RankedArea, TopAreas};
use role_compare_core::wages::concentration::AreaFigures;
use role_compare_core::wages::value::{AreaWages, WageValue};

use crate::local_areas::{LocalArea, LocalAreas};

/// How many areas each list holds.
pub const TOP_AREAS: usize = 5;

/// Which median ranks pay: the annual one, or for occupations BLS publishes hourly only
/// (actors, footnote 4) the hourly one. Decided once per occupation from its national
/// figures, so that one list never mixes the two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PayMeasure {
    AnnualMedian,
    HourlyMedian,
}

impl PayMeasure {
    pub fn for_national(national: &AreaWages) -> Self {
        match national.annual.median {
            WageValue::HourlyOnly => PayMeasure::HourlyMedian,
            _ => PayMeasure::AnnualMedian,
        }
    }

    fn median(self, wages: &AreaWages) -> WageValue {
        match self {
            PayMeasure::AnnualMedian => wages.annual.median,
            PayMeasure::HourlyMedian => wages.hourly_median,
        }
    }
}

/// A published count or median as a rank: top-coded above every number, nothing published
/// not ranked at all.
fn rank(value: WageValue) -> Option<u64> {
    match value {
        WageValue::Amount(amount) => Some(amount),
        WageValue::TopCoded => Some(u64::MAX),
        _ => None,
    }
}

/// The two lists for an occupation (six-digit SOC code). Most jobs: by published employment.
/// Best pay: by published median, top-coded first, equal medians by employment. Areas that
/// publish no figure for a list are not in it; ties end in key order.
pub fn top_areas(local: &LocalAreas, soc: &str, pay: PayMeasure) -> TopAreas {
    let rows: Vec<(&LocalArea, &AreaFigures)> = local.occupation(soc).collect();
    let employment = |f: &AreaFigures| f.wages.employment.amount().unwrap_or(0);

    let mut by_jobs: Vec<_> = rows
        .iter()
        .filter_map(|(area, f)| {
            Some((
                (Reverse(f.wages.employment.amount()?), area.key.as_str()),
                *area,
                *f,
            ))
        })
        .collect();
    by_jobs.sort_by(|a, b| a.0.cmp(&b.0));

    let mut by_pay: Vec<_> = rows
        .iter()
        .filter_map(|(area, f)| {
            let median = rank(pay.median(&f.wages))?;
            Some((
                (Reverse(median), Reverse(employment(f)), area.key.as_str()),
                *area,
                *f,
            ))
        })
        .collect();
    by_pay.sort_by(|a, b| a.0.cmp(&b.0));

    let ranked = |area: &LocalArea, figures: &AreaFigures| RankedArea {
        key: area.key.clone(),
        name: area.name.clone(),
        figures: *figures,
    };
    TopAreas {
        most_jobs: by_jobs
            .iter()
            .take(TOP_AREAS)
            .map(|(_, a, f)| ranked(a, f))
            .collect(),
        best_pay: by_pay
            .iter()
            .take(TOP_AREAS)
            .map(|(_, a, f)| ranked(a, f))
            .collect(),
    }
}
