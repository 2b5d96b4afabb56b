use crate::components::page_meta::PageMeta;
use leptos::prelude::*;
use role_compare_core::page_markup::article_skeleton;
use role_compare_core::paths::Route;
use role_compare_core::{parse_pair, ArticleIndex, Comparison, Neighbours, PairSlug};

use crate::api::{load, load_comparison, LoadError};
use crate::article_index::use_article_index;
use crate::components::comparison_article::ComparisonArticle;
use crate::components::error_panel::ErrorPanel;
use crate::components::markup_view::Markup;
use crate::components::neighbour_nav::NeighbourNav;
use crate::pages::not_found::NotFound;
use crate::router::use_route;

/// What a `/compare/<pair>` address turned out to be.
enum Outcome {
    Article(Box<Comparison>, Result<Neighbours, LoadError>),
    Unknown { message: String, asked_for: String },
    Failed(LoadError),
}

fn decide(
    segment: &str,
    index: Result<ArticleIndex, LoadError>,
    comparison: Option<Result<Comparison, LoadError>>,
) -> Outcome {
    let pair = match parse_pair(segment) {
        Ok(pair) => pair,
        Err(error) => {
            return Outcome::Unknown {
                message: format!("There is no comparison at this address: {error}."),
                asked_for: segment.replace('-', " "),
            }
        }
    };
    let unknown = |pair: &PairSlug| Outcome::Unknown {
        message: format!(
            "We have no comparison of “{}” and “{}” yet.",
            pair.a.replace('-', " "),
            pair.b.replace('-', " ")
        ),
        asked_for: format!("{} {}", pair.a, pair.b).replace('-', " "),
    };
    let neighbours = match &index {
        Ok(index) => match Neighbours::of(index, &pair) {
            Some(neighbours) => Ok(neighbours),
            None => return unknown(&pair),
        },
        Err(error) => Err(error.clone()),
    };
    match comparison {
        Some(Ok(comparison)) => Outcome::Article(Box::new(comparison), neighbours),
        Some(Err(error)) => Outcome::Failed(error),
        None => unknown(&pair),
    }
}

/// A curated comparison article with links to its neighbours in the editorial order.
#[component]
pub fn ComparePage() -> impl IntoView {
    let route = use_route();
    let segment = Memo::new(move |_| match route.get() {
        Route::Compare(segment) => segment,
        _ => String::new(),
    });
    let index = use_article_index();
    let attempt = RwSignal::new(0u32);
    // Fetched alongside the index rather than after it: one round trip, not two.
    let comparison = load(
        move || (segment.get(), attempt.get()),
        |(segment, _), abort| async move {
            match parse_pair(&segment) {
                Ok(pair) => Some(load_comparison(pair, abort).await),
                Err(_) => None,
            }
        },
    );
    let retry = Callback::new(move |()| {
        index.retry_if_failed();
        attempt.update(|n| *n += 1);
    });
    let loading = move || {
        comparison
            .read()
            .as_ref()
            .is_none_or(|((loaded, _), _)| *loaded != segment.get())
    };

    let page = move || {
        let (Some(((segment, _), comparison)), Some(index)) = (comparison.get(), index.get())
        else {
            return view! { <Markup node=article_skeleton() /> }.into_any();
        };
        match decide(&segment, index, comparison) {
            Outcome::Article(comparison, neighbours) => {
                let title = comparison.article.title.clone();
                let description = comparison.description();
                let nav = match neighbours {
                    Ok(neighbours) => view! { <NeighbourNav neighbours /> }.into_any(),
                    Err(error) => view! {
                        <ErrorPanel
                            heading="Links to other comparisons could not be loaded"
                            error
                            on_retry=retry
                        />
                    }
                    .into_any(),
                };
                view! {
                    <PageMeta title description />
                    <ComparisonArticle comparison=*comparison />
                    {nav}
                }
                .into_any()
            }
            Outcome::Unknown { message, asked_for } => {
                view! { <NotFound heading="Comparison not found" message asked_for /> }.into_any()
            }
            Outcome::Failed(error) => view! {
                <PageMeta title="Comparison could not be loaded" description=error.to_string() />
                <ErrorPanel heading="This comparison could not be loaded" error on_retry=retry />
            }
            .into_any(),
        }
    };

    view! { <div class="page" aria-busy=move || loading().to_string()>{page}</div> }
}
