//! Slugs and comparison pairs: `/compare/<role-a>-vs-<role-b>`.

use std::fmt;

/// The separator between the two role slugs of a pair. Role slugs never contain it.
pub const PAIR_SEPARATOR: &str = "-vs-";

/// A title as a URL slug: lowercased, every run of characters other than `a`–`z`/`0`–`9`
/// replaced by one `-`, with no leading or trailing `-`.
///
/// Accented Latin letters fold to their base letter first so "Café Manager" becomes
/// `cafe-manager` rather than `caf-manager`.
pub fn slugify(title: &str) -> String {
    let mut slug = String::with_capacity(title.len());
    let mut pending_dash = false;
    for ch in crate::navigation::search::fold_chars(title) {
        if ch.is_ascii_alphanumeric() {
            if pending_dash && !slug.is_empty() {
                slug.push('-');
            }
            pending_dash = false;
            slug.push(ch.to_ascii_lowercase());
        } else {
            pending_dash = true;
        }
    }
    slug
}

/// True when `slug` is exactly what [`slugify`] produces for some title: non-empty,
/// lowercase ASCII letters and digits in runs joined by single dashes.
pub fn is_valid_slug(slug: &str) -> bool {
    // One pass over the bytes: a dash is allowed only after a letter or digit, and the slug
    // must end on one. (`contains("--")` set up a substring searcher per call: 1,040 of them
    // for the catalogue, a visible part of decoding it on a phone.)
    let mut after_alphanumeric = false;
    for byte in slug.bytes() {
        after_alphanumeric = match byte {
            b'a'..=b'z' | b'0'..=b'9' => true,
            b'-' if after_alphanumeric => false,
            _ => return false,
        };
    }
    after_alphanumeric
}

/// True when `slug` contains [`PAIR_SEPARATOR`]: a search of byte windows, where
/// `str::contains` sets up a substring searcher for every call.
pub fn contains_pair_separator(slug: &str) -> bool {
    slug.as_bytes()
        .windows(PAIR_SEPARATOR.len())
        .any(|window| window == PAIR_SEPARATOR.as_bytes())
}

/// The two role slugs named by a comparison URL.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PairSlug {
    pub a: String,
    pub b: String,
}

impl PairSlug {
    pub fn new(a: impl Into<String>, b: impl Into<String>) -> Self {
        Self {
            a: a.into(),
            b: b.into(),
        }
    }

    /// The same two roles in the other order.
    pub fn swapped(&self) -> Self {
        Self::new(self.b.clone(), self.a.clone())
    }
}

impl fmt::Display for PairSlug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{PAIR_SEPARATOR}{}", self.a, self.b)
    }
}

/// Why a URL segment is not a comparison pair.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PairError {
    #[error("“{0}” does not name two roles joined by “-vs-”")]
    MissingSeparator(String),
    #[error("“{0}” names more than two roles")]
    TooManyRoles(String),
    #[error("“{0}” is not a valid role name in a link")]
    InvalidSlug(String),
    #[error("“{0}” compares a role with itself")]
    SameRole(String),
}

/// Splits `producer-vs-product-manager` into its two role slugs.
pub fn parse_pair(segment: &str) -> Result<PairSlug, PairError> {
    let mut parts = segment.split(PAIR_SEPARATOR);
    let a = parts.next().unwrap_or_default();
    let Some(b) = parts.next() else {
        return Err(PairError::MissingSeparator(segment.to_owned()));
    };
    if parts.next().is_some() {
        return Err(PairError::TooManyRoles(segment.to_owned()));
    }
    for slug in [a, b] {
        if !is_valid_slug(slug) {
            return Err(PairError::InvalidSlug(slug.to_owned()));
        }
    }
    if a == b {
        return Err(PairError::SameRole(a.to_owned()));
    }
    Ok(PairSlug::new(a, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugify_follows_the_url_contract() {
        assert_eq!(slugify("Product Manager"), "product-manager");
        assert_eq!(
            slugify("Producers and Directors"),
            "producers-and-directors"
        );
        assert_eq!(
            slugify("  Construction   Superintendent "),
            "construction-superintendent"
        );
        assert_eq!(
            slugify("Web & Digital Interface Designers"),
            "web-digital-interface-designers"
        );
        assert_eq!(
            slugify("Media Technical Directors/Managers"),
            "media-technical-directors-managers"
        );
        assert_eq!(
            slugify("Helpers--Production Workers"),
            "helpers-production-workers"
        );
        assert_eq!(slugify("Café Manager"), "cafe-manager");
        assert_eq!(slugify("3D Artist"), "3d-artist");
        assert_eq!(slugify("!!!"), "");
    }

    #[test]
    fn slugify_output_is_always_valid_or_empty() {
        for title in ["A", "a-b", "Ünïcödé Rôle", "x  -- y", "R&D Lead (EMEA)"] {
            let slug = slugify(title);
            assert!(slug.is_empty() || is_valid_slug(&slug), "{title} -> {slug}");
        }
    }

    #[test]
    fn parses_a_pair() {
        let pair = parse_pair("producer-vs-product-manager").unwrap();
        assert_eq!(pair, PairSlug::new("producer", "product-manager"));
        assert_eq!(pair.to_string(), "producer-vs-product-manager");
        assert_eq!(pair.swapped().to_string(), "product-manager-vs-producer");
    }

    #[test]
    fn rejects_bad_pairs() {
        assert_eq!(
            parse_pair("producer"),
            Err(PairError::MissingSeparator("producer".into()))
        );
        assert_eq!(
            parse_pair("a-vs-b-vs-c"),
            Err(PairError::TooManyRoles("a-vs-b-vs-c".into()))
        );
        assert_eq!(parse_pair("-vs-b"), Err(PairError::InvalidSlug("".into())));
        assert_eq!(parse_pair("a-vs-"), Err(PairError::InvalidSlug("".into())));
        assert_eq!(
            parse_pair("Producer-vs-b"),
            Err(PairError::InvalidSlug("Producer".into()))
        );
        assert_eq!(
            parse_pair("a--b-vs-c"),
            Err(PairError::InvalidSlug("a--b".into()))
        );
        assert_eq!(parse_pair("x-vs-x"), Err(PairError::SameRole("x".into())));
        assert_eq!(parse_pair(""), Err(PairError::MissingSeparator("".into())));
    }

    #[test]
    fn pair_errors_read_as_sentences() {
        let message = parse_pair("nope").unwrap_err().to_string();
        assert_eq!(message, "“nope” does not name two roles joined by “-vs-”");
    }
}
