use crate::components::page_meta::PageMeta;
use leptos::prelude::*;
use role_compare_core::page_markup::{article_list, group_browser};
use role_compare_core::search::{match_count_message, matches_query, normalize};
use role_compare_core::{ArticleIndex, ArticleSummary};

use crate::api::{catalog, load};
use crate::article_index::use_article_index;
use crate::components::error_panel::ErrorPanel;
use crate::components::markup_view::Markup;
use crate::components::role_picker::RolePicker;
use crate::router::{use_location, use_navigate};

const DESCRIPTION: &str = "Side-by-side comparisons of careers: duties, requirements, work environment, skills and salary, in plain words.";

/// Accent- and case-folded text a query is matched against.
fn search_text(entry: &ArticleSummary) -> String {
    normalize(&format!(
        "{} {} {}",
        entry.title, entry.role_a_title, entry.role_b_title
    ))
}

/// The index narrowed to what matches the query, recomputed as the reader types.
#[component]
fn FilteredArticles(index: ArticleIndex, query: RwSignal<String>) -> impl IntoView {
    let total = index.articles.len();
    let searchable: Vec<(String, ArticleSummary)> = index
        .articles
        .into_iter()
        .map(|entry| (search_text(&entry), entry))
        .collect();
    let matching = Memo::new(move |_| {
        let wanted = normalize(&query.read());
        searchable
            .iter()
            .filter(|(text, _)| matches_query(text, &wanted))
            .map(|(_, entry)| entry.clone())
            .collect::<Vec<_>>()
    });
    view! {
        <p class="match-count" role="status" aria-live="polite">
            {move || match_count_message(matching.read().len(), total, &query.read())}
        </p>
        {move || view! { <Markup node=article_list(&matching.read()) /> }}
    }
}

/// Every curated comparison, with a search box that filters as you type. The query is kept
/// in the URL (`/?q=nurse`) so a filtered list can be shared and survives a reload.
#[component]
pub fn HomePage() -> impl IntoView {
    let shared = use_article_index();
    let query = RwSignal::new(
        use_location()
            .get_untracked()
            .query("q")
            .unwrap_or_default(),
    );
    let navigate = use_navigate();
    let on_input = move |event| {
        let text = event_target_value(&event);
        query.set(text.clone());
        let href = if text.is_empty() {
            "/".to_owned()
        } else {
            format!("/?q={}", js_sys::encode_uri_component(&text))
        };
        navigate.replace(&href);
    };
    let list = move || match shared.get() {
        None => view! { <p class="match-count">"Loading comparisons…"</p> }.into_any(),
        Some(Ok(index)) => view! { <FilteredArticles index=(*index).clone() query /> }.into_any(),
        Some(Err(error)) => view! {
            <ErrorPanel
                heading="The list of comparisons could not be loaded"
                error
                on_retry=move |_| shared.retry_if_failed()
            />
        }
        .into_any(),
    };
    let groups = load(|| (), |_, _| catalog());
    let browse = move || match groups.get() {
        Some((_, Ok(catalog))) => {
            Some(view! { <Markup node=group_browser(&catalog) /> }.into_any())
        }
        Some((_, Err(error))) => {
            Some(view! { <p class="error-message">{error.to_string()}</p> }.into_any())
        }
        None => None,
    };
    view! {
        <PageMeta title="Compare careers side by side" description=DESCRIPTION />
        <section class="home">
            <h1>"Compare careers side by side"</h1>
            <p class="lead">
                "What does each job involve, what does it take to get in, and what does it pay? "
                "Pick a comparison to read how two careers differ."
            </p>
            <RolePicker eager=true />
            <h2>"Comparison articles"</h2>
            <form class="search" role="search" on:submit=|event| event.prevent_default()>
                <label for="article-search">"Search comparisons"</label>
                <input
                    id="article-search"
                    type="search"
                    placeholder="e.g. nurse, analyst, manager"
                    autocomplete="off"
                    prop:value=move || query.get()
                    on:input=on_input
                />
            </form>
            {list}
            {browse}
        </section>
    }
}
