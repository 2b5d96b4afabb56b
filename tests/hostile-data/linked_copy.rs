//! A copy of a folder made of links to its files (`#[path]`-included by the renderer's and
//! the server's corpus tests): one file at a time can then be replaced without copying the
//! 14 MB of `public/data` for every case.

use std::fs;
use std::path::Path;

/// Recreates `from`'s folders under `to`, each file a link to the original.
pub fn link_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            link_tree(&entry.path(), &target);
        } else {
            link(&entry.path(), &target);
        }
    }
}

#[cfg(unix)]
pub fn link(original: &Path, target: &Path) {
    std::os::unix::fs::symlink(original, target).unwrap();
}

#[cfg(not(unix))]
pub fn link(original: &Path, target: &Path) {
    fs::copy(original, target).unwrap();
}
