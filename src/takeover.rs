//! Taking over a prerendered page. Pages written by `crates/prerender` hold the static HTML
//! in `#prerendered` and the app's mount point `#app`, hidden. The app renders the same page
//! there and, once its content is on screen, removes the static copy and shows itself in the
//! same frame: same markup, same layout, so nothing moves.

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
