//! `cargo run --profile server -p role-compare-server --example render_timing -- dist [rounds]`:
//! the render alone of distinct generated pairs in areas, as the server makes it (the page's
//! whole document, nothing compressed), over several rounds so that its memory is warm, and
//! a digest of the pages, so that a change meant to make rendering faster can show that it
//! writes the same bytes.

mod common;

use std::time::Instant;

const PAGES: usize = 400;

fn main() {
    let mut args = std::env::args().skip(1);
    let dist = args.next().unwrap_or_else(|| "dist".into());
    let rounds: u32 = args
        .next()
        .map_or(20, |r| r.parse().expect("rounds: a number"));
    let site = role_compare_server::load_site(dist.as_ref(), "https://example.org")
        .unwrap_or_else(|e| panic!("{e}"));
    let pairs = common::distinct_pairs_in_areas(&dist, PAGES);
    let render = |(path, query): &(String, String)| site.render(path, Some(query)).unwrap().html;
    let digest = pairs.iter().fold(0, |digest, pair| {
        digest ^ xxhash_rust::xxh3::xxh3_128(render(pair).as_bytes())
    });
    let start = Instant::now();
    for _ in 0..rounds {
        for pair in &pairs {
            std::hint::black_box(render(pair));
        }
    }
    println!(
        "{PAGES} distinct pages, {rounds} rounds: render {:?} per page; digest of the pages {digest:032x}",
        start.elapsed() / (rounds * PAGES as u32)
    );
}

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
