//! What a comparison address shows: a curated article, two known roles compared from
//! official data, or help finding the pair that was meant. Decided here once for the app,
//! the prerender and the server.

use crate::data::areas::{AreaEntry, AreaIndex};
use crate::data::articles::{ArticleIndex, ArticleSummary};
use crate::data::occupations::Catalog;
use crate::navigation::catalog_nav::did_you_mean;
use crate::navigation::picker::{area_choices, best_matches};
use crate::navigation::search::closest;
use crate::navigation::slug::{parse_pair, PairError, PairSlug};

/// An address that names no comparison we have, and what might have been meant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownPair {
    /// What to tell the reader.
    pub message: String,
    /// The words the reader asked for, to find the closest curated articles.
    pub asked_for: String,
    /// The pair with an unknown side replaced by a known role close to it, and that role's
    /// title, best first.
    pub did_you_mean: Vec<(PairSlug, String)>,
}

/// The pair of a `/compare/<segment>` address, or why it is not one.
pub fn pair_of(segment: &str) -> Result<PairSlug, UnknownPair> {
    parse_pair(segment).map_err(|error| {
        let asked_for = match &error {
            PairError::SameRole(slug) => slug.replace('-', " "),
            _ => segment.replace('-', " "),
        };
        UnknownPair {
            message: format!("There is no comparison at this address: {error}."),
            asked_for,
            did_you_mean: Vec::new(),
        }
    })
}

/// The curated article for `pair`, if there is one (in the order given).
pub fn curated<'a>(index: &'a ArticleIndex, pair: &PairSlug) -> Option<&'a ArticleSummary> {
    index.find(pair)
}

/// Checks that both roles of a pair without an article are known, official or curated.
pub fn known_roles(catalog: &Catalog, pair: &PairSlug) -> Result<(), UnknownPair> {
    let unknown: Vec<&str> = [pair.a.as_str(), pair.b.as_str()]
        .into_iter()
        .filter(|slug| catalog.title_of(slug).is_none())
        .collect();
    if unknown.is_empty() {
        return Ok(());
    }
    let names: Vec<String> = unknown
        .iter()
        .map(|slug| format!("“{}”", slug.replace('-', " ")))
        .collect();
    let replaced = |unknown: &str, known: &str| {
        if unknown == pair.a {
            PairSlug::new(known, pair.b.as_str())
        } else {
            PairSlug::new(pair.a.as_str(), known)
        }
    };
    let did_you_mean = unknown
        .iter()
        .flat_map(|slug| {
            did_you_mean(catalog, slug, 4)
                .into_iter()
                .map(move |(known, title)| (replaced(slug, known), title.to_owned()))
        })
        .filter(|(pair, _)| pair.a != pair.b)
        .collect();
    Err(UnknownPair {
        message: format!("We do not know the role {}.", names.join(" or ")),
        asked_for: unknown.join(" ").replace('-', " "),
        did_you_mean,
    })
}

/// The area a reader meant by `asked` (the `?area=` of a form sent without JavaScript, or
/// an address): its key or its name, in any case ("tx" is Texas, not the best match Waco,
/// TX), or failing both the best match of its name ("austin" → Austin-Round Rock-San Marcos,
/// TX). `None` when nothing matches.
pub fn area_asked_for<'a>(index: &'a AreaIndex, asked: &str) -> Option<&'a AreaEntry> {
    let asked = asked.trim();
    if asked.is_empty() {
        return None;
    }
    index
        .area(asked)
        .or_else(|| {
            index
                .areas
                .iter()
                .find(|a| a.key.eq_ignore_ascii_case(asked))
        })
        .or_else(|| {
            index
                .areas
                .iter()
                .find(|a| a.name.eq_ignore_ascii_case(asked))
        })
        .or_else(|| {
            let choices = area_choices(index);
            let best = best_matches(&choices, asked).into_iter().next()?;
            index.areas.get(best)
        })
}

/// The curated articles whose titles are closest to what a reader asked for.
pub fn closest_articles<'a>(index: &'a ArticleIndex, asked_for: &str) -> Vec<&'a ArticleSummary> {
    closest(
        asked_for,
        &index.articles,
        ArticleSummary::short_title,
        3,
        0.0,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::navigation::catalog_nav::tests::catalog;

    #[test]
    fn malformed_addresses_say_why() {
        let same = pair_of("web-developers-vs-web-developers").unwrap_err();
        assert_eq!(same.asked_for, "web developers");
        assert!(same
            .message
            .starts_with("There is no comparison at this address"));
        assert!(pair_of("nonsense").is_err());
        assert_eq!(
            pair_of("a-vs-b").unwrap(),
            PairSlug::new("a", "b"),
            "any two slugs parse; whether they are known is decided later"
        );
    }

    #[test]
    fn a_typed_area_is_its_key_or_name_in_any_case_or_the_best_match() {
        use crate::data::areas::AreaKind;
        let area = |key: &str, name: &str, kind, states: &[&str]| AreaEntry {
            key: key.into(),
            name: name.into(),
            kind,
            states: states.iter().map(|s| (*s).to_owned()).collect(),
        };
        let index = AreaIndex {
            areas: vec![
                area("US", "National", AreaKind::National, &[]),
                area("TX", "Texas", AreaKind::State, &["TX"]),
                area(
                    "austin-tx",
                    "Austin-Round Rock-San Marcos, TX",
                    AreaKind::Metro,
                    &["TX"],
                ),
                area("waco-tx", "Waco, TX", AreaKind::Metro, &["TX"]),
            ],
        };
        let key = |asked: &str| area_asked_for(&index, asked).map(|a| a.key.as_str());
        assert_eq!(key("TX"), Some("TX"));
        assert_eq!(key(" tx "), Some("TX"));
        assert_eq!(key("us"), Some("US"));
        assert_eq!(key("AUSTIN-TX"), Some("austin-tx"));
        assert_eq!(key("texas"), Some("TX"));
        assert_eq!(key("austin-round rock-san marcos, tx"), Some("austin-tx"));
        assert_eq!(key("austin"), Some("austin-tx"));
        assert_eq!(key("   "), None);
    }

    #[test]
    fn unknown_roles_get_suggestions_that_keep_the_known_side() {
        let catalog = catalog();
        assert!(known_roles(
            &catalog,
            &PairSlug::new("web-developers", "software-developers")
        )
        .is_ok());
        let unknown = known_roles(
            &catalog,
            &PairSlug::new("web-developers", "sofware-developers"),
        )
        .unwrap_err();
        assert_eq!(
            unknown.message,
            "We do not know the role “sofware developers”."
        );
        assert_eq!(
            unknown
                .did_you_mean
                .first()
                .map(|(pair, _)| pair.to_string())
                .as_deref(),
            Some("web-developers-vs-software-developers")
        );
    }
}
