//! `cargo run --profile server -p role-compare-render --example timing`: how long loading
//! the data takes, and rendering a generated pair (median over 1,000 distinct pairs), the
//! home page and a curated article, with the server's optimisation.

use std::time::{Duration, Instant};

use role_compare_core::navigation::routes::compare_route;
use role_compare_core::PairSlug;
use role_compare_render::{data_dir, Site, DEFAULT_SITE_URL};

const SHELL: &str = "<!doctype html><html lang=en><head><meta charset=utf-8><title>Role Compare</title><meta content=x name=description><script type=module>boot()</script><link crossorigin href=/app-1.js rel=modulepreload><link as=fetch crossorigin href=/app-1_bg.wasm rel=preload type=application/wasm></head><body><main id=main tabindex=-1></main><noscript>JS</noscript></body></html>";

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn time(site: &Site, path: &str, query: Option<&str>) -> (Duration, usize) {
    let start = Instant::now();
    let page = site.render(path, query).expect("a page route");
    (start.elapsed(), page.html.len())
}

fn main() {
    let start = Instant::now();
    let site = Site::load(&data_dir(), SHELL.to_owned(), DEFAULT_SITE_URL).unwrap();
    println!("Site::load: {:.1} ms", start.elapsed().as_secs_f64() * 1e3);

    let slugs: Vec<&str> = site
        .catalog()
        .occupations
        .iter()
        .map(|entry| entry.slug.as_str())
        .collect();
    let n = slugs.len();
    let pairs: Vec<String> = (0..1000)
        .map(|i| compare_route(&PairSlug::new(slugs[i % n], slugs[(i * 7 + 13) % n])))
        .collect();
    let mut bytes = 0;
    let times: Vec<Duration> = pairs
        .iter()
        .map(|path| {
            let (elapsed, len) = time(&site, path, Some("area=CA"));
            bytes += len;
            elapsed
        })
        .collect();
    let total: Duration = times.iter().sum();
    println!(
        "generated pair (?area=CA), 1,000 distinct pairs: median {:.3} ms, max {:.3} ms, mean {:.0} KB",
        median(times.clone()).as_secs_f64() * 1e3,
        times.iter().max().unwrap().as_secs_f64() * 1e3,
        bytes as f64 / 1000.0 / 1000.0
    );
    println!("  (all 1,000: {:.0} ms)", total.as_secs_f64() * 1e3);
    for (path, query) in [
        ("/", None),
        ("/", Some("q=nurse")),
        ("/compare/producer-vs-product-manager", None),
        ("/compare/producer-vs-product-manager", Some("map=pay")),
        ("/embed/compare/producer-vs-product-manager", None),
        (
            "/compare/producers-and-directors-vs-software-developers",
            Some("area=austin-tx"),
        ),
        (
            "/compare/producers-and-directors-vs-software-developers",
            Some("area=austin"),
        ),
        ("/compare/nobody-vs-nothing", None),
    ] {
        let times: Vec<Duration> = (0..50).map(|_| time(&site, path, query).0).collect();
        let (_, len) = time(&site, path, query);
        println!(
            "{path}{}: median {:.3} ms ({len} bytes)",
            query.map(|q| format!("?{q}")).unwrap_or_default(),
            median(times).as_secs_f64() * 1e3
        );
    }
}
