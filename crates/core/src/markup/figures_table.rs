//! A table of both roles' figures, one row per label: captioned, and scrollable on its own
//! (a focusable, named region) so a narrow phone never scrolls the page sideways.

use super::tree::{el, Element, Text};

/// `rows` are (label, first role's figure, second role's figure); `label_heading` heads the
/// labels' column, `titles` the roles' columns.
pub fn figures_table<L: Into<Text>>(
    caption: String,
    label_heading: &'static str,
    titles: [&str; 2],
    rows: impl IntoIterator<Item = (L, String, String)>,
) -> Element {
    let head = el("tr")
        .child(el("th").attr("scope", "col").text(label_heading))
        .child(el("th").attr("scope", "col").text(titles[0].to_owned()))
        .child(el("th").attr("scope", "col").text(titles[1].to_owned()));
    let rows = rows.into_iter().map(|(label, a, b)| {
        el("tr")
            .child(el("th").attr("scope", "row").text(label))
            .child(el("td").text(a))
            .child(el("td").text(b))
    });
    el("div")
        .class("table-scroll")
        .attr("tabindex", "0")
        .attr("role", "region")
        .attr("aria-label", caption.clone())
        .child(
            el("table")
                .class("figures")
                .child(el("caption").text(caption))
                .child(el("thead").child(head))
                .child(el("tbody").children(rows)),
        )
}
