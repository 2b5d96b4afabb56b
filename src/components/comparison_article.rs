use leptos::prelude::*;
use role_compare_core::article_markup::comparison_article;
use role_compare_core::Comparison;

use crate::components::markup_view::Markup;

/// Brings the section named in the URL's `#fragment` into view. The browser does this by
/// itself only for content that exists at load time, and articles arrive later.
fn scroll_to_location_hash() {
    let hash = window().location().hash().unwrap_or_default();
    let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) else {
        return;
    };
    let id = js_sys::decode_uri_component(id)
        .ok()
        .and_then(|decoded| decoded.as_string())
        .unwrap_or_else(|| id.to_owned());
    if let Some(element) = document().get_element_by_id(&id) {
        element.scroll_into_view();
    }
}

/// A curated comparison article. Its markup is defined in the core (shared with every
/// renderer) and is static once loaded.
#[component]
pub fn ComparisonArticle(comparison: Comparison) -> impl IntoView {
    view! { <Markup node=comparison_article(&comparison) on_shown=scroll_to_location_hash /> }
}
