//! The real renderer (`crates/render`) on the real data (`public/data`), in a built site made once per test binary.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use role_compare_server::{load_site, AppConfig};

use super::{start, Server, OUTSIDE_SECRET};

pub const SITE_URL: &str = "https://careers.example.org";
pub const GENERATED: &str = "/compare/producers-and-directors-vs-software-developers";
/// The app shell as Trunk writes it from index.html: an empty <main> and the inline loader
/// (whose hash the Content-Security-Policy allows).
pub const APP_SHELL: &str = "<!doctype html><html lang=en><head><meta charset=utf-8><title>Role Compare: career comparisons, side by side</title><meta content=\"Side-by-side comparisons of careers.\" name=description><link href=/main-0123456789abcdef.css rel=stylesheet><script type=module>import init from '/x.js';init()</script><link crossorigin href=/role-compare-0123456789abcdef.js rel=modulepreload><link as=fetch crossorigin href=/role-compare-0123456789abcdef_bg.wasm rel=preload type=application/wasm></head><body><main id=main tabindex=-1></main><noscript><p class=noscript>Role Compare needs JavaScript.</p></noscript></body></html>";

fn public_data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A built site of the real data and the shell, with a file beside (not inside) `dist/`,
/// and the renderer loaded from it: made once per test binary (loading 1,600 data files
/// takes a while in a debug build), in this crate's scratch folder, one folder per binary.
pub fn built_site() -> &'static (PathBuf, Arc<role_compare_render::Site>) {
    static BUILT: OnceLock<(PathBuf, Arc<role_compare_render::Site>)> = OnceLock::new();
    BUILT.get_or_init(|| {
        let root = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join(concat!("real-site-", env!("CARGO_CRATE_NAME")));
        let _ = std::fs::remove_dir_all(&root);
        let dist = root.join("dist");
        copy_dir(&public_data(), &dist.join("data"));
        std::fs::write(dist.join("404.html"), APP_SHELL).unwrap();
        std::fs::write(root.join("secret.txt"), OUTSIDE_SECRET).unwrap();
        let site = load_site(&dist, SITE_URL).unwrap_or_else(|e| panic!("{e}"));
        (dist, Arc::new(site))
    })
}

/// The built site's configuration, with the real renderer.
pub fn real_config() -> AppConfig {
    let (dist, site) = built_site();
    AppConfig::new(dist).with_renderer(site.clone())
}

/// The built site served with the real renderer.
pub async fn real_site() -> Server {
    start(real_config()).await
}
