//! Prerendered pages. Pages written by `crates/prerender` hold the static HTML in
//! `#prerendered` and the app's mount point `#app`, hidden.
//!
//! - A curated article is *adopted*: the static page is exactly what the app would show, so
//!   the app fetches nothing and only brings it to life (arrow keys, picker, links). The
//!   first load stays within budget and nothing moves.
//! - Any other prerendered page (the home page) is *taken over*: the app renders the same
//!   page in `#app` and, once its content is on screen, removes the static copy and shows
//!   itself in the same frame.
//!
//! Either way the first navigation to another page takes over.

use wasm_bindgen::JsCast;

/// The static page, while it is in the document.
pub fn prerendered() -> Option<web_sys::Element> {
    leptos::prelude::document().get_element_by_id("prerendered")
}

/// True when the static page in the document is the one at `route` (`/compare/a-vs-b`).
pub fn is_prerendered(route: &str) -> bool {
    prerendered()
        .and_then(|p| p.get_attribute("data-route"))
        .as_deref()
        == Some(route)
}

/// The address of a link in the static page (`rel` "prev" or "next"), if it has one.
pub fn prerendered_link(rel: &str) -> Option<String> {
    let link = prerendered()?
        .query_selector(&format!("a[rel={rel}]"))
        .ok()??;
    link.dyn_into::<web_sys::HtmlAnchorElement>()
        .ok()?
        .get_attribute("href")
}

/// The picker form of the static page.
pub fn prerendered_picker() -> Option<web_sys::Element> {
    prerendered()?.query_selector("form.picker").ok()?
}

/// Swaps the live app in for the prerendered page (does nothing on pages without one).
pub fn take_over() {
    let document = leptos::prelude::document();
    if let Some(prerendered) = document.get_element_by_id("prerendered") {
        prerendered.remove();
    }
    if let Some(app) = document.get_element_by_id("app") {
        let _ = app.remove_attribute("hidden");
    }
}
