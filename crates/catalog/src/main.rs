//! `cargo run -p catalog`: rebuilds the catalogue under `public/data` (occupations, areas,
//! the map) from `data/sources/`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let root = catalog::workspace_root();
    match catalog::run(&root) {
        Ok(summary) => {
            println!(
                "catalog: {} files written, {} unchanged, {} stale removed",
                summary.written,
                summary.unchanged,
                summary.removed.len()
            );
            for path in &summary.removed {
                println!("  removed {}", path.display());
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("catalog: {error}");
            ExitCode::FAILURE
        }
    }
}
