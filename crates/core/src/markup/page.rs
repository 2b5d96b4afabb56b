//! Markup of the static parts of pages (header, footer, lists, notices), defined once for
//! the app and for anything else that writes pages.

use crate::data::articles::ArticleSummary;
use crate::data::occupations::{Catalog, CatalogEntry};
use crate::markup::tree::{el, Element, Node, Text};
use crate::navigation::catalog_nav::related;
use crate::navigation::routes::{compare_route, HOME_ROUTE};
use crate::navigation::slug::PairSlug;

/// The `data-action` of a button that asks the app to fetch failed data again.
pub const RETRY_ACTION: &str = "retry";

/// The browser title of a page: "Producer vs. Product Manager: … | Role Compare".
pub fn document_title(page: &str) -> String {
    if page.is_empty() {
        SITE_NAME.to_owned()
    } else {
        format!("{page} | {SITE_NAME}")
    }
}

/// The product's name as shown to readers.
pub const SITE_NAME: &str = "Role Compare";

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
pub fn article_list(articles: &[impl std::borrow::Borrow<ArticleSummary>]) -> Node {
    el("ul")
        .class("article-list")
        .children(articles.iter().map(|entry| {
            let entry = entry.borrow();
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
                        .text(entry.subtitle.clone()),
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

/// A link to a neighbouring comparison: where it goes and its short title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NeighbourLink {
    pub href: String,
    pub title: String,
}

impl NeighbourLink {
    pub fn to_article(entry: &ArticleSummary) -> Self {
        Self {
            href: compare_route(&entry.pair()),
            title: entry.short_title(),
        }
    }
}

/// The link's name is its visible text, "Previous: Sales Analyst vs. Business Analyst" (the
/// colon only for screen readers, to part the direction from the title), so what a reader
/// sees is what speech input and screen readers call it (WCAG 2.5.3). The arrows are drawn
/// by the stylesheet, with no text for screen readers.
fn neighbour_link(link: &NeighbourLink, rel: &'static str, label: &'static str) -> Element {
    el("a")
        .class(format!("neighbour neighbour-{rel}"))
        .attr("href", link.href.clone())
        .attr("rel", rel)
        .child(
            el("span")
                .class("neighbour-direction")
                .text(label)
                .child(el("span").class("visually-hidden").text(":")),
        )
        .child(el("span").class("neighbour-title").text(link.title.clone()))
}

/// Links to the previous and next comparisons (omitted at the ends) and back to the index.
pub fn neighbour_links(previous: Option<&NeighbourLink>, next: Option<&NeighbourLink>) -> Node {
    let mut nav = el("nav")
        .class("neighbours")
        .attr("aria-label", "More comparisons");
    if let Some(previous) = previous {
        nav = nav.child(neighbour_link(previous, "prev", "Previous"));
    }
    nav = nav.child(
        el("a")
            .class("neighbour-index")
            .attr("href", HOME_ROUTE)
            .text("All comparisons"),
    );
    if let Some(next) = next {
        nav = nav.child(neighbour_link(next, "next", "Next"));
    }
    el("div")
        .child(nav)
        .child(
            el("p")
                .class("keyboard-hint")
                .text("Tip: the ← and → keys move between comparisons."),
        )
        .into()
}

/// A titled list of links to comparisons, e.g. "Related comparisons". The heading is a
/// [`Text`], not `impl Into<Text>`: one copy of this function in the app's wasm, not one
/// for each kind of heading its callers pass (+1.1 KiB brotli measured).
pub fn link_list(heading: Text, id: &'static str, links: &[NeighbourLink]) -> Node {
    el("section")
        .class("link-list")
        .attr("aria-labelledby", id)
        .child(el("h2").id(id).text(heading))
        .child(el("ul").children(links.iter().map(|link| {
            el("li").child(
                el("a")
                    .attr("href", link.href.clone())
                    .text(link.title.clone()),
            )
        })))
        .into()
}

/// Says what was not found and offers the closest comparisons and the index instead.
pub fn not_found(
    heading: &str,
    message: &str,
    suggestions: &[impl std::borrow::Borrow<ArticleSummary>],
) -> Node {
    let mut section = el("section")
        .class("not-found")
        .child(el("h1").text(heading.to_owned()))
        .child(el("p").class("lead").text(message.to_owned()));
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
        .child(el("h1").id("error-heading").text(heading.to_owned()))
        .child(el("p").class("error-message").text(message.to_owned()))
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

/// Whether the group browser lists each group's occupations now or when it is opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupMembers {
    /// Every list in the markup, each inside `<noscript>`: pages served whole. A reader
    /// without JavaScript sees the lists as they are; with JavaScript the browser keeps each
    /// one as unparsed text, so the page's load parses none of the 1,016 links, and
    /// `public/app-start.js` parses a group's list when the group is first opened.
    HeldAsText,
    /// Empty lists, each filled by [`group_members`] when its group is opened: the app
    /// draws 1,016 links and finds 1,016 partners only for groups a reader opens.
    OnDemand,
}

/// The `data-group` of a group's `details`: its index in `major_groups`.
pub const GROUP_ATTRIBUTE: &str = "data-group";

fn occupations_in(catalog: &Catalog, major: usize) -> impl Iterator<Item = &CatalogEntry> {
    catalog.occupations.iter().filter(move |entry| {
        catalog
            .minor_groups
            .get(entry.minor_group)
            .is_some_and(|m| m.major == major)
    })
}

/// The list of one group's occupations, each linking to its comparison with the closest
/// occupation (same minor group, nearest median).
pub fn group_members(catalog: &Catalog, major: usize) -> Node {
    let items = occupations_in(catalog, major).filter_map(|entry| {
        let itself = PairSlug::new(entry.slug.clone(), entry.slug.clone());
        let partner = related(catalog, &itself, 1).into_iter().next()?;
        let partner_title = catalog.title_of(&partner.b).unwrap_or(&partner.b);
        Some(
            el("li").child(
                el("a")
                    .attr("href", compare_route(&partner))
                    .attr(
                        "title",
                        format!("Compare {} with {partner_title}", entry.title),
                    )
                    .text(entry.title.clone()),
            ),
        )
    });
    el("ul").children(items).into()
}

/// Every occupation group, each opening to its occupations (see [`group_members`]).
pub fn group_browser(catalog: &Catalog, members: GroupMembers) -> Node {
    let groups = catalog
        .major_groups
        .iter()
        .enumerate()
        .map(|(major, group)| {
            let count = occupations_in(catalog, major).count();
            let list: Node = match members {
                GroupMembers::HeldAsText => {
                    el("noscript").child(group_members(catalog, major)).into()
                }
                GroupMembers::OnDemand => el("ul").into(),
            };
            el("details")
                .class("group")
                .attr(GROUP_ATTRIBUTE, major.to_string())
                .child(el("summary").text(format!("{} ({count})", group.title)))
                .child(list)
        });
    el("section")
        .class("groups")
        .id("groups")
        .attr("aria-labelledby", "groups-heading")
        .child(el("h2").id("groups-heading").text("Browse occupations by group"))
        .child(el("p").text(
            "Each occupation opens a comparison with the most similar one; change either side with the boxes above.",
        ))
        .children(groups)
        .into()
}

/// The home page's title and introduction.
pub fn home_intro() -> Node {
    el("div")
        .child(el("h1").text("Compare careers side by side"))
        .child(el("p").class("lead").text(
            "What does each job involve, what does it take to get in, and what does it pay? \
             Pick a comparison to read how two careers differ.",
        ))
        .into()
}

/// The search box over the articles (`data-action="search"` reports what is typed).
pub fn article_search(query: &str) -> Node {
    el("div")
        .child(el("h2").text("Comparison articles"))
        // A search landmark without a form: results follow the typing, so there is nothing
        // to submit (and no page reload on Enter).
        .child(
            el("div")
                .class("search")
                .attr("role", "search")
                .child(
                    el("label")
                        .attr("for", "article-search")
                        .text("Search comparisons"),
                )
                .child(
                    el("input")
                        .id("article-search")
                        .attr("type", "search")
                        .attr("placeholder", "e.g. nurse, analyst, manager")
                        .attr("autocomplete", "off")
                        .attr("data-action", "search")
                        .attr("value", query.to_owned()),
                ),
        )
        .into()
}

/// The live count and the matching articles.
pub fn article_results(index: &crate::data::articles::ArticleIndex, query: &str) -> Node {
    let matching = index.matching(query);
    el("div")
        .child(
            el("p")
                .class("match-count")
                .attr("role", "status")
                .attr("aria-live", "polite")
                .text(crate::navigation::search::match_count_message(
                    matching.len(),
                    index.articles.len(),
                    query,
                )),
        )
        .child(article_list(&matching))
        .into()
}

/// The `data-action` of the Share button.
pub const SHARE_ACTION: &str = "share";
/// The `data-action` of a heading's copy-link anchor, followed by the section's `#id`
/// (`copy-link:#salary`).
pub const COPY_LINK_ACTION: &str = "copy-link:";

/// The Share button, the Embed link (to the snippet builder at `embed_href`, a page of its
/// own outside the app) and the live region that confirms a copied link.
pub fn share_controls(embed_href: String) -> [Element; 3] {
    [
        el("button")
            .attr("type", "button")
            .class("button button-secondary")
            .attr("data-action", SHARE_ACTION)
            .text("Share"),
        el("a")
            .class("button button-secondary")
            .attr("href", embed_href)
            .attr("data-document", "")
            .text("Embed"),
        el("span")
            .class("share-status")
            .attr("role", "status")
            .attr("aria-live", "polite"),
    ]
}

/// A section heading with an anchor beside it that links to (and copies a link to) the
/// section. The anchor sits outside the heading so the heading's name stays its text.
pub fn heading_with_link(level: &'static str, id: &'static str, text: &'static str) -> Element {
    el("div")
        .class("heading-row")
        .child(el(level).id(id).text(text))
        .child(
            el("a")
                .class("heading-link")
                .attr("href", format!("#{id}"))
                .attr("data-action", format!("{COPY_LINK_ACTION}#{id}"))
                .attr("aria-label", format!("Copy a link to “{text}”"))
                .text("#"),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_titles_name_the_site() {
        assert_eq!(document_title(""), "Role Compare");
        assert_eq!(
            document_title("Page not found"),
            "Page not found | Role Compare"
        );
    }

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
        let next = NeighbourLink::to_article(&entry("c", "d"));
        let html = neighbour_links(None, Some(&next)).to_html();
        assert!(!html.contains(r#"rel="prev""#));
        // The name is the visible text: no aria-label to tell a different story.
        assert!(
            html.contains(r#"href="/compare/c-vs-d" rel="next"><span class="neighbour-direction">Next<span class="visually-hidden">:</span></span><span class="neighbour-title">C vs. D</span></a>"#),
            "{html}"
        );
        assert!(!html.contains("aria-label=\"Next"), "{html}");
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
        assert!(!not_found("h", "m", &[] as &[ArticleSummary])
            .to_html()
            .contains("Closest comparisons"));
    }
}
