//! Number and grammar formatting shared by every view.

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

/// "a" or "an", as said aloud before a role title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndefiniteArticle {
    A,
    An,
}

impl IndefiniteArticle {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::A => "a",
            Self::An => "an",
        }
    }

    /// The article for a title by how it is usually pronounced. Curated roles state theirs;
    /// this covers titles that come from official data, where nobody wrote one down.
    pub fn for_title(title: &str) -> Self {
        let word: String = title
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect();
        let lower = word.to_ascii_lowercase();
        // Letters spoken as letters: "an MRI technician", "an HR manager", "a UX designer".
        let is_initialism = word.len() > 1 && word.chars().all(|c| c.is_ascii_uppercase());
        if is_initialism {
            let first = lower.chars().next().unwrap_or('x');
            return if "aefhilmnorsx".contains(first) {
                Self::An
            } else {
                Self::A
            };
        }
        const VOWEL_SOUND_CONSONANT: [&str; 4] = ["hour", "honest", "honor", "heir"];
        const CONSONANT_SOUND_VOWEL: [&str; 9] = [
            "uni", "use", "usu", "ute", "eu", "one", "once", "ubiq", "ura",
        ];
        if VOWEL_SOUND_CONSONANT.iter().any(|p| lower.starts_with(p)) {
            return Self::An;
        }
        if CONSONANT_SOUND_VOWEL.iter().any(|p| lower.starts_with(p)) {
            return Self::A;
        }
        match lower.chars().next() {
            Some('a' | 'e' | 'i' | 'o' | 'u') => Self::An,
            Some('8') => Self::An,
            _ => Self::A,
        }
    }
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
    fn document_titles_name_the_site() {
        assert_eq!(document_title(""), "Role Compare");
        assert_eq!(
            document_title("Page not found"),
            "Page not found | Role Compare"
        );
    }

    #[test]
    fn percent_rounds() {
        assert_eq!(format_percent(0.5828), "58%");
        assert_eq!(format_percent(0.005), "1%");
        assert_eq!(format_percent(0.0), "0%");
    }

    #[test]
    fn article_by_sound() {
        use IndefiniteArticle::*;
        let cases = [
            ("Producer", A),
            ("Product Manager", A),
            ("Accountant", An),
            ("Electrician", An),
            ("Occupational Therapist", An),
            ("Urban Planner", An),
            ("University Professor", A),
            ("User Researcher", A),
            ("Honest Broker", An),
            ("Hospital Administrator", A),
            ("HR Manager", An),
            ("MRI Technologist", An),
            ("UX Designer", A),
            ("One-Stop Counselor", A),
        ];
        for (title, expected) in cases {
            assert_eq!(IndefiniteArticle::for_title(title), expected, "{title}");
        }
    }
}
