//! The server with the real renderer (`crates/render`) on the real data (`public/data`),
//! over real HTTP on loopback: every pair is a page, rendered on request.

mod common;

use common::real_site::*;
use common::*;
use reqwest::header::{self, HeaderMap};
use reqwest::StatusCode;

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
    let server = real_site().await;
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
    // The app starts on the reader's first interaction.
    assert!(html.contains(r#"<script type="module" src="/app-start.js" data-glue="/role-compare-0123456789abcdef.js" data-wasm="/role-compare-0123456789abcdef_bg.wasm"></script>"#));

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
    let server = real_site().await;
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
    let server = real_site().await;
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
    let server = real_site().await;
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
    let server = real_site().await;
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
    let server = real_site().await;
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
    let server = real_site().await;
    let (status, _, html) = fetch(&server, "/?q=nurse").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(r#"data-page="/?q=nurse""#));
    assert!(html.contains(r#"value="nurse""#));
    assert!(html.contains(&format!(r#"<link rel="canonical" href="{SITE_URL}/">"#)));
}

/// The state titles of each map of the states in a page.
fn map_titles(html: &str) -> Vec<Vec<&str>> {
    html.split(r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 975 610""#)
        .skip(1)
        .map(|svg| {
            svg[..svg.find("</svg>").unwrap()]
                .split("<path ")
                .skip(1)
                .map(|path| {
                    let title = path.split_once("</title></path>").unwrap().0;
                    title.split_once("<title>").unwrap().1
                })
                .collect()
        })
        .collect()
}

#[tokio::test]
async fn a_metro_area_page_has_its_own_figures() {
    let server = real_site().await;
    let address = format!("{GENERATED}?area=austin-tx");
    let (status, _, html) = fetch(&server, &address).await;
    assert_eq!(status, StatusCode::OK);
    // Software Developers in Austin-Round Rock-San Marcos, TX (OEWS May 2025): median
    // $134,120 a year, against $135,980 nationally.
    assert!(
        html.contains(r#"<tr><th scope="row">Median</th><td>$78,050</td><td>$134,120</td></tr>"#)
    );
    assert!(html.contains("Wages and employment in Austin-Round Rock-San Marcos, TX"));
    assert!(html.contains(
        "Producers and Directors vs. Software Developers in Austin-Round Rock-San Marcos, TX: median pay $78,050 vs. $134,120 a year"
    ));
    assert!(html.contains(&format!(r#"data-page="{address}""#)));
    assert!(html.contains(&format!(
        r#"<link rel="canonical" href="{SITE_URL}{address}">"#
    )));
}

#[tokio::test]
async fn a_typed_area_is_redirected_to_its_key() {
    let server = real_site().await;
    for (query, to) in [
        ("area=austin", "?area=austin-tx"),
        // What the area box sends without JavaScript: the name shown in it.
        (
            "area=Austin-Round+Rock-San+Marcos%2C+TX&view=table",
            "?area=austin-tx&view=table",
        ),
        ("area=texas&map=pay", "?area=TX&map=pay"),
    ] {
        let (status, headers, html) = fetch(&server, &format!("{GENERATED}?{query}")).await;
        assert_eq!(status, StatusCode::FOUND, "{query}");
        let location = format!("{GENERATED}{to}");
        assert_eq!(header(&headers, header::LOCATION), location, "{query}");
        assert!(html.contains(&location.replace('&', "&amp;")));
        let (status, _, _) = fetch(&server, &location).await;
        assert_eq!(status, StatusCode::OK, "{location}");
    }
    let (status, headers, _) = fetch(
        &server,
        "/embed/compare/producers-and-directors-vs-software-developers?area=austin&theme=dark",
    )
    .await;
    assert_eq!(status, StatusCode::FOUND);
    assert_eq!(
        header(&headers, header::LOCATION),
        "/embed/compare/producers-and-directors-vs-software-developers?area=austin-tx&theme=dark"
    );
    assert_eq!(
        header(&headers, header::CONTENT_SECURITY_POLICY),
        expected_csp("*")
    );
}

#[tokio::test]
async fn an_area_nothing_matches_is_the_national_page_with_a_notice() {
    let server = real_site().await;
    let (status, _, html) = fetch(&server, &format!("{GENERATED}?area=zzz")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(
        r#"<p class="area-notice" role="status">We have no figures for an area called “zzz”, so these are national figures.</p>"#
    ));
    assert!(
        html.contains(r#"<tr><th scope="row">Median</th><td>$90,360</td><td>$135,980</td></tr>"#)
    );
    assert!(html.contains(&format!(
        r#"<link rel="canonical" href="{SITE_URL}{GENERATED}">"#
    )));
}

#[tokio::test]
async fn the_maps_are_inline_with_a_titled_figure_for_every_state() {
    let server = real_site().await;
    let (_, _, html) = fetch(&server, GENERATED).await;
    let maps = map_titles(&html);
    assert_eq!(maps.len(), 2);
    for titles in &maps {
        assert_eq!(titles.len(), 51);
        for title in titles {
            let (state, figure) = title.split_once(": ").unwrap();
            assert!(!state.is_empty());
            assert!(
                figure.ends_with(" jobs per 1,000")
                    && figure.starts_with(|c: char| c.is_ascii_digit()),
                "{title}"
            );
        }
    }
    assert!(maps[0].contains(&"California: 1.873 jobs per 1,000"));
    assert!(maps[1].contains(&"Washington: 30.141 jobs per 1,000"));

    // ?map=pay: the same states, titled with their median pay.
    let (status, _, pay) = fetch(&server, &format!("{GENERATED}?map=pay")).await;
    assert_eq!(status, StatusCode::OK);
    let by_pay = map_titles(&pay);
    assert_eq!(by_pay.len(), 2);
    let with_figure = by_pay
        .iter()
        .flatten()
        .filter(|title| title.contains(": median $"))
        .count();
    assert!(with_figure > 90, "{with_figure} of 102");
    assert!(
        by_pay
            .iter()
            .flatten()
            .all(|title| title.contains(": median $")
                || title.ends_with(": median pay not published"))
    );
    assert!(by_pay[1].contains(&"California: median $174,410"));
    assert_ne!(by_pay, maps);
}

#[tokio::test]
async fn industries_mark_the_ones_both_roles_share() {
    let server = real_site().await;
    let (_, _, html) = fetch(&server, GENERATED).await;
    assert_eq!(html.matches(r#"<ol class="industries">"#).count(), 2);
    let shared = r#"<li class="shared"><span class="industry-name">Professional, Scientific, and Technical Services</span>"#;
    assert_eq!(html.matches(shared).count(), 2, "in both lists");
    assert!(html.contains(r#"<span class="shared-mark">Both roles</span>"#));
    assert!(html
        .contains(r#"<li><span class="industry-name">Broadcasting and Content Providers</span>"#));
}

#[tokio::test]
async fn a_curated_article_shows_its_official_occupations_industries_and_map() {
    let server = real_site().await;
    let (status, _, html) = fetch(&server, "/compare/producer-vs-product-manager").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(r#"<h4 class="official-heading">Where they work: official data</h4>"#));
    assert_eq!(html.matches(r#"<ol class="industries">"#).count(), 2);
    assert!(html.contains(r#"<h3 id="where-the-jobs-are">Where the Jobs Are</h3>"#));
    let maps = map_titles(&html);
    assert_eq!(maps.len(), 2);
    assert!(maps.iter().all(|titles| titles.len() == 51));
    assert!(html.contains("Map: U.S. Census Bureau cartographic boundary files, via us-atlas."));
    let (status, _, pay) = fetch(&server, "/compare/producer-vs-product-manager?map=pay").await;
    assert_eq!(status, StatusCode::OK);
    assert!(pay.contains(r#"data-page="/compare/producer-vs-product-manager?map=pay""#));
    assert!(map_titles(&pay)[0][0].starts_with("Alabama: median $"));
}
