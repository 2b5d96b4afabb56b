//! The pages for embedding, from the real data, checked as text; and the embed page's script
//! and style checked against the sections the core defines.

mod common;

use std::fs;

use common::*;
use role_compare_core::markup::embed::EMBED_SECTIONS;

const PRODUCER: &str = "/embed/compare/producer-vs-product-manager";
const GENERATED: &str = "/embed/compare/producers-and-directors-vs-software-developers";

fn public(file: &str) -> String {
    let path = role_compare_render::data_dir().join("..").join(file);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// An embed: complete without the app, its own head, no site around the comparison.
fn assert_embed(html: &str) {
    for gone in [
        "boot()",
        "modulepreload",
        "application/wasm",
        "<noscript>",
        "site-header",
        "site-footer",
        "skip-link",
        "share-row",
        "heading-link",
        "class=\"contents\"",
        "class=\"picker\"",
        "class=\"neighbours\"",
        "class=\"toolbar\"",
        "<select",
        "data-page",
        "<title>Shell</title>",
    ] {
        assert!(!html.contains(gone), "{gone} is still there");
    }
    let head_end = html.find("</head>").unwrap();
    for tag in [
        r#"<meta name="robots" content="noindex">"#,
        r#"<link rel="stylesheet" href="/embed.css">"#,
        r#"<script src="/embed-frame.js"></script>"#,
        r#"<base target="_blank">"#,
    ] {
        assert!(once(html, tag) < head_end, "{tag} in the head");
    }
    assert!(
        html.find("/main-1.css").unwrap() < html.find("/embed.css").unwrap(),
        "the embed style goes over the site's"
    );
    once(&html[..head_end], "<title>");
    assert_eq!(
        html.matches("<title>").count(),
        1 + html.matches("</path>").count(),
        "every other title is a map state's"
    );
    // Named, so that it differs from the main landmark of the page around the iframe.
    once(
        html,
        "<body><main id=\"main\" aria-label=\"Comparison from Role Compare\">",
    );
    assert!(html.contains("</main></body></html>"));
}

#[test]
fn a_curated_embed_is_the_article_without_the_app_or_the_site() {
    let rendered = render(
        PRODUCER,
        Some("theme=dark&accent=%23ff0000&sections=salary"),
    );
    assert_eq!(rendered.status, 200);
    let html = rendered.html;
    assert_embed(&html);
    assert!(html.contains(
        "<title>Producer vs. Product Manager: What Are the Differences? | Role Compare</title>"
    ));
    assert!(html.contains(&format!(
        r#"<link rel="canonical" href="{SITE_URL}/compare/producer-vs-product-manager">"#
    )));
    assert!(html.contains(
        r#"<a href="/compare/producer-vs-product-manager" target="_blank" rel="noopener">Compared with Role Compare"#
    ));
    assert!(html.contains("<h3 id=\"salary\">Salary</h3>"));
    assert!(html.contains("$62,193") && html.contains("$98,439"));
    assert!(
        !html.contains("theme=dark"),
        "options are the frame script's"
    );
    // Every link opens in a new tab.
    let links = html.matches("<a ").count();
    assert!(links > 0);
    assert_eq!(
        html.matches(r#"target="_blank""#).count(),
        links + 1,
        "and <base>"
    );
}

#[test]
fn any_pair_gets_a_static_embed_in_its_area() {
    let rendered = render(GENERATED, Some("area=CA&theme=dark"));
    assert_eq!(rendered.status, 200);
    let html = rendered.html;
    assert_embed(&html);
    assert!(html.contains(
        "<h1>Producers and Directors vs. Software Developers: What Are the Differences?</h1>"
    ));
    assert!(
        html.contains("$174,410") && html.contains("$129,790"),
        "California's figures"
    );
    assert!(html.contains(&format!(
        r#"<link rel="canonical" href="{SITE_URL}/compare/producers-and-directors-vs-software-developers?area=CA">"#
    )));
    assert!(html.contains(r#"class="embed-credit""#));
    assert!(!html.contains(r#"aria-labelledby="related""#));
    let national = render(GENERATED, None).html;
    assert!(national.contains("$135,980") && !national.contains("$174,410"));
}

#[test]
fn an_unknown_pair_embeds_the_not_found_answer() {
    let rendered = render("/embed/compare/producer-vs-nobody-at-all", None);
    assert_eq!(rendered.status, 404);
    assert_embed(&rendered.html);
    assert!(rendered.html.contains("Comparison not found"));
    assert!(rendered.html.contains("Closest comparisons"));
}

#[test]
fn the_embed_shell_is_the_app_with_the_embed_style_and_script() {
    let html = site().embed_shell();
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
    assert!(html.contains("<title>Role Compare</title>"));
    assert_eq!(html.matches("<title>").count(), 1);
    assert!(
        html.contains("<script type=module>boot()</script>"),
        "the app still starts"
    );
    assert!(html.contains(
        r#"<main id="main" tabindex="-1" aria-label="Comparison from Role Compare" data-curated-roles=""#
    ));
    assert!(html.contains(r#""><div class="page"><div class="article skeleton""#));
    assert!(!html.contains("data-page"));
}

#[test]
fn the_builder_offers_every_section_of_both_kinds_and_every_area() {
    let site = site();
    let html = site.embed_builder();
    assert!(!html.contains("boot()"), "the builder runs without the app");
    assert!(!html.contains("modulepreload"));
    assert!(html.contains(r#"<script src="/embed-builder.js" defer=""></script>"#));
    assert!(html.contains(r#"<script src="/embed.js" async=""></script>"#));
    assert!(html.contains(r#"<meta name="robots" content="noindex">"#));
    assert!(html.contains("<title>Embed a comparison | Role Compare</title>"));
    once(&html, r#"<header class="site-header">"#);
    once(&html, r#"<main id="main" tabindex="-1">"#);
    for section in EMBED_SECTIONS {
        assert!(
            html.contains(&format!(r#"value="{}""#, section.key)),
            "{} is not offered",
            section.key
        );
    }
    // Curated and generated pages offer some of the same sections, each in its own fieldset:
    // every id is still unique, and every label names its own box.
    let ids: Vec<&str> = html
        .split(" id=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
        .collect();
    let unique: std::collections::BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(ids.len(), unique.len(), "repeated ids: {ids:?}");
    assert!(html.contains(r#"id="sections-curated-salary""#));
    assert!(html.contains(r#"id="sections-generated-salary""#));
    assert!(html.contains(r#"<label for="sections-generated-salary">"#));
    // Every area of areas.json, metro and nonmetro keys as they are, under its state.
    let select = &html[html.find(r#"<select id="area" name="area">"#).unwrap()..];
    let select = &select[..select.find("</select>").unwrap()];
    assert_eq!(select.matches("<option ").count(), site.areas().areas.len());
    assert_eq!(select.matches("<option ").count(), 583);
    assert_eq!(select.matches("<optgroup ").count(), 54, "one per state");
    for area in &site.areas().areas {
        assert!(
            select.contains(&format!(r#"<option value="{}">"#, area.key)),
            "{}",
            area.key
        );
    }
    assert!(select.starts_with(r#"<select id="area" name="area"><option value="US">National</option><optgroup label="Alabama"><option value="AL">Alabama (whole state)</option>"#));
    let texas = &select[select.find(r#"<optgroup label="Texas">"#).unwrap()..];
    let texas = &texas[..texas.find("</optgroup>").unwrap()];
    assert!(texas.contains(r#"<option value="TX">Texas (whole state)</option>"#));
    assert!(
        texas.contains(r#"<option value="austin-tx">Austin-Round Rock-San Marcos, TX</option>"#)
    );
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

#[test]
fn the_development_shell_works_too() {
    let site = load(DEV_SHELL);
    let html = site.render(PRODUCER, None).unwrap().html;
    for gone in ["boot()", "modulepreload", "application/wasm", "<noscript>"] {
        assert!(!html.contains(gone), "{gone} is still there");
    }
    assert!(html.contains("<h3 id=\"salary\">Salary</h3>"));
    assert!(site.embed_shell().contains("boot()"));
}

#[test]
fn an_embed_takes_a_metro_area_and_the_maps_shading() {
    let rendered = render(GENERATED, Some("area=austin-tx&map=pay&theme=dark"));
    assert_eq!(rendered.status, 200);
    let html = rendered.html;
    assert_embed(&html);
    assert!(
        html.contains("$134,120") && html.contains("$78,050"),
        "Austin"
    );
    assert!(html.contains(&format!(
        r#"<link rel="canonical" href="{SITE_URL}/compare/producers-and-directors-vs-software-developers?area=austin-tx">"#
    )));
    assert!(html.contains("<title>California: median $174,410</title>"));
    assert!(html.contains(r#"aria-labelledby="where-the-jobs-are""#));
    assert!(html.contains(r#"aria-labelledby="work-environment""#));
    assert_eq!(html.matches(r#"<ol class="industries">"#).count(), 2);
    assert!(!html.contains("area-form"), "the area box is the site's");
}

#[test]
fn a_typed_area_in_an_embed_redirects_to_its_key_keeping_the_options() {
    let rendered = render(
        GENERATED,
        Some("area=austin&theme=dark&accent=ff0000&sections=salary,where-the-jobs-are&map=pay&x=1"),
    );
    assert_eq!(rendered.status, 302);
    assert_eq!(
        rendered.location.as_deref(),
        Some("/embed/compare/producers-and-directors-vs-software-developers?area=austin-tx&map=pay&theme=dark&accent=ff0000&sections=salary,where-the-jobs-are")
    );
    let odd = render(GENERATED, Some("area=austin&sections=a%26b+c"));
    assert_eq!(
        odd.location.as_deref(),
        Some("/embed/compare/producers-and-directors-vs-software-developers?area=austin-tx&sections=a%26b%20c")
    );
    let unknown = render(GENERATED, Some("area=zzz"));
    assert_eq!(unknown.status, 200);
    assert!(unknown
        .html
        .contains("We have no figures for an area called “zzz”"));
}

#[test]
fn a_curated_embed_has_its_official_occupations_map() {
    let html = render(PRODUCER, Some("map=pay")).html;
    assert_embed(&html);
    assert!(html.contains(r#"<h3 id="where-the-jobs-are">Where the Jobs Are</h3>"#));
    assert!(html.contains("<title>Alabama: median $"));
    assert!(html.contains(role_compare_core::data::map::MAP_CREDIT));
    // The switch opens the full page in a new tab, as every link of an embed does.
    assert!(html.contains(
        r##"<a href="/compare/producer-vs-product-manager#where-the-jobs-are" target="_blank" rel="noopener">Jobs per 1,000</a>"##
    ));
}
