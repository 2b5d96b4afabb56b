//! "Where the jobs are": each role's map of the states, coloured on one shared scale by jobs
//! per 1,000 or by median pay, with a legend, a title per state, the same figures as a
//! table, and the metro areas with the most jobs and the best pay.

use crate::compare::generated::RoleFacts;
use crate::data::areas::RankedArea;
use crate::data::map::{UsMap, MAP_CREDIT};
use crate::markup::figures_table::figures_table;
use crate::markup::tree::{el, svg, Element};
use crate::navigation::routes::MapMeasure;
use crate::wages::concentration::{decimal_text, JOBS_PER_1000_PLACES};
use crate::wages::value::{WageValue, ANNUAL_CAP_USD};

/// The anchor of the section; part of the link contract.
pub const WHERE_THE_JOBS_ARE_ID: &str = "where-the-jobs-are";

/// How many shades the scale has (`map-bin-0` … `map-bin-4` in the stylesheet, light to
/// dark in both themes, all of one hue so that colour-blind readers see the order).
const BINS: usize = 5;

/// A state's value for `measure`, as a number to place on the scale and as readers see it.
fn state_value(facts: &RoleFacts, usps: &str, measure: MapMeasure) -> (Option<u64>, String) {
    let Some(occupation) = &facts.occupation else {
        return (None, "no official figures".into());
    };
    match measure {
        MapMeasure::Jobs => match occupation.concentration_in(usps).map(|c| c.jobs_per_1000) {
            Some(WageValue::Amount(thousandths)) => (Some(thousandths), {
                let mut text = decimal_text(thousandths, JOBS_PER_1000_PLACES);
                text.push_str(" jobs per 1,000");
                text
            }),
            _ => (None, "jobs per 1,000 not published".into()),
        },
        MapMeasure::Pay => match occupation.wages_in(usps).map(|w| w.annual.median) {
            Some(WageValue::Amount(usd)) => (
                Some(usd),
                ["median ", &WageValue::Amount(usd).annual_text()].concat(),
            ),
            Some(WageValue::TopCoded) => (
                Some(ANNUAL_CAP_USD),
                ["median ", &WageValue::TopCoded.annual_text()].concat(),
            ),
            Some(WageValue::HourlyOnly) => (None, "paid by the hour: no annual median".into()),
            _ => (None, "median pay not published".into()),
        },
    }
}

/// The upper bounds of the lower shades: quantiles of every published value of both roles,
/// so the two maps share one scale and can be compared shade for shade.
fn thresholds(values: &[u64]) -> [u64; BINS - 1] {
    // About a hundred values: kept in order as they come, which keeps a general sort out
    // of the app's download.
    let mut values: Vec<u64> = values.iter().fold(Vec::new(), |mut sorted, &value| {
        sorted.insert(sorted.partition_point(|&v| v <= value), value);
        sorted
    });
    let values = &mut values;
    let at = |quantile: usize| {
        values
            .get((values.len() * quantile / BINS).min(values.len().saturating_sub(1)))
            .copied()
            .unwrap_or(0)
    };
    [at(1), at(2), at(3), at(4)]
}

const BIN_CLASSES: [&str; BINS] = [
    "map-bin-0",
    "map-bin-1",
    "map-bin-2",
    "map-bin-3",
    "map-bin-4",
];

fn bin(value: Option<u64>, thresholds: &[u64; BINS - 1]) -> &'static str {
    match value {
        None => "map-bin-na",
        Some(v) => BIN_CLASSES[thresholds.iter().filter(|&&t| v >= t).count()],
    }
}

/// Every state's value for each role, in the map's order.
type StateValues = [Vec<(Option<u64>, String)>; 2];

/// Worked out once per page: the scale, the maps and the table all show them, and working
/// them out for each was a fifth of a server render (`examples/render_timing.rs`).
fn state_values(sides: [&RoleFacts; 2], map: &UsMap, measure: MapMeasure) -> StateValues {
    let of = |facts: &RoleFacts| {
        map.states
            .iter()
            .map(|state| state_value(facts, &state.usps, measure))
            .collect()
    };
    [of(sides[0]), of(sides[1])]
}

fn scale_text(value: u64, measure: MapMeasure) -> String {
    match measure {
        MapMeasure::Jobs => decimal_text(value, JOBS_PER_1000_PLACES),
        MapMeasure::Pay => WageValue::Amount(value).annual_text(),
    }
}

fn legend(thresholds: &[u64; BINS - 1], measure: MapMeasure) -> Element {
    let swatch = |class: String| {
        el("span")
            .class(format!("map-swatch {class}"))
            .attr("aria-hidden", "true")
    };
    let label = |i: usize| match i {
        0 => format!("under {}", scale_text(thresholds[0], measure)),
        i if i == BINS - 1 => format!("{} or more", scale_text(thresholds[BINS - 2], measure)),
        i => format!(
            "{} to {}",
            scale_text(thresholds[i - 1], measure),
            scale_text(thresholds[i], measure)
        ),
    };
    el("ul")
        .class("map-legend")
        .attr("aria-label", "Map legend")
        .children((0..BINS).map(|i| {
            el("li")
                .child(swatch(format!("map-bin-{i}")))
                .text(label(i))
        }))
        .child(
            el("li")
                .child(swatch("map-bin-na".into()))
                .text("not published"),
        )
}

fn measure_words(measure: MapMeasure) -> &'static str {
    match measure {
        MapMeasure::Jobs => "jobs per 1,000 jobs",
        MapMeasure::Pay => "median annual pay",
    }
}

fn one_map(
    facts: &RoleFacts,
    map: &UsMap,
    measure: MapMeasure,
    thresholds: &[u64; BINS - 1],
    values: &[(Option<u64>, String)],
) -> Element {
    let states = map.states.iter().zip(values).map(|(state, (value, text))| {
        svg("path")
            .attr("d", state.path.clone())
            .class(bin(*value, thresholds))
            .child(svg("title").text([state.name.as_str(), ": ", text].concat()))
    });
    el("figure")
        .class("us-map")
        .child(
            svg("svg")
                .attr("viewBox", format!("0 0 {} {}", map.width, map.height))
                .attr("role", "img")
                .attr(
                    "aria-label",
                    format!(
                        "Map of the states: {} by {}. The table below has the same figures.",
                        facts.title,
                        measure_words(measure)
                    ),
                )
                .children(states),
        )
        .child(el("figcaption").text(facts.title.clone()))
}

/// Both roles' figures by state, for readers who cannot see the maps and for the table view.
pub fn states_table(sides: [&RoleFacts; 2], map: &UsMap, measure: MapMeasure) -> Element {
    states_table_of(sides, map, measure, &state_values(sides, map, measure))
}

fn states_table_of(
    sides: [&RoleFacts; 2],
    map: &UsMap,
    measure: MapMeasure,
    values: &StateValues,
) -> Element {
    let rows = map.states.iter().enumerate().map(|(i, state)| {
        let text = |side: usize| values[side][i].1.clone();
        (state.name.clone(), text(0), text(1))
    });
    let caption = format!("{} by state", capitalised(measure_words(measure)));
    figures_table(
        caption,
        "State",
        [sides[0].title.as_str(), sides[1].title.as_str()],
        rows,
    )
}

fn capitalised(words: &str) -> String {
    let mut chars = words.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// "2.3× as concentrated as in the country as a whole", from a location quotient in
/// hundredths.
pub fn concentration_words(quotient_hundredths: u64) -> String {
    match quotient_hundredths {
        95..=105 => "about as concentrated as in the country as a whole".into(),
        q => format!(
            "{}× as concentrated as in the country as a whole",
            decimal_text((q.saturating_add(5) / 10).max(1), 1)
        ),
    }
}

fn ranked(area: &RankedArea, best_pay: bool) -> Element {
    let wages = &area.figures.wages;
    let figure = if best_pay {
        match wages.annual.median {
            WageValue::HourlyOnly => format!("median {}", wages.hourly_median.hourly_text()),
            median => format!("median {}", median.annual_text()),
        }
    } else {
        let jobs = format!("{} jobs", wages.employment.count_text());
        match area.figures.concentration.location_quotient {
            WageValue::Amount(q) => format!("{jobs}, {}", concentration_words(q)),
            _ => jobs,
        }
    };
    el("li")
        .child(el("span").class("area-name").text(area.name.clone()))
        .text(format!(": {figure}"))
}

fn top_lists(facts: &RoleFacts) -> Element {
    let column = el("div")
        .class("role-points-column")
        .child(el("h4").text(facts.title.clone()));
    let Some(top) = facts.occupation.as_ref().and_then(|o| o.top_areas.as_ref()) else {
        return column.child(el("p").text("BLS publishes no figures by area for this role."));
    };
    let list = |heading: &'static str, areas: &[RankedArea], best_pay: bool| {
        el("div")
            .child(el("p").class("top-areas-heading").text(heading))
            .child(
                el("ol")
                    .class("top-areas")
                    .children(areas.iter().map(|a| ranked(a, best_pay))),
            )
    };
    column
        .child(list("Most jobs", &top.most_jobs, false))
        .child(list("Best pay", &top.best_pay, true))
}

/// The section's content for two roles: the switch between the measures (links to
/// `switch_href(measure)`), both maps on one scale with a legend and a table, then the
/// metro and nonmetro areas with the most jobs and the best pay.
// Kept out of line: curated and generated pages both call it.
#[inline(never)]
pub fn where_the_jobs_are(
    sides: [&RoleFacts; 2],
    map: &UsMap,
    measure: MapMeasure,
    switch_href: &dyn Fn(MapMeasure) -> String,
) -> Vec<Element> {
    let values = state_values(sides, map, measure);
    let published: Vec<u64> = values.iter().flatten().filter_map(|(v, _)| *v).collect();
    let thresholds = thresholds(&published);
    let switch_link = |to: MapMeasure, label: &'static str| {
        let link = el("a").attr("href", switch_href(to)).text(label);
        if to == measure {
            link.attr("aria-current", "true")
        } else {
            link
        }
    };
    vec![
        el("p").text(format!(
            "Each state shaded by {} for each role, on one scale (darker is more), from BLS's state estimates.",
            measure_words(measure)
        )),
        el("nav")
            .class("view-switch map-switch")
            .attr("aria-label", "Shade the maps by")
            .child(switch_link(MapMeasure::Jobs, "Jobs per 1,000"))
            .child(switch_link(MapMeasure::Pay, "Median pay")),
        el("div")
            .class("maps")
            .child(one_map(sides[0], map, measure, &thresholds, &values[0]))
            .child(one_map(sides[1], map, measure, &thresholds, &values[1])),
        legend(&thresholds, measure),
        el("details")
            .class("map-table")
            .child(el("summary").text("The maps as a table"))
            .child(states_table_of(sides, map, measure, &values)),
        el("p").class("map-credit").text(MAP_CREDIT),
        el("h4").class("top-areas-title").text("Metro and nonmetro areas with the most jobs and the best pay"),
        el("div")
            .class("role-points")
            .child(top_lists(sides[0]))
            .child(top_lists(sides[1])),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotients_read_in_plain_words() {
        assert_eq!(
            concentration_words(230),
            "2.3× as concentrated as in the country as a whole"
        );
        assert_eq!(
            concentration_words(100),
            "about as concentrated as in the country as a whole"
        );
        assert_eq!(
            concentration_words(50),
            "0.5× as concentrated as in the country as a whole"
        );
        assert_eq!(
            concentration_words(1),
            "0.1× as concentrated as in the country as a whole"
        );
    }

    #[test]
    fn thresholds_split_the_values_into_five_shades() {
        let values: Vec<u64> = (1..=100).rev().collect();
        let t = thresholds(&values);
        assert_eq!(t, [21, 41, 61, 81]);
        assert_eq!(bin(Some(1), &t), "map-bin-0");
        assert_eq!(bin(Some(100), &t), "map-bin-4");
        assert_eq!(bin(None, &t), "map-bin-na");
        assert_eq!(thresholds(&[]), [0, 0, 0, 0]);
    }
}
