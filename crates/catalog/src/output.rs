//! The catalogue as files under `public/data`: rendering, writing, and comparing.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::catalog::Catalog;
use crate::error::{Error, Result};

/// `public/data`, relative to the workspace root.
pub const DATA_DIR: &str = "public/data";
/// The index, relative to [`DATA_DIR`].
pub const INDEX_FILE: &str = "occupations.json";
/// The directory of occupation files, relative to [`DATA_DIR`]; the builder owns it.
pub const OCCUPATION_DIR: &str = "occupations";

/// Every area, for the area picker, relative to [`DATA_DIR`].
pub const AREA_INDEX_FILE: &str = "areas.json";
/// The directory of metro and nonmetro area files, relative to [`DATA_DIR`]; the builder
/// owns it.
pub const AREA_DIR: &str = "areas";
/// The map of the states, relative to [`DATA_DIR`].
pub const US_MAP_FILE: &str = "us-states.json";

/// The directories whose every file the builder writes, so that it removes stale ones.
const OWNED_DIRS: [&str; 2] = [OCCUPATION_DIR, AREA_DIR];

/// Every file the catalogue consists of: path relative to [`DATA_DIR`] → contents.
pub type Files = BTreeMap<String, String>;

pub fn render(catalog: &Catalog) -> Result<Files> {
    let mut files = Files::new();
    files.insert(INDEX_FILE.to_owned(), to_json(&catalog.index)?);
    for occupation in &catalog.occupations {
        let path = format!("{OCCUPATION_DIR}/{}.json", occupation.slug);
        files.insert(path, to_json(occupation)?);
    }
    files.insert(AREA_INDEX_FILE.to_owned(), to_json(&catalog.areas)?);
    for local in &catalog.local {
        files.insert(format!("{AREA_DIR}/{}.json", local.key), to_json(local)?);
    }
    files.insert(US_MAP_FILE.to_owned(), to_json(&catalog.us_map)?);
    Ok(files)
}

/// Compact JSON with a final newline: the smallest download, and the same bytes every run
/// (struct fields and map keys have a fixed order).
fn to_json(value: &impl Serialize) -> Result<String> {
    let mut json = serde_json::to_string(value).map_err(|e| Error::new(e.to_string()))?;
    json.push('\n');
    Ok(json)
}

/// What [`write`] did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct WriteSummary {
    pub written: usize,
    pub unchanged: usize,
    pub removed: Vec<PathBuf>,
}

/// Writes `files` under `data_dir` and removes files in the occupation and area directories
/// that the catalogue no longer has (a renamed or dropped occupation or area), so that the
/// directories always equal the catalogue.
pub fn write(data_dir: &Path, files: &Files) -> Result<WriteSummary> {
    let mut summary = WriteSummary::default();
    for dir in OWNED_DIRS {
        let dir = data_dir.join(dir);
        std::fs::create_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
    }
    for (relative, contents) in files {
        let path = data_dir.join(relative);
        // Unchanged files keep their timestamps, so watchers and rsync see no change.
        if std::fs::read(&path).is_ok_and(|old| old == contents.as_bytes()) {
            summary.unchanged += 1;
            continue;
        }
        std::fs::write(&path, contents).map_err(|e| io_error(&path, e))?;
        summary.written += 1;
    }
    for path in extra_files(data_dir, files)? {
        std::fs::remove_file(&path).map_err(|e| io_error(&path, e))?;
        summary.removed.push(path);
    }
    Ok(summary)
}

/// How the files under `data_dir` differ from `files`: each message names one file that is
/// missing, different, or not part of the catalogue. Empty when they match byte for byte.
pub fn differences(data_dir: &Path, files: &Files) -> Result<Vec<String>> {
    let mut messages = Vec::new();
    for (relative, contents) in files {
        match std::fs::read(data_dir.join(relative)) {
            Ok(old) if old == contents.as_bytes() => {}
            Ok(_) => messages.push(format!("{relative} differs")),
            Err(_) => messages.push(format!("{relative} is missing")),
        }
    }
    for path in extra_files(data_dir, files)? {
        messages.push(format!("{} is not part of the catalogue", path.display()));
    }
    Ok(messages)
}

/// Entries of the owned directories that `files` does not contain.
fn extra_files(data_dir: &Path, files: &Files) -> Result<Vec<PathBuf>> {
    let mut extra = Vec::new();
    for owned in OWNED_DIRS {
        let dir = data_dir.join(owned);
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(io_error(&dir, e)),
        };
        for entry in entries {
            let entry = entry.map_err(|e| io_error(&dir, e))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if !files.contains_key(&format!("{owned}/{name}")) {
                extra.push(entry.path());
            }
        }
    }
    extra.sort();
    Ok(extra)
}

fn io_error(path: &Path, error: std::io::Error) -> Error {
    Error::new(format!("{}: {error}", path.display()))
}
