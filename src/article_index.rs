//! The article index, fetched once and shared by every page: the home list, neighbour links
//! and "did you mean" suggestions all read the same copy.

use leptos::prelude::*;
use role_compare_core::ArticleIndex;

use crate::api::{load_article_index, LoadError};

/// The shared index and the way to fetch it again after a failure.
#[derive(Clone, Copy)]
pub struct SharedArticleIndex {
    pub resource: LocalResource<Result<ArticleIndex, LoadError>>,
    attempt: RwSignal<u32>,
}

impl SharedArticleIndex {
    /// Fetches the index again (after a network or server error).
    pub fn retry(&self) {
        self.attempt.update(|n| *n += 1);
    }
}

/// Starts loading the index and makes it available to every page below.
pub fn provide() {
    let attempt = RwSignal::new(0u32);
    let resource = LocalResource::new(move || {
        attempt.track();
        load_article_index()
    });
    provide_context(SharedArticleIndex { resource, attempt });
}

/// The index provided by the app.
pub fn use_article_index() -> SharedArticleIndex {
    expect_context::<SharedArticleIndex>()
}
