//! What readers do in a page's markup, reported by name: an element with
//! `data-action="x"` that is clicked reports "x"; a select that changed or a text box typed
//! into reports "x:<its value>". One native listener per event kind on the page, removed
//! when the page goes (fewer bytes than a reactive handler per element).

use std::rc::Rc;

use leptos::prelude::on_cleanup;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Handles an action reported by [`listen_for_actions`].
pub type OnAction = Rc<dyn Fn(&str)>;

/// The events that carry actions.
const ACTION_EVENTS: [&str; 3] = ["click", "change", "input"];

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

/// Reports the actions inside `element` to `on_action` until the current owner is cleaned
/// up (the page is replaced).
pub fn listen_for_actions(element: &web_sys::Element, on_action: OnAction) {
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        if let Some(action) = action_of(&event) {
            on_action(&action);
        }
    });
    listen_until_cleanup(element, &ACTION_EVENTS, false, closure);
}

/// Adds `closure` as the listener for each of `events` on `target` (while the event travels
/// down with `capture`, for events that do not bubble), and removes it when the current
/// owner is cleaned up.
pub fn listen_until_cleanup(
    target: &web_sys::EventTarget,
    events: &'static [&'static str],
    capture: bool,
    closure: Closure<dyn FnMut(web_sys::Event)>,
) {
    for kind in events {
        let _ = target.add_event_listener_with_callback_and_bool(
            kind,
            closure.as_ref().unchecked_ref(),
            capture,
        );
    }
    let listener = SendWrapper::new((target.clone(), closure));
    on_cleanup(move || {
        let (target, closure) = listener.take();
        for kind in events {
            let _ = target.remove_event_listener_with_callback_and_bool(
                kind,
                closure.as_ref().unchecked_ref(),
                capture,
            );
        }
    });
}
