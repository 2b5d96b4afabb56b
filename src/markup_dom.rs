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
