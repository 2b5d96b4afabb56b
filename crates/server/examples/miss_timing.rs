//! `cargo run --profile server -p role-compare-server --example miss_timing -- dist`: where a cache miss's CPU goes (render, ETag digest, brotli quality 4 and 0 as the server makes them) over distinct generated pairs in areas, single-threaded, to choose what to make faster.

use std::time::{Duration, Instant};

const PAGES: usize = 400;

/// `field` of every object in the list `list` of the JSON file at `path`.
fn field_of_each(path: &str, list: &str, field: &str) -> Vec<String> {
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    json[list]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item[field].as_str().unwrap().to_owned())
        .collect()
}

fn main() {
    let dist = std::env::args().nth(1).unwrap_or_else(|| "dist".into());
    let site = role_compare_server::load_site(dist.as_ref(), "https://example.org")
        .unwrap_or_else(|e| panic!("{e}"));
    let slugs = field_of_each(
        &format!("{dist}/data/occupations.json"),
        "occupations",
        "slug",
    );
    let keys = field_of_each(&format!("{dist}/data/areas.json"), "areas", "key");
    let (mut render, mut digest, mut bytes) = (Duration::ZERO, Duration::ZERO, 0);
    let mut brotli = [Duration::ZERO; 2];
    for i in 0..PAGES {
        let a = &slugs[(i * 7919) % slugs.len()];
        let b = &slugs[(i * 104_729 + 13) % slugs.len()];
        let area = &keys[(i * 31) % keys.len()];
        let path = format!("/compare/{a}-vs-{b}");
        let query = format!("area={area}");
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
