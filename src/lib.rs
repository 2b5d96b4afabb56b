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

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use role_compare_core::page_markup::{site_footer, site_header};

use crate::components::markup_view::Markup;
use crate::pages::compare::ComparePage;
use crate::pages::home::HomePage;
use crate::pages::not_found::NotFoundPage;

#[component]
pub fn App() -> impl IntoView {
    article_index::provide();

    view! {
        <Router>
            <a class="skip-link" href="#main">"Skip to content"</a>
            <Markup node=site_header() />
            <main id="main" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/compare/:pair") view=ComparePage />
                </Routes>
            </main>
            <Markup node=site_footer() />
        </Router>
    }
}
