use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;
use role_compare_core::{parse_pair, ArticleIndex, Comparison, Neighbours, PairSlug};

use crate::api::{load_comparison, LoadError};
use crate::article_index::use_article_index;
use crate::components::article_skeleton::ArticleSkeleton;
use crate::components::comparison_article::ComparisonArticle;
use crate::components::error_panel::ErrorPanel;
use crate::components::neighbour_nav::NeighbourNav;
use crate::pages::not_found::NotFound;

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
    let params = use_params_map();
    let segment = Memo::new(move |_| params.read().get("pair").unwrap_or_default());
    let shared = use_article_index();
    let attempt = RwSignal::new(0u32);
    // Fetched alongside the index rather than after it: one round trip, not two.
    let comparison = LocalResource::new(move || {
        attempt.track();
        let pair = parse_pair(&segment.get()).ok();
        async move {
            match pair {
                Some(pair) => Some(load_comparison(pair).await),
                None => None,
            }
        }
    });
    let retry = Callback::new(move |()| {
        if matches!(shared.resource.get(), Some(Err(_))) {
            shared.retry();
        }
        attempt.update(|n| *n += 1);
    });

    let page = move || {
        Suspend::new(async move {
            let index = shared.resource.await;
            let comparison = comparison.await;
            match decide(&segment.get_untracked(), index, comparison) {
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
                        <Title text=title />
                        <Meta name="description" content=description />
                        <ComparisonArticle comparison=*comparison />
                        {nav}
                    }
                    .into_any()
                }
                Outcome::Unknown { message, asked_for } => view! {
                    <NotFound heading="Comparison not found" message asked_for />
                }
                .into_any(),
                Outcome::Failed(error) => view! {
                    <Title text="Comparison could not be loaded" />
                    <ErrorPanel heading="This comparison could not be loaded" error on_retry=retry />
                }
                .into_any(),
            }
        })
    };

    view! { <Transition fallback=ArticleSkeleton>{page}</Transition> }
}
