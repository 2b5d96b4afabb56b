//! BLS OEWS May 2025 metropolitan and nonmetropolitan areas (the committed extract of
//! detailed occupations), each with a readable, stable key for `?area=`.

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::Path;

use role_compare_core::data::areas::AreaKind;
use role_compare_core::data::checks::NONMETRO_SUFFIX;
use role_compare_core::navigation::slug::slugify;
use role_compare_core::wages::concentration::AreaFigures;

use crate::areas::{known_usps, usps_of_fips};
use crate::error::{Error, Result};
use crate::figures::{csv_with_header, read_gzipped, FigureColumns};

/// How many areas BLS publishes: 393 metropolitan and 135 nonmetropolitan.
pub const METRO_AREAS: usize = 393;
pub const NONMETRO_AREAS: usize = 135;

/// What every nonmetropolitan area's name ends with (one adds " (noncontiguous)").
const NONMETRO_NAME: &str = " nonmetropolitan area";

/// Principal cities whose name, cut at its hyphen, is no name at all. Census titles join
/// cities with `-` (`--` when a city's own name has a hyphen), and the key keeps the part
/// before the first one, which for consolidated cities is the name people use
/// ("Lexington-Fayette" → Lexington, "Nashville-Davidson--Murfreesboro" → Nashville);
/// "Winston" alone is not a city.
const HYPHENATED_CITIES: [&str; 1] = ["Winston-Salem"];

/// A metropolitan or nonmetropolitan area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalArea {
    /// BLS's `area_code` (`0012420`).
    pub code: String,
    /// `austin-tx`; see [`area_key`].
    pub key: String,
    pub name: String,
    pub kind: AreaKind,
    /// USPS codes, the state BLS files the area under (`state_fips`) first.
    pub states: Vec<&'static str>,
}

/// Every area with its figures, by six-digit SOC code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalAreas {
    /// By name.
    pub areas: Vec<LocalArea>,
    figures: HashMap<String, BTreeMap<String, AreaFigures>>,
}

/// The `?area=` key of a metro or nonmetro area, from its BLS name:
///
/// - a metro: its first principal city and its states, `"Austin-Round Rock-San Marcos, TX"`
///   → `austin-tx`, `"New York-Newark-Jersey City, NY-NJ"` → `new-york-ny-nj`. The first
///   city is what a reader searches for and it outlives renames that add or drop the others
///   (Austin-Round Rock-Georgetown became Austin-Round Rock-San Marcos in 2023);
/// - a nonmetro area: its name without "nonmetropolitan area", then `-nonmetro`:
///   `"Northwest Alabama nonmetropolitan area"` → `northwest-alabama-nonmetro`.
///
/// Keys are lowercase with dashes, so they never equal `US` or a USPS code.
pub fn area_key(name: &str, kind: AreaKind) -> Result<String> {
    let key: [String; 2] = match kind {
        AreaKind::Metro => {
            let (cities, states) = name
                .rsplit_once(", ")
                .ok_or_else(|| Error::new(format!("metro “{name}” does not end in its states")))?;
            let first = HYPHENATED_CITIES
                .iter()
                .find(|city| cities == **city || cities.starts_with(&format!("{city}-")))
                .copied()
                .unwrap_or_else(|| first_city(cities));
            [slugify(first), slugify(states)]
        }
        AreaKind::Nonmetro => {
            let (part, _) = name.split_once(NONMETRO_NAME).ok_or_else(|| {
                Error::new(format!("“{name}” is not named as a nonmetropolitan area"))
            })?;
            [slugify(part), NONMETRO_SUFFIX[1..].to_owned()]
        }
        other => return Err(Error::new(format!("{other:?} areas are keyed otherwise"))),
    };
    if key.iter().any(String::is_empty) {
        return Err(Error::new(format!("“{name}” gives no usable key")));
    }
    Ok(key.join("-"))
}

/// The first city of a Census title: the text before the first `-` or `/`
/// ("Louisville/Jefferson County" → "Louisville").
fn first_city(cities: &str) -> &str {
    cities.split(['-', '/']).next().unwrap_or(cities)
}

/// The states of a metro from the end of its name (`"…, NY-NJ"`), checked against the
/// state BLS files it under, which comes first.
fn metro_states(name: &str, filed_under: &'static str) -> Result<Vec<&'static str>> {
    let (_, codes) = name
        .rsplit_once(", ")
        .ok_or_else(|| Error::new(format!("metro “{name}” does not end in its states")))?;
    let states = codes
        .split('-')
        .map(|code| {
            known_usps(code)
                .ok_or_else(|| Error::new(format!("“{name}” names “{code}”, not a USPS code")))
        })
        .collect::<Result<Vec<_>>>()?;
    if states.first() != Some(&filed_under) {
        return Err(Error::new(format!(
            "“{name}” is filed under {filed_under}, which its name does not list first"
        )));
    }
    Ok(states)
}

impl LocalAreas {
    pub fn read(path: &Path) -> Result<Self> {
        read_gzipped(path, Self::from_reader)
    }

    /// Reads the extract's CSV (`crate::extract::METRO`).
    pub fn from_reader(reader: impl Read) -> Result<Self> {
        let (mut csv, header) = csv_with_header(reader)?;
        let area_code = header.column("area_code")?;
        let area_type = header.column("area_type")?;
        let area_name = header.column("area_name")?;
        let state_fips = header.column("state_fips")?;
        let occ_code = header.column("occ_code")?;
        let columns = FigureColumns::with_concentration(&header)?;

        let mut areas: BTreeMap<String, LocalArea> = BTreeMap::new();
        let mut figures: HashMap<String, BTreeMap<String, AreaFigures>> = HashMap::new();
        for record in csv.records() {
            let record = record.map_err(|e| Error::new(e.to_string()))?;
            let line = record.position().map_or(0, |p| p.line());
            let cell = |i: usize| record.get(i).unwrap_or_default().trim();
            let at = |message: String| Error::new(format!("line {line}: {message}"));

            if cell(area_type) != "M" {
                return Err(at(format!("area type “{}” is not M", cell(area_type))));
            }
            let code = cell(area_code);
            let name = cell(area_name);
            match areas.get(code) {
                Some(known) if known.name != name => {
                    return Err(at(format!(
                        "{code} is named both “{}” and “{name}”",
                        known.name
                    )))
                }
                Some(_) => {}
                None => {
                    let area =
                        local_area(code, name, cell(state_fips)).map_err(|e| at(e.to_string()))?;
                    areas.insert(code.to_owned(), area);
                }
            }

            let soc = cell(occ_code);
            if soc.len() != 6 || !soc.bytes().all(|b| b.is_ascii_digit()) {
                return Err(at(format!("“{soc}” is not a six-digit SOC code")));
            }
            let row = AreaFigures {
                wages: columns.read_wages(&record).map_err(|e| at(e.to_string()))?,
                concentration: columns
                    .read_concentration(&record)
                    .map_err(|e| at(e.to_string()))?,
            };
            let by_soc = figures.entry(code.to_owned()).or_default();
            if by_soc.insert(soc.to_owned(), row).is_some() {
                return Err(at(format!("a second row for {soc} in {name}")));
            }
        }

        let mut areas: Vec<LocalArea> = areas.into_values().collect();
        areas.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.code.cmp(&b.code)));
        check_keys(&areas)?;
        Ok(LocalAreas { areas, figures })
    }

    /// An occupation's figures (six-digit SOC code) in every area that publishes it, in
    /// [`LocalAreas::areas`] order.
    pub fn occupation<'a>(
        &'a self,
        soc: &'a str,
    ) -> impl Iterator<Item = (&'a LocalArea, &'a AreaFigures)> {
        self.areas
            .iter()
            .filter_map(move |area| Some((area, self.figures.get(&area.code)?.get(soc)?)))
    }

    /// Every occupation's figures in one area, by six-digit SOC code.
    pub fn figures_in(&self, area: &LocalArea) -> &BTreeMap<String, AreaFigures> {
        &self.figures[&area.code]
    }

    /// Every six-digit SOC code with a row in some area.
    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.figures
            .values()
            .flat_map(|by_soc| by_soc.keys().map(String::as_str))
    }
}

fn local_area(code: &str, name: &str, fips: &str) -> Result<LocalArea> {
    let filed_under = usps_of_fips(fips)
        .ok_or_else(|| Error::new(format!("{name}: state FIPS “{fips}” is not a state")))?;
    let kind = if name.contains(NONMETRO_NAME) {
        AreaKind::Nonmetro
    } else {
        AreaKind::Metro
    };
    let states = match kind {
        AreaKind::Metro => metro_states(name, filed_under)?,
        _ => vec![filed_under],
    };
    Ok(LocalArea {
        code: code.to_owned(),
        key: area_key(name, kind)?,
        name: name.to_owned(),
        kind,
        states,
    })
}

/// Keys must be unique and the counts BLS publishes; a new release that renames or merges
/// areas stops the build here rather than publishing two areas under one key.
fn check_keys(areas: &[LocalArea]) -> Result<()> {
    let mut owners: HashMap<&str, &str> = HashMap::new();
    for area in areas {
        if let Some(other) = owners.insert(&area.key, &area.name) {
            return Err(Error::new(format!(
                "“{other}” and “{}” both have the key “{}”; extend the key rule in local_areas.rs",
                area.name, area.key
            )));
        }
    }
    let metros = areas.iter().filter(|a| a.kind == AreaKind::Metro).count();
    let nonmetros = areas.len() - metros;
    if (metros, nonmetros) != (METRO_AREAS, NONMETRO_AREAS) {
        return Err(Error::new(format!(
            "expected {METRO_AREAS} metropolitan and {NONMETRO_AREAS} nonmetropolitan areas, found {metros} and {nonmetros}"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn metro(name: &str) -> String {
        area_key(name, AreaKind::Metro).unwrap()
    }

    #[test]
    fn metro_keys_are_the_first_city_and_the_states() {
        assert_eq!(metro("Austin-Round Rock-San Marcos, TX"), "austin-tx");
        assert_eq!(
            metro("New York-Newark-Jersey City, NY-NJ"),
            "new-york-ny-nj"
        );
        assert_eq!(
            metro("Washington-Arlington-Alexandria, DC-VA-MD-WV"),
            "washington-dc-va-md-wv"
        );
        assert_eq!(
            metro("Nashville-Davidson--Murfreesboro--Franklin, TN"),
            "nashville-tn"
        );
        assert_eq!(metro("Lexington-Fayette, KY"), "lexington-ky");
        assert_eq!(metro("Lexington Park, MD"), "lexington-park-md");
        assert_eq!(metro("Scranton--Wilkes-Barre, PA"), "scranton-pa");
        assert_eq!(metro("Winston-Salem, NC"), "winston-salem-nc");
        assert_eq!(
            metro("Louisville/Jefferson County, KY-IN"),
            "louisville-ky-in"
        );
        assert_eq!(metro("Coeur d'Alene, ID"), "coeur-d-alene-id");
        assert_eq!(metro("St. Louis, MO-IL"), "st-louis-mo-il");
        assert_eq!(metro("Albany, GA"), "albany-ga");
        assert!(area_key("Austin", AreaKind::Metro).is_err());
    }

    #[test]
    fn nonmetro_keys_name_the_part_of_the_state() {
        let key = |name| area_key(name, AreaKind::Nonmetro).unwrap();
        assert_eq!(
            key("Northwest Alabama nonmetropolitan area"),
            "northwest-alabama-nonmetro"
        );
        assert_eq!(
            key("Hawaii / Kauai nonmetropolitan area"),
            "hawaii-kauai-nonmetro"
        );
        assert_eq!(
            key("North Northeastern Ohio nonmetropolitan area (noncontiguous)"),
            "north-northeastern-ohio-nonmetro"
        );
        assert!(area_key("Austin, TX", AreaKind::Nonmetro).is_err());
    }

    #[test]
    fn states_come_from_the_name_filed_state_first() {
        assert_eq!(metro_states("Fargo, ND-MN", "ND").unwrap(), ["ND", "MN"]);
        assert!(metro_states("Fargo, ND-MN", "MN").is_err());
        assert!(metro_states("Fargo, ND-XX", "ND").is_err());
        let nonmetro =
            local_area("0100001", "Northwest Alabama nonmetropolitan area", "01").unwrap();
        assert_eq!(
            (nonmetro.kind, nonmetro.states),
            (AreaKind::Nonmetro, vec!["AL"])
        );
    }
}
