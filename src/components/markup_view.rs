use leptos::html::Div;
use leptos::prelude::*;
use role_compare_core::markup::tree::Node;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::markup_dom;

/// Runs once markup is in the document, with the element that holds it.
pub type OnShown = Box<dyn FnOnce(&web_sys::Element)>;

/// The events markup reports to `on_action`.
const ACTION_EVENTS: [&str; 3] = ["click", "change", "input"];

/// What an event in the markup asks for: a clicked element with `data-action="x"` reports
/// "x"; a select that changed or a text box typed into reports "x:<its value>".
fn action_of(event: &web_sys::Event) -> Option<String> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    match event.type_().as_str() {
        "click" => target
            .closest("[data-action]")
            .ok()??
            .get_attribute("data-action"),
        kind => {
            let value = match (
                target.dyn_ref::<web_sys::HtmlSelectElement>(),
                target.dyn_ref::<web_sys::HtmlInputElement>(),
            ) {
                (Some(select), _) if kind == "change" => select.value(),
                (_, Some(input)) if kind == "input" => input.value(),
                _ => return None,
            };
            Some(format!("{}:{value}", target.get_attribute("data-action")?))
        }
    }
}

/// Reports the `data-action`s of `element`'s contents to `on_action` (see [`action_of`])
/// until the current owner is cleaned up. Used by [`Markup`] and for adopted static pages.
pub fn listen_for_actions(element: &web_sys::Element, on_action: Callback<String>) {
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        if let Some(action) = action_of(&event) {
            on_action.run(action);
        }
    });
    for kind in ACTION_EVENTS {
        let _ = element.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref());
    }
    let listener = SendWrapper::new((element.clone(), closure));
    on_cleanup(move || {
        let (element, closure) = listener.take();
        for kind in ACTION_EVENTS {
            let _ =
                element.remove_event_listener_with_callback(kind, closure.as_ref().unchecked_ref());
        }
    });
}

/// Shows static markup from the core. Elements in it that carry `data-action` report to
/// `on_action` (see [`action_of`]); `on_shown` runs once the markup is in the document.
/// (One native listener per event kind rather than reactive event handlers: less wasm.)
#[component]
pub fn Markup(
    node: Node,
    #[prop(optional, into)] on_action: Option<Callback<String>>,
    #[prop(optional)] on_shown: Option<OnShown>,
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
        if let Some(on_action) = on_action {
            listen_for_actions(&host, on_action);
        }
        if let Some(shown) = on_shown {
            shown(&host);
        }
    });
    view! { <div class="markup" node_ref=host></div> }
}
