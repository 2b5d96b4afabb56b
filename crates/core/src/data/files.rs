//! Where each data file lives under the site root, defined once for the app, the tools and
//! the tests.

use crate::navigation::slug::PairSlug;

/// The index of curated articles in editorial order.
pub const ARTICLE_INDEX_PATH: &str = "/data/articles.json";

/// The catalogue of official occupations (and the curated roles).
pub const CATALOG_PATH: &str = "/data/occupations.json";

/// Every area a comparison can be shown for: the nation, states, metro and nonmetro areas.
pub const AREA_INDEX_PATH: &str = "/data/areas.json";

/// The map of the states, drawn once for every page that shows it.
pub const US_MAP_PATH: &str = "/data/us-states.json";

/// Every occupation's figures in one metropolitan or nonmetropolitan area (`austin-tx`).
/// States and the nation have no such file: their figures are in the occupation files.
pub fn area_path(key: &str) -> String {
    format!("/data/areas/{key}.json")
}

/// The data file of an official occupation.
pub fn occupation_path(slug: &str) -> String {
    format!("/data/occupations/{slug}.json")
}

/// The data file of a curated role.
pub fn role_path(slug: &str) -> String {
    format!("/data/roles/{slug}.json")
}

/// The data file of a curated article.
pub fn article_path(pair: &PairSlug) -> String {
    format!("/data/articles/{pair}.json")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_follow_the_public_contract() {
        let pair = PairSlug::new("producer", "product-manager");
        assert_eq!(
            article_path(&pair),
            "/data/articles/producer-vs-product-manager.json"
        );
        assert_eq!(role_path("producer"), "/data/roles/producer.json");
        assert_eq!(occupation_path("actors"), "/data/occupations/actors.json");
        assert_eq!(area_path("austin-tx"), "/data/areas/austin-tx.json");
    }
}
