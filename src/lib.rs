//! Role Compare: career comparisons, brought to life in the browser.
//!
//! Every page is the core's (`role_compare_core::pages`), written into `<main>` as DOM.
//! A page served whole by the server or the prerender is adopted as it is; the app renders
//! the pages readers move to from JSON it fetches. Pages live in [`pages`], reusable
//! behaviours in [`components`], all network access in [`api`], and every decision about
//! the data in the `role-compare-core` crate. Leptos's reactive system (signals, memos,
//! effects, owners) keeps them in step with the URL.

pub mod adopt;
pub mod api;
pub mod article_index;
pub mod components;
pub mod idle;
pub mod markup_ahead;
pub mod markup_dom;
pub mod pages;
pub mod router;
pub mod share;

use role_compare_core::navigation::routes::Route;
use role_compare_core::pages::compare::APP_STARTED_ATTRIBUTE;
use wasm_bindgen::JsCast;

/// Starts the app for the page in the document; it runs for as long as the page is open.
pub fn start() {
    let Some(main) = adopt::main_element().and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        leptos::logging::error!("The page has no <main id=\"main\"> for the app.");
        return;
    };
    // Before any request: the shell's preloads are then left to the app (the attribute's doc).
    let _ = main.set_attribute(APP_STARTED_ATTRIBUTE, "");
    // The task executor the app's futures run on (mounting sets it too; once is enough).
    let _ = any_spawner::Executor::init_wasm_bindgen();
    match Route::parse(&router::current_location().path) {
        // An app shell at a comparison: the page first, the app once it is on screen.
        Route::Compare(segment) | Route::Embed(segment) if !adopt::rendered_here() => {
            leptos::task::spawn_local(async move {
                use pages::compare::FirstPage;
                match pages::compare::write_first_page(segment).await {
                    FirstPage::LeftToTheApp => mount(main),
                    FirstPage::Written => idle::after_next_paint(move || mount(main)),
                    FirstPage::FirstScreen(whole) => idle::after_next_paint(move || {
                        whole.complete();
                        idle::after_next_paint(move || mount(main));
                    }),
                    FirstPage::EarlyScreen(rest) => idle::after_next_paint(move || {
                        leptos::task::spawn_local(async move {
                            rest.complete().await;
                            idle::after_next_paint(move || mount(main));
                        });
                    }),
                }
            });
        }
        _ => mount(main),
    }
}

fn mount(main: web_sys::HtmlElement) {
    // Leptos's entry point sets up the reactive owner. The app's own view is empty: pages
    // write themselves into `<main>` (see `pages`).
    leptos::mount::mount_to(main, || {
        router::provide();
        article_index::provide();
        pages::follow_route();
    })
    .forget();
}
