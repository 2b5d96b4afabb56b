//! Pages served whole (by the server or the prerender) are *adopted*: `<main>` already
//! holds what the app would render for this address, so the app fetches nothing for it and
//! only brings it to life. The renderer marks the address it rendered `<main>` for in
//! `data-page`; any other page the app renders itself.

use leptos::prelude::document;

/// The app's place in the document: `<main id="main">`.
pub fn main_element() -> Option<web_sys::Element> {
    document().get_element_by_id("main")
}

/// The current address as the renderer writes it: the path without a trailing slash, and
/// the query as it is.
pub fn current_address() -> String {
    let location = leptos::prelude::window().location();
    let path = location.pathname().unwrap_or_default();
    let path = match path.trim_end_matches('/') {
        "" => "/",
        trimmed => trimmed,
    };
    format!("{path}{}", location.search().unwrap_or_default())
}

/// The attribute of `<main>` that names the address its page was rendered for.
pub const RENDERED_FOR: &str = "data-page";

/// Whether `<main>` holds the page rendered for the current address.
pub fn rendered_here() -> bool {
    main_element()
        .and_then(|main| main.get_attribute(RENDERED_FOR))
        .is_some_and(|page| page == current_address())
}
