//! "Where the jobs are": each role's map of the states, coloured on one shared scale by jobs
//! per 1,000 or by median pay, with a legend, a title per state, the same figures as a
//! table, and the metro areas with the most jobs and the best pay.

use crate::compare::generated::RoleFacts;
use crate::data::areas::RankedArea;
use crate::data::map::{UsMap, MAP_CREDIT};
use crate::markup::figures_table::write_figures_table;
use crate::markup::tree::{el, Node};
use crate::markup::writer::Writer;
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

/// The legend's swatches, in the order of [`BIN_CLASSES`], then the one for no figure.
const SWATCH_CLASSES: [&str; BINS + 1] = [
    "map-swatch map-bin-0",
    "map-swatch map-bin-1",
    "map-swatch map-bin-2",
    "map-swatch map-bin-3",
    "map-swatch map-bin-4",
    "map-swatch map-bin-na",
];

fn legend(w: &mut Writer, thresholds: &[u64; BINS - 1], measure: MapMeasure) {
    let label = |i: usize| match i {
        0 => format!("under {}", scale_text(thresholds[0], measure)),
        i if i == BINS - 1 => format!("{} or more", scale_text(thresholds[BINS - 2], measure)),
        i if i < BINS => format!(
            "{} to {}",
            scale_text(thresholds[i - 1], measure),
            scale_text(thresholds[i], measure)
        ),
        _ => "not published".to_owned(),
    };
    w.open("ul")
        .class("map-legend")
        .attr("aria-label", "Map legend");
    for (i, swatch) in SWATCH_CLASSES.iter().enumerate() {
        w.open("li");
        w.open("span")
            .class(swatch)
            .attr("aria-hidden", "true")
            .close();
        w.text(&label(i)).close();
    }
    w.close();
}

fn measure_words(measure: MapMeasure) -> &'static str {
    match measure {
        MapMeasure::Jobs => "jobs per 1,000 jobs",
        MapMeasure::Pay => "median annual pay",
    }
}

fn one_map(
    w: &mut Writer,
    facts: &RoleFacts,
    map: &UsMap,
    measure: MapMeasure,
    thresholds: &[u64; BINS - 1],
    values: &[(Option<u64>, String)],
) {
    w.open("figure").class("us-map");
    w.open("svg")
        .attr("viewBox", &format!("0 0 {} {}", map.width, map.height))
        .attr("role", "img")
        .attr(
            "aria-label",
            &format!(
                "Map of the states: {} by {}. The table below has the same figures.",
                facts.title,
                measure_words(measure)
            ),
        );
    for (state, (value, text)) in map.states.iter().zip(values) {
        w.open("path")
            .attr("d", &state.path)
            .class(bin(*value, thresholds));
        w.open("title").text(&state.name).text(": ").text(text);
        w.close().close();
    }
    w.close();
    w.open("figcaption").text(&facts.title).close();
    w.close();
}

/// Both roles' figures by state, for readers who cannot see the maps and for the table view.
pub fn states_table(sides: [&RoleFacts; 2], map: &UsMap, measure: MapMeasure) -> Node {
    let mut w = Writer::new();
    states_table_of(
        &mut w,
        sides,
        map,
        measure,
        &state_values(sides, map, measure),
    );
    w.finish()
}

fn states_table_of(
    w: &mut Writer,
    sides: [&RoleFacts; 2],
    map: &UsMap,
    measure: MapMeasure,
    values: &StateValues,
) {
    let mut rows = map.states.iter().enumerate().map(|(i, state)| {
        [
            state.name.as_str(),
            values[0][i].1.as_str(),
            values[1][i].1.as_str(),
        ]
    });
    let caption = format!("{} by state", capitalised(measure_words(measure)));
    write_figures_table(
        w,
        &caption,
        "State",
        [sides[0].title.as_str(), sides[1].title.as_str()],
        &mut rows,
    );
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

fn ranked(w: &mut Writer, area: &RankedArea, best_pay: bool) {
    let wages = &area.figures.wages;
    w.open("li");
    w.open("span").class("area-name").text(&area.name).close();
    w.text(": ");
    if best_pay {
        w.text("median ").text(&match wages.annual.median {
            WageValue::HourlyOnly => wages.hourly_median.hourly_text(),
            median => median.annual_text(),
        });
    } else {
        w.text(&wages.employment.count_text()).text(" jobs");
        if let WageValue::Amount(q) = area.figures.concentration.location_quotient {
            w.text(", ").text(&concentration_words(q));
        }
    }
    w.close();
}

fn top_lists(w: &mut Writer, facts: &RoleFacts) {
    w.open("div").class("role-points-column");
    w.open("h4").text(&facts.title).close();
    let Some(top) = facts.occupation.as_ref().and_then(|o| o.top_areas.as_ref()) else {
        w.open("p")
            .text("BLS publishes no figures by area for this role.")
            .close();
        w.close();
        return;
    };
    for (heading, areas, best_pay) in [
        ("Most jobs", &top.most_jobs, false),
        ("Best pay", &top.best_pay, true),
    ] {
        w.open("div");
        w.open("p").class("top-areas-heading").text(heading).close();
        w.open("ol").class("top-areas");
        for area in areas {
            ranked(w, area, best_pay);
        }
        w.close().close();
    }
    w.close();
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
) -> Vec<Node> {
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
    let mut w = Writer::new();
    w.open("div").class("maps");
    for (facts, values) in sides.iter().zip(&values) {
        one_map(&mut w, facts, map, measure, &thresholds, values);
    }
    w.close();
    legend(&mut w, &thresholds, measure);
    w.open("details").class("map-table");
    w.open("summary").text("The maps as a table").close();
    states_table_of(&mut w, sides, map, measure, &values);
    w.close();
    w.open("p").class("map-credit").text(MAP_CREDIT).close();
    w.open("h4")
        .class("top-areas-title")
        .text("Metro and nonmetro areas with the most jobs and the best pay")
        .close();
    w.open("div").class("role-points");
    for facts in sides {
        top_lists(&mut w, facts);
    }
    w.close();
    vec![
        el("p")
            .text(format!(
                "Each state shaded by {} for each role, on one scale (darker is more), from BLS's state estimates.",
                measure_words(measure)
            ))
            .into(),
        el("nav")
            .class("view-switch map-switch")
            .attr("aria-label", "Shade the maps by")
            .child(switch_link(MapMeasure::Jobs, "Jobs per 1,000"))
            .child(switch_link(MapMeasure::Pay, "Median pay"))
            .into(),
        w.finish(),
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
