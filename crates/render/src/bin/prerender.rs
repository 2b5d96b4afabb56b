//! `cargo run -p role-compare-render --bin prerender -- <site dir>`: run by Trunk after each
//! build (scripts/post-build.mjs), with the site in TRUNK_STAGING_DIR. Reads the data the
//! build copied to `<site>/data` and the app shell Trunk wrote (`index.html`, or `404.html`
//! when the site was prerendered before), then writes every static page. The public address
//! comes from ROLE_COMPARE_SITE_URL.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use role_compare_render::shell::is_rendered;
use role_compare_render::static_site::write_site;
use role_compare_render::{site_url_from_env, Site};

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// The plain app shell: a fresh build's `index.html`, or the `404.html` written from it.
fn app_shell(site: &Path) -> Result<String, String> {
    let index = read(&site.join("index.html"))?;
    if is_rendered(&index) {
        read(&site.join("404.html"))
    } else {
        Ok(index)
    }
}

fn main() -> ExitCode {
    let site = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from);
    let Some(site) = site else {
        eprintln!("prerender: name the built site directory (or set TRUNK_STAGING_DIR)");
        return ExitCode::FAILURE;
    };
    let site_url = site_url_from_env();
    let started = Instant::now();
    let result = app_shell(&site)
        .and_then(|shell| Site::load(&site.join("data"), shell, &site_url))
        .and_then(|loaded| {
            let load_time = started.elapsed();
            write_site(&site, &loaded).map(|written| (load_time, written))
        });
    match result {
        Ok((load_time, written)) => {
            eprintln!(
                "prerender: {} pages, {} files for {site_url} in {:.2} s (data loaded in {:.2} s)",
                written.pages,
                written.files,
                started.elapsed().as_secs_f64(),
                load_time.as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("prerender: {error}");
            ExitCode::FAILURE
        }
    }
}
