//! `/`: every curated comparison with a search box that filters as you type, the compare
//! picker and the occupation groups. The query is kept in the URL (`/?q=nurse`) so a
//! filtered list can be shared and survives a reload. Only the results are rebuilt as the
//! reader types (the box itself stays, keeping focus), and a group's occupations are drawn
//! when it is opened.

use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use role_compare_core::markup::page::{
    group_browser, group_members, GroupMembers, GROUP_ATTRIBUTE, RETRY_ACTION,
};
use role_compare_core::pages::home::{
    home_page, results, results_failed, results_loading, RESULTS_ID,
};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::adopt::{main_element, rendered_here};
use crate::api::catalog;
use crate::article_index::use_article_index;
use crate::components::actions::listen_until_cleanup;
use crate::components::page_view::{bring_to_life, render};
use crate::markup_dom::{append, replace_children};
use crate::router::{use_location, use_navigate};

const SEARCH_ACTION: &str = "search:";

fn search_field() -> Option<web_sys::HtmlInputElement> {
    document()
        .get_element_by_id("article-search")?
        .dyn_into()
        .ok()
}

pub fn show() {
    let shared = use_article_index();
    let location = use_location();
    let navigate = use_navigate();
    let url_query = Memo::new(move |_| location.read().query("q").unwrap_or_default());
    let query = RwSignal::new(url_query.get_untracked());
    let adopted = rendered_here();
    if !adopted {
        render(&home_page(&query.get_untracked(), results_loading(), None));
        show_groups();
    }
    // Follow the URL when it changes from outside the box (a link to "/", Back).
    Effect::new(move |_| {
        let from_url = url_query.get();
        if from_url != query.get_untracked() {
            query.set(from_url.clone());
            if let Some(field) = search_field() {
                field.set_value(&from_url);
            }
        }
    });
    // The results follow the query; a served page already shows them for its URL, so the
    // index is fetched only once the reader searches.
    Effect::new(move |was_shown: Option<bool>| {
        let text = query.get();
        if adopted && was_shown.is_none() {
            return true;
        }
        let node = match shared.get() {
            None => results_loading(),
            Some(Ok(index)) => results(&index, &text),
            Some(Err(error)) => results_failed(&error.to_string(), error.is_transient()),
        };
        if let Some(host) = document().get_element_by_id(RESULTS_ID) {
            replace_children(&host, &node);
        }
        true
    });
    let on_action = Rc::new(move |action: &str| {
        if action == RETRY_ACTION {
            shared.retry_if_failed();
        } else if let Some(text) = action.strip_prefix(SEARCH_ACTION) {
            query.set(text.to_owned());
            let href = if text.is_empty() {
                "/".to_owned()
            } else {
                format!("/?q={}", js_sys::encode_uri_component(text))
            };
            navigate.replace(&href);
        }
    });
    // Typed into before the app was there (on a served page it starts on interaction).
    let typed = search_field().map(|field| field.value());
    bring_to_life(on_action.clone(), !adopted);
    if let Some(typed) = typed.filter(|typed| *typed != query.get_untracked()) {
        on_action(&format!("{SEARCH_ACTION}{typed}"));
    }
}

/// Adds the occupation groups once the catalogue is there, each group's list drawn when it
/// is first opened.
fn show_groups() {
    let owner = Owner::current();
    spawn_local(async move {
        let Ok(catalog) = catalog().await else {
            // The picker reports the catalogue's failure; the groups are an extra.
            return;
        };
        let (Some(home), Some(owner)) = (
            main_element().and_then(|m| m.query_selector("section.home").ok().flatten()),
            owner,
        ) else {
            return;
        };
        append(&home, &[group_browser(&catalog, GroupMembers::OnDemand)]);
        let opened = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            let Some(group) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
            else {
                return;
            };
            let list = group.query_selector("ul").ok().flatten();
            let major = group
                .get_attribute(GROUP_ATTRIBUTE)
                .and_then(|m| m.parse::<usize>().ok());
            if let (true, Some(list), Some(major)) = (group.open(), list, major) {
                if list.child_element_count() == 0 {
                    list.set_outer_html(&group_members(&catalog, major).to_html());
                }
            }
        });
        // `toggle` does not bubble: listen while it travels down instead.
        owner.with(|| listen_until_cleanup(&home, &["toggle"], true, opened));
    });
}
