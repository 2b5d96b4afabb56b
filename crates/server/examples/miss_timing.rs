//! `cargo run --profile server -p role-compare-server --example miss_timing -- dist`: where a cache miss's CPU goes (render, ETag digest, brotli quality 4 and 0 as the server makes them) over distinct generated pairs in areas, single-threaded, to choose what to make faster.

mod common;

use std::time::{Duration, Instant};

const PAGES: usize = 400;

fn main() {
    let dist = std::env::args().nth(1).unwrap_or_else(|| "dist".into());
    let site = role_compare_server::load_site(dist.as_ref(), "https://example.org")
        .unwrap_or_else(|e| panic!("{e}"));
    let (mut render, mut digest, mut bytes) = (Duration::ZERO, Duration::ZERO, 0);
    let mut brotli = [Duration::ZERO; 2];
    for (path, query) in common::distinct_pairs_in_areas(&dist, PAGES) {
        let start = Instant::now();
        let page = site.render(&path, Some(&query)).unwrap();
        render += start.elapsed();
        bytes += page.html.len();
        let start = Instant::now();
        std::hint::black_box(xxhash_rust::xxh3::xxh3_128(page.html.as_bytes()));
        digest += start.elapsed();
        for (quality, time) in [4, 0].into_iter().zip(&mut brotli) {
            let start = Instant::now();
            std::hint::black_box(role_compare_server::brotli_at(
                page.html.as_bytes(),
                quality,
                16,
            ));
            *time += start.elapsed();
        }
    }
    let per = |d: Duration| d / PAGES as u32;
    println!(
        "{PAGES} distinct pages, {} bytes on average: render {:?}, digest {:?}, brotli q4 {:?}, q0 {:?} per page",
        bytes / PAGES,
        per(render),
        per(digest),
        per(brotli[0]),
        per(brotli[1])
    );
}

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
