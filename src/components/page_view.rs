//! Showing a page in `<main>`: its markup and metadata, and the behaviours every page has
//! (actions, the arrow keys, the picker, prefetching its neighbours), which last until the
//! current owner is cleaned up (the page is replaced).

use leptos::prelude::*;
use role_compare_core::pages::Page;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::adopt::{main_element, RENDERED_FOR};
use crate::components::actions::{listen_for_actions, listen_until_cleanup, OnAction};
use crate::components::arrow_keys::follow_arrow_keys;
use crate::components::comboboxes::bring_comboboxes_to_life;
use crate::components::page_meta::set_page_meta;
use crate::markup_ahead::{self, Prepared};
use crate::markup_dom::{complete, replace_children};
use crate::router::{at_top, follow_shown_page, frame_before_following, settle_page};

/// Writes `page` into `<main>` in place of what was there, and points the document at it.
pub fn render(page: &Page) {
    let Some(main) = main_element() else {
        return;
    };
    let opens_at_top = opens_at_top();
    replace_children(&main, &page.content);
    // As for a page prepared ahead, what starts below the first screen waits a frame: the
    // first one then styles and lays out only what is on screen. Not when the page opens at
    // a `#section` or lower down (a reload, Back), where the first screen is further down.
    let held_back = opens_at_top && markup_ahead::hold_back_below_the_first_screen(&main);
    // Written by the route (a first visit, a tab opened in the background), the page names
    // the tab at once: the frames that complete it do not come while the tab is hidden.
    META_AFTER_FRAME.take();
    set_page_meta(page);
    shown(&main, held_back);
}

/// True when the page opens at its top: no `#section` in the address, the window not
/// scrolled (a reload, Back).
pub fn opens_at_top() -> bool {
    at_top() && window().location().hash().unwrap_or_default().is_empty()
}

/// Writes the first screen of a page whose whole follows ([`render_rest`]) once it has
/// been painted. `<main>` stays a screen tall meanwhile, so that the footer stays below it.
/// Its title and description follow its paint, out of the way of it; in a hidden tab, which
/// paints nothing until it is shown, they name the tab at once.
pub fn render_first_screen(page: Page) {
    let Some(main) = main_element() else {
        return;
    };
    replace_children(&main, &page.content);
    let _ = main.set_attribute(markup_ahead::HOLDING, "");
    if document().hidden() {
        set_page_meta(&page);
    } else {
        crate::idle::after_next_paint(move || set_page_meta(&page));
    }
}

/// Completes the page whose first screen [`render_first_screen`] wrote. The nodes on screen
/// stay: written again, they would be new to the browser, which then drops their paint from
/// the page's largest contentful paint and counts it from the second frame.
pub fn render_rest(page: &Page) {
    let (Some(main), Some(whole)) = (main_element(), markup_ahead::parsed(&page.content)) else {
        return;
    };
    complete(&main, &whole);
    shown(&main, false);
}

thread_local! {
    /// Set when a page was written with parts held back, until its first frame has begun.
    static HELD_FOR_A_FRAME: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// A page prepared ahead and shown, whose title, description and canonical link follow
    /// in the frame after the one that shows it ([`in_frame_shown`]).
    static META_AFTER_FRAME: std::cell::RefCell<Option<Page>> = const { std::cell::RefCell::new(None) };
}

/// Shows a page prepared ahead ([`crate::markup_ahead`]): its nodes move into `<main>`,
/// in front of the page being left, which stays there until the frame after the one that
/// shows the new page. Taking it out at once would take the focus with it (the link just
/// clicked has it), and the browser then computes the style of the whole page being left
/// before it can show the new one (7.8 ms of Next in a trace at ×4 CPU). Meanwhile it is
/// skipped, unseen and of no height ([`LEAVING`]).
fn render_prepared(prepared: Prepared) {
    let Some(main) = main_element() else {
        return;
    };
    let mut child = main.first_element_child();
    while let Some(leaving) = child {
        let _ = leaving.set_attribute(LEAVING, "");
        child = leaving.next_element_sibling();
    }
    let _ = main.prepend_with_node_1(&prepared.content);
    shown(&main, prepared.held_back);
    // Only a reader's input shows a prepared page, so the tab is in view and the frame comes;
    // out of the input's way, the metadata waits for it (it took the handlers from 24 to 14
    // ms at ×4 CPU, alternating builds).
    META_AFTER_FRAME.set(Some(prepared.page));
}

/// Shows the page prepared for `address`, if there is one. A followed link calls this before
/// the route changes (`router::go`), so that the page is in the next frame whatever the
/// route's effects still have to do; the compare page then finds it shown
/// ([`markup_ahead::shown`]).
pub fn show_prepared(address: &str) -> bool {
    let Some(prepared) = markup_ahead::take(address) else {
        return false;
    };
    render_prepared(prepared);
    true
}

/// Marks what `<main>` held before the page shown, until it is taken out. It is styled
/// skipped, unseen and of no height (`style/main.css`), which keeps its boxes until then:
/// `display: none` took them apart within the reader's input, ahead of the new page's frame.
pub const LEAVING: &str = "data-leaving";

/// Marks the page now in `main` as the app's, and completes it in the frames that follow;
/// `held_back`: parts of it wait for the second frame ([`markup_ahead::HELD_BACK`]).
fn shown(main: &web_sys::Element, held_back: bool) {
    // From now on `<main>` holds the app's page, not the one served for `data-page`.
    let _ = main.remove_attribute(RENDERED_FOR);
    let _ = main.remove_attribute("aria-busy");
    if held_back {
        let _ = main.set_attribute(markup_ahead::HOLDING, "");
        HELD_FOR_A_FRAME.set(true);
    }
    request_animation_frame(in_frame_shown);
}

/// At the start of the frame that shows a new page, and for a page shown ahead of its route
/// (`router::go`) at the start of the next one too, which completes it: its metadata is set,
/// the page left goes, the parts held back below the first screen appear
/// ([`markup_ahead::HELD_BACK`]), and the route follows.
fn in_frame_shown() {
    // `|`, not `||`: both flags wait for this same frame, and each is cleared by asking.
    if frame_before_following() | HELD_FOR_A_FRAME.replace(false) {
        request_animation_frame(in_frame_shown);
        return;
    }
    if let Some(page) = META_AFTER_FRAME.take() {
        set_page_meta(&page);
    }
    // Focus first: once it is on `<main>`, taking out the page left computes nothing.
    settle_page();
    remove_left_page();
    show_held_back();
    follow_shown_page();
}

/// Shows what a prepared page held back from its first frame.
fn show_held_back() {
    let Some(main) = main_element() else {
        return;
    };
    let _ = main.remove_attribute(markup_ahead::HOLDING);
    while let Ok(Some(held)) = main.query_selector(markup_ahead::HELD_BACK_SELECTOR) {
        if held.remove_attribute(markup_ahead::HELD_BACK).is_err()
            || held
                .remove_attribute(markup_ahead::HELD_BACK_ON_PHONES)
                .is_err()
        {
            break;
        }
    }
}

/// Takes out the page a prepared one was shown in front of (it is last in `<main>`).
fn remove_left_page() {
    let Some(main) = main_element() else {
        return;
    };
    while let Some(last) = main
        .last_element_child()
        .filter(|e| e.has_attribute(LEAVING))
    {
        last.remove();
    }
}

/// Says (to assistive technology and the style) that the next page is on its way.
pub fn mark_busy() {
    if let Some(main) = main_element() {
        let _ = main.set_attribute("aria-busy", "true");
    }
}

/// The page shown is the one asked for: nothing is on its way any more.
pub fn mark_done() {
    if let Some(main) = main_element() {
        let _ = main.remove_attribute("aria-busy");
    }
}

/// Brings the page in `<main>` to life: its actions go to `on_action`, the arrow keys
/// follow its Previous/Next links, a comparison link pointed at fetches its data, and its
/// picker works (fetching the catalogue at once with
/// `eager_picker`).
pub fn bring_to_life(on_action: OnAction, eager_picker: bool) {
    let Some(main) = main_element() else {
        return;
    };
    listen_for_actions(&main, on_action);
    follow_arrow_keys(&main);
    bring_comboboxes_to_life(&main, eager_picker);
    prefetch_pointed_links(&main);
    // The app runs, for whatever waits for it (the browser tests): at an app shell the wasm
    // starts well before this, since the first comparison is shown before the app mounts.
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute(APP_RUNNING.0, APP_RUNNING.1);
    }
}

/// The attribute and value on `<html>` once the app has brought a page to life.
pub const APP_RUNNING: (&str, &str) = ("data-app", "running");

/// The comparison an address opens, if it is one.
fn compare_segment(href: &str) -> Option<String> {
    let path = href.split(['?', '#']).next()?;
    match role_compare_core::navigation::routes::Route::parse(path) {
        role_compare_core::navigation::routes::Route::Compare(segment) => Some(segment),
        _ => None,
    }
}

/// Fetches the data of any comparison link as soon as it is pointed at or focused, so
/// opening it is instant. (The Previous and Next comparisons are prepared whole when the
/// browser is idle: `pages::compare`.)
fn prefetch_pointed_links(main: &web_sys::Element) {
    let pointed = Closure::<dyn FnMut(web_sys::Event)>::new(|event: web_sys::Event| {
        let link = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href]").ok().flatten())
            .and_then(|a| a.get_attribute("href"));
        if let Some(segment) = link.as_deref().and_then(compare_segment) {
            crate::api::prefetch_compare_page(segment);
        }
    });
    listen_until_cleanup(main, &["pointerover", "focusin"], false, pointed);
}
