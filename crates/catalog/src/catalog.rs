//! The catalogue in memory: the index and one record per occupation, as the core's data
//! types (`docs/data-format.md`, "Official occupations"), which the app decodes as written.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use role_compare_core::data::areas::{AreaIndex, LocalFigures};
use role_compare_core::data::map::UsMap;
use role_compare_core::data::occupations::{
    Area, Catalog as Index, CatalogEntry, CuratedEntry, MajorGroup, MinorGroup, Occupation,
    Releases,
};
use role_compare_core::navigation::slug::{slugify, PAIR_SEPARATOR};
use role_compare_core::wages::value::WageValue;
use role_compare_core::Role;

use crate::area_files::{area_index, local_figures};
use crate::areas::{AreaKey, STATE_AREAS};
use crate::basis;
use crate::error::{Error, Result};
use crate::groups::{major_code, minor_code, GroupTitles};
use crate::industries::IndustryTable;
use crate::local_areas::LocalAreas;
use crate::map;
use crate::oews::Oews;
use crate::onet::{self, OnetOccupation};
use crate::roles;
use crate::top_areas::{top_areas, PayMeasure};

pub const ONET_RELEASE: &str = "O*NET 29.2";
pub const OEWS_RELEASE: &str = "May 2025";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    /// `occupations.json`
    pub index: Index,
    /// `occupations/<slug>.json`, in O*NET-SOC code order like `index.occupations`.
    pub occupations: Vec<Occupation>,
    /// `areas.json`
    pub areas: AreaIndex,
    /// `areas/<key>.json`, one per metro and nonmetro area, by name.
    pub local: Vec<LocalFigures>,
    /// `us-states.json`
    pub us_map: UsMap,
}

impl Catalog {
    pub fn occupation(&self, code: &str) -> Option<&Occupation> {
        self.occupations.iter().find(|o| o.code == code)
    }
}

/// Where the committed sources live.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sources {
    pub onet: PathBuf,
    pub oews: PathBuf,
    /// The metro and nonmetro extract (`crate::extract::METRO`).
    pub metro: PathBuf,
    /// The industry extract (`crate::extract::INDUSTRY`).
    pub industries: PathBuf,
    /// us-atlas's `states-albers-10m.json`.
    pub us_map: PathBuf,
    pub roles: PathBuf,
}

/// `data/sources/`, relative to the workspace root.
pub const SOURCES_DIR: &str = "data/sources";
/// us-atlas 3.0.1's `states-albers-10m.json`, as committed in [`SOURCES_DIR`].
pub const US_MAP_SOURCE: &str = "us-atlas-3.0.1-states-albers-10m.json";

impl Sources {
    pub fn in_workspace(root: &Path) -> Self {
        let sources = root.join(SOURCES_DIR);
        Sources {
            onet: sources.join("onet_29_2_occupation_data.txt"),
            oews: sources.join("oews_may2025_national_state.csv.gz"),
            metro: sources.join(crate::extract::METRO.target),
            industries: sources.join(crate::extract::INDUSTRY.target),
            us_map: sources.join(US_MAP_SOURCE),
            roles: root.join("public/data/roles"),
        }
    }
}

pub fn build(sources: &Sources) -> Result<Catalog> {
    let onet = onet::read(&sources.onet)?;
    let oews = Oews::read(&sources.oews)?;
    let local = LocalAreas::read(&sources.metro)?;
    let industries = IndustryTable::read(&sources.industries)?;
    let roles = roles::read_dir(&sources.roles)?;
    let us_map = map::read(&sources.us_map)?;
    assemble(&onet, &oews, &local, &industries, &roles, us_map)
}

/// The catalogue from parsed sources; `onet` in code order, `roles` by slug.
pub fn assemble(
    onet: &[OnetOccupation],
    oews: &Oews,
    local: &LocalAreas,
    industries: &IndustryTable,
    roles: &[Role],
    us_map: UsMap,
) -> Result<Catalog> {
    check_areas(&oews.areas)?;
    check_local_codes(oews, local)?;
    basis::check_combined(onet, oews)?;
    let titles = GroupTitles::new(oews)?;

    let mut occupations = Vec::with_capacity(onet.len());
    for occupation in onet {
        let soc = occupation.soc6();
        let resolved = basis::resolve(occupation, oews);
        let source = resolved.as_ref().map(|(_, source)| *source);
        let national = source.and_then(|s| s.wages.get(&AreaKey::national()));
        occupations.push(Occupation {
            slug: slugify(&occupation.title),
            title: occupation.title.clone(),
            code: occupation.code.clone(),
            description: occupation.description.clone(),
            major_group: titles.title(&major_code(&soc))?.to_owned(),
            minor_group: titles.title(&minor_code(&soc))?.to_owned(),
            wage_basis: resolved.as_ref().map(|(basis, _)| basis.clone()),
            wages: source.map(|s| by_area_key(&s.wages)).unwrap_or_default(),
            concentration: source
                .map(|s| by_area_key(&s.concentration))
                .unwrap_or_default(),
            industries: source.zip(national).and_then(|(s, national)| {
                industries.industries_of(&s.code, national.employment.amount()?)
            }),
            top_areas: source
                .zip(national)
                .map(|(s, national)| top_areas(local, &s.code, PayMeasure::for_national(national))),
        });
    }
    check_slugs(&occupations, roles)?;
    // Area files carry the occupations the catalogue shows, no others.
    let used: BTreeSet<String> = onet
        .iter()
        .filter_map(|o| Some(basis::resolve(o, oews)?.1.code.clone()))
        .collect();

    // Only groups some occupation belongs to, so the index carries no dead entries.
    let majors: BTreeSet<String> = onet.iter().map(|o| major_code(&o.soc6())).collect();
    let minors: BTreeSet<String> = onet.iter().map(|o| minor_code(&o.soc6())).collect();
    let major_groups = majors
        .iter()
        .map(|code| {
            Ok(MajorGroup {
                code: code.clone(),
                title: titles.title(code)?.to_owned(),
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let minor_groups = minors
        .iter()
        .map(|code| {
            let major = format!("{}-0000", &code[..2]);
            let position = major_groups
                .iter()
                .position(|group| group.code == major)
                .expect("the major group of every listed minor group is listed");
            Ok(MinorGroup {
                code: code.clone(),
                title: titles.title(code)?.to_owned(),
                major: position,
            })
        })
        .collect::<Result<Vec<_>>>()?;

    let entries = onet
        .iter()
        .zip(&occupations)
        .map(|(source, occupation)| {
            let minor = minor_code(&source.soc6());
            let group = minor_groups
                .iter()
                .position(|group| group.code == minor)
                .expect("the minor group of every occupation is listed");
            let national_median = occupation
                .wages_in(AreaKey::national().as_str())
                .map_or(WageValue::NotPublished, |wages| wages.annual.median);
            CatalogEntry {
                slug: occupation.slug.clone(),
                title: occupation.title.clone(),
                minor_group: group,
                national_median,
            }
        })
        .collect();

    let curated = roles
        .iter()
        .map(|role| {
            let occupation = match &role.occupation {
                None => None,
                Some(named) => Some(official_slug(&occupations, named).ok_or_else(|| {
                    Error::new(format!(
                        "role {} names occupation “{named}”, which is not an {ONET_RELEASE} occupation",
                        role.slug
                    ))
                })?),
            };
            Ok(CuratedEntry {
                slug: role.slug.clone(),
                title: role.title.clone(),
                occupation,
            })
        })
        .collect::<Result<Vec<_>>>()?;

    Ok(Catalog {
        index: Index {
            releases: Releases {
                onet: ONET_RELEASE.to_owned(),
                oews: OEWS_RELEASE.to_owned(),
            },
            areas: oews
                .areas
                .iter()
                .map(|(key, name)| Area {
                    code: key.as_str().to_owned(),
                    name: name.clone(),
                })
                .collect(),
            major_groups,
            minor_groups,
            occupations: entries,
            curated,
            slug_index: Default::default(),
        },
        occupations,
        areas: area_index(&oews.areas, local),
        local: local_figures(local, &used),
        us_map,
    })
}

/// The core keys areas by their code; the builder's [`AreaKey`] only orders them while reading.
fn by_area_key<T: Copy>(figures: &BTreeMap<AreaKey, T>) -> BTreeMap<String, T> {
    figures
        .iter()
        .map(|(key, figures)| (key.as_str().to_owned(), *figures))
        .collect()
}

/// Every occupation an area publishes is one BLS publishes nationally, as a detailed
/// occupation; anything else means the extract and the national file are from different
/// releases.
fn check_local_codes(oews: &Oews, local: &LocalAreas) -> Result<()> {
    let codes: BTreeSet<&str> = local.codes().collect();
    for code in codes {
        match oews.occupation(code) {
            Some(o) if o.level == 3 => {}
            _ => {
                return Err(Error::new(format!(
                    "{code} has metro figures but no detailed national row"
                )))
            }
        }
    }
    Ok(())
}

/// The slug of the official occupation a role names, by O*NET-SOC code (`27-2012.00`, as
/// `docs/data-format.md` describes) or by the occupation's slug (`producers-and-directors`),
/// so the role files may use either.
fn official_slug(occupations: &[Occupation], named: &str) -> Option<String> {
    occupations
        .iter()
        .find(|o| o.code == named || o.slug == named)
        .map(|o| o.slug.clone())
}

fn check_areas(areas: &[(AreaKey, String)]) -> Result<()> {
    let states = areas.iter().filter(|(key, _)| !key.is_national()).count();
    if areas.first().is_some_and(|(key, _)| key.is_national()) && states == STATE_AREAS {
        Ok(())
    } else {
        Err(Error::new(format!(
            "OEWS should cover the nation and {STATE_AREAS} state-level areas, not {} areas",
            areas.len()
        )))
    }
}

/// Official and curated roles share one URL space (`/compare/<a>-vs-<b>`), so every slug
/// must be unique across both and free of the pair separator.
fn check_slugs(occupations: &[Occupation], roles: &[Role]) -> Result<()> {
    let mut owners: HashMap<&str, String> = HashMap::new();
    let named = occupations
        .iter()
        .map(|o| (o.slug.as_str(), format!("occupation {}", o.code)))
        .chain(
            roles
                .iter()
                .map(|r| (r.slug.as_str(), format!("role {}", r.title))),
        );
    for (slug, owner) in named {
        if slug.is_empty() || slug.contains(PAIR_SEPARATOR) {
            return Err(Error::new(format!(
                "{owner} has the slug “{slug}”, which cannot be used in a comparison link"
            )));
        }
        if let Some(first) = owners.insert(slug, owner.clone()) {
            return Err(Error::new(format!(
                "{first} and {owner} both have the slug “{slug}”"
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn occupation(code: &str, title: &str) -> Occupation {
        Occupation {
            slug: slugify(title),
            title: title.to_owned(),
            code: code.to_owned(),
            description: String::new(),
            major_group: String::new(),
            minor_group: String::new(),
            wage_basis: None,
            wages: BTreeMap::new(),
            concentration: BTreeMap::new(),
            industries: None,
            top_areas: None,
        }
    }

    fn role(title: &str) -> Role {
        let json = format!(
            r#"{{"slug": "{}", "title": "{title}", "indefinite_article": "a",
                "summary": ["s"], "duties": ["d"], "requirements": ["r"],
                "work_environment": ["w"], "skills": ["s"],
                "salary": {{"annual_usd": 1, "measure": "median", "source": "s", "year": 2025}}}}"#,
            slugify(title)
        );
        serde_json::from_str(&json).unwrap()
    }

    #[test]
    fn slugs_must_be_unique_across_official_and_curated() {
        let official = [occupation("27-2012.00", "Producers and Directors")];
        assert!(check_slugs(&official, &[role("Producer")]).is_ok());
        let clash = check_slugs(&official, &[role("Producers and Directors!")]).unwrap_err();
        assert!(
            clash.to_string().contains("producers-and-directors"),
            "{clash}"
        );
        let twice = [
            official[0].clone(),
            occupation("27-2012.09", "Producers, and Directors"),
        ];
        assert!(check_slugs(&twice, &[]).is_err());
    }

    #[test]
    fn slugs_never_contain_the_pair_separator() {
        let official = [occupation("99-9999.00", "Cats vs Dogs Referees")];
        assert!(check_slugs(&official, &[]).is_err());
        assert!(check_slugs(&[], &[role("Red vs. Blue")]).is_err());
    }

    #[test]
    fn roles_name_occupations_by_code_or_slug() {
        let official = [occupation("27-2012.00", "Producers and Directors")];
        let slug = Some("producers-and-directors".to_owned());
        assert_eq!(official_slug(&official, "27-2012.00"), slug);
        assert_eq!(official_slug(&official, "producers-and-directors"), slug);
        assert_eq!(official_slug(&official, "27-2012.01"), None);
    }
}
