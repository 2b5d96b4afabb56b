use leptos::prelude::*;
use role_compare_core::paths::compare_route;
use role_compare_core::ArticleSummary;

/// Comparison articles as a list of linked cards.
#[component]
pub fn ArticleList(articles: Vec<ArticleSummary>) -> impl IntoView {
    let items = articles
        .into_iter()
        .map(|entry| {
            view! {
                <li class="article-card">
                    <a href=compare_route(&entry.pair())>
                        <span class="article-card-title">{entry.short_title()}</span>
                    </a>
                    <span class="article-card-subtitle">{entry.subtitle}</span>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="article-list">{items}</ul> }
}
