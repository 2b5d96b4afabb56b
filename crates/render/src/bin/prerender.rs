//! `cargo run -p prerender -- <site dir>`: run by Trunk after each build (Trunk.toml), with
//! the site in TRUNK_STAGING_DIR. The public address comes from ROLE_COMPARE_SITE_URL.

use std::path::PathBuf;
use std::process::ExitCode;

/// The address the site is served from, for canonical links, Open Graph and the sitemap.
const DEFAULT_SITE_URL: &str = "https://rolecompare.example";

fn main() -> ExitCode {
    let site = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from);
    let Some(site) = site else {
        eprintln!("prerender: name the built site directory (or set TRUNK_STAGING_DIR)");
        return ExitCode::FAILURE;
    };
    let site_url =
        std::env::var("ROLE_COMPARE_SITE_URL").unwrap_or_else(|_| DEFAULT_SITE_URL.to_owned());
    let site_url = site_url.trim_end_matches('/');
    let result = role_compare_render::SiteData::load(&role_compare_render::data_dir())
        .and_then(|data| role_compare_render::write_site(&site, &data, site_url));
    match result {
        Ok(count) => {
            eprintln!(
                "prerender: {count} pages, sitemap.xml, robots.txt and 404.html for {site_url}"
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("prerender: {error}");
            ExitCode::FAILURE
        }
    }
}
