//! `cargo run --release -p role-compare-server --example compression_timing -- page.html…`: time and size of each brotli quality (Google's C encoder, which the server uses, and the pure-Rust port) and gzip level on real pages, to choose those for rendered pages.

use std::io::Write as _;
use std::time::{Duration, Instant};

const RUNS: u32 = 50;

fn median_time(mut compress: impl FnMut() -> usize) -> (Duration, usize) {
    let mut size = 0;
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            size = compress();
            start.elapsed()
        })
        .collect();
    times.sort();
    (times[times.len() / 2], size)
}

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        eprintln!("name one or more HTML files (e.g. pages from dist/compare/)");
        std::process::exit(2);
    }
    for path in paths {
        let html = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        println!("{path}: {} bytes", html.len());
        // Every quality with the largest window, then the fast ones with a window that fits a
        // page: smaller hash tables to allocate and clear per page.
        let largest = [1, 2, 3, 4, 5, 6, 7, 11].map(|quality| (quality, 22));
        for (quality, window) in largest
            .into_iter()
            .chain([(0, 16), (1, 16), (4, 16), (5, 16)])
        {
            let (time, size) =
                median_time(|| role_compare_server::brotli_at(&html, quality, window).len());
            let (rust_time, rust_size) = median_time(|| {
                let mut out = Vec::new();
                let mut writer =
                    brotli::CompressorWriter::new(&mut out, 4096, quality.into(), window.into());
                writer.write_all(&html).unwrap();
                drop(writer);
                out.len()
            });
            println!(
                "  brotli q{quality:<2} window {window:<2} {size:>7} bytes {time:>10.2?} (pure Rust: {rust_size:>7} bytes {rust_time:>10.2?})"
            );
        }
        for level in [1, 6, 9] {
            let (time, size) = median_time(|| {
                let mut encoder =
                    flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(level));
                encoder.write_all(&html).unwrap();
                encoder.finish().unwrap().len()
            });
            println!("  gzip   {level:<3} {size:>7} bytes {time:>10.2?}");
        }
    }
}
