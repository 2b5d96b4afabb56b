use std::sync::Arc;

use leptos::prelude::*;
use role_compare_core::catalog_nav::{related, step_role_b};
use role_compare_core::generated::GeneratedComparison;
use role_compare_core::generated_markup::{generated_body, generated_header};
use role_compare_core::markup::{el, Node};
use role_compare_core::occupation::{Catalog, NATIONAL};
use role_compare_core::page_markup::{link_list, neighbour_links, share_controls, NeighbourLink};
use role_compare_core::paths::compare_route;
use role_compare_core::PairSlug;

use crate::components::arrow_keys::use_arrow_keys;
use crate::components::markup_view::Markup;
use crate::components::role_picker::RolePicker;
use crate::router::{scroll_to_hash_when_shown, use_location, use_navigate};

/// `?area=CA`, or nothing for the national figures (the default).
fn area_query(area: &str) -> String {
    if area == NATIONAL {
        String::new()
    } else {
        format!("?area={area}")
    }
}

fn link(catalog: &Catalog, pair: PairSlug, area: &str) -> NeighbourLink {
    let title = |slug: &str| catalog.title_of(slug).unwrap_or(slug).to_owned();
    NeighbourLink {
        title: format!("{} vs. {}", title(&pair.a), title(&pair.b)),
        href: format!("{}{}", compare_route(&pair), area_query(area)),
    }
}

/// The area selector and the swap link.
fn toolbar(catalog: &Catalog, pair: &PairSlug, area: &str) -> Node {
    let options = catalog.areas.iter().map(|a| {
        let option = el("option")
            .attr("value", a.code.as_str())
            .text(a.name.as_str());
        if a.code == area {
            option.attr("selected", "")
        } else {
            option
        }
    });
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
            el("a")
                .class("button button-secondary")
                .attr(
                    "href",
                    format!("{}{}", compare_route(&pair.swapped()), area_query(area)),
                )
                .text("Swap order"),
        )
        .children(share_controls())
        .into()
}

/// Any two roles compared from official data, for the area chosen in the URL (`?area=CA`;
/// an unknown area falls back to the national figures). Static parts are core markup
/// rebuilt when the area changes.
#[component]
pub fn GeneratedComparisonView(
    comparison: GeneratedComparison,
    catalog: Arc<Catalog>,
) -> impl IntoView {
    let location = use_location();
    let navigate = use_navigate();
    let pair = comparison.pair();
    let area = {
        let catalog = Arc::clone(&catalog);
        Memo::new(move |_| {
            let wanted = location.read().query("area").unwrap_or_default();
            catalog
                .area(&wanted)
                .or_else(|| catalog.areas.first())
                .cloned()
        })
    };
    let area_code = move || {
        area.read()
            .as_ref()
            .map_or(NATIONAL.to_owned(), |a| a.code.clone())
    };
    {
        let (previous, next) = step_role_b(&catalog, &pair);
        let area = area_code();
        use_arrow_keys(
            previous.map(|p| link(&catalog, p, &area).href),
            next.map(|p| link(&catalog, p, &area).href),
        );
    }
    let picker_a = (comparison.a.slug.clone(), comparison.a.title.clone());
    let picker_b = (comparison.b.slug.clone(), comparison.b.title.clone());
    let page = move || {
        let area = area.get()?;
        let (previous, next) = step_role_b(&catalog, &pair);
        let (previous, next) = (
            previous.map(|p| link(&catalog, p, &area.code)),
            next.map(|p| link(&catalog, p, &area.code)),
        );
        let related: Vec<NeighbourLink> = related(&catalog, &pair, 6)
            .into_iter()
            .map(|p| link(&catalog, p, &area.code))
            .collect();
        let heading = format!(
            "More comparisons with {}",
            catalog.title_of(&pair.a).unwrap_or(&pair.a)
        );
        let node: Node = el("div")
            .child(generated_header(&comparison))
            .child(toolbar(&catalog, &pair, &area.code))
            .child(generated_body(&comparison, &area))
            .child(neighbour_links(previous.as_ref(), next.as_ref()))
            .child(link_list(&heading, "related", &related))
            .into();
        let path = compare_route(&pair);
        let on_action = Callback::new(move |action: String| {
            if let Some(code) = action.strip_prefix("area:") {
                navigate.replace(&format!("{path}{}", area_query(code)));
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
