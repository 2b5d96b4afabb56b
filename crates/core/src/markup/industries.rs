//! "Where they work": the industries that employ most of each role nationally, side by
//! side, as shares of the role's jobs, with the industries both roles share marked.

use crate::compare::generated::RoleFacts;
use crate::data::industries::Industries;
use crate::markup::tree::{el, Element};
use crate::wages::concentration::decimal_text;
use crate::wages::value::WageValue;

/// "41.4%" from basis points (hundredths of a percent), one decimal.
fn percent(basis_points: u64) -> String {
    format!("{}%", decimal_text(basis_points.saturating_add(5) / 10, 1))
}

fn industries_of(facts: &RoleFacts) -> Option<&Industries> {
    facts.occupation.as_ref()?.industries.as_ref()
}

fn column(facts: &RoleFacts, other: Option<&Industries>) -> Element {
    let column = el("div")
        .class("role-points-column")
        .child(el("h4").text(facts.title.clone()));
    let Some(industries) = industries_of(facts) else {
        return column.child(el("p").text("BLS publishes no industry figures for this role."));
    };
    let shared = |code: &str| other.is_some_and(|o| o.top.iter().any(|i| i.code == code));
    let share = |jobs: u64| {
        industries
            .share_basis_points(jobs)
            .map_or_else(String::new, percent)
    };
    let items = industries.top.iter().map(|industry| {
        let item = el("li")
            .child(
                el("span")
                    .class("industry-name")
                    .text(industry.name.clone()),
            )
            .child(
                el("span")
                    .class("industry-share")
                    .text(share(industry.employment)),
            )
            .child(el("span").class("industry-jobs").text(format!(
                "{} jobs",
                WageValue::Amount(industry.employment).count_text()
            )));
        if shared(&industry.code) {
            item.class("shared")
                .child(el("span").class("shared-mark").text("Both roles"))
        } else {
            item
        }
    });
    let mut rest = Vec::new();
    if industries.other > 0 {
        rest.push(format!("other industries {}", share(industries.other)));
    }
    // Published rows can add up to a little more or less than the total by rounding; only
    // industries BLS withholds are worth a word.
    if industries.unpublished > 0 && industries.unpublished_industries > 0 {
        rest.push(format!(
            "not published by industry {} ({} industries)",
            share(industries.unpublished),
            industries.unpublished_industries
        ));
    }
    let column = column.child(el("ol").class("industries").children(items));
    if rest.is_empty() {
        column
    } else {
        column.child(
            el("p")
                .class("industries-rest")
                .text(format!("Also: {}.", rest.join("; "))),
        )
    }
}

/// Both roles' industries, each a share of that role's national employment.
// Kept out of line: curated and generated pages both call it.
#[inline(never)]
pub fn where_they_work(sides: [&RoleFacts; 2]) -> Vec<Element> {
    vec![
        el("p").text(
            "The industries that employ the most of each role nationally, as a share of all its jobs (BLS, by 3-digit NAICS industry). Industries that employ both are marked.",
        ),
        el("div")
            .class("role-points")
            .child(column(sides[0], industries_of(sides[1])))
            .child(column(sides[1], industries_of(sides[0]))),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_read_with_one_decimal() {
        assert_eq!(percent(4138), "41.4%");
        assert_eq!(percent(5), "0.1%");
        assert_eq!(percent(10_000), "100.0%");
    }
}
