//! Pages rendered from the real data in `public/data`, checked as the raw HTML a crawler, a
//! link preview or a reader without JavaScript gets.

mod common;

use common::*;
use role_compare_core::format_usd;
use role_compare_core::pages::{Page, Status};
use role_compare_core::wages::value::WageValue;
use role_compare_render::Site;

const PRODUCER: &str = "/compare/producer-vs-product-manager";
const GENERATED: &str = "/compare/producers-and-directors-vs-software-developers";

fn national_median(slug: &str) -> String {
    let facts = site().role(slug).unwrap();
    match facts.wages_in("US").unwrap().annual.median {
        WageValue::Amount(usd) => format_usd(usd),
        other => panic!("{slug} has no national median: {other:?}"),
    }
}

#[test]
fn a_curated_article_has_its_own_head_and_the_article_text() {
    let html = page(PRODUCER, None);
    assert_page_structure(&html, PRODUCER);
    assert!(html.contains(
        "<title>Producer vs. Product Manager: What Are the Differences? | Role Compare</title>"
    ));
    assert!(html.contains(r#"<link rel="canonical" href="https://rolecompare.test/compare/producer-vs-product-manager">"#));
    assert!(html.contains(r#"<meta property="og:type" content="article">"#));
    assert!(html.contains(
        r#"<meta property="og:title" content="Producer vs. Product Manager: What Are the Differences?">"#
    ));
    assert!(html.contains(r#"<meta property="og:url" content="https://rolecompare.test/compare/producer-vs-product-manager">"#));
    assert!(html
        .contains(r#"<meta property="og:image" content="https://rolecompare.test/og-image.png">"#));
    assert!(html.contains(r#"<meta name="twitter:card" content="summary_large_image">"#));
    assert!(!html.contains("noindex"));
    assert!(html.contains("<h1>Producer vs. Product Manager: What Are the Differences?</h1>"));
    assert!(html.contains("<h3 id=\"salary\">Salary</h3>"));
    assert!(html.contains("$62,193") && html.contains("$98,439"));
    assert!(html.contains(r#"rel="prev""#) && html.contains(r#"rel="next""#));
    assert!(html.contains(r#"<form class="picker""#));
    // The head tags go after the shell's own, before </head>.
    assert!(html.find("/main-1.css").unwrap() < html.find("<title>").unwrap());
    assert!(html.find("twitter:card").unwrap() < html.find("</head>").unwrap());
}

#[test]
fn a_generated_pair_has_its_title_descriptions_and_medians() {
    let site = site();
    let html = page(GENERATED, None);
    assert_page_structure(&html, GENERATED);
    let title = "Producers and Directors vs. Software Developers: What Are the Differences?";
    assert!(html.contains(&format!("<title>{title} | Role Compare</title>")));
    assert!(html.contains(&format!(r#"<meta property="og:title" content="{title}">"#)));
    assert!(html.contains(&format!("<h1>{title}</h1>")));
    assert!(html.contains(&format!(
        r#"<link rel="canonical" href="{SITE_URL}{GENERATED}">"#
    )));
    for slug in ["producers-and-directors", "software-developers"] {
        let description = &site.role(slug).unwrap().summary[0];
        assert!(description.len() > 40);
        assert!(
            html.contains(description.as_str()),
            "{slug}'s O*NET description"
        );
    }
    assert_eq!(national_median("software-developers"), "$135,980");
    assert_eq!(national_median("producers-and-directors"), "$90,360");
    assert!(html.contains("$135,980") && html.contains("$90,360"));
    assert!(html.contains(
        r#"<meta name="description" content="Producers and Directors vs. Software Developers in the United States: median pay $90,360 vs. $135,980 a year; "#
    ));
    assert!(html.contains(r#"<form class="picker""#));
    assert!(html.contains(r#"data-chosen="software-developers""#));
}

#[test]
fn both_orders_share_one_canonical_address() {
    let swapped = "/compare/software-developers-vs-producers-and-directors";
    let html = page(swapped, None);
    assert_page_structure(&html, swapped);
    assert!(html.contains(&format!(
        r#"<link rel="canonical" href="{SITE_URL}{GENERATED}">"#
    )));
    assert!(html.contains("<h1>Software Developers vs. Producers and Directors"));
}

#[test]
fn the_area_in_the_query_changes_the_figures() {
    let national = page(GENERATED, None);
    let california = page(GENERATED, Some("area=CA"));
    assert_page_structure(&california, &format!("{GENERATED}?area=CA"));
    // California's medians (OEWS May 2025), not the national ones.
    assert!(california.contains("$174,410") && california.contains("$129,790"));
    assert!(!national.contains("$174,410"));
    assert!(california.contains("in California: median pay $129,790 vs. $174,410 a year"));
    assert!(california.contains(&format!(
        r#"<link rel="canonical" href="{SITE_URL}{GENERATED}?area=CA">"#
    )));
    assert!(california.contains(r#"<option value="CA" selected="">California</option>"#));

    // The table view shows the same figures; its canonical address is the article's.
    let table = page(GENERATED, Some("area=CA&view=table"));
    assert_page_structure(&table, &format!("{GENERATED}?area=CA&view=table"));
    assert!(table.contains("$174,410"));
    assert!(table.contains(&format!(
        r#"<link rel="canonical" href="{SITE_URL}{GENERATED}?area=CA">"#
    )));

    // Unknown values fall back to the national article; only the address differs.
    let unknown = page(GENERATED, Some("area=ZZ&view=chart&utm_source=x"));
    assert_page_structure(
        &unknown,
        &format!("{GENERATED}?area=ZZ&view=chart&utm_source=x"),
    );
    let main = |html: &str| {
        html[html.find("<main").unwrap()..]
            .split_once('>')
            .unwrap()
            .1
            .to_owned()
    };
    assert_eq!(main(&unknown), main(&national));
}

#[test]
fn a_pair_with_a_curated_role_uses_its_words_and_its_occupations_figures() {
    let path = "/compare/producer-vs-software-developers";
    let html = page(path, None);
    assert_page_structure(&html, path);
    let producer = site().role("producer").unwrap();
    assert!(producer.curated);
    assert!(html.contains(producer.summary[0].as_str()));
    assert!(html.contains(
        "Official figures for Producer are those of the closest official occupation, Producers and Directors."
    ));
    assert!(html.contains("$90,360"), "Producers and Directors' median");
}

#[test]
fn an_unknown_pair_is_a_404_with_suggestions() {
    let path = "/compare/producer-vs-sofware-developers";
    let rendered = render(path, None);
    assert_eq!(rendered.status, 404);
    let html = rendered.html;
    assert_page_structure(&html, path);
    assert!(html.contains(r#"<meta name="robots" content="noindex">"#));
    assert!(!html.contains(r#"rel="canonical""#));
    assert!(html.contains("<title>Comparison not found | Role Compare</title>"));
    assert!(html.contains("We do not know the role “sofware developers”."));
    assert!(html.contains(r#"<h2 id="did-you-mean">Did you mean</h2>"#));
    assert!(html.contains(r#"href="/compare/producer-vs-software-developers""#));
    assert!(html.contains("Closest comparisons"));

    for malformed in ["nonsense", "web-developers-vs-web-developers", "a-vs-"] {
        let path = format!("/compare/{malformed}");
        let rendered = render(&path, None);
        assert_eq!(rendered.status, 404, "{path}");
        assert!(rendered
            .html
            .contains("There is no comparison at this address"));
        assert!(rendered.html.contains("noindex"));
    }
}

#[test]
fn an_address_that_is_no_page_gets_the_not_found_page() {
    let site = site();
    for path in [
        "/nope",
        "/compare",
        "/compare/a/b",
        "/embed-builder",
        "/data/x.json",
    ] {
        assert!(site.render(path, None).is_none(), "{path}");
    }
    let rendered = site.not_found("/careers/<script>nurse</script>");
    assert_eq!(rendered.status, 404);
    assert!(rendered.html.contains("noindex"));
    assert!(rendered
        .html
        .contains("<title>Page not found | Role Compare</title>"));
    assert!(rendered
        .html
        .contains("There is no page at “/careers/&lt;script&gt;nurse&lt;/script&gt;”."));
    assert!(!rendered.html.contains("<script>nurse"));
    assert_page_structure(&rendered.html, "/careers/%3Cscript%3Enurse%3C/script%3E");
    assert!(rendered.html.contains("Closest comparisons"));
}

#[test]
fn the_home_page_lists_every_article_and_filters_by_q() {
    let site = site();
    let html = page("/", None);
    assert_page_structure(&html, "/");
    assert!(html.contains("<title>Compare careers side by side | Role Compare</title>"));
    assert!(html.contains(r#"<meta property="og:type" content="website">"#));
    assert!(html.contains(r#"<link rel="canonical" href="https://rolecompare.test/">"#));
    for entry in &site.index().articles {
        assert!(html.contains(&format!(r#"href="/compare/{}""#, entry.slug())));
    }
    assert!(
        html.contains(r#"id="groups""#),
        "the occupation groups, listed"
    );
    assert!(html.contains(r#"href="/compare/software-developers-vs-"#));

    let nurse = page("/", Some("q=nurse+practitioner"));
    assert_page_structure(&nurse, "/?q=nurse+practitioner");
    assert!(nurse.contains(r#"value="nurse practitioner""#));
    let listed = |html: &str| {
        site.index()
            .articles
            .iter()
            .filter(|entry| {
                html.contains(&format!(
                    r#"<li class="article-card"><a href="/compare/{}">"#,
                    entry.slug()
                ))
            })
            .count()
    };
    assert_eq!(listed(&html), site.index().articles.len());
    assert!(listed(&nurse) >= 1 && listed(&nurse) < site.index().articles.len());
    // A trailing slash and an empty query are the same page.
    assert_eq!(page("/", Some("")), html);
}

#[test]
fn a_trailing_slash_is_the_same_page() {
    let html = page(&format!("{PRODUCER}/"), None);
    assert_eq!(html, page(PRODUCER, None));
}

#[test]
fn text_is_escaped_in_the_head_and_the_body() {
    let page = Page {
        title: "A <b>\"quoted\"</b> title".into(),
        description: "Fish & <chips>".into(),
        canonical: Some("/compare/a-vs-b?x=\"y\"".into()),
        og_type: "article",
        status: Status::Found,
        content: role_compare_core::markup::tree::el("p")
            .text("<script>alert(1)</script>")
            .into(),
    };
    let html = site()
        .page_document(page, "/compare/a-vs-b?q=\"><script>")
        .html;
    assert!(
        html.contains("<title>A &lt;b&gt;\"quoted\"&lt;/b&gt; title | Role Compare</title>"),
        "{html}"
    );
    assert!(html.contains(r#"content="A &lt;b&gt;&quot;quoted&quot;&lt;/b&gt; title""#));
    assert!(html.contains(r#"content="Fish &amp; &lt;chips&gt;""#));
    assert!(html.contains(r#"href="https://rolecompare.test/compare/a-vs-b?x=&quot;y&quot;""#));
    assert!(html.contains(r#"data-page="/compare/a-vs-b?q=&quot;&gt;&lt;script&gt;""#));
    assert!(html.contains("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"));
    assert!(!html.contains("<script>alert"));
}

#[test]
fn a_role_summary_with_markup_stays_text() {
    let data = tempfile::tempdir().unwrap();
    copy_dir(&role_compare_render::data_dir(), data.path());
    let role_file = data.path().join("roles/producer.json");
    let json = std::fs::read_to_string(&role_file).unwrap();
    let hostile = "A <script>alert(\"x\")</script> & <img src=x onerror=alert(1)> producer.";
    let mut role: serde_json::Value = serde_json::from_str(&json).unwrap();
    role["summary"][0] = hostile.into();
    std::fs::write(&role_file, serde_json::to_string(&role).unwrap()).unwrap();
    let site = Site::load(data.path(), SHELL.to_owned(), SITE_URL).unwrap();
    for path in [PRODUCER, "/compare/producer-vs-software-developers"] {
        let html = site.render(path, None).unwrap().html;
        assert!(
            html.contains("A &lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt; producer."),
            "{path}"
        );
        assert!(
            !html.contains("<script>alert") && !html.contains("<img src=x"),
            "{path}"
        );
    }
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn every_shell_gives_the_same_pages() {
    // The plain app the prerender writes (404.html) serves as the shell too.
    let from_404 = load(&site().app_shell());
    for (path, query) in [("/", None), (PRODUCER, None), (GENERATED, Some("area=CA"))] {
        assert_eq!(
            from_404.render(path, query),
            site().render(path, query),
            "{path}"
        );
    }
    // Trunk's development shell: quoted attributes, comments and whitespace.
    let dev = load(DEV_SHELL);
    let html = dev.render(PRODUCER, None).unwrap().html;
    assert!(html.contains(r#"<script type="module">boot()</script>"#));
    assert!(html.contains(r#"data-page="/compare/producer-vs-product-manager""#));
    assert!(!html.contains("<noscript>") && !html.contains(r#"content="x""#));
    assert_eq!(html.matches("<main").count(), 1);
    assert_eq!(
        load(&dev.app_shell()).render(PRODUCER, None).unwrap().html,
        html
    );
}

#[test]
fn the_plain_app_shows_the_same_boxes_as_any_page() {
    let shell = site().app_shell();
    let skip = once(&shell, r#"<a class="skip-link""#);
    let header = once(&shell, r#"<header class="site-header">"#);
    let main = once(
        &shell,
        r#"<main id="main" tabindex="-1"><div class="page"><div class="article skeleton""#,
    );
    let footer = once(&shell, r#"<footer class="site-footer">"#);
    assert!(skip < header && header < main && main < footer);
    assert!(!shell.contains("data-page"));
    assert!(shell.contains("<title>Shell</title>") && shell.contains("content=x"));
    assert!(shell.contains("<noscript>"), "the app needs JavaScript");
    assert!(shell.contains("<script type=module>boot()</script>"));
}
