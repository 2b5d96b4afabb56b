//! `areas.json` (every area, for the picker) and `areas/<key>.json` (every occupation's
//! figures in one metro or nonmetro area) as the core's types.

use std::collections::{BTreeMap, BTreeSet};

use role_compare_core::data::areas::{AreaEntry, AreaIndex, AreaKind, LocalFigures};

use crate::areas::AreaKey;
use crate::basis::with_dash;
use crate::local_areas::{LocalArea, LocalAreas};

/// The nation; then each state-level area by name with its metros and then its nonmetro
/// areas, each by name. A metro crossing state lines is listed under the state BLS files it
/// under (its first).
pub fn area_index(states: &[(AreaKey, String)], local: &LocalAreas) -> AreaIndex {
    let mut areas = Vec::with_capacity(1 + states.len() + local.areas.len());
    let mut by_name: Vec<&(AreaKey, String)> = states
        .iter()
        .filter(|(key, _)| !key.is_national())
        .collect();
    by_name.sort_by(|a, b| a.1.cmp(&b.1));
    if let Some((key, name)) = states.iter().find(|(key, _)| key.is_national()) {
        areas.push(AreaEntry {
            key: key.as_str().to_owned(),
            name: name.clone(),
            kind: AreaKind::National,
            states: Vec::new(),
        });
    }
    for (state, name) in by_name {
        areas.push(AreaEntry {
            key: state.as_str().to_owned(),
            name: name.clone(),
            kind: AreaKind::State,
            states: vec![state.as_str().to_owned()],
        });
        for kind in [AreaKind::Metro, AreaKind::Nonmetro] {
            let within = local
                .areas
                .iter()
                .filter(|area| area.kind == kind && area.states.first() == Some(&state.as_str()));
            areas.extend(within.map(entry));
        }
    }
    AreaIndex { areas }
}

fn entry(area: &LocalArea) -> AreaEntry {
    AreaEntry {
        key: area.key.clone(),
        name: area.name.clone(),
        kind: area.kind,
        states: area.states.iter().map(|s| (*s).to_owned()).collect(),
    }
}

/// One file per area, holding the occupations the catalogue shows (`used`: six-digit SOC
/// codes of wage bases), keyed by SOC code with a dash as `wage_basis.soc` writes it.
pub fn local_figures(local: &LocalAreas, used: &BTreeSet<String>) -> Vec<LocalFigures> {
    local
        .areas
        .iter()
        .map(|area| {
            let entry = entry(area);
            let occupations: BTreeMap<String, _> = local
                .figures_in(area)
                .iter()
                .filter(|(soc, _)| used.contains(*soc))
                .map(|(soc, figures)| (with_dash(soc), *figures))
                .collect();
            LocalFigures {
                key: entry.key,
                name: entry.name,
                kind: entry.kind,
                states: entry.states,
                occupations,
            }
        })
        .collect()
}
