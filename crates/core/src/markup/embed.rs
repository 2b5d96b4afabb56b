//! Embedding a comparison in another site: what the embed page shows and which parts of it a
//! site can choose.
//!
//! The embed page (`/embed/compare/<pair>`) is the comparison's own markup made fit for an
//! iframe: no site navigation, share controls or contents list, every link opening in a new
//! tab (a click must never navigate the host's frame away), and a credit linking to the full
//! page. Theme, accent and the sections shown are applied in the page by
//! `public/embed-frame.js` before it paints, so a prerendered embed needs no wasm.
//!
//! Every comparison carries its [`credit`]; the site's stylesheet shows it only in print.
//! The embed page is otherwise the comparison page itself, shown by `public/embed.css` the
//! way the print view shows it: without the site's header, footer, navigation and controls.
//! (The app has no embed code of its own, which keeps the article's first load in budget;
//! its embed shell adds `<base target="_blank">` so every link opens in a new tab.)
//! Prerendered embeds of the curated articles leave those controls out of the markup
//! altogether ([`fit_for_embed`]).

use crate::markup::tree::{el, Element, Node};

/// A part of a comparison a site can choose to show (`?sections=salary,skills`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmbedSection {
    /// The value in `sections=`; the same word as the section's anchor where it has one.
    pub key: &'static str,
    pub label: &'static str,
    /// Shown by curated articles.
    pub curated: bool,
    /// Shown by comparisons generated from official data.
    pub generated: bool,
}

const fn section(
    key: &'static str,
    label: &'static str,
    curated: bool,
    generated: bool,
) -> EmbedSection {
    EmbedSection {
        key,
        label,
        curated,
        generated,
    }
}

/// Every choosable part, in page order. `public/embed-frame.js` (which reads `sections=`,
/// ignoring unknown keys) and `public/embed.css` name the same keys; a test in
/// `crates/render` keeps them in step.
pub const EMBED_SECTIONS: [EmbedSection; 10] = [
    section("intro", "Introduction", true, false),
    section("what-is", "What each role is", true, true),
    section("job-duties", "Job Duties", true, false),
    section("job-requirements", "Job Requirements", true, false),
    section("work-environment", "Work Environment", true, true),
    section("skills", "Skills", true, false),
    section("salary", "Salary", true, true),
    section("where-the-jobs-are", "Where the Jobs Are", true, true),
    section("employment", "Employment", false, true),
    section("side-by-side", "Side by side", false, true),
];

/// Classes of the parts of a page that belong to the site rather than the comparison: the
/// same parts `public/embed.css` hides in the app's embed shell.
const SITE_ONLY: [&str; 7] = [
    "share-row",
    "heading-link",
    "contents",
    "neighbours",
    "keyboard-hint",
    "picker",
    "toolbar",
];

/// The `aria-labelledby` of the list of related comparisons, also site navigation.
const RELATED_LIST: &str = "related";

fn has_class(element: &Element, wanted: &str) -> bool {
    element
        .attribute("class")
        .is_some_and(|classes| classes.split(' ').any(|c| c == wanted))
}

/// `node` without the site's own controls, and with every link opening in a new tab.
pub fn fit_for_embed(node: Node) -> Option<Node> {
    let Node::Element(mut element) = node else {
        return Some(node);
    };
    if SITE_ONLY.iter().any(|class| has_class(&element, class))
        || element.attribute("aria-labelledby") == Some(RELATED_LIST)
    {
        return None;
    }
    if element.tag == "a" && element.attribute("target").is_none() {
        element.attributes.push(("target", "_blank".into()));
        element.attributes.push(("rel", "noopener".into()));
    }
    element.children = std::mem::take(&mut element.children)
        .into_iter()
        .filter_map(fit_for_embed)
        .collect();
    Some(Node::Element(element))
}

/// "Compared with Role Compare", linking to the full page in a new tab. `full_page` is the
/// address of the comparison on this site.
pub fn credit(full_page: &str) -> Element {
    el("p").class("embed-credit").child(
        el("a")
            .attr("href", full_page.to_owned())
            .attr("target", "_blank")
            .attr("rel", "noopener")
            .text("Compared with Role Compare")
            .child(
                el("span")
                    .class("visually-hidden")
                    .text(" (opens in a new tab)"),
            ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::curated::tests::producer_vs_product_manager;

    #[test]
    fn every_curated_section_key_names_a_section_anchor() {
        let page = crate::markup::article::tests::article_with_official();
        let html = page.to_html();
        for section in EMBED_SECTIONS.iter().filter(|s| s.curated) {
            let hook = match section.key {
                "intro" => r#"class="intro""#.to_owned(),
                "what-is" => r#"aria-labelledby="what-is-"#.to_owned(),
                key => format!(r#"aria-labelledby="{key}""#),
            };
            assert!(html.contains(&hook), "{} has no {hook}", section.key);
        }
    }

    #[test]
    fn an_embed_drops_site_controls_and_opens_links_in_a_new_tab() {
        let page = crate::markup::article::tests::article_without_official();
        let embedded = fit_for_embed(page).unwrap();
        let html = embedded.to_html();
        for gone in [
            "share-row",
            "heading-link",
            "class=\"contents\"",
            "data-action",
        ] {
            assert!(!html.contains(gone), "{gone} is still there");
        }
        let links = embedded.find_all(&["a"]);
        assert!(!links.is_empty());
        for link in links {
            assert_eq!(link.attribute("target"), Some("_blank"));
            assert_eq!(link.attribute("rel"), Some("noopener"));
        }
        let credit = embedded.find_all(&["p"]).into_iter().last().unwrap();
        assert_eq!(
            Node::Element(credit.clone()).text_content(),
            "Compared with Role Compare (opens in a new tab)"
        );
        assert_eq!(
            credit.children[0].clone(),
            Node::Element(super::credit("/compare/producer-vs-product-manager")).find_all(&["a"])
                [0]
            .clone()
            .into()
        );
        // The comparison itself is all there.
        assert_eq!(embedded.find_all(&["h3"]).len(), 5);
    }

    #[test]
    fn a_whole_page_in_an_embed_keeps_the_comparison_but_not_the_site_navigation() {
        use crate::markup::page::link_list;
        use crate::navigation::neighbours::Neighbours;
        use crate::pages::compare::curated_page;
        let comparison = producer_vs_product_manager();
        let neighbour = crate::data::articles::ArticleSummary {
            role_a: "a".into(),
            role_a_title: "A".into(),
            role_b: "b".into(),
            role_b_title: "B".into(),
            title: "A vs. B: What Are the Differences?".into(),
            subtitle: "Two roles".into(),
        };
        let neighbours = Neighbours {
            previous: Some(neighbour.clone()),
            next: Some(neighbour),
        };
        let map = crate::data::map::UsMap {
            width: 975,
            height: 610,
            states: Vec::new(),
        };
        let page = curated_page(
            &comparison,
            [None, None],
            &neighbours,
            &map,
            crate::navigation::routes::MapMeasure::Jobs,
        );
        let related = link_list("More comparisons with A".into(), "related", &[]);
        let toolbar: Node = el("div").class("toolbar").child(el("select")).into();
        let whole: Node = el("div")
            .child(page.content)
            .child(related)
            .child(toolbar)
            .into();
        let html = fit_for_embed(whole).unwrap().to_html();
        for gone in [
            "class=\"picker\"",
            "class=\"neighbours\"",
            "keyboard-hint",
            "rel=\"prev\"",
            "aria-labelledby=\"related\"",
            "toolbar",
            "<select",
        ] {
            assert!(!html.contains(gone), "{gone} is still there");
        }
        assert!(html.contains("<h3 id=\"salary\">Salary</h3>"));
        assert!(html.contains("class=\"embed-credit\""));
    }
}
