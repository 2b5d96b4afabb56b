//! Builds the official-occupation catalogue (`public/data/occupations.json` and
//! `public/data/occupations/<slug>.json`) from the committed O*NET 29.2 and BLS OEWS May 2025
//! sources in `data/sources/`. Format: `docs/data-format.md`, "Official occupations".

pub mod areas;
pub mod basis;
pub mod catalog;
pub mod error;
pub mod groups;
pub mod oews;
pub mod onet;
pub mod output;
pub mod roles;
pub mod wages;

use std::path::{Path, PathBuf};

pub use catalog::{build, Catalog, Sources};
pub use error::{Error, Result};

/// The workspace root, two levels above this crate; sources and output paths hang off it.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("crates/catalog sits two levels below the workspace root")
        .to_path_buf()
}

/// Builds the catalogue from the sources under `root` and writes it under `root`.
pub fn run(root: &Path) -> Result<output::WriteSummary> {
    let catalog = build(&Sources::in_workspace(root))?;
    let files = output::render(&catalog)?;
    output::write(&root.join(output::DATA_DIR), &files)
}
