use leptos::html::Div;
use leptos::prelude::*;
use role_compare_core::markup::Node;
use wasm_bindgen::JsCast;

use crate::markup_dom;

/// Shows static markup from the core. Buttons in it that carry `data-action="…"` report
/// their action to `on_action`; `on_shown` runs once the markup is in the document.
#[component]
pub fn Markup(
    node: Node,
    #[prop(optional, into)] on_action: Option<Callback<String>>,
    #[prop(optional)] on_shown: Option<fn()>,
) -> impl IntoView {
    let host = NodeRef::<Div>::new();
    host.on_load(move |host| {
        // The host element can be reused when a view re-renders in place; replace whatever
        // an earlier render put there.
        host.set_text_content(None);
        match markup_dom::build(&document(), &node) {
            Ok(dom) => {
                let _ = host.append_child(&dom);
            }
            Err(_) => leptos::logging::error!("Part of the page could not be shown."),
        }
        if let Some(shown) = on_shown {
            request_animation_frame(shown);
        }
    });
    let on_click = move |event: web_sys::MouseEvent| {
        let Some(on_action) = on_action else { return };
        let action = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest("[data-action]").ok().flatten())
            .and_then(|element| element.get_attribute("data-action"));
        if let Some(action) = action {
            on_action.run(action);
        }
    };
    view! { <div class="markup" node_ref=host on:click=on_click></div> }
}
