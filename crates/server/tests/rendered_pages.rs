//! With a renderer: page addresses are rendered, cached, compressed and validated; everything else is as without one.

mod common;

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use common::*;
use reqwest::header::{self, HeaderMap};
use reqwest::StatusCode;
use role_compare_server::AppConfig;

const RENDERED_CACHE: &str = "public, max-age=0, s-maxage=300, stale-while-revalidate=86400";

fn get(headers: &HeaderMap, name: header::HeaderName) -> &str {
    headers
        .get(&name)
        .unwrap_or_else(|| panic!("no {name} in {headers:?}"))
        .to_str()
        .unwrap()
}

async fn with_renderer() -> (Site, Arc<TestRenderer>, Server) {
    let site = site();
    let renderer = Arc::new(TestRenderer::default());
    let server = start(AppConfig::new(&site.dist).with_renderer(renderer.clone())).await;
    (site, renderer, server)
}

#[tokio::test]
async fn page_addresses_get_the_rendered_page_with_its_headers() {
    let (_site, _renderer, server) = with_renderer().await;
    let client = client();
    for (path, rendered_as, frame_ancestors) in [
        ("/", "/", "'self'"),
        ("/compare/x-vs-y", "/compare/x-vs-y", "'self'"),
        ("/compare/x-vs-y/", "/compare/x-vs-y", "'self'"),
        ("/embed/compare/x-vs-y", "/embed/compare/x-vs-y", "*"),
    ] {
        let response = client.get(server.url(path)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        let headers = response.headers().clone();
        assert_eq!(
            get(&headers, header::CONTENT_TYPE),
            "text/html; charset=utf-8"
        );
        assert_eq!(get(&headers, header::CACHE_CONTROL), RENDERED_CACHE);
        assert_eq!(get(&headers, header::VARY), "accept-encoding");
        assert!(headers.get(header::CONTENT_ENCODING).is_none());
        let etag = get(&headers, header::ETAG);
        assert!(
            etag.len() == 34 && etag.starts_with('"') && etag.ends_with('"'),
            "{etag}"
        );
        assert_eq!(
            get(&headers, header::CONTENT_SECURITY_POLICY),
            expected_csp(frame_ancestors)
        );
        assert_eq!(get(&headers, header::X_CONTENT_TYPE_OPTIONS), "nosniff");
        assert_eq!(
            response.text().await.unwrap(),
            rendered_page(rendered_as, None),
            "{path}"
        );
    }
    let response = client.get(server.url("/?ref=mail")).send().await.unwrap();
    assert_eq!(
        response.text().await.unwrap(),
        rendered_page("/", Some("ref=mail"))
    );
}

#[tokio::test]
async fn rendered_pages_are_compressed_as_the_client_asks() {
    let (_site, _renderer, server) = with_renderer().await;
    let client = client();
    let original = rendered_page("/compare/x-vs-y", None);
    let mut etags = Vec::new();
    for (accept, encoding) in [
        ("gzip, deflate, br, zstd", Some("br")),
        ("gzip", Some("gzip")),
        ("br;q=0, gzip;q=0.5", Some("gzip")),
        ("identity", None),
    ] {
        let response = client
            .get(server.url("/compare/x-vs-y"))
            .header(header::ACCEPT_ENCODING, accept)
            .send()
            .await
            .unwrap();
        let headers = response.headers().clone();
        assert_eq!(
            headers
                .get(header::CONTENT_ENCODING)
                .map(|v| v.to_str().unwrap()),
            encoding,
            "{accept}"
        );
        etags.push(get(&headers, header::ETAG).to_owned());
        let body = response.bytes().await.unwrap();
        let decoded = decoded(encoding, &body);
        assert_eq!(String::from_utf8(decoded).unwrap(), original, "{accept}");
        if encoding.is_some() {
            assert!(
                body.len() < original.len() / 4,
                "{accept}: {} bytes",
                body.len()
            );
        }
    }
    assert_eq!(etags[1], etags[2], "one coding, one tag");
    assert_ne!(etags[0], etags[1], "each coding has its own tag");
    assert_ne!(etags[1], etags[3]);
}

#[tokio::test]
async fn a_matching_if_none_match_gets_304() {
    let (_site, _renderer, server) = with_renderer().await;
    let client = client();
    let url = server.url("/compare/x-vs-y");
    let first = client
        .get(&url)
        .header(header::ACCEPT_ENCODING, "br")
        .send()
        .await
        .unwrap();
    let etag = get(first.headers(), header::ETAG).to_owned();

    for if_none_match in [
        etag.clone(),
        format!("W/{etag}"),
        format!("\"other\", {etag}"),
        "*".to_owned(),
    ] {
        let response = client
            .get(&url)
            .header(header::ACCEPT_ENCODING, "br")
            .header(header::IF_NONE_MATCH, &if_none_match)
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            StatusCode::NOT_MODIFIED,
            "{if_none_match}"
        );
        assert_eq!(get(response.headers(), header::ETAG), etag);
        assert_eq!(
            get(response.headers(), header::CACHE_CONTROL),
            RENDERED_CACHE
        );
        assert!(response.bytes().await.unwrap().is_empty());
    }
    let response = client
        .get(&url)
        .header(header::IF_NONE_MATCH, "\"0123\"")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.text().await.unwrap(),
        rendered_page("/compare/x-vs-y", None)
    );
}

#[tokio::test]
async fn a_repeated_page_comes_from_the_cache() {
    let (_site, renderer, server) = with_renderer().await;
    let client = client();
    // Each coding a client asks for is made once, then served from the cache, with and
    // without the trailing slash.
    for round in 0..2 {
        for (path, accept) in [
            ("/compare/x-vs-y", "br"),
            ("/compare/x-vs-y", "gzip"),
            ("/compare/x-vs-y/", "br"),
            ("/compare/x-vs-y", "identity"),
        ] {
            let response = client
                .get(server.url(path))
                .header(header::ACCEPT_ENCODING, accept)
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), StatusCode::OK);
        }
        assert_eq!(renderer.renders.load(Ordering::SeqCst), 3, "round {round}");
    }

    client
        .get(server.url("/compare/x-vs-y?from=home"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        renderer.renders.load(Ordering::SeqCst),
        4,
        "another query is another page"
    );

    // Not-found answers are not cached: made-up addresses must not push pages out.
    for _ in 0..2 {
        let response = client
            .get(server.url("/compare/nope-vs-none"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::NOT_FOUND);
        assert_eq!(
            get(response.headers(), header::CACHE_CONTROL),
            RENDERED_CACHE
        );
        assert_eq!(
            response.text().await.unwrap(),
            "<!doctype html><p>No such pair: /compare/nope-vs-none"
        );
    }
    assert_eq!(
        renderer.renders.load(Ordering::SeqCst),
        6,
        "rendered each time"
    );
}

#[tokio::test]
async fn concurrent_requests_for_a_new_page_wait_for_one_render() {
    let (_site, renderer, server) = with_renderer().await;
    let requests: Vec<_> = (0..6)
        .map(|_| {
            let url = server.url("/compare/slow-vs-sleepy");
            tokio::spawn(async move { client().get(url).send().await.unwrap() })
        })
        .collect();
    for request in requests {
        let response = request.await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(
            response.text().await.unwrap(),
            "<!doctype html><p>Slow page"
        );
    }
    assert_eq!(renderer.renders.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn head_of_a_rendered_page_has_its_headers_and_no_body() {
    let (_site, _renderer, server) = with_renderer().await;
    let response = client()
        .head(server.url("/compare/x-vs-y"))
        .header(header::ACCEPT_ENCODING, "br")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(get(response.headers(), header::CONTENT_ENCODING), "br");
    assert!(get(response.headers(), header::ETAG).ends_with("-br\""));
    assert!(response.bytes().await.unwrap().is_empty());
}

#[tokio::test]
async fn addresses_the_renderer_declines_are_files_or_its_not_found_page() {
    let (_site, renderer, server) = with_renderer().await;
    let client = client();

    // The renderer declines this pair: the prerendered file answers.
    let response = client
        .get(server.url("/compare/a-vs-b"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(get(response.headers(), header::CACHE_CONTROL), "no-cache");
    assert_eq!(response.text().await.unwrap(), PAIR_PAGE);
    assert_eq!(renderer.renders.load(Ordering::SeqCst), 1);

    let response = client
        .get(server.url("/no/such/page"))
        .header(header::ACCEPT_ENCODING, "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        get(response.headers(), header::CONTENT_TYPE),
        "text/html; charset=utf-8"
    );
    assert_eq!(get(response.headers(), header::CONTENT_ENCODING), "gzip");
    let body = gunzip(&response.bytes().await.unwrap());
    assert_eq!(
        String::from_utf8(body).unwrap(),
        "<!doctype html><p>Not found: /no/such/page"
    );

    for (path, status, body) in [
        ("/data/missing.json", StatusCode::NOT_FOUND, "Not found\n"),
        (
            "/embed/compare/a-vs-b",
            StatusCode::OK,
            "<!doctype html><title>Static embed</title>",
        ),
        ("/embed/other", StatusCode::OK, EMBED_SHELL),
        (APP_JS_PATH, StatusCode::OK, app_js().as_str()),
        ("/healthz", StatusCode::OK, "ok"),
    ] {
        let response = client.get(server.url(path)).send().await.unwrap();
        assert_eq!(response.status(), status, "{path}");
        assert_eq!(response.text().await.unwrap(), body, "{path}");
    }
}

#[tokio::test]
async fn a_renderer_panic_fails_that_request_only() {
    let (_site, _renderer, server) = with_renderer().await;
    let client = client();
    let response = client
        .get(server.url("/compare/panic-vs-bug"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(
        get(response.headers(), header::X_CONTENT_TYPE_OPTIONS),
        "nosniff"
    );
    let response = client
        .get(server.url("/compare/x-vs-y"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_render_past_the_timeout_gets_503() {
    let site = site();
    let renderer = Arc::new(TestRenderer::default());
    let mut config = AppConfig::new(&site.dist).with_renderer(renderer);
    config.request_timeout = Duration::from_millis(100);
    let server = start(config).await;
    let response = client()
        .get(server.url("/compare/slow-vs-sleepy"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        get(response.headers(), header::CONTENT_SECURITY_POLICY),
        expected_csp("'self'")
    );
}

#[tokio::test]
async fn a_redirect_from_the_renderer_is_sent_with_its_location_and_not_cached() {
    let (_site, renderer, server) = with_renderer().await;
    let client = client();
    for _ in 0..2 {
        let response = client
            .get(server.url("/compare/typed-vs-area?austin"))
            .header(header::ACCEPT_ENCODING, "br")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::FOUND);
        let headers = response.headers().clone();
        assert_eq!(
            get(&headers, header::LOCATION),
            "/compare/typed-vs-area?area=key-austin"
        );
        assert_eq!(get(&headers, header::CACHE_CONTROL), RENDERED_CACHE);
        assert_eq!(
            get(&headers, header::CONTENT_TYPE),
            "text/html; charset=utf-8"
        );
        let encoding = headers
            .get(header::CONTENT_ENCODING)
            .map(|value| value.to_str().unwrap().to_owned());
        assert_eq!(
            decoded(encoding.as_deref(), &response.bytes().await.unwrap()),
            b"<!doctype html><p>Moved"
        );
    }
    assert_eq!(
        renderer.renders.load(Ordering::SeqCst),
        2,
        "only pages are cached"
    );
}
