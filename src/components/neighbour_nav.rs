use leptos::ev;
use leptos::prelude::*;
use role_compare_core::page_markup::neighbour_links;
use role_compare_core::paths::compare_route;
use role_compare_core::Neighbours;
use wasm_bindgen::JsCast;

use crate::components::markup_view::Markup;
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

/// Links to the previous and next comparisons in the editorial order and back to the index.
/// While it is on screen, the Left and Right arrow keys follow the same links.
#[component]
pub fn NeighbourNav(neighbours: Neighbours) -> impl IntoView {
    let previous = neighbours
        .previous
        .as_ref()
        .map(|e| compare_route(&e.pair()));
    let next = neighbours.next.as_ref().map(|e| compare_route(&e.pair()));
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
    view! { <Markup node=neighbour_links(&neighbours) /> }
}
