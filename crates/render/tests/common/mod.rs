//! What the render tests share: app shells in Trunk's two spellings, the site loaded once
//! from the real `public/data`, and checks of a document's structure.

// Each test file uses its own part of this module.
#![allow(dead_code)]

use std::sync::OnceLock;

use role_compare_render::{Rendered, Site};

pub const SITE_URL: &str = "https://rolecompare.test";

/// Trunk's minified shell, in the shape the release build writes it.
pub const SHELL: &str = "<!doctype html><html lang=en><head><meta charset=utf-8><title>Shell</title><meta content=x name=description><link href=/main-1.css rel=stylesheet><script type=module>boot()</script><link crossorigin href=/app-1.js rel=modulepreload><link as=fetch crossorigin href=/app-1_bg.wasm rel=preload type=application/wasm></head><body><main id=main tabindex=-1></main><noscript><p>Needs JavaScript</p></noscript></body></html>";

/// Trunk's development shell (`trunk serve`), with quoted attributes and comments.
pub const DEV_SHELL: &str = r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Shell</title><meta name="description" content="x"><script type="module">boot()</script><link rel="modulepreload" href="/app-1.js" crossorigin="anonymous"><link rel="preload" href="/app-1_bg.wasm" crossorigin="anonymous" as="fetch" type="application/wasm"></head><body>
    <!-- The page's content. -->
    <main id="main" tabindex="-1"></main>
    <noscript><p>Needs JavaScript</p></noscript>
  </body></html>"#;

pub fn load(shell: &str) -> Site {
    Site::load(&role_compare_render::data_dir(), shell.to_owned(), SITE_URL)
        .unwrap_or_else(|e| panic!("{e}"))
}

/// The site on the minified shell, loaded once per test binary.
pub fn site() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| load(SHELL))
}

pub fn render(path: &str, query: Option<&str>) -> Rendered {
    site()
        .render(path, query)
        .unwrap_or_else(|| panic!("{path} is a page route"))
}

pub fn page(path: &str, query: Option<&str>) -> String {
    let rendered = render(path, query);
    assert_eq!(rendered.status, 200, "{path}?{query:?}");
    rendered.html
}

/// The one place `needle` occurs in `html`.
pub fn once(html: &str, needle: &str) -> usize {
    assert_eq!(html.matches(needle).count(), 1, "{needle} once");
    html.find(needle).unwrap()
}

/// A page document: skip link, header, main (for `address`), footer, each exactly once and
/// in that order, the app started on the first interaction, and nothing of the old
/// prerender's structure.
pub fn assert_page_structure(html: &str, address: &str) {
    let skip = once(
        html,
        r##"<a class="skip-link" href="#main">Skip to content</a>"##,
    );
    let header = once(html, r#"<header class="site-header">"#);
    let main = once(html, "<main ");
    assert_eq!(html.matches("</main>").count(), 1);
    let footer = once(html, r#"<footer class="site-footer">"#);
    assert!(skip < header && header < main && main < footer, "order");
    assert_eq!(
        html.find(r#"<body><a class="skip-link""#),
        Some(skip - "<body>".len()),
        "the skip link comes first"
    );
    let data_page = format!(
        r#"<main id="main" tabindex="-1" data-page="{}">"#,
        address.replace('&', "&amp;")
    );
    once(html, &data_page);
    assert!(html[footer..].contains("</footer></body></html>"));
    // The app starts on the first interaction: no loader, no preloads, the start script.
    assert!(!html.contains("boot()") && !html.contains("modulepreload"));
    once(
        html,
        r#"<script type="module" src="/app-start.js" data-glue="/app-1.js" data-wasm="/app-1_bg.wasm"></script>"#,
    );
    // One document title; the maps' states have SVG titles of their own, in <main>.
    let head = &html[..html.find("</head>").unwrap()];
    once(head, "<title>");
    assert_eq!(
        html.matches("<title>").count(),
        1 + html.matches("</path>").count(),
        "every other title is a map state's"
    );
    once(html, r#"<meta name="description""#);
    for gone in [
        "id=\"prerendered\"",
        "article-index-data",
        "id=app",
        "id=\"app\"",
        // The shell's notice; the home page's groups hold their lists in `<noscript>`.
        "Needs JavaScript",
        "<title>Shell</title>",
        "content=x ",
    ] {
        assert!(!html.contains(gone), "{gone} is still there");
    }
}
