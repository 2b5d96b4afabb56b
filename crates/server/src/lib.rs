//! The production HTTP server: `dist/` served by the rules of docs/nginx.conf, with an optional page renderer asked first for page addresses (in production the shared renderer of `crates/render`, see [`load_site`]).

mod headers;
mod limits;
mod rendered;
mod renderer;
mod serving;
mod static_files;

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::from_fn_with_state;
use axum::routing::get;
use axum::Router;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

pub use rendered::brotli_at;
pub use renderer::{PageRenderer, RenderedPage};
pub use serving::{serve, serve_with, ServeOptions};

/// The shared renderer for a built site, loaded once: the data in `dist/data` and the app
/// shell `dist/404.html`; `site_url` is the public origin for canonical and Open Graph
/// addresses.
pub fn load_site(dist: &Path, site_url: &str) -> Result<role_compare_render::Site, String> {
    let shell_path = dist.join("404.html");
    let shell = std::fs::read_to_string(&shell_path)
        .map_err(|error| format!("{}: {error}", shell_path.display()))?;
    role_compare_render::Site::load(&dist.join("data"), shell, site_url)
}

/// What [`app`] serves and how.
#[derive(Clone)]
pub struct AppConfig {
    /// The built site (`trunk build --release` output).
    pub dist: PathBuf,
    /// Asked first for page addresses; without one, the server behaves as docs/nginx.conf.
    pub renderer: Option<Arc<dyn PageRenderer>>,
    /// Longest time to produce a response head; then 503.
    pub request_timeout: Duration,
    /// Longest path and query, in bytes; longer ones get 414.
    pub max_uri_bytes: usize,
    /// Bound on the rendered-page cache: page bytes in every coding, plus keys.
    pub cache_bytes: u64,
}

impl AppConfig {
    /// `dist` without a renderer, a 10 s timeout, 2,048-byte addresses and a 64 MiB cache.
    pub fn new(dist: impl Into<PathBuf>) -> Self {
        Self {
            dist: dist.into(),
            renderer: None,
            request_timeout: Duration::from_secs(10),
            max_uri_bytes: 2048,
            cache_bytes: 64 * 1024 * 1024,
        }
    }

    /// The same, asking `renderer` first for page addresses.
    pub fn with_renderer(mut self, renderer: Arc<dyn PageRenderer>) -> Self {
        self.renderer = Some(renderer);
        self
    }
}

/// The whole site as a router; fails when `dist/404.html` (the app shell, whose inline loader
/// the Content-Security-Policy allows by hash) cannot be read.
pub fn app(config: AppConfig) -> io::Result<Router> {
    let policies = Arc::new(headers::Policies::for_dist(&config.dist)?);
    let files = static_files::service(&config.dist, config.renderer.clone());
    let mut router = Router::new().route("/healthz", get(|| async { "ok" }));
    if let Some(renderer) = config.renderer {
        router = router.merge(rendered::routes(
            renderer,
            files.clone(),
            config.cache_bytes,
        ));
    }
    let limits = limits::Limits {
        max_uri_bytes: config.max_uri_bytes,
    };
    // Outermost first: every answer, refusals and failures included, gets the headers.
    let middleware = ServiceBuilder::new()
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_TYPE,
            headers::with_utf8_charset,
        ))
        .layer(from_fn_with_state(policies, headers::by_path))
        .layer(CatchPanicLayer::new())
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            config.request_timeout,
        ))
        .layer(from_fn_with_state(limits, limits::refuse_bad_requests));
    Ok(router.fallback_service(files).layer(middleware))
}

/// Completes on Ctrl-C or, on Unix, SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut terminate) => {
                terminate.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
