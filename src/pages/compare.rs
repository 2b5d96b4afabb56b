use leptos::prelude::*;
use role_compare_core::page_markup::{article_skeleton, link_list, NeighbourLink};
use role_compare_core::paths::{compare_route, Route};
use role_compare_core::PairSlug;

use crate::api::{load, load_compare_page, ComparePageData};
use crate::components::comparison_article::ComparisonArticle;
use crate::components::error_panel::ErrorPanel;
use crate::components::generated_comparison::GeneratedComparisonView;
use crate::components::markup_view::Markup;
use crate::components::neighbour_nav::NeighbourNav;
use crate::components::page_meta::PageMeta;
use crate::components::role_picker::RolePicker;
use crate::pages::not_found::NotFound;
use crate::router::use_route;

/// The canonical address of a generated pair: one order for both, so `a-vs-b` and `b-vs-a`
/// count as one page (alphabetical by slug).
fn canonical(pair: &PairSlug) -> String {
    if pair.a <= pair.b {
        compare_route(pair)
    } else {
        compare_route(&pair.swapped())
    }
}

fn page_view(data: ComparePageData) -> AnyView {
    match data {
        ComparePageData::Curated {
            comparison,
            neighbours,
            official,
        } => {
            let title = comparison.article.title.clone();
            let description = comparison.description();
            let canonical = compare_route(&comparison.article.pair());
            let previous = neighbours.previous.as_ref().map(NeighbourLink::to_article);
            let next = neighbours.next.as_ref().map(NeighbourLink::to_article);
            view! {
                <PageMeta title description canonical />
                <ComparisonArticle comparison=*comparison official=*official />
                <NeighbourNav previous next />
                <RolePicker />
            }
            .into_any()
        }
        ComparePageData::Generated {
            comparison,
            catalog,
        } => {
            let title = comparison.title();
            let description = comparison.description();
            let canonical = canonical(&comparison.pair());
            view! {
                <PageMeta title description canonical />
                <GeneratedComparisonView comparison=*comparison catalog />
            }
            .into_any()
        }
        ComparePageData::Unknown {
            message,
            asked_for,
            did_you_mean,
        } => {
            let links: Vec<NeighbourLink> = did_you_mean
                .into_iter()
                .map(|(pair, title)| NeighbourLink {
                    href: compare_route(&pair),
                    title,
                })
                .collect();
            let suggestions = (!links.is_empty()).then(
                || view! { <Markup node=link_list("Did you mean", "did-you-mean", &links) /> },
            );
            view! {
                <NotFound heading="Comparison not found" message asked_for />
                {suggestions}
                <RolePicker eager=true />
            }
            .into_any()
        }
    }
}

/// `/compare/<a>-vs-<b>`: a curated article when there is one, otherwise the two roles
/// compared from official data, otherwise help finding the right pair.
#[component]
pub fn ComparePage() -> impl IntoView {
    let route = use_route();
    let segment = Memo::new(move |_| match route.get() {
        Route::Compare(segment) => segment,
        _ => String::new(),
    });
    let attempt = RwSignal::new(0u32);
    let page = load(
        move || (segment.get(), attempt.get()),
        |(segment, _), abort| load_compare_page(segment, abort),
    );
    let retry = Callback::new(move |()| attempt.update(|n| *n += 1));
    let loading = move || {
        page.read()
            .as_ref()
            .is_none_or(|((loaded, _), _)| *loaded != segment.get())
    };
    let content = move || match page.get() {
        None => view! { <Markup node=article_skeleton() /> }.into_any(),
        Some((_, Ok(data))) => page_view(data),
        Some((_, Err(error))) => view! {
            <PageMeta title="Comparison could not be loaded" description=error.to_string() />
            <ErrorPanel heading="This comparison could not be loaded" error on_retry=retry />
        }
        .into_any(),
    };
    view! { <div class="page" aria-busy=move || loading().to_string()>{content}</div> }
}
