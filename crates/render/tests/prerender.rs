//! The prerender step on the real data: every page a static host needs is a file, and every
//! address the sitemap gives search engines is one of them.

mod common;

use std::fs;

use common::*;
use role_compare_core::navigation::routes::embed_route;
use role_compare_render::static_site::{robots, route_file, sitemap, write_site};

#[test]
fn the_sitemap_lists_the_home_page_every_article_and_generated_pairs() {
    let site = site();
    let xml = sitemap(site);
    assert!(xml.starts_with("<?xml"));
    assert!(xml.contains("<loc>https://rolecompare.test/</loc>"));
    for entry in &site.index().articles {
        assert!(xml.contains(&format!(
            "<loc>https://rolecompare.test/compare/{}</loc>",
            entry.slug()
        )));
    }
    let count = xml.matches("<url>").count();
    assert!(
        count > site.index().articles.len() + 1000,
        "and one generated pair per occupation"
    );
    assert_eq!(count, site.sitemap_routes().len());
    assert_eq!(
        robots(SITE_URL),
        "User-agent: *\nAllow: /\nSitemap: https://rolecompare.test/sitemap.xml\n"
    );
}

#[test]
fn every_sitemap_address_and_curated_embed_is_a_prerendered_file() {
    let site = site();
    let dir = tempfile::tempdir().unwrap();
    let written = write_site(dir.path(), site).unwrap();
    let routes = site.sitemap_routes();
    assert_eq!(written.pages, routes.len() + site.index().articles.len());
    assert_eq!(written.files, written.pages + 5);
    let read = |file: &std::path::Path| {
        fs::read_to_string(dir.path().join(file))
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()))
    };

    let xml = read("sitemap.xml".as_ref());
    let locs: Vec<&str> = xml
        .split("<loc>")
        .skip(1)
        .map(|rest| rest.split("</loc>").next().unwrap())
        .collect();
    assert_eq!(locs.len(), routes.len());
    for loc in locs {
        let route = loc.strip_prefix(SITE_URL).unwrap();
        let html = read(&route_file(route));
        assert!(
            html.contains(&format!(r#"data-page="{route}""#)),
            "{route} is its own page"
        );
        assert!(!html.contains("noindex"), "{route}");
    }
    assert_eq!(read("index.html".as_ref()), page("/", None));
    assert_eq!(
        read("compare/producer-vs-product-manager/index.html".as_ref()),
        page("/compare/producer-vs-product-manager", None)
    );
    assert_eq!(site.articles().count(), site.index().articles.len());
    for entry in &site.index().articles {
        let route = embed_route(&entry.pair());
        assert_eq!(read(&route_file(&route)), page(&route, None), "{route}");
    }
    assert_eq!(read("404.html".as_ref()), site.app_shell());
    assert_eq!(read("embed/shell.html".as_ref()), site.embed_shell());
    assert_eq!(
        read("embed-builder/index.html".as_ref()),
        site.embed_builder()
    );
    assert!(read("robots.txt".as_ref()).contains("sitemap.xml"));
}
