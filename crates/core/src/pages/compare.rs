//! The pages at `/compare/<a>-vs-<b>`: a curated article, a comparison generated from
//! official data, or help finding the pair that was meant.

use crate::compare::generated::GeneratedComparison;
use crate::compare::place::Place;
use crate::compare::resolve::UnknownPair;
use crate::data::articles::ArticleSummary;
use crate::data::map::UsMap;
use crate::data::occupations::{Catalog, Occupation};
use crate::markup::article::comparison_article;
use crate::markup::embed::credit;
use crate::markup::generated::{generated_body, generated_header, generated_tables, what_both_do};
use crate::markup::page::{
    article_skeleton, error_panel, link_list, neighbour_links, not_found, share_controls,
    NeighbourLink,
};
use crate::markup::tree::{el, Element, Node};
use crate::navigation::catalog_nav::{related, step_role_b};
use crate::navigation::neighbours::Neighbours;
use crate::navigation::picker::{combobox_field, picker_form, Combobox};
use crate::navigation::routes::{compare_route, embed_builder_href, MapMeasure, PairState, View};
use crate::navigation::slug::PairSlug;
use crate::pages::{Page, Status};
use crate::Comparison;

/// The id of the area box (a combobox over every area; a plain text box without JavaScript,
/// whose form sends `?area=<what was typed>`).
pub const AREA_BOX_ID: &str = "area";

/// A comparison page's content: the comparison, then the picker.
fn page(body: Node, picker: Node) -> Node {
    el("div").class("page").child(body).child(picker).into()
}

/// A curated article with its neighbours in the editorial order. `official` are the roles'
/// closest official occupations: their figures, industries and map are shown beside the
/// article's own words, the map shaded by `measure`.
pub fn curated_page(
    comparison: &Comparison,
    official: [Option<&Occupation>; 2],
    neighbours: &Neighbours,
    map: &UsMap,
    measure: MapMeasure,
) -> Page {
    let previous = neighbours.previous.as_ref().map(NeighbourLink::to_article);
    let next = neighbours.next.as_ref().map(NeighbourLink::to_article);
    let path = compare_route(&comparison.article.pair());
    let switch_href = |to: MapMeasure| {
        let state = PairState::parse(None, None, None, |_| false).with_map(to);
        format!("{path}{}#where-the-jobs-are", state.query())
    };
    let body = el("div")
        .child(comparison_article(
            comparison,
            official,
            map,
            measure,
            &switch_href,
        ))
        .child(neighbour_links(previous.as_ref(), next.as_ref()));
    Page {
        title: comparison.article.title.clone(),
        description: comparison.description(),
        canonical: Some(compare_route(&comparison.article.pair())),
        og_type: "article",
        status: Status::Found,
        content: page(
            body.into(),
            picker_form(&Combobox::default(), &Combobox::default()),
        ),
    }
}

/// The canonical address of a generated pair: one order for both (alphabetical by slug),
/// with the area when it is not national; the table view and the map's shading show the
/// same figures.
pub fn generated_canonical(pair: &PairSlug, state: &PairState) -> String {
    let pair = if pair.a <= pair.b {
        pair.clone()
    } else {
        pair.swapped()
    };
    let figures = PairState {
        area: state.area.clone(),
        view: View::Article,
        map: MapMeasure::Jobs,
    };
    format!("{}{}", compare_route(&pair), figures.query())
}

/// A link to `pair`, whose role A is titled `a_title` (the same for every link of a page:
/// looked up once, since each lookup reads the catalogue).
fn pair_link(catalog: &Catalog, a_title: &str, pair: PairSlug, state: &PairState) -> NeighbourLink {
    let b_title = catalog.title_of(&pair.b).unwrap_or(&pair.b);
    NeighbourLink {
        title: format!("{a_title} vs. {b_title}"),
        href: format!("{}{}", compare_route(&pair), state.query()),
    }
}

/// The area box: a form that works without JavaScript (it sends what was typed, which the
/// server matches to an area), and with it a combobox over every area (`src/`).
fn area_form(path: &str, place: &Place, state: &PairState) -> Element {
    let mut hidden = Vec::new();
    if state.view == View::Table {
        hidden.push(("view", "table"));
    }
    if state.map == MapMeasure::Pay {
        hidden.push(("map", "pay"));
    }
    el("form")
        .class("area-form")
        .attr("method", "get")
        .attr("action", path.to_owned())
        .child(combobox_field(
            AREA_BOX_ID,
            "Pay and jobs in",
            "Type a state, city or region",
            &Combobox::with_choice(place.key(), &place.area.name),
            Some("area"),
        ))
        .children(hidden.into_iter().map(|(name, value)| {
            el("input")
                .attr("type", "hidden")
                .attr("name", name)
                .attr("value", value)
        }))
        .child(
            el("button")
                .attr("type", "submit")
                .class("button button-secondary")
                .text("Show"),
        )
        // Where the app says the list of areas could not be had (hidden while empty).
        .child(el("p").class("picker-problem").attr("role", "alert"))
}

/// The area box, the Article/Table switch, the swap link and Share.
fn toolbar(pair: &PairSlug, place: &Place, state: &PairState) -> Node {
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
        .child(area_form(&path, place, state))
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

/// Two roles compared from official data in `place`, in the view of `state`, with the map
/// of the states. `unknown_area` is an area the address asked for that has no figures (the
/// page then shows `place`, national, and says so).
pub fn generated_page(
    comparison: &GeneratedComparison,
    catalog: &Catalog,
    state: &PairState,
    place: &Place,
    map: &UsMap,
    unknown_area: Option<&str>,
) -> Page {
    let pair = comparison.pair();
    let path = compare_route(&pair);
    let a_title = catalog.title_of(&pair.a).unwrap_or(&pair.a);
    let link = |p| pair_link(catalog, a_title, p, state);
    let (previous, next) = step_role_b(catalog, &pair);
    let (previous, next) = (previous.map(link), next.map(link));
    let related: Vec<NeighbourLink> = related(catalog, &pair, 6).into_iter().map(link).collect();
    let heading = format!("More comparisons with {a_title}");
    let switch_href =
        |to: MapMeasure| format!("{path}{}#where-the-jobs-are", state.with_map(to).query());
    let figures = match state.view {
        View::Article => generated_body(comparison, place, map, state.map, &switch_href),
        View::Table => generated_tables(comparison, place, map, state.map),
    };
    let body = generated_top(comparison, state, place, unknown_area)
        .child(figures)
        .child(credit(&format!(
            "{}{}",
            compare_route(&pair),
            state.query()
        )))
        .child(neighbour_links(previous.as_ref(), next.as_ref()))
        .child(link_list(heading.into(), "related", &related));
    let picker = picker_form(
        &Combobox::with_choice(&comparison.a.slug, &comparison.a.title),
        &Combobox::with_choice(&comparison.b.slug, &comparison.b.title),
    );
    generated_page_of(comparison, state, place, page(body.into(), picker))
}

/// What every view of a generated comparison starts with: its header, the toolbar, and
/// what is said about an area asked for that has no figures.
fn generated_top(
    comparison: &GeneratedComparison,
    state: &PairState,
    place: &Place,
    unknown_area: Option<&str>,
) -> Element {
    let notice = unknown_area.map(|asked| {
        el("p")
            .class("area-notice")
            .attr("role", "status")
            .text(format!(
                "We have no figures for an area called “{asked}”, so these are national figures."
            ))
    });
    el("div")
        .child(generated_header(comparison))
        .child(toolbar(&comparison.pair(), place, state))
        .children(notice)
}

/// A generated comparison's page around `content`: its title, the description that states
/// its figures in `place`, and its canonical address.
fn generated_page_of(
    comparison: &GeneratedComparison,
    state: &PairState,
    place: &Place,
    content: Node,
) -> Page {
    Page {
        title: comparison.title(),
        description: comparison.description(place),
        canonical: Some(generated_canonical(&comparison.pair(), state)),
        og_type: "article",
        status: Status::Found,
        content,
    }
}

/// The first screen of [`generated_page`]'s article view, as it starts that page: written
/// first where the page is built in the browser, it paints without waiting for the rest
/// (the figures, the maps, the links), which is built and written in the next frame.
/// `None` for the table view, whose first screen is the figures themselves.
pub fn generated_first_screen(
    comparison: &GeneratedComparison,
    state: &PairState,
    place: &Place,
    unknown_area: Option<&str>,
) -> Option<Page> {
    if state.view != View::Article {
        return None;
    }
    let body =
        generated_top(comparison, state, place, unknown_area).child(what_both_do(comparison));
    // The page's frame as [`page`] makes it, without the picker that ends it.
    let content = el("div").class("page").child(body).into();
    Some(generated_page_of(comparison, state, place, content))
}

/// An address that names no comparison: what was not found, the pairs that might have been
/// meant, and the closest curated articles.
pub fn unknown_pair_page(unknown: &UnknownPair, suggestions: &[&ArticleSummary]) -> Page {
    let mut body = el("div").child(not_found(
        "Comparison not found",
        &unknown.message,
        suggestions,
    ));
    if !unknown.did_you_mean.is_empty() {
        let links: Vec<NeighbourLink> = unknown
            .did_you_mean
            .iter()
            .map(|(pair, title)| NeighbourLink {
                href: compare_route(pair),
                title: title.clone(),
            })
            .collect();
        body = body.child(link_list("Did you mean".into(), "did-you-mean", &links));
    }
    Page {
        title: "Comparison not found".into(),
        description: unknown.message.clone(),
        canonical: None,
        og_type: "website",
        status: Status::NotFound,
        content: page(
            body.into(),
            picker_form(&Combobox::default(), &Combobox::default()),
        ),
    }
}

/// A comparison whose data could not be loaded: what failed, and Retry when trying again
/// could help.
pub fn load_error_page(message: &str, can_retry: bool) -> Page {
    Page {
        title: "Comparison could not be loaded".into(),
        description: message.to_owned(),
        canonical: None,
        og_type: "website",
        status: Status::Found,
        content: page(
            error_panel("This comparison could not be loaded", message, can_retry),
            picker_form(&Combobox::default(), &Combobox::default()),
        ),
    }
}

/// The attribute of an app shell's `<main>` that lists the curated roles' slugs, separated
/// by spaces. Any other role's file is its occupation's, which the app then asks for before
/// the article index has told it which roles are curated.
pub const CURATED_ROLES_ATTRIBUTE: &str = "data-curated-roles";

/// The attribute the app puts on `<main>` as it starts, before it asks for anything. The
/// shell's script that preloads the pair's files (`public/pair-files.js`) may run after
/// that (it is async, and waits for `<main>` to be parsed); it then asks for nothing, since
/// a preload made after the app's own request is a second download, and one that stays
/// open is given to the next request for its file, a Retry's included.
pub const APP_STARTED_ATTRIBUTE: &str = "data-app-started";

/// The shape of a comparison while its data loads, so nothing jumps when it arrives.
pub fn loading_content() -> Node {
    el("div").class("page").child(article_skeleton()).into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::generated::tests::{national, occupation, wages};
    use crate::compare::generated::RoleFacts;
    use crate::data::occupations::Releases;
    use crate::wages::value::WageValue;

    fn comparison() -> GeneratedComparison {
        let official = |slug: &str, title: &str, median| {
            RoleFacts::official(occupation(slug, title, wages(100_000, median)))
        };
        GeneratedComparison::new(
            official("actors", "Actors", WageValue::HourlyOnly),
            official(
                "software-developers",
                "Software Developers",
                WageValue::Amount(135_980),
            ),
        )
    }

    fn catalog() -> Catalog {
        Catalog {
            releases: Releases {
                onet: "O*NET 29.2".into(),
                oews: "May 2025".into(),
            },
            areas: Vec::new(),
            major_groups: Vec::new(),
            minor_groups: Vec::new(),
            occupations: Vec::new(),
            curated: Vec::new(),
            slug_index: Default::default(),
        }
    }

    #[test]
    fn the_first_screen_is_how_the_whole_article_starts() {
        let map = UsMap {
            width: 975,
            height: 610,
            states: Vec::new(),
        };
        let (c, place) = (comparison(), national());
        for (map_shading, unknown_area) in [(None, None), (Some("pay"), Some("Atlantis"))] {
            let state = PairState::parse(None, None, map_shading, |_| false);
            let whole = generated_page(&c, &catalog(), &state, &place, &map, unknown_area);
            let first = generated_first_screen(&c, &state, &place, unknown_area).unwrap();
            let (whole_html, first_html) = (whole.content.to_html(), first.content.to_html());
            // The first screen closes the article, the body and the page where the whole
            // page goes on with the differences.
            let open = first_html.strip_suffix("</div></div></div>").unwrap();
            assert!(whole_html.starts_with(open), "{first_html}");
            assert!(
                whole_html[open.len()..].starts_with(r#"<section aria-labelledby="differences">"#)
            );
            assert!(open.contains("What do Actors do?") && open.contains("Actors do things."));
            assert_eq!(
                (&first.title, &first.description, &first.canonical),
                (&whole.title, &whole.description, &whole.canonical)
            );
        }
        let table = PairState::parse(None, Some("table"), None, |_| false);
        assert!(generated_first_screen(&c, &table, &place, None).is_none());
    }
}
