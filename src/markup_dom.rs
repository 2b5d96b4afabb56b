//! Core markup ([`Node`] trees) into the document. The core writes the tree as HTML with
//! every text and attribute value escaped (the same HTML the server sends; a property test
//! checks with a real HTML parser that no string ever becomes markup), and the browser
//! parses it in one call: far faster than building the page node by node from wasm, which
//! is what makes moving to the next comparison instant.

use role_compare_core::markup::tree::Node;

/// Replaces the contents of `host` with `node`.
pub fn replace_children(host: &web_sys::Element, node: &Node) {
    host.set_inner_html(&node.to_html());
}

/// Adds `nodes` at the end of `host`.
pub fn append(host: &web_sys::Element, nodes: &[Node]) {
    let html: String = nodes.iter().map(Node::to_html).collect();
    let _ = host.insert_adjacent_html("beforeend", &html);
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
