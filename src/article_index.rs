//! The article index, fetched once and shared by every page: the home list, neighbour links
//! and "did you mean" suggestions all read the same copy.

use leptos::prelude::*;
use role_compare_core::ArticleIndex;

use crate::api::{load, load_article_index, LoadError, Loaded};

/// The shared index and the way to fetch it again after a failure.
#[derive(Clone, Copy)]
pub struct SharedArticleIndex {
    loaded: Loaded<u32, Result<ArticleIndex, LoadError>>,
    attempt: RwSignal<u32>,
}

impl SharedArticleIndex {
    /// The index once it has arrived (or failed); `None` while the first request runs.
    pub fn get(&self) -> Option<Result<ArticleIndex, LoadError>> {
        self.loaded.get().map(|(_, index)| index)
    }

    /// Fetches the index again if the last attempt failed.
    pub fn retry_if_failed(&self) {
        if matches!(self.get(), Some(Err(_))) {
            self.attempt.update(|n| *n += 1);
        }
    }
}

/// Starts loading the index and makes it available to every page below.
pub fn provide() {
    let attempt = RwSignal::new(0u32);
    let loaded = load(move || attempt.get(), |_, abort| load_article_index(abort));
    provide_context(SharedArticleIndex { loaded, attempt });
}

/// The index provided by the app.
pub fn use_article_index() -> SharedArticleIndex {
    // A literal message: `expect_context` would format the type name with `Debug`, which
    // pulls Unicode tables into the wasm.
    use_context::<SharedArticleIndex>().expect("the app provides the article index")
}
