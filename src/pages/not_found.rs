use leptos::prelude::*;
use role_compare_core::markup::page::not_found;

use crate::article_index::use_article_index;
use crate::components::markup_view::Markup;
use crate::components::page_meta::PageMeta;
use crate::router::use_location;
use crate::takeover::take_over;

/// The route fallback: any address the app does not know. Says what was not found and
/// offers the closest comparisons (by title similarity) and the index instead.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let location = use_location();
    let shared = use_article_index();
    let path = Memo::new(move |_| location.read().path.clone());
    move || {
        let path = path.get();
        let message = format!("There is no page at “{path}”.");
        let asked_for = path.replace(['/', '-', '_'], " ");
        let suggestions = shared.closest_to(&asked_for);
        let node = not_found("Page not found", &message, &suggestions);
        view! {
            <PageMeta title="Page not found" description=message />
            <Markup node on_shown=Box::new(|_: &web_sys::Element| take_over()) />
        }
    }
}
