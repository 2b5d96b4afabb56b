use leptos::prelude::*;
use role_compare_core::search::closest;
use role_compare_core::ArticleIndex;

use crate::components::article_list::ArticleList;

/// The curated comparisons whose titles are closest to what the reader asked for.
#[component]
pub fn SuggestionList(index: ArticleIndex, asked_for: String) -> impl IntoView {
    let suggestions: Vec<_> = closest(&asked_for, &index.articles, |e| e.short_title(), 3, 0.0)
        .into_iter()
        .cloned()
        .collect();
    view! {
        <section class="suggestions" aria-labelledby="suggestions-heading">
            <h2 id="suggestions-heading">"Closest comparisons"</h2>
            <ArticleList articles=suggestions />
        </section>
    }
}
