//! Previous/Next in the editorial order.

use crate::data::articles::{ArticleIndex, ArticleSummary};
use crate::navigation::slug::PairSlug;

/// The articles before and after one article in the editorial order; `None` at the ends.
#[derive(Debug, Clone, PartialEq)]
pub struct Neighbours {
    pub previous: Option<ArticleSummary>,
    pub next: Option<ArticleSummary>,
}

impl Neighbours {
    /// The neighbours of `pair`, or `None` when the index has no such article.
    pub fn of(index: &ArticleIndex, pair: &PairSlug) -> Option<Self> {
        let position = index.position(pair)?;
        Some(Self {
            previous: position
                .checked_sub(1)
                .and_then(|p| index.articles.get(p))
                .cloned(),
            next: index.articles.get(position + 1).cloned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(a: &str, b: &str) -> ArticleSummary {
        ArticleSummary {
            role_a: a.into(),
            role_a_title: a.into(),
            role_b: b.into(),
            role_b_title: b.into(),
            title: format!("{a} vs. {b}"),
            subtitle: String::new(),
        }
    }

    fn index() -> ArticleIndex {
        ArticleIndex {
            articles: vec![entry("a", "b"), entry("c", "d"), entry("e", "f")],
        }
    }

    fn slugs(n: &Neighbours) -> (Option<String>, Option<String>) {
        (
            n.previous.as_ref().map(ArticleSummary::slug),
            n.next.as_ref().map(ArticleSummary::slug),
        )
    }

    #[test]
    fn middle_has_both_neighbours() {
        let n = Neighbours::of(&index(), &PairSlug::new("c", "d")).unwrap();
        assert_eq!(slugs(&n), (Some("a-vs-b".into()), Some("e-vs-f".into())));
    }

    #[test]
    fn first_has_no_previous_and_last_has_no_next() {
        let first = Neighbours::of(&index(), &PairSlug::new("a", "b")).unwrap();
        assert_eq!(slugs(&first), (None, Some("c-vs-d".into())));
        let last = Neighbours::of(&index(), &PairSlug::new("e", "f")).unwrap();
        assert_eq!(slugs(&last), (Some("c-vs-d".into()), None));
    }

    #[test]
    fn single_article_has_no_neighbours_and_unknown_has_none() {
        let one = ArticleIndex {
            articles: vec![entry("a", "b")],
        };
        let n = Neighbours::of(&one, &PairSlug::new("a", "b")).unwrap();
        assert_eq!(slugs(&n), (None, None));
        assert!(Neighbours::of(&index(), &PairSlug::new("b", "a")).is_none());
    }
}
