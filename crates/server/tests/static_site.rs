//! Without a renderer the server answers as docs/nginx.conf does: real HTTP over loopback.

mod common;

use common::*;
use reqwest::header::{self, HeaderMap};
use reqwest::StatusCode;
use role_compare_server::{app, AppConfig};

fn get(headers: &HeaderMap, name: header::HeaderName) -> &str {
    headers
        .get(&name)
        .unwrap_or_else(|| panic!("no {name} in {headers:?}"))
        .to_str()
        .unwrap()
}

#[tokio::test]
async fn every_answer_has_the_policy_nosniff_and_referrer_policy() {
    let site = site();
    let server = start(AppConfig::new(&site.dist)).await;
    let client = client();
    let paths = [
        ("/", "'self'"),
        ("/compare/a-vs-b", "'self'"),
        (APP_JS_PATH, "'self'"),
        ("/data/articles.json", "'self'"),
        ("/data/missing.json", "'self'"),
        ("/no/such/page", "'self'"),
        ("/healthz", "'self'"),
        ("/embed.js", "'self'"),
        ("/embed/shell.html", "*"),
        ("/embed/compare/a-vs-b", "*"),
        ("/embed/compare/x-vs-y", "*"),
    ];
    for (path, frame_ancestors) in paths {
        let response = client.get(server.url(path)).send().await.unwrap();
        let headers = response.headers();
        assert_eq!(
            get(headers, header::CONTENT_SECURITY_POLICY),
            expected_csp(frame_ancestors),
            "{path}"
        );
        assert_eq!(
            get(headers, header::X_CONTENT_TYPE_OPTIONS),
            "nosniff",
            "{path}"
        );
        assert_eq!(
            get(headers, header::REFERRER_POLICY),
            "strict-origin-when-cross-origin",
            "{path}"
        );
    }
    // Refusals too.
    let response = client
        .post(server.url("/embed/shell.html"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(
        get(response.headers(), header::CONTENT_SECURITY_POLICY),
        expected_csp("*")
    );
    assert_eq!(
        get(response.headers(), header::X_CONTENT_TYPE_OPTIONS),
        "nosniff"
    );
}

#[tokio::test]
async fn caching_classes_follow_the_path() {
    let site = site();
    let server = start(AppConfig::new(&site.dist)).await;
    let client = client();
    let classes = [
        (APP_JS_PATH, "public, max-age=31536000, immutable"),
        (APP_WASM_PATH, "public, max-age=31536000, immutable"),
        ("/embed.js", "public, max-age=3600"),
        ("/", "no-cache"),
        ("/compare/a-vs-b/", "no-cache"),
        ("/data/articles.json", "no-cache"),
        ("/embed/compare/x-vs-y", "no-cache"),
        ("/some/app/route", "no-cache"),
    ];
    for (path, class) in classes {
        let response = client.get(server.url(path)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert_eq!(
            get(response.headers(), header::CACHE_CONTROL),
            class,
            "{path}"
        );
    }
}

#[tokio::test]
async fn precompressed_siblings_follow_accept_encoding() {
    let site = site();
    let server = start(AppConfig::new(&site.dist)).await;
    let client = client();
    let original = app_js();
    for (accept, encoding) in [
        (Some("br"), Some("br")),
        (Some("gzip, deflate, br"), Some("br")),
        (Some("gzip"), Some("gzip")),
        (Some("br;q=0, gzip"), Some("gzip")),
        (None, None),
    ] {
        let mut request = client.get(server.url(APP_JS_PATH));
        if let Some(accept) = accept {
            request = request.header(header::ACCEPT_ENCODING, accept);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let headers = response.headers().clone();
        assert_eq!(
            headers
                .get(header::CONTENT_ENCODING)
                .map(|v| v.to_str().unwrap()),
            encoding,
            "{accept:?}"
        );
        assert_eq!(
            get(&headers, header::CONTENT_TYPE),
            "text/javascript; charset=utf-8"
        );
        assert!(get(&headers, header::VARY)
            .to_ascii_lowercase()
            .contains("accept-encoding"));
        let body = response.bytes().await.unwrap();
        let decoded = decoded(encoding, &body);
        assert_eq!(String::from_utf8(decoded).unwrap(), original, "{accept:?}");
        if encoding.is_some() {
            assert!(
                body.len() < original.len() / 3,
                "{accept:?} sends the small file"
            );
        }
    }
}

#[tokio::test]
async fn content_types_name_wasm_and_utf8_text() {
    let site = site();
    let server = start(AppConfig::new(&site.dist)).await;
    let client = client();
    for (path, content_type) in [
        (APP_WASM_PATH, "application/wasm"),
        ("/data/articles.json", "application/json; charset=utf-8"),
        ("/", "text/html; charset=utf-8"),
        ("/embed.js", "text/javascript; charset=utf-8"),
    ] {
        let response = client.get(server.url(path)).send().await.unwrap();
        assert_eq!(
            get(response.headers(), header::CONTENT_TYPE),
            content_type,
            "{path}"
        );
    }
}

#[tokio::test]
async fn folders_serve_their_index_without_a_redirect() {
    let site = site();
    let server = start(AppConfig::new(&site.dist)).await;
    let client = client();
    for (path, body) in [
        ("/", HOME),
        ("/compare/a-vs-b", PAIR_PAGE),
        ("/compare/a-vs-b/", PAIR_PAGE),
        ("/data/articles.json", ARTICLES),
    ] {
        let response = client.get(server.url(path)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert_eq!(response.text().await.unwrap(), body, "{path}");
    }
}

#[tokio::test]
async fn unknown_addresses_get_the_app_the_embed_app_or_a_plain_404() {
    let site = site();
    let server = start(AppConfig::new(&site.dist)).await;
    let client = client();
    for (path, status, body) in [
        ("/compare/x-vs-y", StatusCode::OK, SHELL),
        ("/compare/x-vs-y/", StatusCode::OK, SHELL),
        ("/some/app/route?x=1", StatusCode::OK, SHELL),
        ("/embed/compare/x-vs-y", StatusCode::OK, EMBED_SHELL),
        ("/embed/", StatusCode::OK, EMBED_SHELL),
        ("/data/missing.json", StatusCode::NOT_FOUND, "Not found\n"),
        ("/data/", StatusCode::NOT_FOUND, "Not found\n"),
        (
            "/role-compare-ffffffffffffffff.js",
            StatusCode::NOT_FOUND,
            "Not found\n",
        ),
        ("/embed-missing.css", StatusCode::NOT_FOUND, "Not found\n"),
    ] {
        let response = client.get(server.url(path)).send().await.unwrap();
        assert_eq!(response.status(), status, "{path}");
        assert_eq!(response.text().await.unwrap(), body, "{path}");
    }
}

#[tokio::test]
async fn health_check_and_head() {
    let site = site();
    let server = start(AppConfig::new(&site.dist)).await;
    let client = client();
    let response = client.get(server.url("/healthz")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.text().await.unwrap(), "ok");

    let response = client
        .head(server.url("/compare/a-vs-b"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        get(response.headers(), header::CONTENT_LENGTH),
        PAIR_PAGE.len().to_string()
    );
    assert!(response.bytes().await.unwrap().is_empty());
}

#[tokio::test]
async fn paths_that_leave_the_site_or_hide_separators_are_refused() {
    let site = site();
    let server = start(AppConfig::new(&site.dist)).await;
    for target in [
        "/../secret.txt",
        "/compare/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2e%2e/secret.txt",
        "/data/..%2Fsecret.txt",
        "/data%2farticles.json",
        "/data%5Carticles.json",
        "/data\\articles.json",
        "/compare/%00",
        "/compare/%ff",
    ] {
        let (status, text) = raw(server.addr, &format!("GET {target} HTTP/1.1")).await;
        assert_eq!(status, 400, "{target}: {text}");
        assert!(!text.contains(OUTSIDE_SECRET), "{target}");
        assert!(text.contains("content-security-policy"), "{target}");
    }
}

#[tokio::test]
async fn long_addresses_odd_names_and_other_methods_are_refused_without_a_5xx() {
    let site = site();
    let server = start(AppConfig::new(&site.dist)).await;

    let long = format!("GET /compare/{} HTTP/1.1", "a".repeat(3000));
    assert_eq!(raw(server.addr, &long).await.0, 414);
    let long_query = format!("GET /?q={} HTTP/1.1", "a".repeat(3000));
    assert_eq!(raw(server.addr, &long_query).await.0, 414);

    // Names too long for the file system (with or without a .br sibling) are no file.
    for length in [253, 255, 300] {
        for target in [
            format!("/{}", "a".repeat(length)),
            format!("/data/{}", "a".repeat(length)),
        ] {
            let (status, _) = raw(server.addr, &format!("GET {target} HTTP/1.1")).await;
            assert_eq!(status, 404, "{length}");
        }
    }
    let (status, text) = raw(server.addr, &format!("GET /{} HTTP/1.1", "a".repeat(252))).await;
    assert_eq!(
        status, 200,
        "the longest name the site could have is looked up"
    );
    assert!(text.ends_with(SHELL));

    for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"] {
        for path in ["/", "/healthz", "/data/articles.json", "/nowhere"] {
            let (status, text) = raw(server.addr, &format!("{method} {path} HTTP/1.1")).await;
            assert_eq!(status, 405, "{method} {path}");
            assert!(
                text.to_ascii_lowercase().contains("allow: get, head"),
                "{text}"
            );
        }
    }
}

#[tokio::test]
async fn a_site_without_an_app_shell_does_not_start() {
    let site = site();
    std::fs::remove_file(site.dist.join("404.html")).unwrap();
    let error = app(AppConfig::new(&site.dist)).unwrap_err();
    assert!(error.to_string().contains("404.html"), "{error}");

    std::fs::write(site.dist.join("404.html"), "<div id=app></div>").unwrap();
    let error = app(AppConfig::new(&site.dist)).unwrap_err();
    assert!(error.to_string().contains("loader"), "{error}");
}
