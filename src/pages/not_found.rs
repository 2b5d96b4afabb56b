use crate::components::page_meta::PageMeta;
use leptos::prelude::*;

use crate::article_index::use_article_index;
use crate::components::markup_view::Markup;
use crate::router::use_location;
use role_compare_core::page_markup::not_found;
use role_compare_core::search::closest;
use role_compare_core::ArticleSummary;

/// The route fallback: any address the app does not know.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let location = use_location();
    let path = Memo::new(move |_| location.read().path.clone());
    move || {
        let path = path.get();
        let asked_for = path.replace(['/', '-', '_'], " ");
        view! {
            <NotFound
                heading="Page not found"
                message=format!("There is no page at “{path}”.")
                asked_for
            />
        }
    }
}

/// Says what was not found and offers the closest comparisons and the index instead.
#[component]
pub fn NotFound(heading: &'static str, message: String, asked_for: String) -> impl IntoView {
    let shared = use_article_index();
    let description = message.clone();
    // Without the index there is nothing to suggest; the index link still works.
    let body = move || {
        let suggestions: Vec<ArticleSummary> = match shared.get() {
            Some(Ok(index)) => closest(
                &asked_for,
                &index.articles,
                ArticleSummary::short_title,
                3,
                0.0,
            )
            .into_iter()
            .cloned()
            .collect(),
            _ => Vec::new(),
        };
        view! { <Markup node=not_found(heading, &message, &suggestions) /> }
    };
    view! {
        <PageMeta title=heading description />
        {body}
    }
}
