use leptos::prelude::*;
use role_compare_core::markup::article::comparison_article;
use role_compare_core::markup::page::{
    article_skeleton, error_panel, link_list, neighbour_links, not_found, NeighbourLink,
    RETRY_ACTION,
};
use role_compare_core::markup::tree::{el, Node};
use role_compare_core::navigation::routes::{compare_route, Route};
use role_compare_core::PairSlug;

use crate::api::{load, load_compare_page, ComparePageData};
use crate::article_index::use_article_index;
use crate::components::arrow_keys::use_arrow_keys;
use crate::components::generated_comparison::GeneratedComparisonView;
use crate::components::markup_view::{listen_for_actions, Markup};
use crate::components::page_meta::PageMeta;
use crate::components::role_picker::adopt_picker;
use crate::components::role_picker::RolePicker;
use crate::router::{scroll_to_hash_when_shown, use_route};
use crate::share;
use crate::takeover::{is_prerendered, prerendered, prerendered_link, prerendered_picker};

/// The canonical address of a generated pair: one order for both, so `a-vs-b` and `b-vs-a`
/// count as one page (alphabetical by slug).
fn canonical(pair: &PairSlug) -> String {
    if pair.a <= pair.b {
        compare_route(pair)
    } else {
        compare_route(&pair.swapped())
    }
}

/// What a non-generated outcome shows: its metadata and one piece of markup.
struct Shown {
    title: String,
    description: String,
    canonical: Option<String>,
    node: Node,
    /// Previous/Next addresses for the arrow keys.
    keys: (Option<String>, Option<String>),
}

fn unknown(message: String, asked_for: &str, did_you_mean: Vec<(PairSlug, String)>) -> Shown {
    let suggestions = use_article_index().closest_to(asked_for);
    let mut node = el("div").child(not_found("Comparison not found", &message, &suggestions));
    if !did_you_mean.is_empty() {
        let links: Vec<NeighbourLink> = did_you_mean
            .into_iter()
            .map(|(pair, title)| NeighbourLink {
                href: compare_route(&pair),
                title,
            })
            .collect();
        node = node.child(link_list("Did you mean", "did-you-mean", &links));
    }
    Shown {
        title: "Comparison not found".into(),
        description: message,
        canonical: None,
        node: node.into(),
        keys: (None, None),
    }
}

/// `/compare/<a>-vs-<b>`: a curated article when there is one, otherwise the two roles
/// compared from official data, otherwise help finding the right pair. Everything but the
/// generated page (which follows the area in the URL) is one piece of core markup.
///
/// `/embed/compare/<a>-vs-<b>` shows this same page, in the embed shell: see
/// `role_compare_core::embed`.
#[component]
pub fn ComparePage() -> impl IntoView {
    let route = use_route();
    let segment = Memo::new(move |_| match route.get() {
        Route::Compare(segment) | Route::Embed(segment) => segment,
        _ => String::new(),
    });
    let attempt = RwSignal::new(0u32);
    // A prerendered curated article is adopted as it is (see `takeover`): nothing to fetch.
    let adopted = Memo::new(move |_| is_prerendered(&format!("/compare/{}", segment.get())));
    let page = load(
        move || (segment.get(), attempt.get(), adopted.get()),
        |(segment, _, adopted), abort| async move {
            if adopted {
                None
            } else {
                Some(load_compare_page(segment, abort).await)
            }
        },
    );
    let on_action = Callback::new(move |action: String| {
        if action == RETRY_ACTION {
            attempt.update(|n| *n += 1);
        } else {
            share::handle(&action);
        }
    });
    let loading = move || {
        page.read()
            .as_ref()
            .is_none_or(|((loaded, _, _), _)| *loaded != segment.get())
    };
    let content = move || {
        if adopted.get() {
            use_arrow_keys(prerendered_link("prev"), prerendered_link("next"));
            if let Some(form) = prerendered_picker() {
                adopt_picker(&form);
            }
            if let Some(page) = prerendered() {
                listen_for_actions(&page, on_action);
            }
            return ().into_any();
        }
        let Some((_, Some(result))) = page.get() else {
            return view! { <Markup node=article_skeleton() /> }.into_any();
        };
        let shown = match result {
            Ok(ComparePageData::Generated {
                comparison,
                catalog,
            }) => {
                let (title, description, canonical) = (
                    comparison.title(),
                    comparison.description(),
                    canonical(&comparison.pair()),
                );
                return view! {
                    <PageMeta title description canonical />
                    <GeneratedComparisonView comparison=*comparison catalog />
                }
                .into_any();
            }
            Ok(ComparePageData::Curated {
                comparison,
                neighbours,
                official,
            }) => {
                let previous = neighbours.previous.as_ref().map(NeighbourLink::to_article);
                let next = neighbours.next.as_ref().map(NeighbourLink::to_article);
                let node = el("div")
                    .child(comparison_article(
                        &comparison,
                        [official[0].as_ref(), official[1].as_ref()],
                    ))
                    .child(neighbour_links(previous.as_ref(), next.as_ref()))
                    .into();
                Shown {
                    title: comparison.article.title.clone(),
                    description: comparison.description(),
                    canonical: Some(compare_route(&comparison.article.pair())),
                    node,
                    keys: (previous.map(|l| l.href), next.map(|l| l.href)),
                }
            }
            Ok(ComparePageData::Unknown {
                message,
                asked_for,
                did_you_mean,
            }) => unknown(message, &asked_for, did_you_mean),
            Err(error) => Shown {
                title: "Comparison could not be loaded".into(),
                description: error.to_string(),
                canonical: None,
                node: error_panel(
                    "This comparison could not be loaded",
                    &error.to_string(),
                    error.is_transient(),
                ),
                keys: (None, None),
            },
        };
        use_arrow_keys(shown.keys.0, shown.keys.1);
        let Shown {
            title,
            description,
            canonical,
            node,
            ..
        } = shown;
        view! {
            <PageMeta title description canonical=canonical.unwrap_or_default() />
            <Markup node on_action on_shown=scroll_to_hash_when_shown() />
            <RolePicker />
        }
        .into_any()
    };
    view! { <div class="page" aria-busy=move || loading().to_string()>{content}</div> }
}
