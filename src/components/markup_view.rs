use leptos::html::Div;
use leptos::prelude::*;
use role_compare_core::markup::Node;
use wasm_bindgen::JsCast;

use crate::markup_dom;

/// Runs once markup is in the document, with the element that holds it.
pub type OnShown = Box<dyn FnOnce(&web_sys::Element)>;

/// Shows static markup from the core. Buttons in it that carry `data-action="…"` report
/// their action to `on_action` when clicked, selects and text boxes as "action:value" when
/// changed or typed into;
/// `on_shown` runs once the markup is in the document.
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
        if let Some(shown) = on_shown {
            shown(&host);
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
    // A form control in the markup with `data-action="x"` reports "x:<its value>": a select
    // when it changes, a text box as the reader types.
    let on_value = move |event: web_sys::Event| {
        let Some(on_action) = on_action else { return };
        let Some(target) = event.target() else { return };
        let value = match (
            target.dyn_ref::<web_sys::HtmlSelectElement>(),
            target.dyn_ref::<web_sys::HtmlInputElement>(),
        ) {
            (Some(select), _) if event.type_() == "change" => select.value(),
            (_, Some(input)) if event.type_() == "input" => input.value(),
            _ => return,
        };
        let action = target
            .dyn_ref::<web_sys::Element>()
            .and_then(|e| e.get_attribute("data-action"));
        if let Some(action) = action {
            on_action.run(format!("{action}:{value}"));
        }
    };
    view! {
        <div
            class="markup"
            node_ref=host
            on:click=on_click
            on:change=on_value
            on:input=on_value
            // Forms in markup are handled by their page; never a full page load.
            on:submit=|event| event.prevent_default()
        ></div>
    }
}
