//! Pages prepared ahead: the Previous and Next comparisons written and parsed into detached
//! DOM while the browser is idle, so that opening one only moves finished nodes into
//! `<main>`. Building a page's markup and parsing its HTML are most of what a click on
//! Next costs; done ahead, the click is left with the style and layout of the new page.

use std::cell::RefCell;

use role_compare_core::markup::tree::Node;
use role_compare_core::pages::Page;
use wasm_bindgen::JsCast;

/// A page ready to show: its markup parsed (in an inert `<template>`), its nodes already the
/// document's, in a fragment outside it.
pub struct Prepared {
    pub page: Page,
    pub content: web_sys::DocumentFragment,
    /// Whether parts of it are [`HELD_BACK`] from the frame that shows it.
    pub held_back: bool,
}

/// Pages kept at most: the neighbours of the page shown, and of the one before it.
const KEPT: usize = 4;

thread_local! {
    static READY: RefCell<Vec<(String, Prepared)>> = const { RefCell::new(Vec::new()) };
    /// The address of a page shown before its route changed, until the route catches up.
    static SHOWN: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Writes and parses `page`, to be shown at `address` (path and query) later.
pub fn keep(address: String, page: Page) {
    let Some(content) = parsed(&page.content) else {
        return;
    };
    let held_back = hold_back_below_the_first_screen(&content);
    let prepared = Prepared {
        page,
        content,
        held_back,
    };
    READY.with_borrow_mut(|ready| {
        ready.retain(|(at, _)| *at != address);
        if ready.len() >= KEPT {
            ready.remove(0);
        }
        ready.push((address, prepared));
    });
}

/// `content` written and parsed into nodes of the document, outside it.
pub fn parsed(content: &Node) -> Option<web_sys::DocumentFragment> {
    let document = leptos::prelude::document();
    let template = document
        .create_element("template")
        .ok()?
        .dyn_into::<web_sys::HtmlTemplateElement>()
        .ok()?;
    // Parsed in the template's inert document: nothing in it loads or runs.
    template.set_inner_html(&content.to_html());
    // Then moved into a fragment of the page's own document: moving nodes in from another
    // document adopts each one, which, left to the moment a page prepared ahead was shown,
    // was most of the 17 ms (×4 CPU) that showing it took on Next.
    let fragment = document.create_document_fragment();
    fragment.append_with_node_1(&template.content()).ok()?;
    Some(fragment)
}

/// The attribute of the parts of a page left out of the frame that first shows it (styled
/// `display: none`): everything from the comparison's differences on, which starts below
/// the first screen. Showing a page, the browser styles and lays it out within the click's
/// own task, and that was most of what Next waited for (in traces at ×4 CPU, 25–60 ms,
/// about half as much without these parts); they appear a frame later
/// (`page_view::in_frame_shown`). Not `content-visibility: hidden`, which kept their boxes:
/// Chromium then reports each one whose size changes when shown as a layout shift of a
/// whole screen (0.90 on the app shell's first render).
pub const HELD_BACK: &str = "data-held-back";
/// Selects what [`HELD_BACK`] and [`HELD_BACK_ON_PHONES`] mark.
pub const HELD_BACK_SELECTOR: &str = "[data-held-back], [data-held-back-on-phones]";
/// The attribute of a curated article's list of contents and "What is" sections, held back
/// from the first frame where they start below the first screen: on a phone, whose first
/// screen the title and intro fill (styled `display: none` below 28rem wide and 53rem tall,
/// `style/main.css`). Then that frame styles 24 elements instead of 60 and lays out 23
/// objects instead of 88 (traced at ×4 CPU on a 412×823 screen).
pub const HELD_BACK_ON_PHONES: &str = "data-held-back-on-phones";
/// A curated article's list of contents.
const CONTENTS: &str = "nav.contents";
/// On `<main>` while parts of its page are held back: it stays at least a screen tall
/// meanwhile, so that the footer never shows up in between.
pub const HOLDING: &str = "data-holding";
/// The heading of the differences (`navigation::sections::DIFFERENCES_ID`).
const DIFFERENCES_HEADING: &str = "#differences";

/// Marks the differences' section and what follows it, then what follows each of its
/// ancestors up to `host` (a prepared fragment, or `<main>` itself); true if it marked any.
/// A curated article's list of contents and what follows it up to that section are marked
/// [`HELD_BACK_ON_PHONES`].
pub fn hold_back_below_the_first_screen(host: &web_sys::Node) -> bool {
    let query = |selector: &str| {
        host.dyn_ref::<web_sys::Element>()
            .map(|element| element.query_selector(selector))
            .or_else(|| {
                host.dyn_ref::<web_sys::DocumentFragment>()
                    .map(|fragment| fragment.query_selector(selector))
            })
            .and_then(|found| found.ok().flatten())
    };
    let Some(first) = query(DIFFERENCES_HEADING).and_then(|heading| heading.parent_element())
    else {
        return false;
    };
    let mut on_phones = query(CONTENTS);
    while let Some(element) = on_phones.filter(|element| !element.is_same_node(Some(&first))) {
        let _ = element.set_attribute(HELD_BACK_ON_PHONES, "");
        on_phones = element.next_element_sibling();
    }
    let mut ancestor = first.parent_element();
    let mut from = Some(first);
    loop {
        while let Some(element) = from {
            let _ = element.set_attribute(HELD_BACK, "");
            from = element.next_element_sibling();
        }
        let Some(parent) = ancestor.filter(|parent| !host.is_same_node(Some(parent))) else {
            return true;
        };
        from = parent.next_element_sibling();
        ancestor = parent.parent_element();
    }
}

/// True when a page for `address` is already prepared.
pub fn has(address: &str) -> bool {
    READY.with_borrow(|ready| ready.iter().any(|(at, _)| at == address))
}

/// The page prepared for `address`, if any. Its nodes can be shown once, so it is handed
/// out once.
pub fn take(address: &str) -> Option<Prepared> {
    READY.with_borrow_mut(|ready| {
        let index = ready.iter().position(|(at, _)| at == address)?;
        Some(ready.remove(index).1)
    })
}

/// Records that the page for `address` is on screen ahead of its route.
pub fn mark_shown(address: &str) {
    SHOWN.set(Some(address.to_owned()));
}

/// True once if the page for `address` was shown ahead of its route (which then has only to
/// bring it to life); any other address forgets it.
pub fn shown(address: &str) -> bool {
    SHOWN.take().is_some_and(|shown| shown == address)
}
