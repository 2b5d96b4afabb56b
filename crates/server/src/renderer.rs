//! The seam between the server and the page renderer it shares with the prerender step.

/// A page the shared renderer produced for an address, or a redirect to another.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenderedPage {
    /// 200 for a page, 404 for a page that says the address names nothing, 302 for a
    /// redirect (any other value is answered as given).
    pub status: u16,
    /// The whole document, served as `text/html; charset=utf-8`.
    pub html: String,
    /// For a redirect: where to, a path and query on this site, sent as `Location`. Only
    /// 200 pages are cached, so a redirect is asked for again on every request.
    pub location: Option<String>,
}

impl RenderedPage {
    /// A page (no redirect).
    pub fn page(status: u16, html: impl Into<String>) -> Self {
        Self {
            status,
            html: html.into(),
            location: None,
        }
    }
}

/// The one renderer shared with the prerender step; the server asks it first for page
/// addresses (`/`, `/compare/<pair>`, `/embed/compare/<pair>`, each with or without a trailing
/// slash).
///
/// Calls are CPU-bound and may take about a millisecond: the server makes them on tokio's
/// blocking pool, and a panic becomes a 500 for that request only. Output must depend only on
/// `path` and `query`, since the server caches 200 pages by them for as long as it runs.
pub trait PageRenderer: Send + Sync + 'static {
    /// The page at `path` with the raw (still percent-encoded) `query`, or `None` when `path`
    /// is not a page this renderer makes (the built files are tried next). A page may be a
    /// redirect (`location`), e.g. from `?area=austin` to `?area=austin-tx`.
    ///
    /// `path` is percent-decoded UTF-8, starts with `/` and has no trailing slash unless it is
    /// `/` itself, so `/compare/a-vs-b` and `/compare/a-vs-b/` are one page. It never holds
    /// `.` or `..` segments, backslashes or control characters: such requests are refused
    /// before any renderer sees them.
    fn render(&self, path: &str, query: Option<&str>) -> Option<RenderedPage>;

    /// The not-found page for an address that is neither a page nor a file (`path` as in
    /// [`PageRenderer::render`]). Served with status 404 whatever `status` says.
    fn not_found(&self, path: &str) -> RenderedPage;
}

/// The shared renderer (`crates/render`) as the server's page renderer.
impl PageRenderer for role_compare_render::Site {
    fn render(&self, path: &str, query: Option<&str>) -> Option<RenderedPage> {
        role_compare_render::Site::render(self, path, query).map(RenderedPage::from)
    }

    fn not_found(&self, path: &str) -> RenderedPage {
        role_compare_render::Site::not_found(self, path).into()
    }
}

impl From<role_compare_render::Rendered> for RenderedPage {
    fn from(page: role_compare_render::Rendered) -> Self {
        Self {
            status: page.status,
            html: page.html,
            location: page.location,
        }
    }
}
