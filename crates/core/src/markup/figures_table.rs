//! A table of both roles' figures, one row per label: captioned, and scrollable on its own
//! (a focusable, named region) so a narrow phone never scrolls the page sideways.

use super::tree::Node;
use super::writer::Writer;

/// `rows` are [label, first role's figure, second role's figure]; `label_heading` heads the
/// labels' column, `titles` the roles' columns.
pub fn figures_table(
    caption: &str,
    label_heading: &str,
    titles: [&str; 2],
    rows: &mut dyn Iterator<Item = [&str; 3]>,
) -> Node {
    let mut w = Writer::new();
    write_figures_table(&mut w, caption, label_heading, titles, rows);
    w.finish()
}

/// [`figures_table`] into a page being written.
pub fn write_figures_table(
    w: &mut Writer,
    caption: &str,
    label_heading: &str,
    titles: [&str; 2],
    rows: &mut dyn Iterator<Item = [&str; 3]>,
) {
    w.open("div")
        .class("table-scroll")
        .attr("tabindex", "0")
        .attr("role", "region")
        .attr("aria-label", caption);
    w.open("table").class("figures");
    w.open("caption").text(caption).close();
    w.open("thead").open("tr");
    for heading in [label_heading, titles[0], titles[1]] {
        w.open("th").attr("scope", "col").text(heading).close();
    }
    w.close().close();
    w.open("tbody");
    for [label, a, b] in rows {
        w.open("tr");
        w.open("th").attr("scope", "row").text(label).close();
        w.open("td").text(a).close();
        w.open("td").text(b).close();
        w.close();
    }
    w.close().close().close();
}
