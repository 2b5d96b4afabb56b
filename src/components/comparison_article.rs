use leptos::html::Div;
use leptos::prelude::*;
use role_compare_core::article_markup::comparison_article;
use role_compare_core::Comparison;

use crate::markup_dom;

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
/// renderer) and is static once loaded, so it is built straight into the DOM.
#[component]
pub fn ComparisonArticle(comparison: Comparison) -> impl IntoView {
    let markup = comparison_article(&comparison);
    let host = NodeRef::<Div>::new();
    host.on_load(move |host| {
        match markup_dom::build(&document(), &markup) {
            Ok(article) => {
                // The host element can be reused when the page re-renders in place; replace
                // whatever an earlier render put there.
                host.set_text_content(None);
                let _ = host.append_child(&article);
            }
            Err(_) => leptos::logging::error!("The article could not be added to the page."),
        }
        request_animation_frame(scroll_to_location_hash);
    });
    view! { <div class="article-host" node_ref=host></div> }
}
