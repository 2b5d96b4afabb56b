use std::sync::Arc;

use leptos::prelude::*;
use role_compare_core::compare::generated::GeneratedComparison;
use role_compare_core::data::occupations::Catalog;
use role_compare_core::markup::embed::credit;
use role_compare_core::markup::generated::{generated_body, generated_header, generated_tables};
use role_compare_core::markup::page::{link_list, neighbour_links, share_controls, NeighbourLink};
use role_compare_core::markup::tree::{el, Node};
use role_compare_core::navigation::catalog_nav::{related, step_role_b};
use role_compare_core::navigation::routes::{compare_route, embed_builder_href, PairState, View};
use role_compare_core::PairSlug;

use crate::components::arrow_keys::use_arrow_keys;
use crate::components::markup_view::Markup;
use crate::components::role_picker::RolePicker;
use crate::router::{scroll_to_hash_when_shown, use_location, use_navigate};

fn link(catalog: &Catalog, pair: PairSlug, state: &PairState) -> NeighbourLink {
    let title = |slug: &str| catalog.title_of(slug).unwrap_or(slug).to_owned();
    NeighbourLink {
        title: format!("{} vs. {}", title(&pair.a), title(&pair.b)),
        href: format!("{}{}", compare_route(&pair), state.query()),
    }
}

/// The area selector, the Article/Table switch, the swap link and Share.
fn toolbar(catalog: &Catalog, pair: &PairSlug, state: &PairState) -> Node {
    let options = catalog.areas.iter().map(|a| {
        let option = el("option")
            .attr("value", a.code.as_str())
            .text(a.name.as_str());
        if a.code == state.area {
            option.attr("selected", "")
        } else {
            option
        }
    });
    let path = compare_route(pair);
    let view_link = |view: View, label: &'static str| {
        let link = el("a")
            .attr("href", format!("{path}{}", state.with_view(view).query()))
            .text(label);
        if state.view == view {
            link.attr("aria-current", "page")
        } else {
            link
        }
    };
    el("div")
        .class("toolbar")
        .child(
            el("label")
                .attr("for", "area-select")
                .text("Pay and jobs in"),
        )
        .child(
            el("select")
                .id("area-select")
                .attr("data-action", "area")
                .children(options),
        )
        .child(
            el("nav")
                .class("view-switch")
                .attr("aria-label", "View")
                .child(view_link(View::Article, "Article"))
                .child(view_link(View::Table, "Table")),
        )
        .child(
            el("a")
                .class("button button-secondary")
                .attr(
                    "href",
                    format!("{}{}", compare_route(&pair.swapped()), state.query()),
                )
                .text("Swap order"),
        )
        .children(share_controls(embed_builder_href(pair, &state.area)))
        .into()
}

/// Any two roles compared from official data. The URL holds the rest of the state
/// (`?area=CA&view=table`; unknown values fall back to national and the article view).
/// Static parts are core markup, rebuilt when the state changes.
#[component]
pub fn GeneratedComparisonView(
    comparison: GeneratedComparison,
    catalog: Arc<Catalog>,
) -> impl IntoView {
    let location = use_location();
    let navigate = use_navigate();
    let pair = comparison.pair();
    let url_state = {
        let catalog = Arc::clone(&catalog);
        Memo::new(move |_| {
            let location = location.read();
            PairState::parse(
                location.query("area").as_deref(),
                location.query("view").as_deref(),
                |code| catalog.area(code).is_some(),
            )
        })
    };
    let picker_a = (comparison.a.slug.clone(), comparison.a.title.clone());
    let picker_b = (comparison.b.slug.clone(), comparison.b.title.clone());
    let page = move || {
        let state = url_state.get();
        let area = catalog
            .area(&state.area)
            .or_else(|| catalog.areas.first())?
            .clone();
        let (previous, next) = step_role_b(&catalog, &pair);
        let (previous, next) = (
            previous.map(|p| link(&catalog, p, &state)),
            next.map(|p| link(&catalog, p, &state)),
        );
        use_arrow_keys(
            previous.as_ref().map(|l| l.href.clone()),
            next.as_ref().map(|l| l.href.clone()),
        );
        let related: Vec<NeighbourLink> = related(&catalog, &pair, 6)
            .into_iter()
            .map(|p| link(&catalog, p, &state))
            .collect();
        let heading = format!(
            "More comparisons with {}",
            catalog.title_of(&pair.a).unwrap_or(&pair.a)
        );
        let body = match state.view {
            View::Article => generated_body(&comparison, &area),
            View::Table => generated_tables(&comparison, &area),
        };
        let node: Node = el("div")
            .child(generated_header(&comparison))
            .child(toolbar(&catalog, &pair, &state))
            .child(body)
            .child(credit(&format!(
                "{}{}",
                compare_route(&pair),
                state.query()
            )))
            .child(neighbour_links(previous.as_ref(), next.as_ref()))
            .child(link_list(&heading, "related", &related))
            .into();
        let path = compare_route(&pair);
        let on_action = Callback::new(move |action: String| {
            if let Some(code) = action.strip_prefix("area:") {
                navigate.replace(&format!(
                    "{path}{}",
                    url_state.get_untracked().with_area(code).query()
                ));
            } else {
                crate::share::handle(&action);
            }
        });
        Some(view! { <Markup node on_action on_shown=scroll_to_hash_when_shown() /> })
    };
    view! {
        {page}
        <RolePicker first=picker_a second=picker_b eager=true />
    }
}
