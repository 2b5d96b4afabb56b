//! Areas a comparison can be shown for (`areas.json`), the figures of every occupation in one
//! metropolitan or nonmetropolitan area (`areas/<key>.json`), and an occupation's top areas.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::wages::concentration::AreaFigures;

/// What kind of area an [`AreaEntry`] is; it decides the shape of its key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AreaKind {
    /// The whole country: key `US`.
    National,
    /// One of the 54 state-level areas (50 states, DC, Guam, Puerto Rico, Virgin Islands):
    /// key = USPS code (`TX`). Its figures are in `occupations/<slug>.json`.
    State,
    /// A metropolitan statistical area: key from its first principal city and its states
    /// (`austin-tx`, `new-york-ny-nj`). Its figures are in `areas/<key>.json`.
    Metro,
    /// A BLS nonmetropolitan area, the rest of a state outside its metros, in parts:
    /// key from the part's name (`northwest-alabama-nonmetro`). Figures in `areas/<key>.json`.
    Nonmetro,
}

impl AreaKind {
    /// Metropolitan and nonmetropolitan areas have an area file of their own.
    pub fn is_local(self) -> bool {
        matches!(self, AreaKind::Metro | AreaKind::Nonmetro)
    }
}

/// One area in `areas.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaEntry {
    /// The `?area=` value: `US`, a USPS code, or a lowercase metro/nonmetro key.
    pub key: String,
    /// BLS's name: "Austin-Round Rock-San Marcos, TX", "Northwest Alabama nonmetropolitan area".
    pub name: String,
    pub kind: AreaKind,
    /// USPS codes of the states the area lies in, the one BLS files it under first
    /// (`["NY", "NJ"]`); a state lists itself; the nation lists none.
    pub states: Vec<String>,
}

/// `areas.json`: every area, for the area picker. The nation first; then each state-level
/// area by name, followed by its metropolitan areas and then its nonmetropolitan areas, each
/// by name. A metro crossing state lines is listed once, under the state BLS files it under.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AreaIndex {
    pub areas: Vec<AreaEntry>,
}

impl AreaIndex {
    pub fn area(&self, key: &str) -> Option<&AreaEntry> {
        self.areas.iter().find(|area| area.key == key)
    }
}

/// `areas/<key>.json`: every catalogue occupation's figures in one metropolitan or
/// nonmetropolitan area, so that all the pairs a reader compares in their city share one
/// download.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalFigures {
    pub key: String,
    pub name: String,
    pub kind: AreaKind,
    pub states: Vec<String>,
    /// By the OEWS SOC code of an occupation's `wage_basis` (`15-1252`). An occupation BLS
    /// publishes nothing for in this area is absent (no estimate, not zero).
    pub occupations: BTreeMap<String, AreaFigures>,
}

impl LocalFigures {
    /// The figures of an occupation by its wage basis SOC code (`15-1252`).
    pub fn figures(&self, soc: &str) -> Option<&AreaFigures> {
        self.occupations.get(soc)
    }
}

/// A metropolitan or nonmetropolitan area in an occupation's top list, with its figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RankedArea {
    pub key: String,
    pub name: String,
    pub figures: AreaFigures,
}

/// The metropolitan and nonmetropolitan areas with the most jobs and the best pay for an
/// occupation, best first (rules: `docs/data-format.md`, "top_areas").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopAreas {
    pub most_jobs: Vec<RankedArea>,
    pub best_pay: Vec<RankedArea>,
}
