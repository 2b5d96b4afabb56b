//! The prerender step: every page a static host must serve as a file, written into the built
//! site, so that static hosting works without the server.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use role_compare_core::markup::tree::Node;
use role_compare_core::navigation::routes::embed_route;

use crate::Site;

/// What [`write_site`] wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    /// Rendered pages: the home page, articles, generated pairs and curated embeds.
    pub pages: usize,
    /// Every file, the pages included.
    pub files: usize,
}

/// The file a route is served from on a static host: `index.html` or
/// `compare/<pair>/index.html`.
pub fn route_file(route: &str) -> PathBuf {
    PathBuf::from(route.trim_start_matches('/')).join("index.html")
}

/// Every page route to prerender: the sitemap's, then the curated articles' embeds.
pub fn page_routes(site: &Site) -> Vec<String> {
    let mut routes = site.sitemap_routes();
    routes.extend(
        site.index()
            .articles
            .iter()
            .map(|entry| embed_route(&entry.pair())),
    );
    routes
}

/// `sitemap.xml`: [`Site::sitemap_routes`] at the site's address.
pub fn sitemap(site: &Site) -> String {
    let urls: String = site
        .sitemap_routes()
        .iter()
        .map(|route| {
            format!(
                "<url><loc>{}</loc></url>\n",
                Node::from(format!("{}{route}", site.site_url())).to_html()
            )
        })
        .collect();
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n{urls}</urlset>\n")
}

pub fn robots(site_url: &str) -> String {
    format!("User-agent: *\nAllow: /\nSitemap: {site_url}/sitemap.xml\n")
}

fn write(path: &Path, contents: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    fs::write(path, contents).map_err(|e| format!("{}: {e}", path.display()))
}

/// Writes into `dir` (the built site): `404.html` (the plain app), `index.html` and a page
/// for every other sitemap address, a static embed of every curated article,
/// `embed/shell.html`, `embed-builder/index.html`, `sitemap.xml` and `robots.txt`. Pages are
/// rendered on every core, since this runs in every build.
pub fn write_site(dir: &Path, site: &Site) -> Result<Written, String> {
    let routes = page_routes(site);
    let next = AtomicUsize::new(0);
    let failure = Mutex::new(None);
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                while let Some(route) = routes.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let result = match site.render(route, None) {
                        Some(page) if page.status == 200 => {
                            write(&dir.join(route_file(route)), &page.html)
                        }
                        Some(page) => {
                            Err(format!("{route} is not a page (status {})", page.status))
                        }
                        None => Err(format!("{route} is not a page route")),
                    };
                    if let Err(error) = result {
                        failure
                            .lock()
                            .expect("no worker panics")
                            .get_or_insert(error);
                        // The others stop too: nothing more is taken.
                        next.store(routes.len(), Ordering::Relaxed);
                    }
                }
            });
        }
    });
    if let Some(error) = failure.into_inner().expect("no worker panics") {
        return Err(error);
    }
    let files = [
        ("404.html", site.app_shell()),
        ("embed/shell.html", site.embed_shell()),
        ("embed-builder/index.html", site.embed_builder()),
        ("sitemap.xml", sitemap(site)),
        ("robots.txt", robots(site.site_url())),
    ];
    for (name, contents) in &files {
        write(&dir.join(name), contents)?;
    }
    Ok(Written {
        pages: routes.len(),
        files: routes.len() + files.len(),
    })
}
