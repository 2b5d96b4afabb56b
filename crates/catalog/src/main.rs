//! `cargo run -p catalog`: rebuilds `public/data/occupations.json` and
//! `public/data/occupations/` from `data/sources/`.

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
