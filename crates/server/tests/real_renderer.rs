//! The server with the real renderer (`crates/render`) on the real data (`public/data`),
//! over real HTTP on loopback: every pair is a page, rendered on request.

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use common::*;
use reqwest::header::{self, HeaderMap};
use reqwest::StatusCode;
use role_compare_server::{load_site, AppConfig};

const SITE_URL: &str = "https://careers.example.org";
const GENERATED: &str = "/compare/producers-and-directors-vs-software-developers";
/// The app shell as Trunk writes it from index.html: an empty <main> and the inline loader
/// (whose hash the Content-Security-Policy allows).
const APP_SHELL: &str = "<!doctype html><html lang=en><head><meta charset=utf-8><title>Role Compare: career comparisons, side by side</title><meta content=\"Side-by-side comparisons of careers.\" name=description><link href=/main-0123456789abcdef.css rel=stylesheet><script type=module>import init from '/x.js';init()</script><link crossorigin href=/role-compare-0123456789abcdef.js rel=modulepreload></head><body><main id=main tabindex=-1></main><noscript><p class=noscript>Role Compare needs JavaScript.</p></noscript></body></html>";

fn public_data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data")
}

fn copy_dir(from: &Path, to: &Path) {
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

/// A built site of the real data and the shell, with a file beside (not inside) `dist/`,
/// served with the real renderer.
async fn real_site() -> (tempfile::TempDir, Server) {
    let root = tempfile::tempdir().unwrap();
    let dist = root.path().join("dist");
    copy_dir(&public_data(), &dist.join("data"));
    std::fs::write(dist.join("404.html"), APP_SHELL).unwrap();
    std::fs::write(root.path().join("secret.txt"), OUTSIDE_SECRET).unwrap();
    let site = load_site(&dist, SITE_URL).unwrap_or_else(|e| panic!("{e}"));
    let server = start(AppConfig::new(&dist).with_renderer(Arc::new(site))).await;
    (root, server)
}

fn header(headers: &HeaderMap, name: header::HeaderName) -> &str {
    headers
        .get(&name)
        .unwrap_or_else(|| panic!("no {name} in {headers:?}"))
        .to_str()
        .unwrap()
}

async fn fetch(server: &Server, path: &str) -> (StatusCode, HeaderMap, String) {
    let response = client().get(server.url(path)).send().await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    (status, headers, response.text().await.unwrap())
}

#[tokio::test]
async fn any_generated_pair_is_a_whole_page() {
    let (_root, server) = real_site().await;
    let (status, headers, html) = fetch(&server, GENERATED).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        header(&headers, header::CONTENT_TYPE),
        "text/html; charset=utf-8"
    );
    assert_eq!(
        header(&headers, header::CONTENT_SECURITY_POLICY),
        expected_csp("'self'")
    );
    let title = "Producers and Directors vs. Software Developers: What Are the Differences?";
    assert!(html.contains(&format!("<title>{title} | Role Compare</title>")));
    assert!(html.contains(&format!(r#"<meta property="og:title" content="{title}">"#)));
    assert!(html.contains(&format!(
        r#"<link rel="canonical" href="{SITE_URL}{GENERATED}">"#
    )));
    assert!(html.contains("Produce or direct stage, television, radio, video, or film productions"));
    assert!(html.contains("Research, design, and develop computer and network software"));
    assert!(html.contains("$90,360") && html.contains("$135,980"));
    assert!(html.contains(&format!(r#"data-page="{GENERATED}""#)));
    assert!(html.contains("<script type=module>import init from '/x.js';init()</script>"));

    // Another order and a trailing slash are pages too.
    let (status, _, html) = fetch(
        &server,
        "/compare/software-developers-vs-producers-and-directors/",
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(r#"data-page="/compare/software-developers-vs-producers-and-directors""#));
}

#[tokio::test]
async fn the_area_in_the_query_changes_the_figures() {
    let (_root, server) = real_site().await;
    let (status, _, html) = fetch(&server, &format!("{GENERATED}?area=CA")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("$129,790") && html.contains("$174,410"));
    assert!(html.contains("in California: median pay $129,790 vs. $174,410 a year"));
    let (_, _, national) = fetch(&server, GENERATED).await;
    assert!(!national.contains("$174,410"));
    assert!(html.contains(&format!(r#"data-page="{GENERATED}?area=CA""#)));
    assert!(html.contains(&format!(
        r#"<link rel="canonical" href="{SITE_URL}{GENERATED}?area=CA">"#
    )));
}

#[tokio::test]
async fn unknown_pairs_and_addresses_are_404s_with_suggestions() {
    let (_root, server) = real_site().await;
    let (status, _, html) = fetch(&server, "/compare/producer-vs-sofware-developers").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("We do not know the role “sofware developers”."));
    assert!(html.contains(r#"href="/compare/producer-vs-software-developers""#));
    assert!(html.contains("Closest comparisons"));
    assert!(html.contains(r#"<meta name="robots" content="noindex">"#));

    let (status, _, html) = fetch(&server, "/careers/nurse").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("There is no page at “/careers/nurse”."));
    assert!(html.contains("Closest comparisons"));
    assert!(html.contains("noindex"));
    // Data files are never a page.
    let (status, _, _) = fetch(&server, "/data/occupations/nobody.json").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, headers, _) = fetch(&server, "/data/occupations/actors.json").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        header(&headers, header::CONTENT_TYPE),
        "application/json; charset=utf-8"
    );
}

#[tokio::test]
async fn embeds_may_be_framed_and_run_without_the_app() {
    let (_root, server) = real_site().await;
    for path in [
        "/embed/compare/producer-vs-product-manager",
        "/embed/compare/producers-and-directors-vs-software-developers?area=CA&theme=dark",
    ] {
        let (status, headers, html) = fetch(&server, path).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert_eq!(
            header(&headers, header::CONTENT_SECURITY_POLICY),
            expected_csp("*"),
            "{path}"
        );
        assert!(header(&headers, header::CONTENT_SECURITY_POLICY).ends_with("frame-ancestors *"));
        for gone in [
            "<script type=module>",
            "modulepreload",
            "site-header",
            "data-page",
        ] {
            assert!(!html.contains(gone), "{path}: {gone}");
        }
        assert!(html.contains(r#"<script src="/embed-frame.js"></script>"#));
        assert!(html.contains(r#"class="embed-credit""#));
    }
    let (_, _, html) = fetch(
        &server,
        "/embed/compare/producers-and-directors-vs-software-developers?area=CA",
    )
    .await;
    assert!(html.contains("$174,410"));
    let (status, headers, _) = fetch(&server, "/embed/compare/producer-vs-nobody").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(
        header(&headers, header::CONTENT_SECURITY_POLICY),
        expected_csp("*")
    );
}

#[tokio::test]
async fn hostile_addresses_never_get_a_5xx_or_a_file_outside_dist() {
    let (_root, server) = real_site().await;
    let long_pair = format!("/compare/{}-vs-b", "a".repeat(3000));
    let long_segment = format!("/compare/{}-vs-b", "a".repeat(400));
    let long_query = format!("{GENERATED}?area={}", "C".repeat(3000));
    for target in [
        "/compare/../../secret.txt",
        "/compare/..%2F..%2Fsecret.txt",
        "/compare/%2e%2e/%2e%2e/secret.txt",
        "/%2e%2e/secret.txt",
        "/compare/a%2Fb-vs-c",
        "/compare/a%5Cb-vs-c",
        "/embed/compare/..%2F..%2Fsecret.txt",
        "/compare/%00-vs-b",
        "/compare/%ff-vs-b",
        "/compare/caf%C3%A9-vs-th%C3%A9",
        "/compare/a-vs-b?area=%ff%fe&view=%00",
        "/?q=%3Cscript%3Ealert(1)%3C/script%3E",
        long_pair.as_str(),
        long_segment.as_str(),
        long_query.as_str(),
    ] {
        let (status, text) = raw(server.addr, &format!("GET {target} HTTP/1.1")).await;
        assert!(status < 500, "{target}: {status}");
        assert!(!text.contains(OUTSIDE_SECRET), "{target}");
        assert!(!text.contains("<script>alert"), "{target}");
    }
}

#[tokio::test]
async fn a_rendered_page_is_validated_with_its_etag() {
    let (_root, server) = real_site().await;
    let client = client();
    let first = client.get(server.url(GENERATED)).send().await.unwrap();
    assert_eq!(first.status(), StatusCode::OK);
    let etag = header(first.headers(), header::ETAG).to_owned();
    let again = client
        .get(server.url(GENERATED))
        .header(header::IF_NONE_MATCH, &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    assert_eq!(header(again.headers(), header::ETAG), etag);
    assert!(again.bytes().await.unwrap().is_empty());
    // Another area is another page, with another validator.
    let california = client
        .get(server.url(&format!("{GENERATED}?area=CA")))
        .header(header::IF_NONE_MATCH, &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(california.status(), StatusCode::OK);
    assert_ne!(header(california.headers(), header::ETAG), etag);
}

#[tokio::test]
async fn the_home_page_is_rendered_with_its_search() {
    let (_root, server) = real_site().await;
    let (status, _, html) = fetch(&server, "/?q=nurse").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(r#"data-page="/?q=nurse""#));
    assert!(html.contains(r#"value="nurse""#));
    assert!(html.contains(&format!(r#"<link rel="canonical" href="{SITE_URL}/">"#)));
}
