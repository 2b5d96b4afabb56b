//! Requests refused before any file or renderer sees them: other methods, overlong addresses and paths that try to leave the site.

use std::borrow::Cow;

use axum::extract::{Request, State};
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use percent_encoding::percent_decode_str;

/// The longest file name Linux takes (255 bytes) less the `.br`/`.gz` that ServeDir appends when
/// it looks for a sibling; a longer segment makes the open fail with ENAMETOOLONG, which
/// ServeDir answers with 500.
const MAX_SEGMENT_BYTES: usize = 252;

/// What the server accepts from a request line.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Limits {
    /// Path and query together, in bytes as sent.
    pub(crate) max_uri_bytes: usize,
}

pub(crate) async fn refuse_bad_requests(
    State(limits): State<Limits>,
    request: Request,
    next: Next,
) -> Response {
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        return (
            StatusCode::METHOD_NOT_ALLOWED,
            [(header::ALLOW, "GET, HEAD")],
            "Method not allowed\n",
        )
            .into_response();
    }
    let uri_bytes = request
        .uri()
        .path_and_query()
        .map_or(0, |target| target.as_str().len());
    if uri_bytes > limits.max_uri_bytes {
        return (StatusCode::URI_TOO_LONG, "URI too long\n").into_response();
    }
    let Some(path) = decoded_path(request.uri().path()) else {
        return (StatusCode::BAD_REQUEST, "Bad request\n").into_response();
    };
    if path
        .split('/')
        .any(|segment| segment.len() > MAX_SEGMENT_BYTES)
    {
        // Names no file, and no page has such an address.
        return (StatusCode::NOT_FOUND, "Not found\n").into_response();
    }
    next.run(request).await
}

/// The percent-decoded path, or `None` for one that could name something outside the site or
/// something other than what it shows: `.`/`..` segments (however encoded), encoded `/` or `\`
/// (a decoded segment must not become two), backslashes, control characters, invalid UTF-8.
pub(crate) fn decoded_path(raw: &str) -> Option<Cow<'_, str>> {
    let hides_separator = raw.as_bytes().windows(3).any(|w| {
        w[0] == b'%' && (w[1..].eq_ignore_ascii_case(b"2f") || w[1..].eq_ignore_ascii_case(b"5c"))
    });
    if hides_separator {
        return None;
    }
    let decoded = percent_decode_str(raw).decode_utf8().ok()?;
    let unsafe_char = decoded.chars().any(|c| c == '\\' || c.is_control());
    let dot_segment = decoded.split('/').any(|s| s == "." || s == "..");
    (!unsafe_char && !dot_segment).then_some(decoded)
}

/// The address a renderer is asked about: decoded, and without a trailing slash so that
/// `/compare/a-vs-b/` and `/compare/a-vs-b` are one page.
pub(crate) fn page_path(raw: &str) -> Option<String> {
    let decoded = decoded_path(raw)?;
    let trimmed = decoded.trim_end_matches('/');
    Some(if trimmed.is_empty() {
        "/".to_owned()
    } else {
        trimmed.to_owned()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_paths_that_leave_the_site_or_hide_separators() {
        for raw in [
            "/a/../b",
            "/%2e%2e/x",
            "/a/%2E/b",
            "/a%2Fb",
            "/a%2fb",
            "/a%5Cb",
            "/a\\b",
            "/%00",
            "/%ff",
        ] {
            assert_eq!(decoded_path(raw), None, "{raw}");
        }
        assert_eq!(decoded_path("/a%20b/c").as_deref(), Some("/a b/c"));
        assert_eq!(decoded_path("/a..b/.c").as_deref(), Some("/a..b/.c"));
    }

    #[test]
    fn page_paths_lose_the_trailing_slash_but_root_stays() {
        assert_eq!(page_path("/").as_deref(), Some("/"));
        assert_eq!(
            page_path("/compare/a-vs-b/").as_deref(),
            Some("/compare/a-vs-b")
        );
        assert_eq!(
            page_path("/compare/caf%C3%A9").as_deref(),
            Some("/compare/café")
        );
    }
}
