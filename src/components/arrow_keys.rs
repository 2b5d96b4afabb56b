//! The Left and Right arrow keys open the previous and next comparisons.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::page_view::LEAVING;
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

/// The address of the link with `rel` ("prev" or "next") in the page shown in `main`, not
/// in a page left that is still there, hidden, until the next frame.
fn link_href(main: &web_sys::Element, rel: &str) -> Option<String> {
    main.query_selector(&format!(":scope > :not([{LEAVING}]) a[rel={rel}]"))
        .ok()??
        .get_attribute("href")
}

/// Until the current owner is cleaned up, the arrow keys follow the Previous and Next links
/// of the page in `main` (the same addresses a click opens). The links are looked up at each
/// press: a page shown ahead of its route is in `main` a frame or two before its own keys
/// are set up, and a second press in between would have followed the page left's links.
pub fn follow_arrow_keys(main: &web_sys::Element) {
    let main = main.clone();
    let navigate = use_navigate();
    let keys = window_event_listener(ev::keydown, move |event| {
        let plain = !(event.alt_key() || event.ctrl_key() || event.meta_key() || event.shift_key());
        if !plain || event.default_prevented() || typed_into_field(&event) {
            return;
        }
        let rel = match event.key().as_str() {
            "ArrowLeft" => "prev",
            "ArrowRight" => "next",
            _ => return,
        };
        if let Some(href) = link_href(&main, rel) {
            event.prevent_default();
            navigate.to(&href);
        }
    });
    on_cleanup(move || keys.remove());
}
