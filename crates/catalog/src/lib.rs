//! Builds the official-occupation catalogue (`public/data/occupations.json`,
//! `occupations/<slug>.json`, `areas.json`, `areas/<key>.json` and `us-states.json`) from
//! the committed O*NET 29.2, BLS OEWS May 2025 and us-atlas sources in `data/sources/`. Format: `docs/data-format.md`, "Official occupations".

pub mod area_files;
pub mod areas;
pub mod basis;
pub mod catalog;
pub mod concentration;
pub mod error;
pub mod extract;
pub mod figures;
pub mod groups;
pub mod industries;
pub mod local_areas;
pub mod map;
pub mod oews;
pub mod onet;
pub mod output;
pub mod roles;
pub mod top_areas;
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
