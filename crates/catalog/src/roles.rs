//! Curated roles (`public/data/roles/*.json`): only the fields the catalogue lists.

use std::path::Path;

use serde::Deserialize;

use crate::error::{Error, Result};

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct CuratedRole {
    pub slug: String,
    pub title: String,
    /// O*NET-SOC code of the closest official occupation.
    #[serde(default)]
    pub occupation: Option<String>,
}

/// Every role file in `dir`, sorted by slug.
pub fn read_dir(dir: &Path) -> Result<Vec<CuratedRole>> {
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
        let role: CuratedRole = serde_json::from_str(&text)
            .map_err(|e| Error::new(format!("{}: {e}", path.display())))?;
        roles.push(role);
    }
    roles.sort_by(|a, b| a.slug.cmp(&b.slug));
    Ok(roles)
}
