//! Sharing a comparison: the Web Share sheet where the browser has one (phones), otherwise
//! the link copied to the clipboard with a visible, announced "Link copied". (web-sys
//! directly rather than leptos-use: two calls, and every KiB counts on the first load.)

use leptos::task::spawn_local;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// The page's canonical address (one order for both orders of a pair), falling back to the
/// current one.
fn canonical_url() -> String {
    let document = leptos::prelude::document();
    let canonical = document
        .query_selector(r#"link[rel="canonical"]"#)
        .ok()
        .flatten()
        .and_then(|link| link.get_attribute("href"))
        .filter(|href| !href.is_empty());
    let location = leptos::prelude::window().location();
    canonical.unwrap_or_else(|| {
        format!(
            "{}{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default()
        )
    })
}

/// Tells the reader what happened, in the live region next to the Share button.
fn announce(message: &str) {
    if let Ok(Some(status)) = leptos::prelude::document().query_selector(".share-status") {
        status.set_text_content(Some(message));
    }
}

/// Copies `url` and announces the result.
fn copy(url: String) {
    let clipboard = leptos::prelude::window().navigator().clipboard();
    let written = JsFuture::from(clipboard.write_text(&url));
    spawn_local(async move {
        match written.await {
            Ok(_) => announce("Link copied"),
            Err(_) => announce(&format!("Copy this link: {url}")),
        }
    });
}

/// The Share button: the share sheet if there is one, otherwise copy the canonical link
/// (with the chosen area, so the view is reproduced).
fn share() {
    let search = leptos::prelude::window()
        .location()
        .search()
        .unwrap_or_default();
    let url = format!("{}{search}", canonical_url());
    let navigator = leptos::prelude::window().navigator();
    let has_share = js_sys::Reflect::has(&navigator, &JsValue::from_str("share")).unwrap_or(false);
    if has_share {
        let data = web_sys::ShareData::new();
        data.set_title(&leptos::prelude::document().title());
        data.set_url(&url);
        // Closing the sheet without sharing rejects the promise; that is not an error.
        let _ = navigator.share_with_data(&data);
    } else {
        copy(url);
    }
}

/// Handles the share and copy-link actions of comparison markup; a copy-link anchor is
/// also followed by the browser to its section. Returns whether the action was one of them.
pub fn handle(action: &str) -> bool {
    use role_compare_core::markup::page::{COPY_LINK_ACTION, SHARE_ACTION};
    if action == SHARE_ACTION {
        share();
    } else if let Some(hash) = action.strip_prefix(COPY_LINK_ACTION) {
        copy(format!("{}{hash}", canonical_url()));
    } else {
        return false;
    }
    true
}
