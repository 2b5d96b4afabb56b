//! The Left and Right arrow keys open the previous and next comparisons.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::router::use_navigate;

/// True when a key press belongs to a form field or editable text, not to the page.
fn typed_into_field(event: &web_sys::KeyboardEvent) -> bool {
    let Some(element) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || element.is_content_editable()
}

/// The address of the page's link with `rel` ("prev" or "next").
fn link_href(page: &web_sys::Element, rel: &str) -> Option<String> {
    page.query_selector(&format!("a[rel={rel}]"))
        .ok()??
        .get_attribute("href")
}

/// Until the current owner is cleaned up, the arrow keys follow the Previous and Next links
/// in `page` (the same addresses a click opens).
pub fn follow_arrow_keys(page: &web_sys::Element) {
    let (previous, next) = (link_href(page, "prev"), link_href(page, "next"));
    if previous.is_none() && next.is_none() {
        return;
    }
    let navigate = use_navigate();
    let keys = window_event_listener(ev::keydown, move |event| {
        let plain = !(event.alt_key() || event.ctrl_key() || event.meta_key() || event.shift_key());
        if !plain || event.default_prevented() || typed_into_field(&event) {
            return;
        }
        let target = match event.key().as_str() {
            "ArrowLeft" => previous.as_deref(),
            "ArrowRight" => next.as_deref(),
            _ => None,
        };
        if let Some(href) = target {
            event.prevent_default();
            navigate.to(href);
        }
    });
    on_cleanup(move || keys.remove());
}
