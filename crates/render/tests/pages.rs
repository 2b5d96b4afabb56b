//! The prerendered pages from the real data in `public/data`, checked as text.

use role_compare_render::{body_html, head_tags, pages, render, sitemap, SiteData};

const SITE: &str = "https://rolecompare.test";
const SHELL: &str = "<!doctype html><html lang=en><title>Shell</title><meta content=\"x\" name=description><script type=module>boot()</script></head><body><div id=app></div><noscript><p>Needs JavaScript</p></noscript></body></html>";

fn data() -> SiteData {
    SiteData::load(&role_compare_render::data_dir()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_home_page_and_every_curated_article_get_a_page() {
    let data = data();
    let pages = pages(&data);
    assert_eq!(pages.len(), 1 + data.index.articles.len());
    assert_eq!(pages[0].route, "/");
    assert_eq!(pages[0].file().to_str(), Some("index.html"));
    let producer = pages
        .iter()
        .find(|p| p.route == "/compare/producer-vs-product-manager")
        .unwrap();
    assert_eq!(
        producer.file().to_str(),
        Some("compare/producer-vs-product-manager/index.html")
    );
}

#[test]
fn an_article_page_has_its_own_head_and_the_article_text() {
    let data = data();
    let pages = pages(&data);
    let page = pages
        .iter()
        .find(|p| p.route == "/compare/producer-vs-product-manager")
        .unwrap();
    let html = render(SHELL, page, SITE).unwrap();
    assert!(html.contains(
        "<title>Producer vs. Product Manager: What Are the Differences? | Role Compare</title>"
    ));
    assert!(
        !html.contains("<title>Shell</title>"),
        "the shell's title is replaced"
    );
    assert!(
        !html.contains("content=\"x\""),
        "the shell's description is replaced"
    );
    assert!(html.contains(r#"<link rel="canonical" href="https://rolecompare.test/compare/producer-vs-product-manager">"#));
    assert!(html.contains(r#"<meta property="og:type" content="article">"#));
    assert!(html
        .contains(r#"<meta property="og:image" content="https://rolecompare.test/og-image.png">"#));
    assert!(html.contains(r#"<meta name="twitter:card" content="summary_large_image">"#));
    assert!(html.contains("<h1>Producer vs. Product Manager: What Are the Differences?</h1>"));
    assert!(html.contains("<h3 id=\"salary\">Salary</h3>"));
    assert!(html.contains("$62,193") && html.contains("$98,439"));
    assert!(html
        .contains(r#"<div id="prerendered" data-route="/compare/producer-vs-product-manager">"#));
    assert!(
        html.contains("<div id=app hidden></div>"),
        "the app mounts hidden beside it"
    );
    assert!(!html.contains("<noscript>"), "readable without JavaScript");
    assert!(html.contains(r#"rel="prev""#) && html.contains(r#"rel="next""#));
}

#[test]
fn the_home_page_embeds_the_index_safely() {
    let data = data();
    let home = &pages(&data)[0];
    let body = body_html(home);
    assert!(body.starts_with(r#"<script type="application/json" id="article-index-data">"#));
    let json_end = body.find("</script>").unwrap();
    assert!(
        !body[..json_end].contains("</"),
        "no `</` inside the embedded JSON"
    );
    assert!(head_tags(home, SITE).contains(r#"<meta property="og:type" content="website">"#));
}

#[test]
fn text_is_escaped_in_the_head() {
    let mut page = pages(&data()).remove(1);
    page.title = "A <b>\"quoted\"</b> title".into();
    let tags = head_tags(&page, SITE);
    assert!(
        tags.contains("<title>A &lt;b&gt;\"quoted\"&lt;/b&gt; title | Role Compare</title>"),
        "{tags}"
    );
    assert!(
        tags.contains(r#"content="A &lt;b&gt;&quot;quoted&quot;&lt;/b&gt; title""#),
        "{tags}"
    );
}

#[test]
fn the_sitemap_lists_the_home_page_every_article_and_generated_pairs() {
    let data = data();
    let xml = sitemap(&data, SITE);
    assert!(xml.starts_with("<?xml"));
    assert!(xml.contains("<loc>https://rolecompare.test/</loc>"));
    for entry in &data.index.articles {
        assert!(xml.contains(&format!(
            "<loc>https://rolecompare.test/compare/{}</loc>",
            entry.slug()
        )));
    }
    assert!(
        xml.matches("<url>").count() > data.index.articles.len() + 1000,
        "and one generated pair per occupation"
    );
}
