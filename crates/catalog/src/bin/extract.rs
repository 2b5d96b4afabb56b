//! `cargo run -p catalog --bin extract [-- --oews DIR] [--us-atlas DIR]`: remakes the
//! committed source extracts in `data/sources/` from BLS's full OEWS files (default
//! `../shared/data/oews`, beside the workspace) and copies us-atlas's
//! `states-albers-10m.json` (default `node_modules/us-atlas`, after `npm ci`).
//! `data/sources/README.md` describes both.

use std::path::PathBuf;
use std::process::ExitCode;

use catalog::catalog::{SOURCES_DIR, US_MAP_SOURCE};
use catalog::extract::EXTRACTS;
use catalog::workspace_root;

const USAGE: &str = "usage: extract [--oews DIR] [--us-atlas DIR]";

fn main() -> ExitCode {
    let root = workspace_root();
    let mut oews = root.join("../shared/data/oews");
    let mut us_atlas = root.join("node_modules/us-atlas");
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let target = match flag.as_str() {
            "--oews" => &mut oews,
            "--us-atlas" => &mut us_atlas,
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::FAILURE;
            }
        };
        match args.next() {
            Some(dir) => *target = PathBuf::from(dir),
            None => {
                eprintln!("{USAGE}");
                return ExitCode::FAILURE;
            }
        }
    }

    let sources = root.join(SOURCES_DIR);
    for extract in EXTRACTS {
        match extract.run(&oews, &sources) {
            Ok(rows) => println!(
                "extract: {} ({rows} rows) from {}",
                extract.target, extract.source
            ),
            Err(error) => {
                eprintln!("extract: {error}");
                return ExitCode::FAILURE;
            }
        }
    }
    let map = us_atlas.join("states-albers-10m.json");
    if let Err(error) = std::fs::copy(&map, sources.join(US_MAP_SOURCE)) {
        eprintln!("extract: {}: {error}", map.display());
        return ExitCode::FAILURE;
    }
    println!("extract: {US_MAP_SOURCE} from {}", map.display());
    ExitCode::SUCCESS
}
