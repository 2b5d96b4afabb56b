//! "Where they work": the industries that employ most of each role nationally, side by
//! side, as shares of the role's jobs, with the industries both roles share marked.

use crate::compare::generated::RoleFacts;
use crate::data::industries::Industries;
use crate::markup::tree::{el, Node};
use crate::markup::writer::Writer;
use crate::wages::concentration::decimal_text;
use crate::wages::value::WageValue;

/// "41.4%" from basis points (hundredths of a percent), one decimal.
fn percent(basis_points: u64) -> String {
    format!("{}%", decimal_text(basis_points.saturating_add(5) / 10, 1))
}

fn industries_of(facts: &RoleFacts) -> Option<&Industries> {
    facts.occupation.as_ref()?.industries.as_ref()
}

fn column(w: &mut Writer, facts: &RoleFacts, other: Option<&Industries>) {
    w.open("div").class("role-points-column");
    w.open("h4").text(&facts.title).close();
    let Some(industries) = industries_of(facts) else {
        w.open("p")
            .text("BLS publishes no industry figures for this role.")
            .close();
        w.close();
        return;
    };
    let shared = |code: &str| other.is_some_and(|o| o.top.iter().any(|i| i.code == code));
    let share = |jobs: u64| {
        industries
            .share_basis_points(jobs)
            .map_or_else(String::new, percent)
    };
    w.open("ol").class("industries");
    for industry in &industries.top {
        let shared = shared(&industry.code);
        w.open("li");
        if shared {
            w.class("shared");
        }
        w.open("span")
            .class("industry-name")
            .text(&industry.name)
            .close();
        w.open("span")
            .class("industry-share")
            .text(&share(industry.employment))
            .close();
        w.open("span")
            .class("industry-jobs")
            .text(&WageValue::Amount(industry.employment).count_text())
            .text(" jobs")
            .close();
        if shared {
            w.open("span")
                .class("shared-mark")
                .text("Both roles")
                .close();
        }
        w.close();
    }
    w.close();
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
    if !rest.is_empty() {
        w.open("p")
            .class("industries-rest")
            .text("Also: ")
            .text(&rest.join("; "))
            .text(".")
            .close();
    }
    w.close();
}

/// Both roles' industries, each a share of that role's national employment.
// Kept out of line: curated and generated pages both call it.
#[inline(never)]
pub fn where_they_work(sides: [&RoleFacts; 2]) -> Vec<Node> {
    let mut w = Writer::new();
    w.open("div").class("role-points");
    column(&mut w, sides[0], industries_of(sides[1]));
    column(&mut w, sides[1], industries_of(sides[0]));
    vec![
        el("p")
            .text(
                "The industries that employ the most of each role nationally, as a share of all its jobs (BLS, by 3-digit NAICS industry). Industries that employ both are marked.",
            )
            .into(),
        w.finish(),
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
