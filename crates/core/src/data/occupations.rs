//! Official occupations: O*NET titles and descriptions with BLS OEWS wages, as the catalogue
//! builder writes them (`docs/data-format.md`, "Official occupations"). The builder
//! serializes these same types, so the files and the readers cannot drift apart.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::data::areas::TopAreas;
use crate::data::industries::Industries;
use crate::data::slug_index::SlugIndex;
use crate::wages::concentration::Concentration;
use crate::wages::value::AreaWages;

/// The key of the national figures.
pub const NATIONAL: &str = "US";

/// How the wages relate to the occupation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WageBasisKind {
    /// The occupation's own SOC code.
    Own,
    /// A specialisation sharing its SOC code (and so its wages) with the base occupation.
    Shared,
    /// BLS publishes the occupation only within a broader group.
    Combined,
}

/// Which OEWS occupation an occupation's wages are for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WageBasis {
    pub soc: String,
    pub title: String,
    pub kind: WageBasisKind,
}

impl WageBasis {
    /// Says where the figures come from when they are not the occupation's own.
    pub fn caveat(&self, occupation_title: &str) -> Option<String> {
        match self.kind {
            WageBasisKind::Own => None,
            WageBasisKind::Shared => Some(format!(
                "{occupation_title} shares its SOC code ({}) with {}; the wage figures are for {} as a whole.",
                self.soc, self.title, self.title
            )),
            WageBasisKind::Combined => Some(format!(
                "BLS publishes wages for {occupation_title} only within the broader group “{}” (SOC {}); the figures are for that group.",
                self.title, self.soc
            )),
        }
    }
}

/// An official occupation: `occupations/<slug>.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Occupation {
    pub slug: String,
    pub title: String,
    pub code: String,
    pub description: String,
    pub major_group: String,
    pub minor_group: String,
    /// `None` when BLS publishes no wages for the occupation (military occupations).
    pub wage_basis: Option<WageBasis>,
    /// By area key ([`NATIONAL`] or a USPS code); an area without an OEWS row is absent.
    pub wages: BTreeMap<String, AreaWages>,
    /// Jobs per 1,000 and location quotient by USPS code, for the states in `wages` (BLS
    /// publishes neither for the nation). Absent from files written before part 6.
    #[serde(default)]
    pub concentration: BTreeMap<String, Concentration>,
    /// The industries employing the occupation nationally; `None` without a wage basis.
    #[serde(default)]
    pub industries: Option<Industries>,
    /// The metro and nonmetro areas with the most jobs and the best pay; `None` without a
    /// wage basis.
    #[serde(default)]
    pub top_areas: Option<TopAreas>,
}

impl Occupation {
    pub fn wages_in(&self, area: &str) -> Option<&AreaWages> {
        self.wages.get(area)
    }

    /// Jobs per 1,000 and location quotient in a state (USPS code).
    pub fn concentration_in(&self, state: &str) -> Option<&Concentration> {
        self.concentration.get(state)
    }
}

/// A state-level area (or the nation) that OEWS publishes figures for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Area {
    pub code: String,
    pub name: String,
}

/// A SOC major group, e.g. `11-0000` Management Occupations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MajorGroup {
    pub code: String,
    pub title: String,
}

/// A SOC minor group and the index of its major group in [`Catalog::major_groups`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MinorGroup {
    pub code: String,
    pub title: String,
    pub major: usize,
}

/// One occupation in the catalogue index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogEntry {
    pub slug: String,
    pub title: String,
    /// Index into [`Catalog::minor_groups`].
    pub minor_group: usize,
    pub national_median: crate::wages::value::WageValue,
}

/// A curated role as listed in the catalogue index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CuratedEntry {
    pub slug: String,
    pub title: String,
    /// Slug of the closest official occupation.
    pub occupation: Option<String>,
}

/// The data releases the catalogue was built from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Releases {
    pub onet: String,
    pub oews: String,
}

/// `occupations.json`: every official occupation in catalogue (O*NET-SOC) order, plus the
/// curated roles, groups and areas.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalog {
    pub releases: Releases,
    /// [`NATIONAL`] first, then the state-level areas by USPS code.
    pub areas: Vec<Area>,
    pub major_groups: Vec<MajorGroup>,
    pub minor_groups: Vec<MinorGroup>,
    pub occupations: Vec<CatalogEntry>,
    /// By slug.
    pub curated: Vec<CuratedEntry>,
    /// Where each of `occupations` is, by slug.
    #[serde(skip)]
    pub slug_index: SlugIndex,
}

impl Catalog {
    pub fn position(&self, slug: &str) -> Option<usize> {
        self.slug_index.position(&self.occupations, slug)
    }

    pub fn occupation(&self, slug: &str) -> Option<&CatalogEntry> {
        self.position(slug).map(|index| &self.occupations[index])
    }

    pub fn curated_role(&self, slug: &str) -> Option<&CuratedEntry> {
        self.curated.iter().find(|entry| entry.slug == slug)
    }

    pub fn area(&self, code: &str) -> Option<&Area> {
        self.areas.iter().find(|area| area.code == code)
    }

    /// The title of any role, official or curated.
    pub fn title_of(&self, slug: &str) -> Option<&str> {
        self.occupation(slug)
            .map(|entry| entry.title.as_str())
            .or_else(|| self.curated_role(slug).map(|entry| entry.title.as_str()))
    }

    pub fn major_group_of(&self, entry: &CatalogEntry) -> &str {
        let major = self
            .minor_groups
            .get(entry.minor_group)
            .map_or(usize::MAX, |m| m.major);
        self.major_groups
            .get(major)
            .map_or("", |group| group.title.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caveats_say_whose_wages_they_are() {
        let shared = WageBasis {
            soc: "27-2012".into(),
            title: "Producers and Directors".into(),
            kind: WageBasisKind::Shared,
        };
        assert_eq!(
            shared.caveat("Talent Directors").unwrap(),
            "Talent Directors shares its SOC code (27-2012) with Producers and Directors; the wage figures are for Producers and Directors as a whole."
        );
        let own = WageBasis {
            kind: WageBasisKind::Own,
            ..shared
        };
        assert_eq!(own.caveat("Producers and Directors"), None);
    }

    #[test]
    fn an_occupation_file_reads_and_writes_the_same_json() {
        let json = r#"{"slug":"actors","title":"Actors","code":"27-2011.00","description":"Play parts.","major_group":"Arts","minor_group":"Entertainers","wage_basis":{"soc":"27-2011","title":"Actors","kind":"own"},"wages":{"CA":[12000,"hourly","hourly","hourly","hourly","hourly","hourly",3150],"US":[60000,"hourly","hourly","hourly","hourly","hourly","hourly",2583]},"concentration":{"CA":[672,"na"]},"industries":{"employment":60000,"top":[{"code":"711000","name":"Performing Arts, Spectator Sports, and Related Industries","employment":21000}],"other":30000,"unpublished":9000,"unpublished_industries":2},"top_areas":{"most_jobs":[{"key":"los-angeles-ca","name":"Los Angeles-Long Beach-Anaheim, CA","figures":[9000,"hourly","hourly","hourly","hourly","hourly","hourly",3500,1453,523]}],"best_pay":[]}}"#;
        let occupation: Occupation = serde_json::from_str(json).unwrap();
        assert_eq!(
            occupation.wages_in(NATIONAL).unwrap().annual.median,
            crate::wages::value::WageValue::HourlyOnly
        );
        let ca = occupation.concentration_in("CA").unwrap();
        assert_eq!(ca.jobs_per_1000_text().as_deref(), Some("0.672"));
        let top = occupation.top_areas.as_ref().unwrap();
        assert_eq!(
            top.most_jobs[0].figures.wages.hourly_median.amount(),
            Some(3500)
        );
        assert_eq!(serde_json::to_string(&occupation).unwrap(), json);
    }

    #[test]
    fn files_from_before_part_6_still_read() {
        let json = r#"{"slug":"actors","title":"Actors","code":"27-2011.00","description":"Play parts.","major_group":"Arts","minor_group":"Entertainers","wage_basis":null,"wages":{}}"#;
        let occupation: Occupation = serde_json::from_str(json).unwrap();
        assert!(occupation.concentration.is_empty());
        assert_eq!(occupation.industries, None);
        assert_eq!(occupation.top_areas, None);
    }
}
