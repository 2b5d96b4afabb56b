use leptos::prelude::*;
use role_compare_core::markup::page::{
    article_results, article_search, error_panel, group_browser, home_intro, RETRY_ACTION,
};

use leptos::task::spawn_local;

use crate::api::catalog;
use crate::article_index::use_article_index;
use crate::components::markup_view::Markup;
use crate::components::page_meta::PageMeta;
use crate::components::role_picker::RolePicker;
use crate::router::{use_location, use_navigate};
use crate::takeover::take_over;

const DESCRIPTION: &str = "Side-by-side comparisons of careers: duties, requirements, work environment, skills and salary, in plain words.";

/// Every curated comparison, with a search box that filters as you type, the compare picker
/// and the occupation groups. The query is kept in the URL (`/?q=nurse`) so a filtered list
/// can be shared and survives a reload. Parts are core markup; only the results list is
/// rebuilt as the reader types (the box itself stays, keeping focus).
#[component]
pub fn HomePage() -> impl IntoView {
    let shared = use_article_index();
    let location = use_location();
    let url_query = Memo::new(move |_| location.read().query("q").unwrap_or_default());
    let query = RwSignal::new(url_query.get_untracked());
    let navigate = use_navigate();
    // Follow the URL when it changes from outside the box (a link to "/", Back).
    Effect::new(move |_| {
        let from_url = url_query.get();
        if from_url != query.get_untracked() {
            query.set(from_url.clone());
            let field = document().get_element_by_id("article-search");
            if let Some(field) = field
                .and_then(|f| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(f).ok())
            {
                field.set_value(&from_url);
            }
        }
    });
    let on_search = Callback::new(move |action: String| {
        let Some(text) = action.strip_prefix("search:") else {
            return;
        };
        query.set(text.to_owned());
        let href = if text.is_empty() {
            "/".to_owned()
        } else {
            format!("/?q={}", js_sys::encode_uri_component(text))
        };
        navigate.replace(&href);
    });
    let on_retry = Callback::new(move |action: String| {
        if action == RETRY_ACTION {
            shared.retry_if_failed();
        }
    });
    let results = move || {
        let node = match shared.get() {
            None => role_compare_core::markup::tree::el("p")
                .class("match-count")
                .text("Loading comparisons…")
                .into(),
            Some(Ok(index)) => article_results(&index, &query.read()),
            Some(Err(error)) => error_panel(
                "The list of comparisons could not be loaded",
                &error.to_string(),
                error.is_transient(),
            ),
        };
        view! { <Markup node on_action=on_retry on_shown=Box::new(|_: &web_sys::Element| take_over()) /> }
    };
    let groups = RwSignal::new(None);
    spawn_local(async move {
        let _ = groups.try_set(Some(catalog().await));
    });
    let browse = move || {
        let node = match groups.get()? {
            Ok(catalog) => group_browser(&catalog),
            Err(error) => role_compare_core::markup::tree::el("p")
                .class("error-message")
                .text(error.to_string())
                .into(),
        };
        Some(view! { <Markup node /> })
    };
    view! {
        <PageMeta title="Compare careers side by side" description=DESCRIPTION />
        <section class="home">
            <Markup node=home_intro() />
            <RolePicker eager=true />
            <Markup node=article_search(&query.get_untracked()) on_action=on_search />
            {results}
            {browse}
        </section>
    }
}
