//! Markup written straight as HTML, for the largest part of a comparison: both maps, their
//! legend, the states' table and the top areas, some 600 elements of a generated page's 800.
//! Built as a tree, then written and dropped, they were half of a server render (perf,
//! `examples/render_timing.rs`); the tree's elements cost an allocation or two each that this
//! writer does not make. The app writes pages as HTML too (`src/markup_dom.rs`), so both get
//! the same [`Node::Markup`], written as it is.
//!
//! Every text and attribute value goes through the tree's escaping: data text stays text.

use super::tree::{escape_into, Markup, Node, VOID_ELEMENTS};

/// Writes elements in document order: `open`, its attributes, its content, `close`.
#[derive(Debug, Default)]
pub struct Writer {
    html: String,
    open: Vec<&'static str>,
    /// Whether the last start tag still takes attributes (its `>` is not yet written).
    in_start_tag: bool,
}

impl Writer {
    pub fn new() -> Self {
        Self::default()
    }

    fn end_start_tag(&mut self) {
        if self.in_start_tag {
            self.html.push('>');
            self.in_start_tag = false;
        }
    }

    /// Starts an element. SVG's get their namespace from the `svg` element, as in the tree.
    pub fn open(&mut self, tag: &'static str) -> &mut Self {
        self.end_start_tag();
        self.html.push('<');
        self.html.push_str(tag);
        if tag == "svg" {
            self.html.push_str(r#" xmlns="http://www.w3.org/2000/svg""#);
        }
        self.open.push(tag);
        self.in_start_tag = true;
        self
    }

    /// An attribute of the element just opened. Once it has content, an attribute has no
    /// place to go and is left out (the tests write every part of every page shape).
    pub fn attr(&mut self, name: &'static str, value: &str) -> &mut Self {
        debug_assert!(
            self.in_start_tag,
            "{name} after the content of <{:?}>",
            self.open.last()
        );
        if self.in_start_tag {
            self.html.push(' ');
            self.html.push_str(name);
            self.html.push_str("=\"");
            escape_into(&mut self.html, value, true);
            self.html.push('"');
        }
        self
    }

    pub fn class(&mut self, value: &str) -> &mut Self {
        self.attr("class", value)
    }

    /// Text in the open element; consecutive texts read as one.
    pub fn text(&mut self, text: &str) -> &mut Self {
        self.end_start_tag();
        escape_into(&mut self.html, text, false);
        self
    }

    /// Ends the innermost open element (a void element without content has no end tag).
    pub fn close(&mut self) -> &mut Self {
        let Some(tag) = self.open.pop() else {
            return self;
        };
        let childless = self.in_start_tag;
        self.end_start_tag();
        if !(childless && VOID_ELEMENTS.contains(&tag)) {
            self.html.push_str("</");
            self.html.push_str(tag);
            self.html.push('>');
        }
        self
    }

    /// Everything written, with any element still open closed.
    pub fn finish(mut self) -> Node {
        while !self.open.is_empty() {
            self.close();
        }
        Node::Markup(Markup(self.html))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::tree::{el, svg};
    use proptest::prelude::*;

    fn written(write: impl FnOnce(&mut Writer)) -> String {
        let mut writer = Writer::new();
        write(&mut writer);
        writer.finish().to_html()
    }

    #[test]
    fn writes_what_the_tree_writes() {
        let tree: Node = el("figure")
            .class("us-map")
            .child(
                svg("svg").attr("viewBox", "0 0 10 10").child(
                    svg("path")
                        .attr("d", "M0,0l1 1z")
                        .child(svg("title").text("A: 1")),
                ),
            )
            .child(el("br"))
            .child(el("input").attr("type", "text"))
            .child(el("td"))
            .into();
        let html = written(|w| {
            w.open("figure").class("us-map");
            w.open("svg").attr("viewBox", "0 0 10 10");
            w.open("path").attr("d", "M0,0l1 1z");
            w.open("title").text("A").text(": 1").close();
            w.close().close();
            w.open("br").close();
            w.open("input").attr("type", "text").close();
            w.open("td").close();
            w.close();
        });
        assert_eq!(html, tree.to_html());
    }

    #[test]
    fn open_elements_are_closed_at_the_end() {
        assert_eq!(
            written(|w| {
                w.open("ul").open("li").text("one");
            }),
            "<ul><li>one</li></ul>"
        );
        assert_eq!(
            written(|w| {
                w.close();
            }),
            ""
        );
    }

    proptest! {
        /// Any text or value, written either way, is the same escaped HTML: never markup.
        #[test]
        fn escapes_as_the_tree_does(text in prop_oneof!["[<>&\"'a-z é]{0,40}", any::<String>()], value in any::<String>()) {
            let tree: Node = el("p").attr("title", value.clone()).text(text.clone()).into();
            let html = written(|w| {
                w.open("p").attr("title", &value).text(&text);
            });
            prop_assert_eq!(html, tree.to_html());
        }
    }
}
