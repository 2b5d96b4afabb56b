//! Role Compare: career comparison articles, rendered in the browser from fetched JSON.
//!
//! `App` sets up metadata, the shared article index and the routes; pages live in
//! [`pages`], reusable views in [`components`], all network access in [`api`], and every
//! decision about the data in the `role-compare-core` crate.

pub mod api;
pub mod article_index;
pub mod components;
pub mod markup_dom;
pub mod pages;
pub mod router;
pub mod share;
pub mod takeover;

use leptos::prelude::*;
use role_compare_core::navigation::routes::Route;

use role_compare_core::markup::page::{site_footer, site_header};

use crate::components::markup_view::Markup;
use crate::pages::compare::ComparePage;
use crate::pages::home::HomePage;
use crate::pages::not_found::NotFoundPage;

/// Which page the current route shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Page {
    Home,
    Compare,
    NotFound,
}

#[component]
pub fn App() -> impl IntoView {
    router::provide();
    article_index::provide();
    let route = router::use_route();
    // Only the kind of route picks the page, so moving between comparisons keeps the compare
    // page (and its current article) on screen while the next one loads.
    let page = Memo::new(move |_| match route.get() {
        Route::Home => Page::Home,
        // An embed is the same page; public/embed.css shows it without the site around it.
        Route::Compare(_) | Route::Embed(_) => Page::Compare,
        Route::NotFound => Page::NotFound,
    });

    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <Markup node=site_header() />
        <main id="main" tabindex="-1">
            {move || match page.get() {
                Page::Home => view! { <HomePage /> }.into_any(),
                Page::Compare => view! { <ComparePage /> }.into_any(),
                Page::NotFound => view! { <NotFoundPage /> }.into_any(),
            }}
        </main>
        <Markup node=site_footer() />
    }
}
