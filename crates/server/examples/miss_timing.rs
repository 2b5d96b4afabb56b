//! `cargo run --profile server -p role-compare-server --example miss_timing -- dist`: where a cache miss's CPU goes (render, ETag digest, brotli quality 4) over distinct generated pairs in areas, single-threaded, to choose what to make faster.

use std::io::Write as _;
use std::time::{Duration, Instant};

use sha2::{Digest as _, Sha256};

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
    let (mut render, mut digest, mut brotli, mut bytes) =
        (Duration::ZERO, Duration::ZERO, Duration::ZERO, 0);
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
        std::hint::black_box(Sha256::digest(page.html.as_bytes()));
        digest += start.elapsed();
        let start = Instant::now();
        let mut out = Vec::new();
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 4, 22);
        writer.write_all(page.html.as_bytes()).unwrap();
        drop(writer);
        brotli += start.elapsed();
    }
    let per = |d: Duration| d / PAGES as u32;
    println!(
        "{PAGES} distinct pages, {} bytes on average: render {:?}, digest {:?}, brotli q4 {:?} per page",
        bytes / PAGES,
        per(render),
        per(digest),
        per(brotli)
    );
}

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
