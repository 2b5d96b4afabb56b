use leptos::prelude::*;
use role_compare_core::article_markup::comparison_article;
use role_compare_core::occupation::Occupation;
use role_compare_core::Comparison;

use crate::components::markup_view::{Markup, OnShown};

/// Brings the section named in the URL's `#fragment` into view once the page has laid out
/// content that has just arrived (the browser does this itself only at load time).
pub fn scroll_to_hash_when_shown() -> OnShown {
    Box::new(|_| request_animation_frame(scroll_to_location_hash))
}

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

/// A curated comparison article, with the official figures of the roles' closest
/// occupations beside its own. Its markup is defined in the core (shared with every
/// renderer) and is static once loaded.
#[component]
pub fn ComparisonArticle(
    comparison: Comparison,
    official: [Option<Occupation>; 2],
) -> impl IntoView {
    let node = comparison_article(&comparison, [official[0].as_ref(), official[1].as_ref()]);
    view! { <Markup node on_shown=scroll_to_hash_when_shown() /> }
}
