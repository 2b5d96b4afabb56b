//! Core markup ([`Node`] trees) into the document. The core writes the tree as HTML with
//! every text and attribute value escaped (the same HTML the server sends; a property test
//! checks with a real HTML parser that no string ever becomes markup), and the browser
//! parses it in one call: far faster than building the page node by node from wasm, which
//! is what makes moving to the next comparison instant.

use role_compare_core::markup::tree::{Element, Node};
use wasm_bindgen::JsCast;

/// Replaces the contents of `host` with `node`.
pub fn replace_children(host: &web_sys::Element, node: &Node) {
    host.set_inner_html(&node.to_html());
}

/// Adds `nodes` at the end of `host`.
pub fn append(host: &web_sys::Element, nodes: &[Node]) {
    let html: String = nodes.iter().map(Node::to_html).collect();
    let _ = host.insert_adjacent_html("beforeend", &html);
}

/// Makes `host`, which shows `old`, show `new`, rewriting only what differs: an element of
/// the same tag keeps its node, with changed attributes set and changed text replaced in
/// place, and children past the shorter list are removed or added, so the browser styles
/// no element it already had and lays out only the text that changed. Where the shapes
/// differ (another tag, a document that no longer matches `old`) the parent's contents are
/// written anew.
pub fn patch_children(host: &web_sys::Element, old: &[Node], new: &[Node]) {
    if !patched_in_place(host, old, new) {
        host.set_inner_html(&new.iter().map(Node::to_html).collect::<String>());
    }
}

/// Whether `host`'s children could be updated node for node.
fn patched_in_place(host: &web_sys::Element, old: &[Node], new: &[Node]) -> bool {
    if host.child_nodes().length() as usize != old.len() {
        return false;
    }
    let mut shown = host.first_child();
    for (old, new) in old.iter().zip(new) {
        let Some(node) = shown else { return false };
        shown = node.next_sibling();
        if old == new {
            continue;
        }
        match (old, new) {
            (Node::Text(_), Node::Text(text)) if node.node_type() == web_sys::Node::TEXT_NODE => {
                node.set_node_value(Some(text));
            }
            (Node::Element(old), Node::Element(new)) if old.tag == new.tag => {
                let Ok(element) = node.dyn_into::<web_sys::Element>() else {
                    return false;
                };
                patch_element(&element, old, new);
            }
            _ => return false,
        }
    }
    while let Some(node) = shown {
        shown = node.next_sibling();
        let _ = host.remove_child(&node);
    }
    if let Some(added) = new.get(old.len()..).filter(|added| !added.is_empty()) {
        append(host, added);
    }
    true
}

fn patch_element(element: &web_sys::Element, old: &Element, new: &Element) {
    for (name, value) in &new.attributes {
        if old.attribute(name) != Some(value.as_ref()) {
            let _ = element.set_attribute(name, value);
        }
    }
    for (name, _) in &old.attributes {
        if new.attribute(name).is_none() {
            let _ = element.remove_attribute(name);
        }
    }
    patch_children(element, &old.children, &new.children);
}

/// Completes `shown` with `whole`, whose start it is: the same nodes, the last one of each
/// level perhaps cut short. What `whole` has after them moves in after them; the nodes
/// already shown stay as they are.
pub fn complete(shown: &web_sys::Node, whole: &web_sys::Node) {
    let (mut on_screen, mut in_whole) = (shown.first_child(), whole.first_child());
    let mut last = None;
    while let (Some(a), Some(b)) = (&on_screen, &in_whole) {
        let next = (a.next_sibling(), b.next_sibling());
        last = on_screen.zip(in_whole);
        (on_screen, in_whole) = next;
    }
    if let Some((on_screen, in_whole)) = last {
        complete(&on_screen, &in_whole);
    }
    while let Some(next) = in_whole {
        in_whole = next.next_sibling();
        if shown.append_child(&next).is_err() {
            break;
        }
    }
}
