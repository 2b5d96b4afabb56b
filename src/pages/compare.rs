//! `/compare/<a>-vs-<b>`: a curated article when there is one, otherwise the two roles
//! compared from official data, otherwise help finding the right pair. The pages themselves
//! are the core's (`role_compare_core::pages::compare`), the same the server renders.
//!
//! `/embed/compare/<a>-vs-<b>` on a static host shows this same page in the embed shell,
//! whose stylesheet leaves out the site around it.

use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use role_compare_core::compare::resolve::UnknownPair;
use role_compare_core::markup::page::RETRY_ACTION;
use role_compare_core::navigation::routes::{PairState, Route};
use role_compare_core::pages::compare::{
    curated_page, generated_first_screen, generated_page, load_error_page, unknown_pair_page,
    CURATED_ROLES_ATTRIBUTE,
};
use role_compare_core::pages::Page;

use crate::adopt::{current_address, main_element, rendered_here, RENDERED_FOR};
use crate::api::{load, load_compare_page, ComparePageData};
use crate::article_index::use_article_index;
use crate::components::page_view::{
    bring_to_life, mark_busy, mark_done, opens_at_top, render, render_first_screen, render_rest,
    show_prepared,
};
use crate::idle::when_idle;
use crate::markup_ahead;
use crate::router::{current_location, use_location, use_navigate, Location};
use crate::share;

/// The area, view and map shading a URL asks for (`?area=austin-tx&view=table&map=pay`);
/// `is_area` says which areas exist, so an unknown one falls back to national.
fn url_state(location: &Location, is_area: impl Fn(&str) -> bool) -> PairState {
    PairState::parse(
        location.query("area").as_deref(),
        location.query("view").as_deref(),
        location.query("map").as_deref(),
        is_area,
    )
}

fn unknown(unknown: &UnknownPair) -> Page {
    let suggestions = use_article_index().closest_to(&unknown.asked_for);
    let suggestions: Vec<_> = suggestions.iter().collect();
    unknown_pair_page(unknown, &suggestions)
}

/// The page for loaded data in the state the URL asks for.
fn page_of(data: &PageAnswer, location: &Location) -> Page {
    match data.as_deref() {
        Ok(ComparePageData::Curated {
            comparison,
            neighbours,
            official,
            map,
        }) => {
            let state = url_state(location, |_| false);
            let official = [official[0].as_ref(), official[1].as_ref()];
            curated_page(comparison, official, neighbours, map, state.map)
        }
        Ok(ComparePageData::Generated {
            comparison,
            catalog,
            map,
            place,
            unknown_area,
        }) => {
            let state = url_state(location, |key| key == place.key());
            generated_page(
                comparison,
                catalog,
                &state,
                place,
                map,
                unknown_area.as_deref(),
            )
        }
        // Shown only for an instant: the address changes to the area's key at once.
        Ok(ComparePageData::AreaMeant(_)) => load_error_page("Finding the area…", false),
        Ok(ComparePageData::Unknown(pair)) => unknown(pair),
        Err(error) => load_error_page(&error.to_string(), error.is_transient()),
    }
}

/// True for data that makes a comparison page (not an error, not an unknown pair).
fn is_comparison(data: &PageAnswer) -> bool {
    matches!(
        data.as_deref(),
        Ok(ComparePageData::Curated { .. } | ComparePageData::Generated { .. })
    )
}

/// Once the browser is idle, fetches the data of the Previous and Next comparisons and
/// prepares their pages ([`markup_ahead`]), so that opening one is instant.
fn prepare_neighbours() {
    let Some(main) = main_element() else {
        return;
    };
    let addresses: Vec<String> = ["prev", "next"]
        .iter()
        .filter_map(|rel| {
            main.query_selector(&format!("a[rel={rel}]"))
                .ok()??
                .get_attribute("href")
        })
        .filter(|address| !markup_ahead::has(address))
        .collect();
    if addresses.is_empty() {
        return;
    }
    when_idle(move || {
        for address in addresses {
            leptos::task::spawn_local(prepare(address));
        }
    });
}

/// Fetches what the comparison at `address` shows and prepares its page. Failures are left
/// for the visit itself to report.
async fn prepare(address: String) {
    let location = match address.split_once('?') {
        Some((path, query)) => Location {
            path: path.to_owned(),
            search: format!("?{query}"),
        },
        None => Location {
            path: address.clone(),
            search: String::new(),
        },
    };
    let Route::Compare(segment) = Route::parse(&location.path) else {
        return;
    };
    let data = load_compare_page(segment, location.query("area")).await;
    if is_comparison(&data) {
        markup_ahead::keep(address, page_of(&data, &location));
    }
}

/// The first comparison of a visit that starts at an app shell (a static host's, for any
/// pair the prerender did not write): its page, written into `<main>` before the app
/// starts and marked as rendered for this address, so that the app adopts it as it adopts
/// a served page. The reader sees the comparison without waiting for the reactive system,
/// the router and the page's behaviours to start (README, "App shell on a static host").
///
/// Only a comparison is written here: an unknown pair, an area named by its name and data
/// that did not load are left to the app, which shows them with their actions (Retry) and
/// fixes the address: it takes the answer from here rather than asking again, so that a
/// failure shows as it happened.
pub async fn write_first_page(segment: String) -> FirstPage {
    let location = current_location();
    let area = location.query("area");
    // From the top only, as below: lower down, the first screen is not what is on screen.
    // The shell says which roles are curated, so that the others' files are asked for now.
    let curated_roles = main_element()
        .and_then(|main| main.get_attribute(CURATED_ROLES_ATTRIBUTE))
        .filter(|_| opens_at_top());
    if let Some(curated_roles) = curated_roles {
        match write_first_screen_early(&segment, area.as_deref(), &curated_roles, &location).await {
            Ok(true) => {
                let rest = Rest {
                    key: (segment, area),
                    location,
                };
                return FirstPage::EarlyScreen(rest);
            }
            Ok(false) => {}
            Err(error) => {
                leave_to_the_app((segment, area), Err(error));
                return FirstPage::LeftToTheApp;
            }
        }
    }
    crate::api::download_catalog_ahead();
    let data = load_compare_page(segment.clone(), area.clone()).await;
    if !is_comparison(&data) {
        leave_to_the_app((segment, area), data);
        return FirstPage::LeftToTheApp;
    }
    let rest = WholePage { data, location };
    match opens_at_top().then(|| first_screen_of(&rest)).flatten() {
        Some(first_screen) => {
            render_first_screen(first_screen);
            FirstPage::FirstScreen(rest)
        }
        None => {
            rest.write();
            FirstPage::Written
        }
    }
}

/// Writes a generated pair's first screen from the roles' own files, where they tell it,
/// before the article index and the catalogue are decoded; true if it did, the error if a
/// file could not be downloaded.
async fn write_first_screen_early(
    segment: &str,
    area: Option<&str>,
    curated_roles: &str,
    location: &Location,
) -> Result<bool, crate::api::LoadError> {
    let facts = crate::api::first_screen_facts(segment, area, curated_roles).await?;
    let Some((comparison, place)) = facts else {
        return Ok(false);
    };
    let state = url_state(location, |key| key == place.key());
    let first_screen = generated_first_screen(&comparison, &state, &place, None);
    Ok(first_screen.map(render_first_screen).is_some())
}

/// The rest of a page whose first screen [`write_first_screen_early`] wrote.
pub struct Rest {
    key: DataKey,
    location: Location,
}

impl Rest {
    /// Loads the whole page and writes its rest after the first screen. The same files
    /// told the first screen, so the page starts with it (the data's tests check that the
    /// map and the catalogue name each state alike); a load that failed is the app's to show.
    pub async fn complete(self) {
        let (segment, area) = self.key.clone();
        // The catalogue with the article index, not after it is decoded.
        crate::api::download_catalog_ahead();
        let data = load_compare_page(segment, area).await;
        if !is_comparison(&data) {
            leave_to_the_app(self.key, data);
            return;
        }
        WholePage {
            data,
            location: self.location,
        }
        .complete();
    }
}

/// How far [`write_first_page`] went.
pub enum FirstPage {
    /// Nothing is written: the app shows what the address came to.
    LeftToTheApp,
    /// The whole page is written.
    Written,
    /// Only the page's first screen is written, for the rest to follow once it is painted:
    /// building and writing the whole page (the figures, the maps, the links) took as long
    /// as everything before it in the browser's frame.
    FirstScreen(WholePage),
    /// Only the page's first screen is written, from the roles' own files; the page's
    /// data is still to load.
    EarlyScreen(Rest),
}

/// A comparison's data, for its whole page.
pub struct WholePage {
    data: PageAnswer,
    location: Location,
}

impl WholePage {
    /// Writes the whole page in place of what is there.
    fn write(self) {
        render(&page_of(&self.data, &self.location));
        mark_rendered_here();
    }

    /// Writes the rest of the page after its first screen ([`render_first_screen`]).
    pub fn complete(self) {
        render_rest(&page_of(&self.data, &self.location));
        mark_rendered_here();
    }
}

/// Marks `<main>` as holding the page served for this address, for the app to adopt.
fn mark_rendered_here() {
    if let Some(main) = main_element() {
        let _ = main.set_attribute(RENDERED_FOR, &current_address());
    }
}

/// The first screen of a generated comparison's article (`None` for any other page).
fn first_screen_of(whole: &WholePage) -> Option<Page> {
    match whole.data.as_deref() {
        Ok(ComparePageData::Generated {
            comparison,
            place,
            unknown_area,
            ..
        }) => generated_first_screen(
            comparison,
            &url_state(&whole.location, |key| key == place.key()),
            place,
            unknown_area.as_deref(),
        ),
        _ => None,
    }
}

/// What a comparison address's data came to.
type PageAnswer = Result<Arc<ComparePageData>, crate::api::LoadError>;
/// What decides a comparison's data: the segment (`a-vs-b`) and the `?area=`.
type DataKey = (String, Option<String>);

thread_local! {
    /// What [`write_first_page`] loaded for an address and did not write, for the app's
    /// first load of that address.
    static LEFT_TO_THE_APP: std::cell::RefCell<Option<(DataKey, PageAnswer)>> =
        const { std::cell::RefCell::new(None) };
}

/// Keeps an answer the first page's writing did not show, for the app's first load of `key`
/// to show (an unknown pair, a broken file, a download that failed) without asking again.
fn leave_to_the_app(key: DataKey, answer: PageAnswer) {
    LEFT_TO_THE_APP.set(Some((key, answer)));
}

/// The answer for `/compare/<segment>?area=<area>`: the one [`write_first_page`] left, once,
/// or a new load.
async fn answer_for(segment: String, area: Option<String>) -> PageAnswer {
    let key = (segment, area);
    let left = LEFT_TO_THE_APP
        .take()
        .filter(|(for_key, _)| *for_key == key)
        .map(|(_, answer)| answer);
    match left {
        Some(answer) => answer,
        None => load_compare_page(key.0, key.1).await,
    }
}

pub fn show() {
    let location = use_location();
    let navigate = use_navigate();
    let segment = Memo::new(move |_| match Route::parse(&location.read().path) {
        Route::Compare(segment) | Route::Embed(segment) => segment,
        _ => String::new(),
    });
    // The area decides what data a generated pair needs; the view and the map's shading
    // only how the same data is shown.
    let area = Memo::new(move |_| location.read().query("area"));
    let attempt = RwSignal::new(0u32);
    // True while `<main>` still holds the page served for the address the app started
    // at; once the reader moves on, the app renders every page itself.
    let adopted = Memo::new(move |was: Option<&bool>| {
        location.track();
        was.copied().unwrap_or(true) && rendered_here()
    });
    // An adopted page needs no data until the reader moves on.
    let answer = load(
        move || (!adopted.get()).then(|| (segment.get(), area.get(), attempt.get())),
        |key| async move {
            match key {
                Some((segment, area, _)) => Some(answer_for(segment, area).await),
                None => None,
            }
        },
    );
    let on_action = Rc::new(move |action: &str| {
        if action == RETRY_ACTION {
            attempt.update(|n| *n += 1);
        } else {
            share::handle(action);
        }
    });
    Effect::new(move |_| {
        if adopted.get() {
            bring_to_life(on_action.clone(), false);
            prepare_neighbours();
            return;
        }
        let here = location.get();
        let answer = answer.read();
        match answer.as_ref() {
            Some((Some((_, asked, _)), Some(Ok(data))))
                if matches!(**data, ComparePageData::AreaMeant(_)) =>
            {
                let ComparePageData::AreaMeant(key) = &**data else {
                    return;
                };
                // Once: the new address reruns this effect while the answer is still this
                // one, and replacing the address again each time would never yield.
                if *asked == area.get() {
                    let state = url_state(&here, |_| true).with_area(key);
                    navigate.replace(&format!("{}{}", here.path, state.query()));
                } else {
                    mark_busy();
                }
            }
            Some((Some((loaded, asked, _)), Some(data)))
                if *loaded == segment.get() && *asked == area.get() =>
            {
                let address = format!("{}{}", here.path, here.search);
                if is_comparison(data) && markup_ahead::shown(&address) {
                    // On screen since the click (`router::go`): only the busy mark that the
                    // route set on its way here is left to take off.
                    mark_done();
                } else if !(is_comparison(data) && show_prepared(&address)) {
                    render(&page_of(data, &here));
                }
                // A generated page's picker is readied by its area box (`comboboxes`).
                bring_to_life(on_action.clone(), false);
                prepare_neighbours();
            }
            // The next page is on its way: the current one stays until it arrives.
            _ => mark_busy(),
        }
    });
}
