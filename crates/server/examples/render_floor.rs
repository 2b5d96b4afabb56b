//! `cargo run --profile server -p role-compare-server --example render_floor -- dist 127.0.0.1:0`:
//! the server as the binary runs it (same router, cache, render slots, compression and
//! allocator), but with a renderer that costs nothing: 400 distinct generated pairs in areas
//! are rendered before it listens, and each request for a page gets the next of them. Every
//! address is still a cache miss, compressed and sent as usual. Load it as `scripts/bench`
//! loads the real server (`oha --rand-regex-url` over distinct pairs) to see the rate a
//! renderer that took no time at all would reach on this machine: the ceiling of any faster
//! renderer (`scripts/bench` prints it beside the real server's figure). Runs until stopped.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use role_compare_server::{app, load_site, serve, AppConfig, PageRenderer, RenderedPage};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const PAGES: usize = 400;

/// Pages rendered beforehand, handed out in turn whatever the address.
struct Prerendered {
    pages: Vec<RenderedPage>,
    next: AtomicUsize,
    not_found: RenderedPage,
}

impl PageRenderer for Prerendered {
    fn render(&self, path: &str, _: Option<&str>) -> Option<RenderedPage> {
        if !path.starts_with("/compare/") {
            return None;
        }
        let at = self.next.fetch_add(1, Ordering::Relaxed) % self.pages.len();
        Some(self.pages[at].clone())
    }

    fn not_found(&self, _: &str) -> RenderedPage {
        self.not_found.clone()
    }
}

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let dist = args.next().unwrap_or_else(|| "dist".into());
    let listen = args.next().unwrap_or_else(|| "127.0.0.1:0".into());
    let site = load_site(dist.as_ref(), "https://example.org").unwrap_or_else(|e| panic!("{e}"));
    // The same pairs and areas as examples/miss_timing.rs.
    let pages: Vec<RenderedPage> = common::distinct_pairs_in_areas(&dist, PAGES)
        .into_iter()
        .map(|(path, query)| {
            let page = site.render(&path, Some(&query)).unwrap();
            RenderedPage::page(page.status, page.html)
        })
        .collect();
    let bytes: usize = pages.iter().map(|p| p.html.len()).sum();
    let renderer = Prerendered {
        pages,
        next: AtomicUsize::new(0),
        not_found: RenderedPage::page(404, "<!doctype html><title>Not found</title>"),
    };
    let router = app(AppConfig::new(&dist).with_renderer(Arc::new(renderer))).unwrap();
    let listener = tokio::net::TcpListener::bind(&listen).await.unwrap();
    // Worded as the binary words it, so that tests/e2e/rust-server.mjs can start either.
    eprintln!(
        "render_floor: {PAGES} pages of {} bytes on average; serving {dist} on http://{}",
        bytes / PAGES,
        listener.local_addr().unwrap()
    );
    serve(listener, router, role_compare_server::shutdown_signal())
        .await
        .unwrap();
}
