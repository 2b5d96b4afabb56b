//! Role Compare: career comparison articles, rendered in the browser from fetched JSON.
//!
//! `App` sets up metadata, the shared article index and the routes; pages live in
//! [`pages`], reusable views in [`components`], all network access in [`api`], and every
//! decision about the data in the `role-compare-core` crate.

pub mod api;
pub mod article_index;
pub mod components;
pub mod pages;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::site_footer::SiteFooter;
use crate::components::site_header::SiteHeader;
use crate::pages::compare::ComparePage;
use crate::pages::home::HomePage;
use crate::pages::not_found::NotFoundPage;

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    article_index::provide();

    view! {
        <Title formatter=|page: String| {
            if page.is_empty() { "Role Compare".to_owned() } else { format!("{page} | Role Compare") }
        } />
        <Router>
            <a class="skip-link" href="#main">"Skip to content"</a>
            <SiteHeader />
            <main id="main" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage />
                    <Route path=path!("/compare/:pair") view=ComparePage />
                </Routes>
            </main>
            <SiteFooter />
        </Router>
    }
}
