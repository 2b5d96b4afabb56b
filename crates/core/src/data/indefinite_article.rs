//! "a" or "an" before a role title: stated by curated roles, worked out for official ones.

use serde::{Deserialize, Serialize};

/// "a" or "an", as said aloud before a role title.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
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
