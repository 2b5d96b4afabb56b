//! Routes and data locations, defined once for the app, the tools and the tests.

use crate::slug::PairSlug;

/// The home page: every comparison.
pub const HOME_ROUTE: &str = "/";

/// The index of curated articles in editorial order.
pub const ARTICLE_INDEX_PATH: &str = "/data/articles.json";

/// The page of one comparison.
pub fn compare_route(pair: &PairSlug) -> String {
    format!("/compare/{pair}")
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
    fn paths_follow_the_public_contract() {
        let pair = PairSlug::new("producer", "product-manager");
        assert_eq!(compare_route(&pair), "/compare/producer-vs-product-manager");
        assert_eq!(
            article_path(&pair),
            "/data/articles/producer-vs-product-manager.json"
        );
        assert_eq!(role_path("producer"), "/data/roles/producer.json");
    }
}
