//! A small, framework-free description of page markup.
//!
//! Static content such as an article is described once as a [`Node`] tree. The app turns the
//! tree into DOM nodes with one non-generic function (much smaller wasm than a generic view
//! per element), and native tools can write the same tree as HTML, so every renderer shows
//! the same headings, ids and text. Text is always text: it is escaped, never parsed.

use std::borrow::Cow;

/// A text or attribute value: most are fixed words of the page (class names, headings,
/// labels), which are borrowed rather than copied into a fresh allocation on every render.
pub type Text = Cow<'static, str>;

/// A piece of markup: an element, a run of text, or a part written straight as HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Element(Element),
    Text(Text),
    /// Written by a [`Writer`](super::writer::Writer): opaque to [`Node::walk`] and the queries.
    Markup(Markup),
}

/// HTML made only by a [`Writer`](super::writer::Writer), which escapes every text and
/// attribute value as [`Node::write_html`] does: there is no other way to make one, so data
/// text stays text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Markup(pub(super) String);

/// Which namespace an element lives in; SVG elements must be created in theirs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Namespace {
    Html,
    Svg,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    pub tag: &'static str,
    pub namespace: Namespace,
    pub attributes: Vec<(&'static str, Text)>,
    pub children: Vec<Node>,
}

/// Starts an HTML element.
// The builder's methods are kept out of line in the wasm: page markup calls them thousands of
// times, and one shared copy is far smaller than each call inlined. The server may inline
// them, which saves moving each element in and out of a call.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn el(tag: &'static str) -> Element {
    Element {
        tag,
        namespace: Namespace::Html,
        attributes: Vec::new(),
        children: Vec::new(),
    }
}

/// Starts an SVG element.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn svg(tag: &'static str) -> Element {
    Element {
        namespace: Namespace::Svg,
        ..el(tag)
    }
}

impl Element {
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn push_attribute(mut self, name: &'static str, value: Text) -> Self {
        self.attributes.push((name, value));
        self
    }

    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn push_child(mut self, node: Node) -> Self {
        self.children.push(node);
        self
    }

    pub fn attr(self, name: &'static str, value: impl Into<Text>) -> Self {
        self.push_attribute(name, value.into())
    }

    pub fn class(self, value: impl Into<Text>) -> Self {
        self.push_attribute("class", value.into())
    }

    pub fn id(self, value: impl Into<Text>) -> Self {
        self.push_attribute("id", value.into())
    }

    pub fn child(self, node: impl Into<Node>) -> Self {
        self.push_child(node.into())
    }

    pub fn children(mut self, nodes: impl IntoIterator<Item = impl Into<Node>>) -> Self {
        self.children.extend(nodes.into_iter().map(Into::into));
        self
    }

    pub fn text(self, text: impl Into<Text>) -> Self {
        self.push_child(Node::Text(text.into()))
    }

    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.as_ref())
    }
}

impl From<Element> for Node {
    fn from(element: Element) -> Self {
        Node::Element(element)
    }
}

impl From<String> for Node {
    fn from(text: String) -> Self {
        Node::Text(text.into())
    }
}

impl From<&'static str> for Node {
    fn from(text: &'static str) -> Self {
        Node::Text(text.into())
    }
}

/// HTML's void elements: written without an end tag (one would be a stray end tag).
pub(super) const VOID_ELEMENTS: [&str; 13] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Below this length a text is checked whole, eight bytes at a time, before the search for runs.
#[cfg(not(target_arch = "wasm32"))]
const SHORT_TEXT: usize = 64;

/// Whether `bytes` hold a character to replace, looked for eight bytes at a time: a byte
/// equal to `b` is a zero byte of `word ^ (b × 0x01…01)`, and subtracting 1 from every byte
/// sets the top bit of exactly such bytes among those whose own top bit was clear.
#[cfg(not(target_arch = "wasm32"))]
fn needs_escaping(bytes: &[u8], in_attribute: bool) -> bool {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const TOPS: u64 = u64::from_ne_bytes([0x80; 8]);
    let holds = |word: u64, byte: u8| {
        let zeroed = word ^ (ONES * u64::from(byte));
        zeroed.wrapping_sub(ONES) & !zeroed & TOPS != 0
    };
    // Outside attributes quotes stay as they are: the fourth test looks for `&` again.
    let quote = if in_attribute { b'"' } else { b'&' };
    let mut words = bytes.chunks_exact(8);
    let any_word = words.any(|chunk| {
        let word = u64::from_ne_bytes(chunk.try_into().expect("chunks of eight"));
        holds(word, b'&') | holds(word, b'<') | holds(word, b'>') | holds(word, quote)
    });
    any_word
        || words
            .remainder()
            .iter()
            .any(|&byte| matches!(byte, b'&' | b'<' | b'>') || byte == quote)
}

/// The server writes every page it renders through here: copying the runs between the
/// characters to replace made its renders a quarter faster (0.67 to 0.49 ms for a generated
/// pair in an area, examples/miss_timing.rs), and finding them with memchr another eighth
/// (370 to 325 µs). The four are ASCII, so a byte match is never inside a character.
#[cfg(not(target_arch = "wasm32"))]
pub(super) fn escape_into(out: &mut String, text: &str, in_attribute: bool) {
    let bytes = text.as_bytes();
    // Most of a page's texts and values are short (class names, figures, a state's name):
    // for them one pass over their words beats setting up the vector searches below.
    if bytes.len() < SHORT_TEXT && !needs_escaping(bytes, in_attribute) {
        out.push_str(text);
        return;
    }
    let after = |from: usize, found: Option<usize>| from + found.unwrap_or(bytes.len() - from);
    let next_special = |from| after(from, memchr::memchr3(b'&', b'<', b'>', &bytes[from..]));
    let next_quote = |from| match in_attribute {
        true => after(from, memchr::memchr(b'"', &bytes[from..])),
        false => bytes.len(),
    };
    // The next byte of each kind to escape, each looked for again only once passed: the
    // text is read once however the two kinds interleave.
    let (mut special, mut quote) = (next_special(0), next_quote(0));
    let mut start = 0;
    loop {
        let at = special.min(quote);
        out.push_str(&text[start..at]);
        let Some(&byte) = bytes.get(at) else {
            return;
        };
        out.push_str(match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            _ => "&quot;",
        });
        start = at + 1;
        if at == special {
            special = next_special(start);
        } else {
            quote = next_quote(start);
        }
    }
}

/// The app writes pages ahead while the browser is idle, but also the page a first visit
/// opens on a static host, before anything shows. The vector searches above are 1.4 KiB more
/// of its download (brotli); a plain pass over the bytes that copies the runs between
/// replacements is nearly as small as one character at a time, and does not decode and
/// re-encode every character.
#[cfg(any(target_arch = "wasm32", test))]
pub(super) fn escape_runs(out: &mut String, text: &str, in_attribute: bool) {
    let mut start = 0;
    for (at, byte) in text.bytes().enumerate() {
        let entity = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' if in_attribute => "&quot;",
            _ => continue,
        };
        out.push_str(&text[start..at]);
        out.push_str(entity);
        start = at + 1;
    }
    out.push_str(&text[start..]);
}

#[cfg(target_arch = "wasm32")]
pub(super) use escape_runs as escape_into;

impl Node {
    /// The tree as HTML, with all text and attribute values escaped.
    pub fn to_html(&self) -> String {
        let mut out = String::new();
        self.write_html(&mut out);
        out
    }

    /// Appends the tree as HTML to `out`, escaped as [`Node::to_html`] does.
    pub fn write_html(&self, out: &mut String) {
        match self {
            Node::Text(text) => escape_into(out, text, false),
            Node::Markup(markup) => out.push_str(&markup.0),
            Node::Element(element) => {
                out.push('<');
                out.push_str(element.tag);
                if element.tag == "svg" {
                    out.push_str(r#" xmlns="http://www.w3.org/2000/svg""#);
                }
                for (name, value) in &element.attributes {
                    out.push(' ');
                    out.push_str(name);
                    out.push_str("=\"");
                    escape_into(out, value, true);
                    out.push('"');
                }
                out.push('>');
                // Only a childless element can be void: most have children, and skip the list.
                if element.children.is_empty() && VOID_ELEMENTS.contains(&element.tag) {
                    return;
                }
                for child in &element.children {
                    child.write_html(out);
                }
                out.push_str("</");
                out.push_str(element.tag);
                out.push('>');
            }
        }
    }

    /// All text below this node, concatenated (what a reader or screen reader gets).
    pub fn text_content(&self) -> String {
        let mut out = String::new();
        self.walk(&mut |node| {
            if let Node::Text(text) = node {
                out.push_str(text);
            }
        });
        out
    }

    /// Visits this node and every node below it, in document order.
    pub fn walk(&self, visit: &mut impl FnMut(&Node)) {
        visit(self);
        if let Node::Element(element) = self {
            for child in &element.children {
                child.walk(visit);
            }
        }
    }

    /// Every element below (and including) this node with the given tag, in order.
    pub fn find_all(&self, tags: &[&str]) -> Vec<&Element> {
        fn collect<'a>(node: &'a Node, tags: &[&str], out: &mut Vec<&'a Element>) {
            if let Node::Element(element) = node {
                if tags.contains(&element.tag) {
                    out.push(element);
                }
                for child in &element.children {
                    collect(child, tags, out);
                }
            }
        }
        let mut out = Vec::new();
        collect(self, tags, &mut out);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The app's escaping (wasm) and the server's give the same HTML for any text.
        #[test]
        fn both_escapers_agree(text in prop_oneof!["[<>&\"'a-z é]{0,40}", any::<String>()], in_attribute: bool) {
            let (mut app, mut server) = (String::new(), String::new());
            escape_runs(&mut app, &text, in_attribute);
            escape_into(&mut server, &text, in_attribute);
            prop_assert_eq!(app, server);
        }
    }

    #[test]
    fn html_escapes_text_and_attributes() {
        let node: Node = el("p")
            .attr("title", r#"a "quoted" <b>"#)
            .text("Fish & <chips>")
            .into();
        assert_eq!(
            node.to_html(),
            r#"<p title="a &quot;quoted&quot; &lt;b&gt;">Fish &amp; &lt;chips&gt;</p>"#
        );
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn every_character_to_replace_is_found_at_every_place_in_a_short_text() {
        for len in 1..SHORT_TEXT {
            for at in 0..len {
                for special in [b'&', b'<', b'>', b'"'] {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = special;
                    assert!(needs_escaping(&bytes, true), "{special} at {at} of {len}");
                    assert_eq!(needs_escaping(&bytes, false), special != b'"');
                }
                // Bytes next to the four, and the top half, are not mistaken for them.
                let near: Vec<u8> = (0..len)
                    .map(|i| [b'%', b'\'', b';', b'=', b'?', 0xc3, 0xa9, b'!'][i % 8])
                    .collect();
                assert!(!needs_escaping(&near, true));
            }
        }
    }

    #[test]
    fn svg_gets_its_namespace_and_void_elements_have_no_end_tag() {
        let chart: Node = svg("svg").child(svg("rect").attr("width", "10")).into();
        assert_eq!(
            chart.to_html(),
            r#"<svg xmlns="http://www.w3.org/2000/svg"><rect width="10"></rect></svg>"#
        );
        assert_eq!(Node::from(el("br")).to_html(), "<br>");
        assert_eq!(
            Node::from(el("base").attr("target", "_blank")).to_html(),
            r#"<base target="_blank">"#
        );
    }

    #[test]
    fn queries_walk_in_document_order() {
        let page: Node = el("article")
            .child(el("h1").text("One"))
            .child(
                el("section")
                    .child(el("h2").text("Two"))
                    .child(el("h3").text("Three")),
            )
            .into();
        let headings: Vec<String> = page
            .find_all(&["h1", "h2", "h3"])
            .into_iter()
            .map(|h| Node::Element(h.clone()).text_content())
            .collect();
        assert_eq!(headings, ["One", "Two", "Three"]);
        assert_eq!(page.text_content(), "OneTwoThree");
    }
}
