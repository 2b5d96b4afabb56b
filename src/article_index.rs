//! The article index as a signal for views: the home list and "did you mean" suggestions
//! read the same copy the compare page uses (one fetch, see [`crate::api::article_index`]).

use std::sync::Arc;

use leptos::prelude::*;
use role_compare_core::navigation::search::closest;
use role_compare_core::{ArticleIndex, ArticleSummary};

use leptos::task::spawn_local;

use role_compare_core::data::checks::decode_index;
use role_compare_core::data::files::ARTICLE_INDEX_PATH;

use crate::api::{article_index, LoadError};

/// The shared index and the way to fetch it again after a failure.
#[derive(Clone, Copy)]
pub struct SharedArticleIndex {
    loaded: RwSignal<Option<Result<Arc<ArticleIndex>, LoadError>>>,
    requested: StoredValue<bool>,
}

impl SharedArticleIndex {
    /// The index once it has arrived (or failed); `None` while the request runs. The first
    /// call starts the request: a prerendered article page never needs the index.
    pub fn get(&self) -> Option<Result<Arc<ArticleIndex>, LoadError>> {
        if !self.requested.get_value() {
            self.requested.set_value(true);
            self.fetch();
        }
        self.loaded.get()
    }

    /// The curated articles whose titles are closest to what a reader asked for ("did you
    /// mean"); none while the index is missing.
    pub fn closest_to(&self, asked_for: &str) -> Vec<ArticleSummary> {
        match self.get() {
            Some(Ok(index)) => closest(
                asked_for,
                &index.articles,
                ArticleSummary::short_title,
                3,
                0.0,
            )
            .into_iter()
            .cloned()
            .collect(),
            _ => Vec::new(),
        }
    }

    /// Fetches the index again if the last attempt failed.
    pub fn retry_if_failed(&self) {
        if matches!(self.loaded.get_untracked(), Some(Err(_))) {
            self.fetch();
        }
    }

    // A plain task rather than an effect: nothing reactive decides when to fetch.
    fn fetch(self) {
        let loaded = self.loaded;
        spawn_local(async move {
            let index = article_index().await;
            let _ = loaded.try_set(Some(index));
        });
    }
}

/// The id of the article index a prerendered page embeds (`crates/prerender`).
const EMBEDDED_INDEX_ID: &str = "article-index-data";

/// The index embedded in a prerendered page, so that the page can be shown again at once.
fn embedded() -> Option<Result<Arc<ArticleIndex>, LoadError>> {
    let json = document()
        .get_element_by_id(EMBEDDED_INDEX_ID)?
        .text_content()?;
    Some(
        decode_index(ARTICLE_INDEX_PATH, &json)
            .map(Arc::new)
            .map_err(LoadError::from),
    )
}

/// Makes the index available to every page below: embedded in the page, or fetched when
/// first asked for.
pub fn provide() {
    let embedded = embedded();
    provide_context(SharedArticleIndex {
        requested: StoredValue::new(embedded.is_some()),
        loaded: RwSignal::new(embedded),
    });
}

/// The index provided by the app.
pub fn use_article_index() -> SharedArticleIndex {
    // A literal message: `expect_context` would format the type name with `Debug`, which
    // pulls Unicode tables into the wasm.
    use_context::<SharedArticleIndex>().expect("the app provides the article index")
}
