//! The response headers of docs/nginx.conf: Content-Security-Policy, the caching classes and a charset on text.

use std::io;
use std::path::Path;
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Response, StatusCode};
use axum::middleware::Next;
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use sha2::{Digest, Sha256};

use crate::limits::decoded_path;

pub(crate) const NO_CACHE: &str = "no-cache";
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const ONE_HOUR: &str = "public, max-age=3600";

/// The two policies of docs/nginx.conf for one build: only `/embed/` pages may be framed by
/// other sites.
pub(crate) struct Policies {
    site: HeaderValue,
    embed: HeaderValue,
}

impl Policies {
    /// Allows Trunk's inline loader in `dist/404.html` by its hash, as the build prints it.
    pub(crate) fn for_dist(dist: &Path) -> io::Result<Self> {
        let shell_path = dist.join("404.html");
        let shell = std::fs::read_to_string(&shell_path).map_err(|error| {
            io::Error::new(error.kind(), format!("{}: {error}", shell_path.display()))
        })?;
        // A policy without the loader's hash would start a server whose pages never run.
        let loader = inline_loader(&shell).ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "{} has no <script type=module> loader",
                    shell_path.display()
                ),
            )
        })?;
        let hash = BASE64.encode(Sha256::digest(loader.as_bytes()));
        let policy = |frame_ancestors: &str| {
            let value = format!(
                "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-{hash}'; \
                 style-src 'self'; img-src 'self' data:; connect-src 'self'; \
                 frame-ancestors {frame_ancestors}"
            );
            HeaderValue::try_from(value).expect("base64 and ASCII make a valid header value")
        };
        Ok(Self {
            site: policy("'self'"),
            embed: policy("*"),
        })
    }
}

/// The text of the first `<script type=module>` (any quoting), as static-server.mjs reads it.
fn inline_loader(html: &str) -> Option<&str> {
    let (at, opening) = [
        "<script type=module>",
        "<script type=\"module\">",
        "<script type='module'>",
    ]
    .into_iter()
    .filter_map(|opening| html.find(opening).map(|at| (at, opening)))
    .min()?;
    let body = &html[at + opening.len()..];
    body.find("</script>").map(|end| &body[..end])
}

/// Sets the policy and, on success, the caching class by path (a response that set its own
/// Cache-Control, a rendered page, keeps it).
pub(crate) async fn by_path(
    State(policies): State<Arc<Policies>>,
    request: Request,
    next: Next,
) -> axum::response::Response {
    let path = decoded_path(request.uri().path())
        .map(|path| path.into_owned())
        .unwrap_or_default();
    let mut response = next.run(request).await;
    let cacheable = response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED;
    let headers = response.headers_mut();
    let policy = if path.starts_with("/embed/") {
        &policies.embed
    } else {
        &policies.site
    };
    headers.insert(header::CONTENT_SECURITY_POLICY, policy.clone());
    if cacheable && !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static(cache_control(&path)),
        );
    }
    response
}

fn cache_control(path: &str) -> &'static str {
    if is_hashed_asset(path) {
        IMMUTABLE
    } else if is_fixed_asset(path) {
        ONE_HOUR
    } else {
        NO_CACHE
    }
}

/// nginx's `~* -[0-9a-f]{16}(_bg)?\.(js|wasm|css|svg|png)$`: build outputs named by their content.
pub(crate) fn is_hashed_asset(path: &str) -> bool {
    let Some((stem, extension)) = path.rsplit_once('.') else {
        return false;
    };
    if !["js", "wasm", "css", "svg", "png"]
        .iter()
        .any(|known| extension.eq_ignore_ascii_case(known))
    {
        return false;
    }
    let stem = stem.as_bytes();
    let stem = match stem.len().checked_sub(3) {
        Some(cut) if stem[cut..].eq_ignore_ascii_case(b"_bg") => &stem[..cut],
        _ => stem,
    };
    stem.len() >= 17
        && stem[stem.len() - 17] == b'-'
        && stem[stem.len() - 16..].iter().all(u8::is_ascii_hexdigit)
}

/// nginx's `~ ^/(embed[a-z-]*|app-start)\.(js|css)$`: embedding files, and the script that
/// starts the app on served pages, at fixed addresses.
pub(crate) fn is_fixed_asset(path: &str) -> bool {
    if path == "/app-start.js" {
        return true;
    }
    let Some((name, extension)) = path
        .strip_prefix("/embed")
        .and_then(|rest| rest.rsplit_once('.'))
    else {
        return false;
    };
    matches!(extension, "js" | "css") && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
}

/// ServeDir's types name no charset; the site's text is all UTF-8 (static-server.mjs says so).
pub(crate) fn with_utf8_charset<B>(response: &Response<B>) -> Option<HeaderValue> {
    let content_type = response
        .headers()
        .get(header::CONTENT_TYPE)?
        .to_str()
        .ok()?;
    let textual = content_type.starts_with("text/") || content_type == "application/json";
    (textual && !content_type.contains(';'))
        .then(|| HeaderValue::try_from(format!("{content_type}; charset=utf-8")).ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caching_classes_follow_nginx_conf() {
        for hashed in [
            "/role-compare-0123456789abcdef.js",
            "/role-compare-0123456789abcdef_bg.wasm",
            "/main-0123456789ABCDEF.css",
            "/favicon-0123456789abcdef.png",
        ] {
            assert_eq!(cache_control(hashed), IMMUTABLE, "{hashed}");
        }
        for fixed in [
            "/embed.js",
            "/embed-frame.js",
            "/embed-builder.css",
            "/embed.css",
        ] {
            assert_eq!(cache_control(fixed), ONE_HOUR, "{fixed}");
        }
        for page in [
            "/",
            "/compare/a-vs-b",
            "/data/articles.json",
            "/embed/shell.html",
            "/embed/x.js",
            "/main-0123456789abcde.css",
            "/role-compare-0123456789abcdefg.js",
            "/é-0123456789abcdef.js.map",
        ] {
            assert_eq!(cache_control(page), NO_CACHE, "{page}");
        }
    }

    #[test]
    fn finds_the_loader_however_its_type_is_quoted() {
        let html = "<head><script type=\"module\">import init from '/x.js';init()</script></head>";
        assert_eq!(inline_loader(html), Some("import init from '/x.js';init()"));
        assert_eq!(
            inline_loader("<script type=module>a</script><script type='module'>b</script>"),
            Some("a")
        );
        assert_eq!(inline_loader("<script src=/x.js></script>"), None);
    }
}
