//! The catalogue in memory: the index and one record per occupation, as the core's data
//! types (`docs/data-format.md`, "Official occupations"), which the app decodes as written.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use role_compare_core::data::occupations::{
    Area, Catalog as Index, CatalogEntry, CuratedEntry, MajorGroup, MinorGroup, Occupation,
    Releases,
};
use role_compare_core::navigation::slug::{slugify, PAIR_SEPARATOR};
use role_compare_core::wages::value::{AreaWages, WageValue};
use role_compare_core::Role;

use crate::areas::{AreaKey, STATE_AREAS};
use crate::basis;
use crate::error::{Error, Result};
use crate::groups::{major_code, minor_code, GroupTitles};
use crate::oews::Oews;
use crate::onet::{self, OnetOccupation};
use crate::roles;

pub const ONET_RELEASE: &str = "O*NET 29.2";
pub const OEWS_RELEASE: &str = "May 2025";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    /// `occupations.json`
    pub index: Index,
    /// `occupations/<slug>.json`, in O*NET-SOC code order like `index.occupations`.
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
pub fn assemble(onet: &[OnetOccupation], oews: &Oews, roles: &[Role]) -> Result<Catalog> {
    check_areas(&oews.areas)?;
    basis::check_combined(onet, oews)?;
    let titles = GroupTitles::new(oews)?;

    let mut occupations = Vec::with_capacity(onet.len());
    for occupation in onet {
        let soc = occupation.soc6();
        let (wage_basis, wages) = match basis::resolve(occupation, oews) {
            Some((basis, source)) => (Some(basis), by_area_key(&source.wages)),
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
        },
        occupations,
    })
}

/// The core keys areas by their code; the builder's [`AreaKey`] only orders them while reading.
fn by_area_key(wages: &BTreeMap<AreaKey, AreaWages>) -> BTreeMap<String, AreaWages> {
    wages
        .iter()
        .map(|(key, wages)| (key.as_str().to_owned(), *wages))
        .collect()
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
