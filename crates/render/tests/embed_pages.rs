//! The pages for embedding, from the real data, checked as text; and the embed page's script
//! and style checked against the sections the core defines.

use std::fs;

use role_compare_render::embed_pages::{builder_page, curated_embed, curated_embed_file, embed_shell};
use role_compare_render::SiteData;
use role_compare_core::markup::embed::EMBED_SECTIONS;

const SITE: &str = "https://rolecompare.test";
/// Trunk's minified shell, in the shape the release build writes it.
const SHELL: &str = "<!doctype html><html lang=en><head><title>Shell</title><meta content=x name=description><link href=/main-1.css rel=stylesheet><script type=module>boot()</script><link crossorigin href=/app-1.js rel=modulepreload><link as=fetch crossorigin href=/app-1_bg.wasm rel=preload type=application/wasm></head><body><div id=app></div><noscript><p>Needs JavaScript</p></noscript></body></html>";

fn data() -> SiteData {
    SiteData::load(&role_compare_render::data_dir()).unwrap_or_else(|e| panic!("{e}"))
}

fn public(file: &str) -> String {
    let path = role_compare_render::data_dir().join("..").join(file);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_embed_shell_is_the_app_with_the_embed_style_and_script_before_it() {
    let html = embed_shell(SHELL).unwrap();
    let script = html
        .find(r#"<script src="/embed-frame.js"></script>"#)
        .unwrap();
    assert!(
        script < html.find("</head>").unwrap(),
        "runs in the head, before paint"
    );
    assert!(html.find("/main-1.css").unwrap() < html.find("/embed.css").unwrap());
    assert!(html.contains(r#"<base target="_blank">"#));
    assert!(html.contains(r#"<meta name="robots" content="noindex">"#));
    assert!(
        html.contains("<script type=module>boot()</script>"),
        "the app still starts"
    );
    assert!(html.contains("<div id=app></div>"));
}

#[test]
fn a_curated_embed_is_the_article_without_the_app_or_the_site() {
    let data = data();
    let (comparison, official) = &data.articles[0];
    let html = curated_embed(SHELL, comparison, official, SITE).unwrap();
    let pair = comparison.article.pair();
    assert_eq!(
        curated_embed_file(comparison),
        format!("embed/compare/{pair}/index.html")
    );
    for gone in [
        "boot()",
        "modulepreload",
        "application/wasm",
        "id=app",
        "<noscript>",
        "site-header",
        "share-row",
        "heading-link",
        "class=\"contents\"",
        "class=\"picker\"",
    ] {
        assert!(!html.contains(gone), "{gone} is still there");
    }
    assert!(html.contains(&format!(
        r#"<title>{} | Role Compare</title>"#,
        comparison.article.title.replace('&', "&amp;")
    )));
    assert!(html.contains(&format!(
        r#"<link rel="canonical" href="{SITE}/compare/{pair}">"#
    )));
    assert!(html.contains(&format!(
        r#"<a href="/compare/{pair}" target="_blank" rel="noopener">Compared with Role Compare"#
    )));
    assert!(html.contains("<h3 id=\"salary\">Salary</h3>"));
    assert!(html.contains(r#"<script src="/embed-frame.js"></script>"#));
    assert_eq!(html.matches("<title>").count(), 1);
}

#[test]
fn the_builder_offers_every_section_of_both_kinds_and_every_area() {
    let data = data();
    let html = builder_page(SHELL, &data.catalog).unwrap();
    assert!(!html.contains("boot()"), "the builder runs without the app");
    assert!(html.contains(r#"<script src="/embed-builder.js" defer=""></script>"#));
    assert!(html.contains(r#"<script src="/embed.js" async=""></script>"#));
    for section in EMBED_SECTIONS {
        assert!(
            html.contains(&format!(r#"value="{}""#, section.key)),
            "{} is not offered",
            section.key
        );
    }
    for area in &data.catalog.areas {
        assert!(html.contains(&format!(r#"<option value="{}">"#, area.code)));
    }
    for label in [
        "Accent colour",
        "With the loader (recommended)",
        "Plain iframe",
    ] {
        assert!(html.contains(label), "{label}");
    }
}

#[test]
fn the_embed_script_and_style_know_every_section_key() {
    let script = public("embed-frame.js");
    let list_start = script.find("var SECTIONS = [").unwrap();
    let list_end = list_start + script[list_start..].find("];").unwrap();
    let keys: Vec<&str> = script[list_start..list_end]
        .split('"')
        .skip(1)
        .step_by(2)
        .collect();
    let core: Vec<&str> = EMBED_SECTIONS.iter().map(|s| s.key).collect();
    assert_eq!(keys, core, "embed-frame.js SECTIONS");

    let style = public("embed.css");
    for key in core {
        assert!(
            style.contains(&format!(r#":not([data-sections~="{key}"])"#)),
            "embed.css has no rule for {key}"
        );
    }
}

/// Trunk's development shell (`trunk serve`), with quoted attributes.
const DEV_SHELL: &str = r#"<!DOCTYPE html><html lang="en"><head><title>Shell</title><meta name="description" content="x"><script type="module">boot()</script><link rel="modulepreload" href="/app-1.js" crossorigin="anonymous"><link rel="preload" href="/app-1_bg.wasm" crossorigin="anonymous" as="fetch" type="application/wasm"></head><body><div id="app"></div><noscript><p>Needs JavaScript</p></noscript></body></html>"#;

#[test]
fn the_development_shell_works_too() {
    let data = data();
    let (comparison, official) = &data.articles[0];
    let html = curated_embed(DEV_SHELL, comparison, official, SITE).unwrap();
    for gone in ["boot()", "modulepreload", "application/wasm", "id=\"app\""] {
        assert!(!html.contains(gone), "{gone} is still there");
    }
    let page = &role_compare_render::pages(&data)[1];
    let article = role_compare_render::render(DEV_SHELL, page, SITE).unwrap();
    assert!(article.contains(r#"<div id="app" hidden></div>"#));
    assert!(embed_shell(DEV_SHELL).unwrap().contains("boot()"));
}
