//! Curated roles (`public/data/roles/*.json`), read and checked exactly as the app reads them.

use std::path::Path;

use role_compare_core::data::checks::decode_role;
use role_compare_core::Role;

use crate::error::{Error, Result};

/// Every role file in `dir`, sorted by slug.
pub fn read_dir(dir: &Path) -> Result<Vec<Role>> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| Error::new(format!("{}: {e}", dir.display())))?;
    let mut roles = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|e| Error::new(format!("{}: {e}", dir.display())))?
            .path();
        if path.extension().is_none_or(|ext| ext != "json") {
            continue;
        }
        let text = std::fs::read_to_string(&path)
            .map_err(|e| Error::new(format!("{}: {e}", path.display())))?;
        let slug = path.file_stem().unwrap_or_default().to_string_lossy();
        let role = decode_role(&path.display().to_string(), &slug, &text)
            .map_err(|e| Error::new(e.to_string()))?;
        roles.push(role);
    }
    roles.sort_by(|a, b| a.slug.cmp(&b.slug));
    Ok(roles)
}
