//! Turns core markup ([`Node`] trees) into DOM nodes. One small non-generic function serves
//! every page, instead of a generic view per element. Text becomes text nodes, so data can
//! never inject HTML.

use role_compare_core::markup::tree::{Namespace, Node};

const SVG_NAMESPACE: &str = "http://www.w3.org/2000/svg";

/// Builds the DOM for `node` (detached; the caller inserts it).
pub fn build(
    document: &web_sys::Document,
    node: &Node,
) -> Result<web_sys::Node, wasm_bindgen::JsValue> {
    match node {
        Node::Text(text) => Ok(document.create_text_node(text).into()),
        Node::Element(element) => {
            let dom = match element.namespace {
                Namespace::Html => document.create_element(element.tag)?,
                Namespace::Svg => document.create_element_ns(Some(SVG_NAMESPACE), element.tag)?,
            };
            for (name, value) in &element.attributes {
                dom.set_attribute(name, value)?;
            }
            for child in &element.children {
                dom.append_child(&build(document, child)?)?;
            }
            Ok(dom.into())
        }
    }
}

/// Replaces the contents of `host` with `node`.
pub fn replace_children(host: &web_sys::Element, node: &Node) {
    host.set_text_content(None);
    match build(&leptos::prelude::document(), node) {
        Ok(dom) => {
            let _ = host.append_child(&dom);
        }
        Err(_) => leptos::logging::error!("Part of the page could not be shown."),
    }
}
