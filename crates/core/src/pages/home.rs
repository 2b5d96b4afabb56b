//! The home page: every curated comparison with search, the compare picker, and the
//! occupation groups.

use crate::data::articles::ArticleIndex;
use crate::markup::page::{article_results, article_search, error_panel, home_intro};
use crate::markup::tree::{el, Node};
use crate::navigation::picker::{picker_form, Combobox};
use crate::navigation::routes::HOME_ROUTE;
use crate::pages::{Page, Status};

pub const HOME_TITLE: &str = "Compare careers side by side";
pub const HOME_DESCRIPTION: &str =
    "Side-by-side comparisons of careers: duties, requirements, work environment, skills and salary, in plain words.";

/// The id of the element holding the search results, which the app rebuilds as readers type.
pub const RESULTS_ID: &str = "article-results";

/// The home page. `results` is [`results`] (or what stands in for it while the index
/// loads); `groups` the group browser once the catalogue is there.
pub fn home_page(query: &str, results: Node, groups: Option<Node>) -> Page {
    let content = el("section")
        .class("home")
        .child(home_intro())
        .child(picker_form(&Combobox::default(), &Combobox::default()))
        .child(article_search(query))
        .child(el("div").id(RESULTS_ID).child(results))
        .children(groups);
    Page {
        title: HOME_TITLE.into(),
        description: HOME_DESCRIPTION.into(),
        canonical: Some(HOME_ROUTE.into()),
        og_type: "website",
        status: Status::Found,
        content: content.into(),
    }
}

/// The articles matching `query`, with their count.
pub fn results(index: &ArticleIndex, query: &str) -> Node {
    article_results(index, query)
}

/// What stands in for the results while the index loads.
pub fn results_loading() -> Node {
    el("p")
        .class("match-count")
        .text("Loading comparisons…")
        .into()
}

/// What stands in for the results when the index could not be loaded.
pub fn results_failed(message: &str, can_retry: bool) -> Node {
    error_panel(
        "The list of comparisons could not be loaded",
        message,
        can_retry,
    )
}
