//! Money and ratios as readers see them: `$62,193`, `58%`.

/// Whole US dollars with thousands separators: `62193` → `$62,193`.
pub fn format_usd(amount: u64) -> String {
    let digits = amount.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    out.push('$');
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// A ratio as a whole percentage, rounded half away from zero: `0.5828` → `58%`.
pub fn format_percent(ratio: f64) -> String {
    format!("{}%", (ratio * 100.0).round() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usd_has_thousands_separators() {
        assert_eq!(format_usd(62_193), "$62,193");
        assert_eq!(format_usd(98_439), "$98,439");
        assert_eq!(format_usd(0), "$0");
        assert_eq!(format_usd(999), "$999");
        assert_eq!(format_usd(1_000), "$1,000");
        assert_eq!(format_usd(239_200), "$239,200");
        assert_eq!(format_usd(1_234_567), "$1,234,567");
    }

    #[test]
    fn percent_rounds() {
        assert_eq!(format_percent(0.5828), "58%");
        assert_eq!(format_percent(0.005), "1%");
        assert_eq!(format_percent(0.0), "0%");
    }
}
