//! Moving around the catalogue: Previous/Next for any pair, related comparisons, and "did
//! you mean" for unknown roles.

use crate::data::occupations::{Catalog, CatalogEntry};
use crate::navigation::search::closest;
use crate::navigation::slug::PairSlug;
use crate::wages::value::WageValue;

/// The catalogue position of a role: an official occupation's own, or for a curated role
/// that of its closest occupation.
fn position(catalog: &Catalog, slug: &str) -> Option<usize> {
    catalog.position(slug).or_else(|| {
        let occupation = catalog.curated_role(slug)?.occupation.as_deref()?;
        catalog.position(occupation)
    })
}

/// Previous/Next for a generated pair: role A stays, role B steps to the previous/next
/// occupation in catalogue (O*NET-SOC) order, skipping A. `None` at the ends.
pub fn step_role_b(catalog: &Catalog, pair: &PairSlug) -> (Option<PairSlug>, Option<PairSlug>) {
    let Some(b) = position(catalog, &pair.b) else {
        return (None, None);
    };
    let usable = |entry: &&CatalogEntry| entry.slug != pair.a && entry.slug != pair.b;
    let make = |entry: &CatalogEntry| PairSlug::new(pair.a.clone(), entry.slug.clone());
    let previous = catalog.occupations[..b].iter().rev().find(usable).map(make);
    let next = catalog.occupations[b + 1..].iter().find(usable).map(make);
    (previous, next)
}

fn median_distance(a: WageValue, b: WageValue) -> u64 {
    match (a, b) {
        (WageValue::Amount(x), WageValue::Amount(y)) => x.abs_diff(y),
        _ => u64::MAX,
    }
}

/// Occupations to compare role A with next: those in A's SOC minor group with the closest
/// national medians first, then the closest medians across the catalogue.
pub fn related(catalog: &Catalog, pair: &PairSlug, limit: usize) -> Vec<PairSlug> {
    let Some(a) = position(catalog, &pair.a) else {
        return Vec::new();
    };
    // B only as named: a curated B's official occupation stays a fair suggestion for A.
    let b = catalog.position(&pair.b);
    let anchor = &catalog.occupations[a];
    // Ranks by (other group, median distance, catalogue order): an insertion into a short
    // list instead of a sort, which keeps sorting code out of the wasm.
    let mut best: Vec<((bool, u64, usize), &CatalogEntry)> = Vec::with_capacity(limit + 1);
    for (index, entry) in catalog.occupations.iter().enumerate() {
        if index == a || Some(index) == b {
            continue;
        }
        let key = (
            entry.minor_group != anchor.minor_group,
            median_distance(anchor.national_median, entry.national_median),
            index,
        );
        // Once the list is full most entries rank below its last: one comparison turns them
        // away (this scan was 7% of a server render before).
        if best.len() == limit && best.last().is_some_and(|(worst, _)| key >= *worst) {
            continue;
        }
        let at = best
            .iter()
            .position(|(k, _)| key < *k)
            .unwrap_or(best.len());
        if at < limit {
            best.insert(at, (key, entry));
            best.truncate(limit);
        }
    }
    best.into_iter()
        .map(|(_, entry)| PairSlug::new(pair.a.clone(), entry.slug.clone()))
        .collect()
}

/// Roles (official or curated) whose titles or slugs are closest to an unknown slug.
pub fn did_you_mean<'a>(
    catalog: &'a Catalog,
    unknown_slug: &str,
    limit: usize,
) -> Vec<(&'a str, &'a str)> {
    let wanted = unknown_slug.replace('-', " ");
    let all: Vec<(&str, &str)> = catalog
        .occupations
        .iter()
        .map(|e| (e.slug.as_str(), e.title.as_str()))
        .chain(
            catalog
                .curated
                .iter()
                .map(|e| (e.slug.as_str(), e.title.as_str())),
        )
        .collect();
    closest(&wanted, &all, |(_, title)| (*title).to_owned(), limit, 0.2)
        .into_iter()
        .copied()
        .collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::data::occupations::{Area, CuratedEntry, MajorGroup, MinorGroup, Releases};

    pub(crate) fn catalog() -> Catalog {
        let entry = |slug: &str, title: &str, group: usize, median: u64| CatalogEntry {
            slug: slug.into(),
            title: title.into(),
            minor_group: group,
            national_median: WageValue::Amount(median),
        };
        Catalog {
            releases: Releases {
                onet: "O*NET 29.2".into(),
                oews: "May 2025".into(),
            },
            areas: vec![Area {
                code: "US".into(),
                name: "National".into(),
            }],
            major_groups: vec![MajorGroup {
                code: "15-0000".into(),
                title: "Computer and Mathematical Occupations".into(),
            }],
            minor_groups: vec![
                MinorGroup {
                    code: "15-1200".into(),
                    title: "Computer Occupations".into(),
                    major: 0,
                },
                MinorGroup {
                    code: "15-2000".into(),
                    title: "Mathematical Science Occupations".into(),
                    major: 0,
                },
            ],
            occupations: vec![
                entry("computer-programmers", "Computer Programmers", 0, 99_000),
                entry("software-developers", "Software Developers", 0, 135_980),
                entry("web-developers", "Web Developers", 0, 92_650),
                entry("statisticians", "Statisticians", 1, 105_650),
                entry("data-scientists", "Data Scientists", 1, 120_230),
            ],
            curated: vec![CuratedEntry {
                slug: "statistician".into(),
                title: "Statistician".into(),
                occupation: Some("statisticians".into()),
            }],
            slug_index: Default::default(),
        }
    }

    #[test]
    fn role_b_steps_through_the_catalogue_skipping_a() {
        let c = catalog();
        let pair = PairSlug::new("web-developers", "software-developers");
        let (prev, next) = step_role_b(&c, &pair);
        assert_eq!(
            prev.unwrap().to_string(),
            "web-developers-vs-computer-programmers"
        );
        assert_eq!(
            next.unwrap().to_string(),
            "web-developers-vs-statisticians",
            "skips A itself"
        );
        let first = step_role_b(&c, &PairSlug::new("statisticians", "computer-programmers"));
        assert_eq!(first.0, None);
        let last = step_role_b(&c, &PairSlug::new("statisticians", "data-scientists"));
        assert_eq!(last.1, None);
        let curated_b = step_role_b(&c, &PairSlug::new("web-developers", "statistician"));
        assert_eq!(
            curated_b.1.unwrap().to_string(),
            "web-developers-vs-data-scientists"
        );
    }

    #[test]
    fn related_prefers_the_minor_group_then_close_medians() {
        let c = catalog();
        let related: Vec<String> = related(
            &c,
            &PairSlug::new("software-developers", "web-developers"),
            3,
        )
        .into_iter()
        .map(|p| p.b)
        .collect();
        assert_eq!(
            related,
            ["computer-programmers", "data-scientists", "statisticians"]
        );
    }

    #[test]
    fn suggestions_for_a_misspelt_slug() {
        let c = catalog();
        let found = did_you_mean(&c, "sofware-developer", 2);
        assert_eq!(found[0], ("software-developers", "Software Developers"));
    }
}
