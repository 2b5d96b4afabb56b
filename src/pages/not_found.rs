use crate::components::page_meta::PageMeta;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::article_index::use_article_index;
use crate::components::suggestion_list::SuggestionList;

/// The route fallback: any address the app does not know.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let path = use_location().pathname.get_untracked();
    let asked_for = path.replace(['/', '-', '_'], " ");
    view! {
        <NotFound
            heading="Page not found"
            message=format!("There is no page at “{path}”.")
            asked_for
        />
    }
}

/// Says what was not found and offers the closest comparisons and the index instead.
#[component]
pub fn NotFound(heading: &'static str, message: String, asked_for: String) -> impl IntoView {
    let shared = use_article_index();
    // Without the index there is nothing to suggest; the index link below still works.
    let suggestions = move || {
        shared.get().and_then(Result::ok).map(|index| {
            let asked_for = asked_for.clone();
            view! { <SuggestionList index asked_for /> }
        })
    };
    view! {
        <PageMeta title=heading description=message.clone() />
        <section class="not-found">
            <h1>{heading}</h1>
            <p class="lead">{message}</p>
            {suggestions}
            <p>
                <a class="button" href="/">"Browse all comparisons"</a>
            </p>
        </section>
    }
}
