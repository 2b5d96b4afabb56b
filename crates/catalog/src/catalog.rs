//! The catalogue in memory: the index and one record per occupation, shaped exactly as the
//! JSON files (`docs/data-format.md`, "Official occupations"); field order is output order.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::areas::{AreaKey, STATE_AREAS};
use crate::basis::{self, WageBasis};
use crate::error::{Error, Result};
use crate::groups::{major_code, minor_code, GroupTitles};
use crate::oews::Oews;
use crate::onet::{self, OnetOccupation};
use crate::roles::{self, CuratedRole};
use crate::wages::{AreaWages, WageValue, ANNUAL_MEDIAN};
use role_compare_core::slug::{slugify, PAIR_SEPARATOR};

pub const ONET_RELEASE: &str = "O*NET 29.2";
pub const OEWS_RELEASE: &str = "May 2025";

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Releases {
    pub onet: &'static str,
    pub oews: &'static str,
}

/// `occupations.json`
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Index {
    pub releases: Releases,
    /// `[key, name]`: `US` first, then the state-level areas by USPS code.
    pub areas: Vec<(AreaKey, String)>,
    /// `[code, title]`
    pub major_groups: Vec<(String, String)>,
    /// `[code, title, index into major_groups]`
    pub minor_groups: Vec<(String, String, usize)>,
    /// `[slug, title, index into minor_groups, national annual median]`, in code order.
    pub occupations: Vec<(String, String, usize, WageValue)>,
    /// `[slug, title, official occupation slug]`, by slug.
    pub curated: Vec<(String, String, Option<String>)>,
}

/// `occupations/<slug>.json`
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Occupation {
    pub slug: String,
    pub title: String,
    pub code: String,
    pub description: String,
    pub major_group: String,
    pub minor_group: String,
    pub wage_basis: Option<WageBasis>,
    pub wages: BTreeMap<AreaKey, AreaWages>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    pub index: Index,
    /// In O*NET-SOC code order, like `index.occupations`.
    pub occupations: Vec<Occupation>,
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
    pub roles: PathBuf,
}

impl Sources {
    pub fn in_workspace(root: &Path) -> Self {
        let sources = root.join("data/sources");
        Sources {
            onet: sources.join("onet_29_2_occupation_data.txt"),
            oews: sources.join("oews_may2025_national_state.csv.gz"),
            roles: root.join("public/data/roles"),
        }
    }
}

pub fn build(sources: &Sources) -> Result<Catalog> {
    let onet = onet::read(&sources.onet)?;
    let oews = Oews::read(&sources.oews)?;
    let roles = roles::read_dir(&sources.roles)?;
    assemble(&onet, &oews, &roles)
}

/// The catalogue from parsed sources; `onet` in code order, `roles` by slug.
pub fn assemble(onet: &[OnetOccupation], oews: &Oews, roles: &[CuratedRole]) -> Result<Catalog> {
    check_areas(&oews.areas)?;
    basis::check_combined(onet, oews)?;
    let titles = GroupTitles::new(oews)?;

    let mut occupations = Vec::with_capacity(onet.len());
    for occupation in onet {
        let soc = occupation.soc6();
        let (wage_basis, wages) = match basis::resolve(occupation, oews) {
            Some((basis, source)) => (Some(basis), source.wages.clone()),
            None => (None, BTreeMap::new()),
        };
        occupations.push(Occupation {
            slug: slugify(&occupation.title),
            title: occupation.title.clone(),
            code: occupation.code.clone(),
            description: occupation.description.clone(),
            major_group: titles.title(&major_code(&soc))?.to_owned(),
            minor_group: titles.title(&minor_code(&soc))?.to_owned(),
            wage_basis,
            wages,
        });
    }
    check_slugs(&occupations, roles)?;

    // Only groups some occupation belongs to, so the index carries no dead entries.
    let majors: BTreeSet<String> = onet.iter().map(|o| major_code(&o.soc6())).collect();
    let minors: BTreeSet<String> = onet.iter().map(|o| minor_code(&o.soc6())).collect();
    let major_groups = majors
        .iter()
        .map(|code| Ok((code.clone(), titles.title(code)?.to_owned())))
        .collect::<Result<Vec<_>>>()?;
    let minor_groups = minors
        .iter()
        .map(|code| {
            let major = format!("{}-0000", &code[..2]);
            let position = major_groups
                .iter()
                .position(|(c, _)| *c == major)
                .expect("the major group of every listed minor group is listed");
            Ok((code.clone(), titles.title(code)?.to_owned(), position))
        })
        .collect::<Result<Vec<_>>>()?;

    let entries = onet
        .iter()
        .zip(&occupations)
        .map(|(source, occupation)| {
            let minor = minor_code(&source.soc6());
            let group = minor_groups
                .iter()
                .position(|(code, ..)| *code == minor)
                .expect("the minor group of every occupation is listed");
            let median = occupation
                .wages
                .get(&AreaKey::national())
                .map_or(WageValue::Na, |row| row[ANNUAL_MEDIAN]);
            (
                occupation.slug.clone(),
                occupation.title.clone(),
                group,
                median,
            )
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
            Ok((role.slug.clone(), role.title.clone(), occupation))
        })
        .collect::<Result<Vec<_>>>()?;

    Ok(Catalog {
        index: Index {
            releases: Releases {
                onet: ONET_RELEASE,
                oews: OEWS_RELEASE,
            },
            areas: oews.areas.clone(),
            major_groups,
            minor_groups,
            occupations: entries,
            curated,
        },
        occupations,
    })
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
fn check_slugs(occupations: &[Occupation], roles: &[CuratedRole]) -> Result<()> {
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
        }
    }

    fn role(title: &str) -> CuratedRole {
        CuratedRole {
            slug: slugify(title),
            title: title.to_owned(),
            occupation: None,
        }
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
