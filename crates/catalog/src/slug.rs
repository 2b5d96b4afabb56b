/// Separator of a comparison pair; a role slug containing it would make pair URLs ambiguous.
pub const PAIR_SEPARATOR: &str = "-vs-";

/// The title lowercased, every run of characters other than `a`–`z`/`0`–`9` replaced by one
/// `-`, with no `-` at either end (`docs/data-format.md`).
pub fn slugify(title: &str) -> String {
    let mut slug = String::with_capacity(title.len());
    let mut pending_dash = false;
    for ch in title.chars() {
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

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn runs_of_other_characters_become_one_dash() {
        assert_eq!(
            slugify("Producers and Directors"),
            "producers-and-directors"
        );
        assert_eq!(
            slugify("Weapons Specialists/Crew Members, All Other"),
            "weapons-specialists-crew-members-all-other"
        );
        assert_eq!(slugify("  (Hello) -- World!  "), "hello-world");
        assert_eq!(slugify("Grades 9–12"), "grades-9-12");
    }
}
