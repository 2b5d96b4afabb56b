//! Markup of the static parts of pages (header, footer, lists, notices), defined once for
//! the app and for anything else that writes pages.

use crate::markup::{el, Element, Node};
use crate::model::ArticleSummary;
use crate::neighbours::Neighbours;
use crate::paths::{compare_route, HOME_ROUTE};

/// The `data-action` of a button that asks the app to fetch failed data again.
pub const RETRY_ACTION: &str = "retry";

pub fn site_header() -> Node {
    el("header")
        .class("site-header")
        .child(
            el("a")
                .class("brand")
                .attr("href", HOME_ROUTE)
                .child(
                    el("span")
                        .class("brand-mark")
                        .attr("aria-hidden", "true")
                        .text("⇄"),
                )
                .text("Role Compare"),
        )
        .child(
            el("nav")
                .attr("aria-label", "Site")
                .child(el("a").attr("href", HOME_ROUTE).text("All comparisons")),
        )
        .into()
}

pub fn site_footer() -> Node {
    el("footer")
        .class("site-footer")
        .child(el("p").text(
            "Role Compare explains how careers differ, in plain words. Articles are written by \
             Role Compare; each salary figure names its source beside it.",
        ))
        .into()
}

/// Comparison articles as a list of linked cards.
pub fn article_list(articles: &[ArticleSummary]) -> Node {
    el("ul")
        .class("article-list")
        .children(articles.iter().map(|entry| {
            el("li")
                .class("article-card")
                .child(
                    el("a").attr("href", compare_route(&entry.pair())).child(
                        el("span")
                            .class("article-card-title")
                            .text(entry.short_title()),
                    ),
                )
                .child(
                    el("span")
                        .class("article-card-subtitle")
                        .text(entry.subtitle.as_str()),
                )
        }))
        .into()
}

/// The shape of an article while it loads, so the page does not jump when text arrives.
pub fn article_skeleton() -> Node {
    let line = |class: &'static str| el("span").class(class);
    let block = |lines: usize| {
        el("div")
            .class("skeleton-block")
            .children((0..lines).map(move |i| {
                line(if i + 1 == lines {
                    "skeleton-line short"
                } else {
                    "skeleton-line"
                })
            }))
    };
    el("div")
        .class("article skeleton")
        .attr("aria-busy", "true")
        .child(
            el("p")
                .class("visually-hidden")
                .attr("role", "status")
                .text("Loading the comparison…"),
        )
        .child(
            el("div")
                .attr("aria-hidden", "true")
                .child(line("skeleton-line skeleton-title"))
                .child(line("skeleton-line skeleton-title short"))
                .child(block(3))
                .child(line("skeleton-line skeleton-heading"))
                .child(block(4))
                .child(line("skeleton-line skeleton-heading"))
                .child(block(4)),
        )
        .into()
}

fn neighbour_link(entry: &ArticleSummary, rel: &'static str, label: &'static str) -> Element {
    let title = entry.short_title();
    el("a")
        .class(format!("neighbour neighbour-{rel}"))
        .attr("href", compare_route(&entry.pair()))
        .attr("rel", rel)
        .attr("aria-label", format!("{label} comparison: {title}"))
        .child(el("span").class("neighbour-direction").text(label))
        .child(el("span").class("neighbour-title").text(title))
}

/// Links to the previous and next comparisons (omitted at the ends) and back to the index.
pub fn neighbour_links(neighbours: &Neighbours) -> Node {
    let mut nav = el("nav")
        .class("neighbours")
        .attr("aria-label", "More comparisons");
    if let Some(previous) = &neighbours.previous {
        nav = nav.child(neighbour_link(previous, "prev", "Previous"));
    }
    nav = nav.child(
        el("a")
            .class("neighbour-index")
            .attr("href", HOME_ROUTE)
            .text("All comparisons"),
    );
    if let Some(next) = &neighbours.next {
        nav = nav.child(neighbour_link(next, "next", "Next"));
    }
    el("div")
        .child(nav)
        .child(
            el("p")
                .class("keyboard-hint")
                .text("Tip: use the ← and → keys to move between comparisons."),
        )
        .into()
}

/// Says what was not found and offers the closest comparisons and the index instead.
pub fn not_found(heading: &str, message: &str, suggestions: &[ArticleSummary]) -> Node {
    let mut section = el("section")
        .class("not-found")
        .child(el("h1").text(heading))
        .child(el("p").class("lead").text(message));
    if !suggestions.is_empty() {
        section = section.child(
            el("section")
                .class("suggestions")
                .attr("aria-labelledby", "suggestions-heading")
                .child(
                    el("h2")
                        .id("suggestions-heading")
                        .text("Closest comparisons"),
                )
                .child(article_list(suggestions)),
        );
    }
    section
        .child(
            el("p").child(
                el("a")
                    .class("button")
                    .attr("href", HOME_ROUTE)
                    .text("Browse all comparisons"),
            ),
        )
        .into()
}

/// A failure shown in place of the content it stopped: what failed and ways forward. With
/// `can_retry` it carries a Retry button (`data-action="retry"`) for the app to wire up.
pub fn error_panel(heading: &str, message: &str, can_retry: bool) -> Node {
    let hint = if can_retry {
        "This is usually temporary."
    } else {
        "The rest of the site still works."
    };
    let mut actions = el("p").class("error-actions");
    if can_retry {
        actions = actions.child(
            el("button")
                .attr("type", "button")
                .class("button")
                .attr("data-action", RETRY_ACTION)
                .text("Retry"),
        );
    }
    el("section")
        .class("error-panel")
        .attr("role", "alert")
        .attr("aria-labelledby", "error-heading")
        .child(el("h1").id("error-heading").text(heading))
        .child(el("p").class("error-message").text(message))
        .child(el("p").text(hint))
        .child(
            actions.child(
                el("a")
                    .class("button button-secondary")
                    .attr("href", HOME_ROUTE)
                    .text("See all comparisons"),
            ),
        )
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(a: &str, b: &str) -> ArticleSummary {
        ArticleSummary {
            role_a: a.into(),
            role_a_title: a.to_uppercase(),
            role_b: b.into(),
            role_b_title: b.to_uppercase(),
            title: String::new(),
            subtitle: "sub".into(),
        }
    }

    #[test]
    fn neighbour_links_omit_missing_ends() {
        let only_next = Neighbours {
            previous: None,
            next: Some(entry("c", "d")),
        };
        let html = neighbour_links(&only_next).to_html();
        assert!(!html.contains(r#"rel="prev""#));
        assert!(
            html.contains(
                r#"href="/compare/c-vs-d" rel="next" aria-label="Next comparison: C vs. D""#
            ),
            "{html}"
        );
        assert!(html.contains(">All comparisons</a>"));
    }

    #[test]
    fn error_panel_offers_retry_only_when_it_can_help() {
        assert!(error_panel("h", "m", true)
            .to_html()
            .contains(r#"data-action="retry""#));
        assert!(!error_panel("h", "m", false).to_html().contains("button\""));
    }

    #[test]
    fn not_found_lists_suggestions_when_there_are_some() {
        let html = not_found(
            "Page not found",
            "There is no page at “/x”.",
            &[entry("a", "b")],
        )
        .to_html();
        assert!(html.contains("Closest comparisons"));
        assert!(html.contains(r#"<a href="/compare/a-vs-b">"#));
        assert!(!not_found("h", "m", &[])
            .to_html()
            .contains("Closest comparisons"));
    }
}
