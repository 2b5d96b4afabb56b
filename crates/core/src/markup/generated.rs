//! Markup of generated comparisons: official descriptions, a wage chart on one shared axis
//! with a table alternative, employment, every field side by side, and the source credits.

use crate::compare::generated::{GeneratedComparison, RoleFacts};
use crate::compare::place::Place;
use crate::data::map::UsMap;
use crate::data::occupations::Occupation;
use crate::markup::figures_table::figures_table;
use crate::markup::industries::where_they_work;
use crate::markup::page::heading_with_link;
use crate::markup::tree::{el, svg, Element, Node};
use crate::markup::us_map::{states_table, where_the_jobs_are, WHERE_THE_JOBS_ARE_ID};
use crate::navigation::routes::MapMeasure;
use crate::navigation::sections::what_is_id;
use crate::navigation::sections::{Section, DIFFERENCES_ID};
use crate::wages::value::{AreaWages, WageValue, ANNUAL_CAP_USD};

/// The O*NET credit its licence (CC BY 4.0) requires wherever the data is shown.
pub const ONET_CREDIT: &str = "This page includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.";
/// The BLS credit.
pub const BLS_CREDIT: &str = "Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2025.";

/// Anchors of the generated sections, part of the link contract like the curated ones.
pub const SALARY_ID: &str = "salary";
pub const EMPLOYMENT_ID: &str = "employment";
pub const SIDE_BY_SIDE_ID: &str = "side-by-side";
pub const SOURCES_ID: &str = "sources";

const CHART_WIDTH: u64 = 340;
const ROW_HEIGHT: u64 = 62;
const AXIS_HEIGHT: u64 = 28;

/// The header: title and a one-line summary.
pub fn generated_header(c: &GeneratedComparison) -> Node {
    el("header")
        .class("article-header")
        .child(el("h1").text(c.title()))
        .child(el("p").class("subtitle").text(format!(
            "What {} and {} do, and what they earn, from official O*NET and BLS data.",
            c.a.title, c.b.title
        )))
        .into()
}

/// "What is a Producer?" for a curated role; official titles are plural ("Software
/// Developers"), so theirs read "What do Software Developers do?".
fn what_is_heading(facts: &RoleFacts) -> String {
    if facts.curated {
        format!("What is {}?", facts.with_article())
    } else {
        format!("What do {} do?", facts.title)
    }
}

fn what_is(facts: &RoleFacts) -> Element {
    let id = what_is_id(&facts.slug);
    let mut section = el("section")
        .attr("aria-labelledby", id.clone())
        .child(el("h2").id(id).text(what_is_heading(facts)))
        .children(facts.summary.iter().map(|p| el("p").text(p.clone())));
    if let Some(note) = facts.data_note() {
        section = section.child(el("p").class("data-note").text(note));
    }
    if let Some(caveat) = facts
        .occupation
        .as_ref()
        .and_then(|o| o.wage_basis.as_ref()?.caveat(&o.title))
    {
        section = section.child(el("p").class("data-note").text(caveat));
    }
    section
}

/// Where a value sits on the axis, with top-coded values drawn at the cap.
fn position(value: WageValue, axis_max: u64) -> Option<u64> {
    let usd = match value {
        WageValue::Amount(usd) => usd,
        WageValue::TopCoded => ANNUAL_CAP_USD,
        _ => return None,
    };
    Some(usd.min(axis_max) * CHART_WIDTH / axis_max.max(1))
}

/// A round axis maximum above `max` and its tick step, so that at most about seven tick
/// labels share the chart's width.
pub fn axis_scale(max: u64) -> (u64, u64) {
    let step = match max {
        0..=100_000 => 25_000,
        100_001..=250_000 => 50_000,
        _ => 100_000,
    };
    let top = max.div_ceil(step).max(1) * step;
    (top, step)
}

fn tick_label(usd: u64) -> String {
    if usd == 0 {
        "$0".into()
    } else {
        format!("${}k", usd / 1000)
    }
}

fn chart_row(
    index: usize,
    facts: &RoleFacts,
    wages: Option<&AreaWages>,
    axis_max: u64,
) -> Vec<Element> {
    let top = ROW_HEIGHT * index as u64;
    let label = svg("text")
        .class("chart-label")
        .attr("x", "0")
        .attr("y", (top + 16).to_string());
    let Some(wages) = wages else {
        return vec![label.text(format!("{}: no figures published here", facts.title))];
    };
    let d = wages.annual;
    let at = |v| position(v, axis_max);
    let mut parts = vec![label.text(format!(
        "{} — median {}",
        facts.title,
        d.median.annual_text()
    ))];
    let y = top + 26;
    let class = format!("chart-series chart-bar-{index}");
    if let (Some(low), Some(high)) = (at(d.p10), at(d.p90)) {
        parts.push(
            svg("rect")
                .class(format!("{class} whisker"))
                .attr("x", low.to_string())
                .attr("y", (y + 11).to_string())
                .attr("width", high.saturating_sub(low).max(1).to_string())
                .attr("height", "2"),
        );
    }
    if let (Some(low), Some(high)) = (at(d.p25), at(d.p75)) {
        parts.push(
            svg("rect")
                .class(format!("{class} box"))
                .attr("x", low.to_string())
                .attr("y", (y + 4).to_string())
                .attr("width", high.saturating_sub(low).max(2).to_string())
                .attr("height", "16")
                .attr("rx", "2"),
        );
    }
    if let Some(mid) = at(d.median) {
        parts.push(
            svg("rect")
                .class("chart-median")
                .attr("x", mid.saturating_sub(1).to_string())
                .attr("y", y.to_string())
                .attr("width", "3")
                .attr("height", "24"),
        );
    }
    if at(d.median).is_none() && at(d.p25).is_none() {
        parts.push(
            svg("text")
                .class("chart-note")
                .attr("x", "0")
                .attr("y", (y + 16).to_string())
                .text(match d.median {
                    WageValue::HourlyOnly => "Paid by the hour: no annual figures",
                    _ => "Annual figures not published",
                }),
        );
    }
    parts
}

/// Both wage distributions on one axis: the p10–p90 range as a line, p25–p75 as a box and
/// the median as a mark. Screen readers get the table that follows instead.
fn wage_chart(c: &GeneratedComparison, place: &Place) -> Element {
    let sides = [&c.a, &c.b];
    let max = sides
        .iter()
        .filter_map(|f| place.wages_of(f))
        .flat_map(|w| w.annual.values())
        .filter_map(|v| match v {
            WageValue::Amount(usd) => Some(usd),
            WageValue::TopCoded => Some(ANNUAL_CAP_USD),
            _ => None,
        })
        .max()
        .unwrap_or(100_000);
    let (axis_max, step) = axis_scale(max);
    let rows = sides
        .iter()
        .enumerate()
        .flat_map(|(i, f)| chart_row(i, f, place.wages_of(f), axis_max));
    let axis_y = ROW_HEIGHT * 2 + 6;
    let ticks = (0..=axis_max / step).flat_map(|i| {
        let x = i * step * CHART_WIDTH / axis_max;
        let anchor = if i == 0 {
            "start"
        } else if i == axis_max / step {
            "end"
        } else {
            "middle"
        };
        [
            svg("rect")
                .class("chart-tick")
                .attr("x", x.min(CHART_WIDTH - 1).to_string())
                .attr("y", axis_y.to_string())
                .attr("width", "1")
                .attr("height", "5"),
            svg("text")
                .class("chart-axis")
                .attr("x", x.to_string())
                .attr("y", (axis_y + 18).to_string())
                .attr("text-anchor", anchor)
                .text(tick_label(i * step)),
        ]
    });
    el("figure").class("wage-chart").child(
        svg("svg")
            .attr("viewBox", format!("0 0 {CHART_WIDTH} {}", ROW_HEIGHT * 2 + AXIS_HEIGHT))
            .attr("aria-hidden", "true")
            .attr("focusable", "false")
            .children(rows)
            .child(svg("rect").class("chart-axis-line").attr("x", "0").attr("y", axis_y.to_string()).attr("width", CHART_WIDTH.to_string()).attr("height", "1"))
            .children(ticks),
    )
    .child(el("figcaption").text(format!(
        "Annual wages in {}: the line spans the 10th to 90th percentile, the box the 25th to 75th, the mark is the median. The table below has the same figures.",
        place.phrase()
    )))
}

/// A table row: its label and how to read its value.
type Row<T> = (&'static str, fn(&T) -> String);

fn figure_rows(c: &GeneratedComparison, place: &Place) -> Vec<(&'static str, String, String)> {
    let cell = |f: &RoleFacts, read: fn(&AreaWages) -> String| {
        place
            .wages_of(f)
            .map_or_else(|| "not published".to_owned(), read)
    };
    let rows: [Row<AreaWages>; 8] = [
        ("10th percentile", |w| w.annual.p10.annual_text()),
        ("25th percentile", |w| w.annual.p25.annual_text()),
        ("Median", |w| w.annual.median.annual_text()),
        ("75th percentile", |w| w.annual.p75.annual_text()),
        ("90th percentile", |w| w.annual.p90.annual_text()),
        ("Mean (average)", |w| w.annual_mean.annual_text()),
        ("Median hourly wage", |w| w.hourly_median.hourly_text()),
        ("Employment", |w| w.employment.count_text()),
    ];
    rows.into_iter()
        .map(|(label, read)| (label, cell(&c.a, read), cell(&c.b, read)))
        .collect()
}

fn table(
    caption: &str,
    c: &GeneratedComparison,
    rows: Vec<(&'static str, String, String)>,
) -> Node {
    figures_table(
        caption,
        "Figure",
        [c.a.title.as_str(), c.b.title.as_str()],
        &mut rows
            .iter()
            .map(|(label, a, b)| [*label, a.as_str(), b.as_str()]),
    )
}

fn descriptive_rows(c: &GeneratedComparison) -> Vec<(&'static str, String, String)> {
    let field = |f: &RoleFacts, read: fn(&Occupation) -> String| {
        f.occupation.as_ref().map_or_else(|| "—".to_owned(), read)
    };
    let rows: [Row<Occupation>; 5] = [
        ("O*NET-SOC code", |o| o.code.clone()),
        ("Occupation group", |o| o.major_group.clone()),
        ("Minor group", |o| o.minor_group.clone()),
        ("Wage figures are for", |o| {
            o.wage_basis
                .as_ref()
                .map_or("no published wages".to_owned(), |b| {
                    format!("{} (SOC {})", b.title, b.soc)
                })
        }),
        ("National median", |o| {
            o.wages_in(crate::data::occupations::NATIONAL)
                .map_or("not published".to_owned(), |w| {
                    w.annual.median.annual_text()
                })
        }),
    ];
    rows.into_iter()
        .map(|(label, read)| (label, field(&c.a, read), field(&c.b, read)))
        .collect()
}

/// The credits the sources require, with their release names.
/// With `explain_values`, also how to read the figures (for pages that show distributions).
pub fn sources_note(explain_values: bool) -> Element {
    let note = el("section")
        .class("sources")
        .attr("aria-labelledby", SOURCES_ID)
        .child(el("h2").id(SOURCES_ID).text("Sources"))
        .child(el("p").text(ONET_CREDIT))
        .child(el("p").text(BLS_CREDIT));
    if explain_values {
        note.child(el("p").text("Wages are cross-industry estimates. Values shown as “≥ $239,200” are at or above the highest figure BLS publishes; occupations paid by the hour have no annual figures."))
    } else {
        note
    }
}

/// The table view of a generated comparison: every figure for the area, the states' figures
/// and every official detail, side by side.
pub fn generated_tables(
    c: &GeneratedComparison,
    place: &Place,
    map: &UsMap,
    measure: MapMeasure,
) -> Node {
    el("div")
        .class("article")
        .child(el("h2").id("all-figures").text("All figures side by side"))
        .child(table(
            &format!("Wages and employment in {}", place.phrase()),
            c,
            figure_rows(c, place),
        ))
        .child(states_table([&c.a, &c.b], map, measure))
        .child(table(
            "Official details of both occupations",
            c,
            descriptive_rows(c),
        ))
        .child(sources_note(true))
        .into()
}

fn comparison_section(id: &'static str, heading: &'static str, content: Vec<Node>) -> Element {
    el("section")
        .class("comparison-section")
        .attr("aria-labelledby", id)
        .child(heading_with_link("h3", id, heading))
        .children(content)
}

/// The body of a generated comparison for one place, in the order of the curated articles
/// wherever there is data: what each does, then where they work, salary, where the jobs are
/// and employment. `switch_href` gives the address of the page with the map shaded by a
/// measure. (The header is separate so that the page can put its controls between them.)
/// The start of [`generated_body`]: what each role does, the first screen of the article.
pub fn what_both_do(c: &GeneratedComparison) -> Element {
    el("div")
        .class("article")
        .child(what_is(&c.a))
        .child(what_is(&c.b))
}

pub fn generated_body(
    c: &GeneratedComparison,
    place: &Place,
    map: &UsMap,
    measure: MapMeasure,
    switch_href: &dyn Fn(MapMeasure) -> String,
) -> Node {
    let sides: [&RoleFacts; 2] = [&c.a, &c.b];
    what_both_do(c)
        .child(
            el("section")
                .attr("aria-labelledby", DIFFERENCES_ID)
                .child(el("h2").id(DIFFERENCES_ID).text(c.short_title()))
                .child(comparison_section(
                    Section::WorkEnvironment.id(),
                    Section::WorkEnvironment.heading(),
                    where_they_work(sides),
                ))
                .child(comparison_section(
                    SALARY_ID,
                    "Salary",
                    vec![
                        el("p")
                            .class("salary-difference")
                            .text(c.median_sentence(place))
                            .into(),
                        wage_chart(c, place).into(),
                        table(
                            &format!("Wages and employment in {}", place.phrase()),
                            c,
                            figure_rows(c, place),
                        ),
                    ],
                ))
                .child(comparison_section(
                    WHERE_THE_JOBS_ARE_ID,
                    "Where the Jobs Are",
                    where_the_jobs_are(sides, map, measure, switch_href),
                ))
                .child(comparison_section(
                    EMPLOYMENT_ID,
                    "Employment",
                    vec![el("p").text(c.employment_sentence(place)).into()],
                ))
                .child(comparison_section(
                    SIDE_BY_SIDE_ID,
                    "Side by side",
                    vec![table(
                        "Official details of both occupations",
                        c,
                        descriptive_rows(c),
                    )],
                )),
        )
        .child(sources_note(true))
        .into()
}

/// For a curated article: the national figures of a role's closest official occupation,
/// labelled as such, to sit beside the article's own figure.
pub fn official_figures(role_title: &str, official: &Occupation) -> Option<Element> {
    let wages = official.wages_in(crate::data::occupations::NATIONAL)?;
    let d = wages.annual;
    Some(
        el("div")
            .class("official-figures")
            .child(el("dt").text(format!("{role_title}: official data")))
            .child(
                el("dd")
                    .text(format!(
                        "Closest official occupation: {}. National median {}; middle half {} to {}; {} jobs. ",
                        official.title,
                        d.median.annual_text(),
                        d.p25.annual_text(),
                        d.p75.annual_text(),
                        wages.employment.count_text()
                    ))
                    .child(el("span").class("salary-source").text(BLS_CREDIT)),
            ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::generated::tests::{national, occupation, wages};

    fn comparison() -> GeneratedComparison {
        let h = WageValue::HourlyOnly;
        let mut actors = wages(55_000, h);
        actors.annual = crate::wages::value::Distribution {
            p10: h,
            p25: h,
            median: h,
            p75: h,
            p90: h,
        };
        actors.annual_mean = h;
        let developers = wages(1_687_890, WageValue::Amount(135_980));
        GeneratedComparison::new(
            RoleFacts::official(occupation("actors", "Actors", actors)),
            RoleFacts::official(occupation(
                "software-developers",
                "Software Developers",
                developers,
            )),
        )
    }

    #[test]
    fn axis_rounds_up_to_a_tick() {
        assert_eq!(axis_scale(90_360), (100_000, 25_000));
        assert_eq!(axis_scale(191_050), (200_000, 50_000));
        assert_eq!(axis_scale(239_200), (250_000, 50_000));
        assert_eq!(axis_scale(0), (25_000, 25_000));
        assert_eq!(axis_scale(306_850), (400_000, 100_000));
    }

    /// The test comparison's page, nationally, with an empty map.
    fn actors_page() -> Node {
        let map = UsMap {
            width: 975,
            height: 610,
            states: Vec::new(),
        };
        generated_body(&comparison(), &national(), &map, MapMeasure::Jobs, &|_| {
            String::new()
        })
    }

    #[test]
    fn body_has_sections_table_and_credits() {
        let page = actors_page();
        let html = page.to_html();
        for needle in [
            "What do Actors do?",
            "<h3 id=\"salary\">Salary</h3>",
            "<h3 id=\"employment\">Employment</h3>",
            "Actors are paid by the hour or not year-round",
            "<td>hourly pay only</td>",
            "<td>$135,980</td>",
            "<td>$43.44 an hour</td>",
            "Paid by the hour: no annual figures",
            ONET_CREDIT,
            BLS_CREDIT,
        ] {
            assert!(html.contains(needle), "missing {needle:?}");
        }
    }

    #[test]
    fn hourly_only_rows_draw_no_annual_shapes() {
        let page = actors_page();
        let shapes = |series: &str| {
            page.find_all(&["rect"])
                .into_iter()
                .filter(|r| r.attribute("class").is_some_and(|c| c.contains(series)))
                .count()
        };
        assert_eq!(
            shapes("chart-bar-0"),
            0,
            "no annual shapes for hourly-only actors"
        );
        assert_eq!(
            shapes("chart-bar-1"),
            2,
            "a range line and a box for software developers"
        );
    }
}
