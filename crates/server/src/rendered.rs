//! Pages from the renderer: a bounded cache of their compressed bodies, strong ETags, Accept-Encoding negotiation.

use std::io::Write as _;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use quick_cache::sync::Cache;
use quick_cache::Weighter;
use tower::ServiceExt as _;

use crate::limits::page_path;
use crate::static_files::Files;
use crate::{PageRenderer, RenderedPage};

/// Browsers revalidate (the ETag makes that a 304); a CDN may keep a page five minutes and
/// serve a stale one for a day while it fetches the next.
const RENDERED_CACHE: &str = "public, max-age=0, s-maxage=300, stale-while-revalidate=86400";
/// How hard a page is compressed. A generated page in an area (53 KB) with Google's encoder
/// (examples/compression_timing.rs, examples/miss_timing.rs): rendering takes 0.3 ms; brotli
/// quality 4 takes 0.64 ms for 11.6 KB, 5 takes 1.1 ms and is 5% smaller, 6 and up cost more
/// for nothing until 11 (70 ms); quality 1 takes 0.14 ms for 13.5 KB, 0 takes 0.09 ms for
/// 14.0 KB. Gzip 6 takes 1.0 ms, 1 takes 0.31 ms for 16.7 KB. The built files keep the
/// build's quality 11.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Effort {
    /// Quality 4: smaller pages for readers on slow networks, while the server keeps up.
    Smaller,
    /// Quality 0: while more pages wait to be rendered than there are cores, a faster
    /// compression (a seventh of the time, 20% larger) keeps the queue, and so every
    /// reader's wait, short. Under 64 connections of distinct pages (the pure-Rust encoder)
    /// it served 1,825–1,966 pages a second at 0.92–0.99 ms of CPU each, against
    /// 1,538–1,765 at 1.04–1.19 ms with quality 1; with Google's encoder, 2,188–2,675.
    Faster,
}

impl Effort {
    fn brotli_quality(self) -> u8 {
        match self {
            Effort::Smaller => 4,
            Effort::Faster => 0,
        }
    }

    fn gzip_level(self) -> u32 {
        match self {
            Effort::Smaller => 6,
            Effort::Faster => 1,
        }
    }
}

/// The smallest brotli window that holds all of `bytes` (16 to 22 bits): a window past the
/// page's size finds nothing more, and the fast qualities spend more time on a larger one
/// (quality 1: a third more on a 22-bit window).
fn brotli_window(bytes: usize) -> u8 {
    (usize::BITS - bytes.max(1).leading_zeros()).clamp(16, 22) as u8
}

/// Every address a renderer may answer for; `render` returning `None` falls through to files.
pub(crate) fn routes(renderer: Arc<dyn PageRenderer>, files: Files, cache_bytes: u64) -> Router {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let pages = Arc::new(Pages {
        renderer,
        files,
        // quick_cache: S3-FIFO resists scans (one-off queries do not push out the popular
        // pages), it weighs entries by bytes, and it makes concurrent misses for one page
        // wait for a single render; small, and no background threads (unlike moka).
        cache: Cache::with_weighter(1024, cache_bytes, ByteWeight),
        rendering: Arc::new(AtomicUsize::new(0)),
        cores,
        render_slots: tokio::sync::Semaphore::new(cores * 3),
    });
    Router::new()
        .route("/", get(page))
        .route("/compare/{pair}", get(page))
        .route("/compare/{pair}/", get(page))
        .route("/embed/compare/{pair}", get(page))
        .route("/embed/compare/{pair}/", get(page))
        .with_state(pages)
}

struct Pages {
    renderer: Arc<dyn PageRenderer>,
    files: Files,
    cache: Cache<PageKey, Arc<EncodedPage>, ByteWeight>,
    /// Renders under way or waiting for a slot.
    rendering: Arc<AtomicUsize>,
    cores: usize,
    /// Three renders per core at a time, the rest wait in order. A thread for every waiting
    /// render shares the cores among all of them, and every reader waits as long as the
    /// slowest; one per core leaves a core idle whenever a render thread is descheduled.
    /// Under 64 connections of distinct pages (scripts/bench): unbounded 1,280 req/s with
    /// p99 120 ms, one per core 1,053 req/s with p99 75 ms, two per core 1,530 req/s with
    /// p99 58 ms. With renders and compression twice as fast, in alternating 8 s runs: one
    /// per core 1,744–1,832 req/s, two 1,840–2,356, three 2,257–2,530 (p99 40–49 ms), four
    /// 2,266–2,545 (p99 44–51 ms).
    render_slots: tokio::sync::Semaphore,
}

impl Pages {
    /// Counts a render until the returned guard is dropped, and says how hard to compress it.
    fn start_render(&self) -> (Effort, Rendering) {
        let before = self.rendering.fetch_add(1, Ordering::Relaxed);
        let effort = if before >= self.cores {
            Effort::Faster
        } else {
            Effort::Smaller
        };
        (effort, Rendering(Arc::clone(&self.rendering)))
    }
}

/// One render under way, counted in [`Pages::rendering`] while it lives.
struct Rendering(Arc<AtomicUsize>);

impl Drop for Rendering {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

/// A page is cached once per coding a client asks for (browsers all take brotli), so a miss
/// compresses only what this request needs.
type PageKey = (String, Option<String>, Coding);

async fn page(State(pages): State<Arc<Pages>>, request: Request) -> Response {
    let Some(path) = page_path(request.uri().path()) else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    let wanted = negotiate(request.headers());
    let key = (path, request.uri().query().map(str::to_owned), wanted);
    let page = match pages.cache.get_value_or_guard_async(&key).await {
        Ok(page) => page,
        Err(guard) => {
            let renderer = Arc::clone(&pages.renderer);
            let (path, query, _) = key.clone();
            let (effort, rendering) = pages.start_render();
            let Ok(slot) = pages.render_slots.acquire().await else {
                return renderer_failed();
            };
            // A miss is a render and a compression, 0.8 to 1.3 ms of CPU: far past what a tokio
            // worker should run between awaits, so on the blocking pool. Only pages (status
            // 200) are kept: not-found answers to made-up addresses would crowd them out.
            let rendered = tokio::task::spawn_blocking(move || {
                let _rendering = rendering;
                let page = renderer.render(&path, query.as_deref())?;
                Some(EncodedPage::new(page, &[wanted], effort))
            })
            .await;
            drop(slot);
            match rendered {
                Ok(Some(page)) => {
                    let page = Arc::new(page);
                    if page.status == StatusCode::OK {
                        let _ = guard.insert(Arc::clone(&page));
                    }
                    page
                }
                Ok(None) => {
                    drop(guard);
                    return match pages.files.clone().oneshot(request).await {
                        Ok(response) => response,
                        Err(never) => match never {},
                    };
                }
                Err(_panicked) => return renderer_failed(),
            }
        }
    };
    respond(&page, request.headers())
}

/// The renderer's not-found page, status 404, for an address that is neither page nor file.
pub(crate) async fn not_found(renderer: Arc<dyn PageRenderer>, request: Request) -> Response {
    let Some(path) = page_path(request.uri().path()) else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    let wanted = negotiate(request.headers());
    let rendered = tokio::task::spawn_blocking(move || {
        let page = RenderedPage {
            status: 404,
            location: None,
            ..renderer.not_found(&path)
        };
        // Never cached, and most often a made-up address.
        EncodedPage::new(page, &[wanted], Effort::Faster)
    })
    .await;
    match rendered {
        Ok(page) => respond(&page, request.headers()),
        Err(_panicked) => renderer_failed(),
    }
}

/// A renderer bug, not bad input: the request fails, the server goes on.
fn renderer_failed() -> Response {
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        "The page could not be made\n",
    )
        .into_response()
}

fn respond(page: &EncodedPage, request: &HeaderMap) -> Response {
    let (coding, body) = page.body(negotiate(request));
    let etag = page.etag(coding);
    let mut response = if page.status.is_success() && page.matches_if_none_match(request) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let mut response = (page.status, Body::from(body.clone())).into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        );
        if let Some(location) = &page.location {
            headers.insert(header::LOCATION, location.clone());
        }
        if let Some(name) = coding.name() {
            headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(name));
        }
        response
    };
    let headers = response.headers_mut();
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(RENDERED_CACHE),
    );
    headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    headers.insert(
        header::ETAG,
        HeaderValue::try_from(etag).expect("hex digits make a valid ETag"),
    );
    response
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Coding {
    Brotli,
    Gzip,
    Identity,
}

impl Coding {
    const ALL: [Coding; 3] = [Coding::Brotli, Coding::Gzip, Coding::Identity];

    fn name(self) -> Option<&'static str> {
        match self {
            Coding::Brotli => Some("br"),
            Coding::Gzip => Some("gzip"),
            Coding::Identity => None,
        }
    }

    /// Each representation has its own strong validator (RFC 9110 §8.8.3).
    fn etag_suffix(self) -> &'static str {
        match self {
            Coding::Brotli => "-br",
            Coding::Gzip => "-gz",
            Coding::Identity => "",
        }
    }
}

/// Brotli when the client takes it, then gzip, else identity (`q=0` refuses a coding, `*`
/// stands for the ones not named).
fn negotiate(request: &HeaderMap) -> Coding {
    let (mut brotli, mut gzip, mut any) = (None, None, None);
    let items = request
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','));
    for item in items {
        let mut parts = item.split(';');
        let name = parts.next().unwrap_or_default().trim();
        let weight = parts
            .find_map(|param| {
                let (key, value) = param.split_once('=')?;
                key.trim()
                    .eq_ignore_ascii_case("q")
                    .then(|| value.trim().parse::<f32>().unwrap_or(0.0))
            })
            .unwrap_or(1.0);
        if name.eq_ignore_ascii_case("br") {
            brotli = Some(weight);
        } else if name.eq_ignore_ascii_case("gzip") || name.eq_ignore_ascii_case("x-gzip") {
            gzip = Some(weight);
        } else if name == "*" {
            any = Some(weight);
        }
    }
    let accepted = |weight: Option<f32>| weight.or(any).is_some_and(|q| q > 0.0);
    if accepted(brotli) {
        Coding::Brotli
    } else if accepted(gzip) {
        Coding::Gzip
    } else {
        Coding::Identity
    }
}

/// A rendered page with the bodies it may be sent as.
struct EncodedPage {
    status: StatusCode,
    /// Where a redirect goes.
    location: Option<HeaderValue>,
    /// XXH3's 128 bits of the page: a validator needs no cryptographic hash (the pages are
    /// ours, never an attacker's choice), and SHA-256 was 3–4% of a miss's CPU under load
    /// (perf), this a tenth of that.
    digest: String,
    identity: Bytes,
    brotli: Option<Bytes>,
    gzip: Option<Bytes>,
}

impl EncodedPage {
    fn new(page: RenderedPage, codings: &[Coding], effort: Effort) -> Self {
        // A renderer bug could only make an address that is no header value: fail the
        // request rather than send a redirect to nowhere.
        let location = page.location.as_deref().map(|location| {
            HeaderValue::try_from(location).expect("a redirect's address is a header value")
        });
        let identity = Bytes::from(page.html.into_bytes());
        let digest = format!("{:032x}", xxhash_rust::xxh3::xxh3_128(&identity));
        let wants = |coding| codings.contains(&coding);
        Self {
            status: StatusCode::from_u16(page.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            location,
            digest,
            brotli: wants(Coding::Brotli).then(|| brotli(&identity, effort)),
            gzip: wants(Coding::Gzip).then(|| gzip(&identity, effort)),
            identity,
        }
    }

    /// The body in `wanted`, or identity when that coding was not made.
    fn body(&self, wanted: Coding) -> (Coding, &Bytes) {
        match (wanted, &self.brotli, &self.gzip) {
            (Coding::Brotli, Some(body), _) | (Coding::Gzip, _, Some(body)) => (wanted, body),
            _ => (Coding::Identity, &self.identity),
        }
    }

    fn etag(&self, coding: Coding) -> String {
        format!("\"{}{}\"", self.digest, coding.etag_suffix())
    }

    /// Any representation of these bytes validates: a client only sends an ETag it could
    /// decode.
    fn matches_if_none_match(&self, request: &HeaderMap) -> bool {
        request
            .get_all(header::IF_NONE_MATCH)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(','))
            .map(|tag| tag.trim())
            .any(|tag| {
                let tag = tag.strip_prefix("W/").unwrap_or(tag);
                tag == "*" || Coding::ALL.iter().any(|&coding| tag == self.etag(coding))
            })
    }

    fn weight(&self) -> u64 {
        let bytes = self.identity.len()
            + self.brotli.as_ref().map_or(0, Bytes::len)
            + self.gzip.as_ref().map_or(0, Bytes::len);
        // The key and bookkeeping, so tiny pages still count.
        (bytes + 256) as u64
    }
}

#[derive(Clone)]
struct ByteWeight;

impl Weighter<PageKey, Arc<EncodedPage>> for ByteWeight {
    fn weight(&self, key: &PageKey, page: &Arc<EncodedPage>) -> u64 {
        page.weight() + (key.0.len() + key.1.as_ref().map_or(0, String::len)) as u64
    }
}

fn brotli(bytes: &[u8], effort: Effort) -> Bytes {
    Bytes::from(brotli_at(
        bytes,
        effort.brotli_quality(),
        brotli_window(bytes.len()),
    ))
}

/// `bytes` compressed by Google's C encoder (brotlic) at `quality` (0–11) with a window of
/// `window` bits (10–24): at quality 0 it takes half the time of the pure-Rust port for the
/// same bytes (a 53 KB page: 90 against 170 µs, examples/compression_timing.rs), where a
/// miss spent a quarter of its CPU. Public for the timing examples.
pub fn brotli_at(bytes: &[u8], quality: u8, window: u8) -> Vec<u8> {
    let encoder = brotlic::BrotliEncoderOptions::new()
        .quality(brotlic::Quality::new(quality).expect("qualities are 0 to 11"))
        .window_size(brotlic::WindowSize::new(window).expect("windows are 10 to 24 bits"))
        .size_hint(u32::try_from(bytes.len()).unwrap_or(u32::MAX))
        .build()
        .expect("a quality and window in range make an encoder");
    let mut writer =
        brotlic::CompressorWriter::with_encoder(encoder, Vec::with_capacity(bytes.len() / 4));
    writer
        .write_all(bytes)
        .expect("writing to a Vec cannot fail");
    writer.into_inner().expect("writing to a Vec cannot fail")
}

fn gzip(bytes: &[u8], effort: Effort) -> Bytes {
    let mut encoder = flate2::write::GzEncoder::new(
        Vec::with_capacity(bytes.len() / 3),
        flate2::Compression::new(effort.gzip_level()),
    );
    encoder
        .write_all(bytes)
        .expect("writing to a Vec cannot fail");
    Bytes::from(encoder.finish().expect("writing to a Vec cannot fail"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read as _;

    #[test]
    fn the_window_holds_the_page() {
        assert_eq!(brotli_window(0), 16);
        assert_eq!(brotli_window(53_330), 16);
        assert_eq!(brotli_window(65_536), 17);
        assert_eq!(brotli_window(100_000), 17);
        assert_eq!(brotli_window(10 << 20), 22);
    }

    #[test]
    fn both_efforts_decode_to_the_page_and_the_smaller_is_smaller() {
        let page: String = (0..2000)
            .map(|i| format!("<tr><td>Area {i}</td><td>${}</td></tr>", i * 37 % 1000))
            .collect();
        let mut sizes = Vec::new();
        for effort in [Effort::Smaller, Effort::Faster] {
            let compressed = brotli(page.as_bytes(), effort);
            let mut decoded = String::new();
            brotli::Decompressor::new(&compressed[..], 4096)
                .read_to_string(&mut decoded)
                .unwrap();
            assert_eq!(decoded, page, "{effort:?} brotli");
            let compressed_gzip = gzip(page.as_bytes(), effort);
            let mut decoded = String::new();
            flate2::read::GzDecoder::new(&compressed_gzip[..])
                .read_to_string(&mut decoded)
                .unwrap();
            assert_eq!(decoded, page, "{effort:?} gzip");
            sizes.push(compressed.len());
        }
        assert!(
            sizes[0] < sizes[1],
            "quality 4 {} < quality 0 {}",
            sizes[0],
            sizes[1]
        );
    }

    #[test]
    fn pages_compress_faster_while_more_wait_than_there_are_cores() {
        let pages = Pages {
            renderer: Arc::new(NoPages),
            files: crate::static_files::service(std::path::Path::new("/nonexistent"), None),
            cache: Cache::with_weighter(1, 1, ByteWeight),
            rendering: Arc::new(AtomicUsize::new(0)),
            cores: 2,
            render_slots: tokio::sync::Semaphore::new(2),
        };
        let (first, a) = pages.start_render();
        let (second, b) = pages.start_render();
        let (third, c) = pages.start_render();
        assert_eq!(
            [first, second, third],
            [Effort::Smaller, Effort::Smaller, Effort::Faster]
        );
        drop((a, b, c));
        assert_eq!(pages.rendering.load(Ordering::Relaxed), 0);
        assert_eq!(pages.start_render().0, Effort::Smaller);
    }

    struct NoPages;

    impl PageRenderer for NoPages {
        fn render(&self, _: &str, _: Option<&str>) -> Option<RenderedPage> {
            None
        }

        fn not_found(&self, path: &str) -> RenderedPage {
            RenderedPage::page(404, path)
        }
    }

    fn accepting(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_str(value).unwrap(),
        );
        headers
    }

    #[test]
    fn negotiation_prefers_brotli_and_honours_refusals() {
        assert_eq!(negotiate(&HeaderMap::new()), Coding::Identity);
        assert_eq!(
            negotiate(&accepting("gzip, deflate, br, zstd")),
            Coding::Brotli
        );
        assert_eq!(
            negotiate(&accepting("gzip;q=1.0, br;q=0.5")),
            Coding::Brotli
        );
        assert_eq!(negotiate(&accepting("br;q=0, gzip")), Coding::Gzip);
        assert_eq!(negotiate(&accepting("BR;Q=0, *")), Coding::Gzip);
        assert_eq!(negotiate(&accepting("*;q=0")), Coding::Identity);
        assert_eq!(negotiate(&accepting("identity")), Coding::Identity);
    }
}
