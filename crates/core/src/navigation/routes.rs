//! The site's addresses and the state a URL carries, defined once for the app, the tools
//! and the tests.

use crate::navigation::slug::PairSlug;

/// What an address shows. Parsing is total: anything unknown is `NotFound`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `/`: every comparison, with search.
    Home,
    /// `/compare/<segment>`: one comparison; the segment is checked by the page, so a
    /// malformed pair still gets a helpful answer rather than a bare 404.
    Compare(String),
    /// `/embed/compare/<segment>`: the same comparison for an iframe on another site,
    /// without the site's header, footer and navigation.
    Embed(String),
    NotFound,
}

const COMPARE_PREFIX: &str = "/compare/";
const EMBED_PREFIX: &str = "/embed/compare/";

impl Route {
    /// The route of a URL path (without query or fragment). A trailing slash is tolerated
    /// because static hosts add one to prerendered folders.
    pub fn parse(path: &str) -> Route {
        let path = if path.len() > 1 {
            path.trim_end_matches('/')
        } else {
            path
        };
        match path {
            "" | "/" | "/index.html" => Route::Home,
            _ => {
                let segment = |prefix| {
                    path.strip_prefix(prefix)
                        .filter(|s: &&str| !s.is_empty() && !s.contains('/'))
                        .map(str::to_owned)
                };
                segment(COMPARE_PREFIX)
                    .map(Route::Compare)
                    .or_else(|| segment(EMBED_PREFIX).map(Route::Embed))
                    .unwrap_or(Route::NotFound)
            }
        }
    }
}

/// The home page: every comparison.
pub const HOME_ROUTE: &str = "/";

/// The page of one comparison.
pub fn compare_route(pair: &PairSlug) -> String {
    format!("{COMPARE_PREFIX}{pair}")
}

/// The embeddable page of one comparison (for iframes on other sites).
pub fn embed_route(pair: &PairSlug) -> String {
    format!("{EMBED_PREFIX}{pair}")
}

/// The page that builds the embed snippet for a comparison; it runs without the app.
pub const EMBED_BUILDER_ROUTE: &str = "/embed-builder/";

/// The snippet builder for a pair, starting from an area (`US` is left out).
pub fn embed_builder_href(pair: &PairSlug, area: &str) -> String {
    let area = if area == crate::data::occupations::NATIONAL {
        String::new()
    } else {
        format!("&area={area}")
    };
    format!("{EMBED_BUILDER_ROUTE}?pair={pair}{area}")
}

/// How a generated comparison is shown: one of its two views.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// The article: descriptions, chart, employment, tables.
    Article,
    /// Every figure side by side in tables.
    Table,
}

/// What the map of the states is coloured by (`?map=pay`; jobs per 1,000 by default).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapMeasure {
    /// Jobs per 1,000 jobs of all occupations in the state.
    Jobs,
    /// The median annual wage.
    Pay,
}

/// The state of a comparison beyond its pair, as kept in the URL
/// (`?area=CA&view=table&map=pay`). Defaults are left out, so the plain address is the
/// national article; unknown values fall back to the defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairState {
    /// An area key: `US` for national, a USPS code, or a metro/nonmetro key (`austin-tx`).
    pub area: String,
    pub view: View,
    pub map: MapMeasure,
}

impl PairState {
    pub fn parse(
        area: Option<&str>,
        view: Option<&str>,
        map: Option<&str>,
        is_area: impl Fn(&str) -> bool,
    ) -> Self {
        Self {
            map: if map == Some("pay") {
                MapMeasure::Pay
            } else {
                MapMeasure::Jobs
            },
            area: area
                .filter(|code| is_area(code))
                .unwrap_or(crate::data::occupations::NATIONAL)
                .to_owned(),
            view: if view == Some("table") {
                View::Table
            } else {
                View::Article
            },
        }
    }

    /// The query string, with its `?`, or empty for the defaults.
    pub fn query(&self) -> String {
        let mut parts = Vec::new();
        if self.area != crate::data::occupations::NATIONAL {
            parts.push(format!("area={}", self.area));
        }
        if self.view == View::Table {
            parts.push("view=table".to_owned());
        }
        if self.map == MapMeasure::Pay {
            parts.push("map=pay".to_owned());
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }

    pub fn with_view(&self, view: View) -> Self {
        Self {
            view,
            ..self.clone()
        }
    }

    pub fn with_map(&self, map: MapMeasure) -> Self {
        Self {
            map,
            ..self.clone()
        }
    }

    pub fn with_area(&self, area: &str) -> Self {
        Self {
            area: area.to_owned(),
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pair_state_round_trips_and_ignores_unknown_values() {
        let known = |code: &str| ["US", "CA", "TX"].contains(&code);
        let state = PairState::parse(Some("CA"), Some("table"), None, known);
        assert_eq!(
            state,
            PairState {
                area: "CA".into(),
                view: View::Table,
                map: MapMeasure::Jobs,
            }
        );
        assert_eq!(state.query(), "?area=CA&view=table");
        assert_eq!(
            PairState::parse(Some("ZZ"), Some("chart"), Some("colour"), known).query(),
            ""
        );
        assert_eq!(
            PairState::parse(None, None, Some("pay"), known)
                .with_area("TX")
                .query(),
            "?area=TX&map=pay"
        );
        assert_eq!(state.with_view(View::Article).query(), "?area=CA");
    }

    #[test]
    fn routes_parse_totally() {
        assert_eq!(Route::parse("/"), Route::Home);
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("/index.html"), Route::Home);
        assert_eq!(
            Route::parse("/compare/producer-vs-product-manager"),
            Route::Compare("producer-vs-product-manager".into())
        );
        assert_eq!(
            Route::parse("/compare/producer-vs-product-manager/"),
            Route::Compare("producer-vs-product-manager".into())
        );
        assert_eq!(Route::parse("/compare/nope"), Route::Compare("nope".into()));
        assert_eq!(
            Route::parse("/embed/compare/producer-vs-product-manager/"),
            Route::Embed("producer-vs-product-manager".into())
        );
        for unknown in [
            "/nope",
            "/compare",
            "/compare/",
            "/compare/a/b",
            "/embed",
            "/embed/compare/",
            "/embed/producer-vs-product-manager",
        ] {
            assert_eq!(Route::parse(unknown), Route::NotFound, "{unknown}");
        }
    }

    #[test]
    fn paths_follow_the_public_contract() {
        let pair = PairSlug::new("producer", "product-manager");
        assert_eq!(compare_route(&pair), "/compare/producer-vs-product-manager");
        assert_eq!(
            embed_route(&pair),
            "/embed/compare/producer-vs-product-manager"
        );
        assert_eq!(
            embed_builder_href(&pair, "US"),
            "/embed-builder/?pair=producer-vs-product-manager"
        );
        assert_eq!(
            embed_builder_href(&pair, "CA"),
            "/embed-builder/?pair=producer-vs-product-manager&area=CA"
        );
    }
}
