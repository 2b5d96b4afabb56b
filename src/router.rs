//! Client-side navigation: the URL is the state.
//!
//! A few dozen lines over the History API instead of `leptos_router`: the app has three
//! routes, and the router crate cost about 40 KiB of the 120 KiB first-load budget
//! (measured: a bare Leptos app is 28 KiB brotli without it, 67 KiB with it). Route matching
//! itself is [`role_compare_core::navigation::routes::Route`], shared with the tools and tests.

use leptos::ev;
use leptos::prelude::*;
use role_compare_core::navigation::routes::Route;
use wasm_bindgen::JsCast;

/// The parts of the current URL a page reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub path: String,
    /// The query string including its `?`, or empty.
    pub search: String,
}

/// The current URL's parts, read from the browser.
pub fn current_location() -> Location {
    Location::current()
}

impl Location {
    fn current() -> Self {
        let location = window().location();
        Self {
            path: location.pathname().unwrap_or_default(),
            search: location.search().unwrap_or_default(),
        }
    }

    /// The value of one query parameter, decoded.
    pub fn query(&self, name: &str) -> Option<String> {
        web_sys::UrlSearchParams::new_with_str(&self.search)
            .ok()?
            .get(name)
    }
}

#[derive(Clone, Copy)]
struct Router {
    location: RwSignal<Location>,
}

/// An embed (in another site's iframe) stays on its comparison: its links open in a new tab
/// (its shell's `<base target="_blank">`) and nothing navigates it, not even the arrow keys.
fn in_embed(location: RwSignal<Location>) -> bool {
    matches!(
        Route::parse(&location.read_untracked().path),
        Route::Embed(_)
    )
}

/// Starts following the URL: back/forward buttons and clicks on same-site links.
pub fn provide() {
    let location = RwSignal::new(Location::current());
    provide_context(Router { location });
    let popstate = window_event_listener(ev::popstate, move |_| {
        // Back and Forward restore an offset, and the scroll that says which comes later.
        AT_TOP.set(false);
        location.set(Location::current());
    });
    // Read here and as the reader scrolls, when the layout is already up to date: read while
    // a page is being written, the offset makes the browser lay out the page being left.
    AT_TOP.set(window().scroll_y().unwrap_or(0.0) == 0.0);
    let scroll = window_event_listener(ev::scroll, |_| {
        AT_TOP.set(window().scroll_y().unwrap_or(0.0) == 0.0);
    });
    let clicks = window_event_listener(ev::click, move |event| follow_link(location, &event));
    on_cleanup(move || {
        popstate.remove();
        scroll.remove();
        clicks.remove();
    });
    crate::idle::when_idle(move || compile_ahead(location));
}

/// Opens in the app the same-site link a click was on, if any. Never inlined, like [`go`]:
/// one copy, the one [`compile_ahead`] has compiled.
#[inline(never)]
fn follow_link(location: RwSignal<Location>, event: &web_sys::MouseEvent) {
    if in_embed(location) {
        return;
    }
    if let Some(href) = link_to_follow(event) {
        event.prevent_default();
        go(location, &href, false);
    }
}

/// Runs what following a link runs, with no link to follow, so that the browser compiles it
/// now. V8 compiles a wasm function on its first call, and the first Next paid for compiling
/// these within the click's handlers (wasm.CompileLazy in traces at ×4 CPU: 5–16 ms of the
/// click's 18–40 ms of handlers, `router::go` the largest; 0.7–11.6 ms after this, in 13
/// small functions).
fn compile_ahead(location: RwSignal<Location>) {
    // A click and a key press on `<main>` itself, outside any link or control and with no
    // key named: the page's listeners and the router's see them and find nothing to do.
    if let Some(main) = crate::adopt::main_element() {
        let init = web_sys::MouseEventInit::new();
        init.set_bubbles(true);
        if let Ok(click) = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init) {
            let _ = main.dispatch_event(&click);
        }
        let init = web_sys::KeyboardEventInit::new();
        init.set_bubbles(true);
        if let Ok(key) = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
        {
            let _ = main.dispatch_event(&key);
        }
    }
    go(location, "", false);
    crate::components::page_view::show_prepared("");
}

/// The same-site address a click should open inside the app, or `None` when the browser
/// should handle it (new tab, download, other site, a jump within the same page).
fn link_to_follow(event: &web_sys::MouseEvent) -> Option<String> {
    if event.default_prevented()
        || event.button() != 0
        || event.meta_key()
        || event.ctrl_key()
        || event.shift_key()
        || event.alt_key()
    {
        return None;
    }
    let anchor = event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        // `data-document` marks a page outside the app (the embed snippet builder).
        .closest("a[href]:not([data-document])")
        .ok()??
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .ok()?;
    let target = anchor.target();
    if !(target.is_empty() || target == "_self") || anchor.has_attribute("download") {
        return None;
    }
    let here = window().location();
    if anchor.origin() != here.origin().ok()? {
        return None;
    }
    let (path, search, hash) = (anchor.pathname(), anchor.search(), anchor.hash());
    let same_page = path == here.pathname().ok()? && search == here.search().ok()?;
    if same_page && !hash.is_empty() {
        return None;
    }
    Some(format!("{path}{search}{hash}"))
}

// Never inlined: one copy, the one `compile_ahead` has compiled.
#[inline(never)]
fn go(location: RwSignal<Location>, href: &str, replace: bool) {
    // An empty address opens nothing (`compile_ahead` calls this with one).
    if href.is_empty() || in_embed(location) {
        return;
    }
    let Ok(history) = window().history() else {
        return;
    };
    let changed = if replace {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href))
    } else {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href))
    };
    if changed.is_err() {
        // Not a same-origin URL after all: let the browser load it.
        let _ = window().location().set_href(href);
        return;
    }
    if !replace {
        window().scroll_to_with_x_and_y(0.0, 0.0);
        AT_TOP.set(true);
        // Like a page load, start keyboard and screen-reader users at the new content, once
        // it is in (`settle_page`): focusing computes the style of the whole document, and
        // doing that here, for the page being left, cost Next 5–7 ms at ×4 CPU.
        FOCUS_MAIN.set(true);
        // A page prepared ahead is shown now, and the rest of the app follows the address
        // after the frame that shows it (`follow_shown_page`): the route's effects took
        // 15–27 ms of Next at ×4 CPU, all ahead of that frame.
        if crate::components::page_view::show_prepared(href) {
            crate::markup_ahead::mark_shown(href);
            FOLLOW_AFTER_FRAME.set(Some((location, false)));
            return;
        }
    }
    location.set(Location::current());
}

fn router() -> Router {
    use_context::<Router>().expect("the app provides the router")
}

/// The current URL, as a signal.
pub fn use_location() -> ReadSignal<Location> {
    router().location.read_only()
}

/// The route of the current URL; changes only when the route does, not on every URL change.
pub fn use_route() -> Memo<Route> {
    let location = router().location;
    Memo::new(move |_| Route::parse(&location.read().path))
}

/// Moves the app to other addresses. Obtain it while a component is created (it captures
/// the router), then call it from event handlers.
#[derive(Clone, Copy)]
pub struct Navigate {
    location: RwSignal<Location>,
}

impl Navigate {
    /// Opens `href` in the app, adding a history entry and starting at the top of the page.
    pub fn to(self, href: &str) {
        go(self.location, href, false);
    }

    /// Replaces the current URL without a new history entry or scrolling (a search box).
    pub fn replace(self, href: &str) {
        go(self.location, href, true);
    }
}

pub fn use_navigate() -> Navigate {
    Navigate {
        location: router().location,
    }
}

thread_local! {
    /// Whether the window shows the top of the document, as of the last scroll.
    static AT_TOP: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
    /// Set when the reader followed a link: the next page shown takes the focus.
    static FOCUS_MAIN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// The route to set once a page shown ahead of it is on screen, and whether the frame
    /// that shows it has begun.
    static FOLLOW_AFTER_FRAME: std::cell::Cell<Option<(RwSignal<Location>, bool)>> =
        const { std::cell::Cell::new(None) };
}

/// True when the window shows the top of the document (as of the last scroll, without
/// asking the browser for a layout).
pub fn at_top() -> bool {
    AT_TOP.get()
}

/// For a page just written into `<main>`, before the frame that shows it: gives `<main>`
/// the focus after a followed link, and brings the section named in the URL's `#fragment`
/// into view, as the browser does by itself only for content present when the page loads.
pub fn settle_page() {
    if FOCUS_MAIN.replace(false) {
        let main = document().get_element_by_id("main");
        if let Some(main) = main.and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = main.focus();
        }
    }
    let hash = window().location().hash().unwrap_or_default();
    let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) else {
        return;
    };
    let id = js_sys::decode_uri_component(id)
        .ok()
        .and_then(|decoded| decoded.as_string())
        .unwrap_or_else(|| id.to_owned());
    if let Some(element) = document().get_element_by_id(&id) {
        element.scroll_into_view();
    }
}

/// Called at the start of the frame that shows a page: true (once) when the page was shown
/// ahead of its route (`go`), whose route then follows at the start of the next frame, so
/// that the route's effects run after this frame's paint ([`follow_shown_page`]).
pub fn frame_before_following() -> bool {
    match FOLLOW_AFTER_FRAME.get() {
        Some((location, false)) => {
            FOLLOW_AFTER_FRAME.set(Some((location, true)));
            true
        }
        _ => false,
    }
}

/// Sets the route of a page shown ahead of it, a frame after the one that showed it.
pub fn follow_shown_page() {
    if let Some((location, true)) = FOLLOW_AFTER_FRAME.get() {
        FOLLOW_AFTER_FRAME.set(None);
        location.set(Location::current());
    }
}
