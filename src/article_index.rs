//! The article index as a signal for pages: the home list and the "closest comparisons" of
//! not-found pages read the same copy the compare page uses (one fetch, see
//! [`crate::api::article_index`]).

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use role_compare_core::compare::resolve::closest_articles;
use role_compare_core::{ArticleIndex, ArticleSummary};

use crate::api::{article_index, LoadError};

/// The shared index and the way to fetch it again after a failure.
#[derive(Clone, Copy)]
pub struct SharedArticleIndex {
    loaded: RwSignal<Option<Result<Arc<ArticleIndex>, LoadError>>>,
    requested: StoredValue<bool>,
}

impl SharedArticleIndex {
    /// The index once it has arrived (or failed); `None` while the request runs. The first
    /// call starts the request: a served page that is only adopted never needs the index.
    pub fn get(&self) -> Option<Result<Arc<ArticleIndex>, LoadError>> {
        if !self.requested.get_value() {
            self.requested.set_value(true);
            self.fetch();
        }
        self.loaded.get()
    }

    /// The curated articles whose titles are closest to what a reader asked for; none while
    /// the index is missing.
    pub fn closest_to(&self, asked_for: &str) -> Vec<ArticleSummary> {
        match self.get() {
            Some(Ok(index)) => closest_articles(&index, asked_for)
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

/// Makes the index available to every page below; it is fetched when first asked for.
pub fn provide() {
    provide_context(SharedArticleIndex {
        requested: StoredValue::new(false),
        loaded: RwSignal::new(None),
    });
}

/// The index provided by the app.
pub fn use_article_index() -> SharedArticleIndex {
    // A literal message: `expect_context` would format the type name with `Debug`, which
    // pulls Unicode tables into the wasm.
    use_context::<SharedArticleIndex>().expect("the app provides the article index")
}
