//! Comparing two salary figures: the difference, and the geometry of a two-bar chart.

use crate::wages::money::{format_percent, format_usd};

/// Two annual salary figures side by side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SalaryComparison {
    pub a_usd: u64,
    pub b_usd: u64,
}

/// Which of the two roles a figure belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    A,
    B,
}

impl SalaryComparison {
    pub fn new(a_usd: u64, b_usd: u64) -> Self {
        Self { a_usd, b_usd }
    }

    /// The absolute difference in dollars.
    pub fn difference(&self) -> u64 {
        self.a_usd.abs_diff(self.b_usd)
    }

    /// The side with the higher figure, or `None` when they are equal.
    pub fn higher(&self) -> Option<Side> {
        match self.a_usd.cmp(&self.b_usd) {
            std::cmp::Ordering::Greater => Some(Side::A),
            std::cmp::Ordering::Less => Some(Side::B),
            std::cmp::Ordering::Equal => None,
        }
    }

    /// How much more the higher figure is, relative to the lower one (0.58 = 58% more).
    pub fn relative_difference(&self) -> Option<f64> {
        let lower = self.a_usd.min(self.b_usd);
        (lower > 0).then(|| self.difference() as f64 / lower as f64)
    }

    /// Each bar's length on a chart whose longest bar is `full` long (the higher figure fills
    /// the chart), rounded to whole units. Integer maths keeps float formatting out of the wasm.
    pub fn bar_lengths(&self, full: u64) -> (u64, u64) {
        let max = self.a_usd.max(self.b_usd);
        if max == 0 {
            return (0, 0);
        }
        let length = |value: u64| (value * full + max / 2) / max;
        (length(self.a_usd), length(self.b_usd))
    }

    /// One sentence stating the difference, e.g. "A Product Manager's average salary is
    /// $36,246 (58%) higher than a Producer's." `a` and `b` are "a Producer"-style phrases.
    pub fn sentence(&self, a: &str, b: &str, measure: &str) -> String {
        let (high, low) = match self.higher() {
            Some(Side::A) => (a, b),
            Some(Side::B) => (b, a),
            None => {
                return format!(
                    "{} and {} have the same {measure} salary.",
                    capitalize(a),
                    b
                )
            }
        };
        let percent = self
            .relative_difference()
            .map(|r| format!(" ({})", format_percent(r)))
            .unwrap_or_default();
        format!(
            "{}'s {measure} salary is {}{percent} higher than {low}'s.",
            capitalize(high),
            format_usd(self.difference()),
        )
    }
}

fn capitalize(phrase: &str) -> String {
    let mut chars = phrase.chars();
    match chars.next() {
        Some(first) => std::iter::once(first.to_ascii_uppercase())
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn producer_and_product_manager() {
        let c = SalaryComparison::new(62_193, 98_439);
        assert_eq!(c.difference(), 36_246);
        assert_eq!(c.higher(), Some(Side::B));
        assert_eq!(format_percent(c.relative_difference().unwrap()), "58%");
        assert_eq!(c.bar_lengths(1000), (632, 1000));
        assert_eq!(
            c.sentence("a Producer", "a Product Manager", "average"),
            "A Product Manager's average salary is $36,246 (58%) higher than a Producer's."
        );
    }

    #[test]
    fn equal_and_zero_figures() {
        let same = SalaryComparison::new(50_000, 50_000);
        assert_eq!(same.higher(), None);
        assert_eq!(
            same.sentence("an Actor", "a Dancer", "median"),
            "An Actor and a Dancer have the same median salary."
        );
        let zero = SalaryComparison::new(0, 0);
        assert_eq!(zero.bar_lengths(340), (0, 0));
        assert_eq!(zero.relative_difference(), None);
    }
}
