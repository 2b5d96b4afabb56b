//! The one page renderer: complete HTML documents from the core's pages
//! (`role_compare_core::pages`), for the prerender step and the server alike.
//!
//! [`Site::load`] reads and checks the data once and takes the app shell (Trunk's
//! `index.html`) apart; [`Site::render`] then makes any page address into a document: the
//! shell's head with the page's title, description, canonical link, Open Graph and Twitter
//! tags, and a body of the skip link, the site header, `<main data-page="…">` with the page's
//! content, the footer and the app's loader. The app adopts such a page as it is (it
//! compares `data-page` with its address), so readers see no change when it starts.
//! Embeds are complete static pages without the app. The one answer that is no document
//! is a redirect ([`Rendered::location`]): an area typed by name (`?area=austin`) goes to
//! the address with its key (`?area=austin-tx`).
//!
//! The `prerender` binary ([`static_site`]) writes the pages a static host needs; the server
//! (`crates/server`) renders every page on request.

pub mod document;
pub mod embed_pages;
pub mod query;
pub mod shell;
mod site;
pub mod static_site;

use std::path::{Path, PathBuf};

pub use site::{Answer, Rendered, Site};

/// The public address used when `ROLE_COMPARE_SITE_URL` is not set.
pub const DEFAULT_SITE_URL: &str = "https://rolecompare.example";

/// `ROLE_COMPARE_SITE_URL`, or [`DEFAULT_SITE_URL`], without a trailing slash.
pub fn site_url_from_env() -> String {
    std::env::var("ROLE_COMPARE_SITE_URL")
        .ok()
        .filter(|url| !url.trim().is_empty())
        .unwrap_or_else(|| DEFAULT_SITE_URL.to_owned())
        .trim_end_matches('/')
        .to_owned()
}

/// Where `public/data` is, from this crate's place in the workspace.
pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data")
}
