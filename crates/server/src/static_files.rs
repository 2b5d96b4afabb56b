//! The built files, found as docs/nginx.conf's try_files finds them, and what answers when there is none.

use std::convert::Infallible;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::handler::Handler as _;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use tower::util::BoxCloneSyncService;
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

use crate::headers::{is_fixed_asset, is_hashed_asset};
use crate::limits::decoded_path;
use crate::rendered;
use crate::PageRenderer;

/// The files of `dist/` with their fallbacks, as one service the router and the page
/// handler share.
pub(crate) type Files = BoxCloneSyncService<Request, Response, Infallible>;

/// `$uri`, then `$uri/index.html` (served in place, no redirect to a trailing slash), each
/// as its `.br`/`.gz` sibling when the client takes it; then [`not_a_file`].
pub(crate) fn service(dist: &Path, renderer: Option<Arc<dyn PageRenderer>>) -> Files {
    let fallback = Fallback {
        app_shell: dist.join("404.html"),
        embed_shell: dist.join("embed").join("shell.html"),
        renderer,
    };
    let files = ServeDir::new(dist)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(true)
        .redirect_to_trailing_slash(false)
        .fallback(not_a_file.with_state(Arc::new(fallback)));
    BoxCloneSyncService::new(ServiceExt::<Request>::map_response(
        files,
        IntoResponse::into_response,
    ))
}

struct Fallback {
    app_shell: PathBuf,
    embed_shell: PathBuf,
    renderer: Option<Arc<dyn PageRenderer>>,
}

/// nginx's last try_files entries: data files and fixed-name assets must exist; other `/embed/`
/// addresses get the embed app; anything else the app shell (status 200, it shows its own Not
/// Found), or the renderer's not-found page (status 404) when there is a renderer.
async fn not_a_file(State(fallback): State<Arc<Fallback>>, request: Request) -> Response {
    let path = decoded_path(request.uri().path()).unwrap_or_default();
    if path.starts_with("/data/") || is_hashed_asset(&path) || is_fixed_asset(&path) {
        return (StatusCode::NOT_FOUND, "Not found\n").into_response();
    }
    if path.starts_with("/embed/") {
        return serve_file(&fallback.embed_shell, request).await;
    }
    match &fallback.renderer {
        Some(renderer) => rendered::not_found(Arc::clone(renderer), request).await,
        None => serve_file(&fallback.app_shell, request).await,
    }
}

async fn serve_file(path: &Path, request: Request) -> Response {
    let file = ServeFile::new(path).precompressed_br().precompressed_gzip();
    match file.oneshot(request).await {
        Ok(response) => response.into_response(),
        Err(never) => match never {},
    }
}
