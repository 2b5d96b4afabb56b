//! The markup of a curated comparison article, defined once for every renderer.

use crate::compare::curated::Comparison;
use crate::compare::generated::RoleFacts;
use crate::data::articles::Role;
use crate::data::map::UsMap;
use crate::data::occupations::Occupation;
use crate::markup::embed::credit;
use crate::markup::generated::{official_figures, sources_note};
use crate::markup::industries::where_they_work;
use crate::markup::page::{heading_with_link, share_controls};
use crate::markup::tree::{el, svg, Element, Node};
use crate::markup::us_map::{where_the_jobs_are, WHERE_THE_JOBS_ARE_ID};
use crate::navigation::routes::MapMeasure;
use crate::navigation::routes::{compare_route, embed_builder_href};
use crate::navigation::sections::{what_is_id, ContentsEntry, Section, DIFFERENCES_ID};
use crate::wages::money::format_usd;

/// The salary chart's width in SVG units; the longest bar spans it.
pub const CHART_WIDTH: u64 = 340;
const CHART_ROW: u64 = 56;
const CHART_BAR_HEIGHT: u64 = 22;

fn paragraphs(texts: &[String]) -> Vec<Element> {
    texts
        .iter()
        .map(|text| el("p").text(text.clone()))
        .collect()
}

/// "On this page": links to every section, the comparison sections nested under the last
/// top-level entry ("A vs. B").
fn contents_list(entries: Vec<ContentsEntry>) -> Element {
    let link = |entry: &ContentsEntry| {
        el("a")
            .attr("href", format!("#{}", entry.id))
            .text(entry.label.clone())
    };
    let (top, nested): (Vec<_>, Vec<_>) = entries.into_iter().partition(|e| e.depth == 0);
    let last = top.len().saturating_sub(1);
    let items = top.iter().enumerate().map(|(index, entry)| {
        let item = el("li").child(link(entry));
        if index == last && !nested.is_empty() {
            item.child(el("ol").children(nested.iter().map(|child| el("li").child(link(child)))))
        } else {
            item
        }
    });
    el("nav")
        .class("contents")
        .attr("aria-labelledby", "contents-heading")
        .child(
            el("p")
                .id("contents-heading")
                .class("contents-heading")
                .text("On this page"),
        )
        .child(el("ol").children(items))
}

fn what_is(role: &Role) -> Element {
    let id = what_is_id(&role.slug);
    el("section")
        .attr("aria-labelledby", id.clone())
        .child(
            el("h2")
                .id(id)
                .text(format!("What is {}?", role.with_article())),
        )
        .children(paragraphs(&role.summary))
}

fn role_points(section: Section, roles: [&Role; 2]) -> Element {
    el("div").class("role-points").children(roles.map(|role| {
        el("div")
            .class("role-points-column")
            .child(el("h4").text(role.title.clone()))
            .child(
                el("ul").children(
                    role.points(section)
                        .iter()
                        .map(|p| el("li").text(p.clone())),
                ),
            )
    }))
}

/// A horizontal bar chart of the two salaries. Screen readers get `aria-label` (the same
/// figures as text) instead of the drawing.
fn salary_chart(comparison: &Comparison) -> Element {
    let salary = comparison.salary();
    let (length_a, length_b) = salary.bar_lengths(CHART_WIDTH);
    let bars = [
        (&comparison.role_a, length_a),
        (&comparison.role_b, length_b),
    ];
    let height = CHART_ROW * bars.len() as u64;
    let rows = bars
        .into_iter()
        .enumerate()
        .flat_map(|(index, (role, length))| {
            let top = CHART_ROW * index as u64;
            [
                svg("text")
                    .class("chart-label")
                    .attr("x", "0")
                    .attr("y", (top + 16).to_string())
                    .text(format!(
                        "{} — {}",
                        role.title,
                        format_usd(role.salary.annual_usd)
                    )),
                svg("rect")
                    .class(format!("chart-bar chart-bar-{index}"))
                    .attr("x", "0")
                    .attr("y", (top + 24).to_string())
                    .attr("width", length.max(2).to_string())
                    .attr("height", CHART_BAR_HEIGHT.to_string())
                    .attr("rx", "3"),
            ]
        });
    el("figure").class("salary-chart").child(
        svg("svg")
            .attr("role", "img")
            .attr("aria-label", comparison.salary_chart_description())
            .attr("viewBox", format!("0 0 {CHART_WIDTH} {height}"))
            .attr("preserveAspectRatio", "xMinYMin meet")
            .children(rows),
    )
}

fn salary_figures(comparison: &Comparison, official: [Option<&Occupation>; 2]) -> Vec<Element> {
    let figures = [&comparison.role_a, &comparison.role_b].map(|role| {
        let figure = &role.salary;
        el("div")
            .class("salary-figure")
            .child(el("dt").text(role.title.clone()))
            .child(
                el("dd")
                    .child(
                        el("span")
                            .class("salary-amount")
                            .text(format_usd(figure.annual_usd)),
                    )
                    .text(format!(" a year ({})", figure.measure.as_str()))
                    .child(
                        el("span")
                            .class("salary-source")
                            .text(format!("Source: {}, {}.", figure.source, figure.year)),
                    ),
            )
    });
    let official: Vec<Element> = [&comparison.role_a, &comparison.role_b]
        .into_iter()
        .zip(official)
        .filter_map(|(role, occupation)| official_figures(&role.title, occupation?))
        .collect();
    let mut parts = vec![el("dl").class("salary-figures").children(figures)];
    if !official.is_empty() {
        parts.push(el("dl").class("official-list").children(official));
    }
    parts.extend([
        salary_chart(comparison),
        el("p")
            .class("salary-difference")
            .child(el("strong").text(format!(
                "Difference: {} a year. ",
                format_usd(comparison.salary().difference())
            )))
            .text(comparison.salary_sentence()),
    ]);
    parts
}

/// The roles as sides of official figures: their own titles with their closest official
/// occupations' figures; `None` when neither names one.
fn official_sides(
    comparison: &Comparison,
    official: [Option<&Occupation>; 2],
) -> Option<[RoleFacts; 2]> {
    official.iter().any(Option::is_some).then(|| {
        [
            RoleFacts::curated(&comparison.role_a, official[0].cloned()),
            RoleFacts::curated(&comparison.role_b, official[1].cloned()),
        ]
    })
}

/// Which official occupations the figures are for, before the first official figures.
fn official_note(sides: &[RoleFacts; 2]) -> Element {
    let notes: Vec<String> = sides.iter().filter_map(RoleFacts::data_note).collect();
    el("p").class("data-note").text(notes.join(" "))
}

fn comparison_section(
    comparison: &Comparison,
    section: Section,
    official: [Option<&Occupation>; 2],
    sides: Option<&[RoleFacts; 2]>,
) -> Element {
    let mut extra: Vec<Node> = match section {
        Section::Salary => salary_figures(comparison, official)
            .into_iter()
            .map(Node::from)
            .collect(),
        _ => vec![role_points(section, [&comparison.role_a, &comparison.role_b]).into()],
    };
    if let (Section::WorkEnvironment, Some(sides)) = (section, sides) {
        extra.push(
            el("h4")
                .class("official-heading")
                .text("Where they work: official data")
                .into(),
        );
        extra.push(official_note(sides).into());
        extra.extend(where_they_work([&sides[0], &sides[1]]));
    }
    el("section")
        .class("comparison-section")
        .attr("aria-labelledby", section.id())
        .child(heading_with_link("h3", section.id(), section.heading()))
        .children(paragraphs(comparison.article.sections.get(section)))
        .children(extra)
}

/// The whole article: title, introduction, contents, what each role is, then the two roles
/// section by section. `official` are the roles' closest official occupations, whose
/// figures, industries and map (shaded by `measure`; `switch_href` gives the address of
/// another shading) are shown, labelled, beside the article's own.
pub fn comparison_article(
    comparison: &Comparison,
    official: [Option<&Occupation>; 2],
    map: &UsMap,
    measure: MapMeasure,
    switch_href: &dyn Fn(MapMeasure) -> String,
) -> Node {
    let sides = official_sides(comparison, official);
    let article = &comparison.article;
    let pair = article.pair();
    let share_row = el("div")
        .class("share-row")
        .children(share_controls(embed_builder_href(
            &pair,
            crate::data::occupations::NATIONAL,
        )));
    let mut page = el("article")
        .class("article")
        .child(
            el("header")
                .class("article-header")
                .child(el("h1").text(article.title.clone()))
                .child(el("p").class("subtitle").text(article.subtitle.clone()))
                .child(share_row),
        )
        .child(
            el("div")
                .class("intro")
                .children(paragraphs(&article.intro)),
        )
        .child(contents_list(comparison.contents(sides.is_some())))
        .child(what_is(&comparison.role_a))
        .child(what_is(&comparison.role_b))
        .child(
            el("section")
                .attr("aria-labelledby", DIFFERENCES_ID)
                .child(el("h2").id(DIFFERENCES_ID).text(comparison.short_title()))
                .children(Section::ALL.map(|section| {
                    comparison_section(comparison, section, official, sides.as_ref())
                }))
                .children(sides.as_ref().map(|sides| {
                    el("section")
                        .class("comparison-section")
                        .attr("aria-labelledby", WHERE_THE_JOBS_ARE_ID)
                        .child(heading_with_link(
                            "h3",
                            WHERE_THE_JOBS_ARE_ID,
                            "Where the Jobs Are",
                        ))
                        .child(official_note(sides))
                        .children(where_the_jobs_are(
                            [&sides[0], &sides[1]],
                            map,
                            measure,
                            switch_href,
                        ))
                })),
        );
    if sides.is_some() {
        page = page.child(sources_note(false));
    }
    page.child(credit(&compare_route(&pair))).into()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::compare::curated::tests::producer_vs_product_manager;

    /// The article of a pair whose roles name no official occupation.
    pub(crate) fn article_without_official() -> Node {
        article([None, None])
    }

    /// The article with official figures for both roles.
    pub(crate) fn article_with_official() -> Node {
        use crate::compare::generated::tests::{occupation, wages};
        use crate::wages::value::WageValue;
        let official = occupation(
            "producers-and-directors",
            "Producers and Directors",
            wages(143_120, WageValue::Amount(90_360)),
        );
        article([Some(&official), Some(&official)])
    }

    fn article(official: [Option<&Occupation>; 2]) -> Node {
        let map = UsMap {
            width: 975,
            height: 610,
            states: Vec::new(),
        };
        comparison_article(
            &producer_vs_product_manager(),
            official,
            &map,
            MapMeasure::Jobs,
            &|_| String::new(),
        )
    }

    fn texts(node: &Node, tags: &[&str]) -> Vec<String> {
        node.find_all(tags)
            .into_iter()
            .map(|e| Node::Element(e.clone()).text_content())
            .collect()
    }

    #[test]
    fn headings_follow_the_article_outline() {
        let page = article_without_official();
        assert_eq!(
            texts(&page, &["h1", "h2", "h3"]),
            [
                "Producer vs. Product Manager: What Are the Differences?",
                "What is a Producer?",
                "What is a Product Manager?",
                "Producer vs. Product Manager",
                "Job Duties",
                "Job Requirements",
                "Work Environment",
                "Skills",
                "Salary",
            ]
        );
    }

    #[test]
    fn every_contents_link_has_a_target() {
        let page = article_without_official();
        let ids: Vec<&str> = page
            .find_all(&["h2", "h3"])
            .iter()
            .filter_map(|h| h.attribute("id"))
            .collect();
        let links: Vec<String> = page
            .find_all(&["a"])
            .iter()
            .filter_map(|a| a.attribute("href")?.strip_prefix('#'))
            .map(str::to_owned)
            .collect();
        // Eight in the contents list, and a copy-link anchor beside each of the five sections.
        assert_eq!(links.len(), 8 + 5);
        for link in links {
            assert!(ids.contains(&link.as_str()), "#{link} has no heading");
        }
    }

    #[test]
    fn salary_section_shows_figures_chart_and_difference() {
        let page = article_without_official();
        let html = page.to_html();
        assert!(html.contains("$62,193"));
        assert!(html.contains("$98,439"));
        assert!(html.contains("Difference: $36,246 a year."));
        assert!(html.contains(
            r#"aria-label="Bar chart of annual salary: Producer $62,193, Product Manager $98,439.""#
        ));
        assert!(
            html.contains(r#"<rect class="chart-bar chart-bar-0" x="0" y="24" width="215""#),
            "{html}"
        );
        assert!(html.contains(r#"width="340""#));
    }
}
