//! What the integration tests share: a small built site, a server on a free loopback port, a test renderer and raw HTTP.

// Each test file uses its own part of this module.
#![allow(dead_code)]

pub mod http;
pub mod real_site;

use std::io::Write as _;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use base64::Engine as _;
use role_compare_server::{app, serve_with, AppConfig, PageRenderer, RenderedPage, ServeOptions};
use sha2::Digest as _;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub const LOADER: &str = "import init from '/x.js';init()";
pub const SHELL: &str = "<!doctype html><html><head><meta charset=utf-8><title>Role Compare</title><script type=module>import init from '/x.js';init()</script></head><body><div id=app></div></body></html>";
pub const HOME: &str = "<!doctype html><title>Home</title><h1>Prerendered home</h1>";
pub const PAIR_PAGE: &str = "<!doctype html><title>A vs B</title><h1>Prerendered A vs. B</h1>";
pub const EMBED_SHELL: &str = "<!doctype html><title>Embed</title><div id=app data-embed></div>";
pub const EMBED_JS: &str = "(()=>{/* the embed loader */})();";
pub const ARTICLES: &str = r#"{"articles":[{"slug":"a-vs-b"}]}"#;
pub const APP_JS_PATH: &str = "/role-compare-0123456789abcdef.js";
pub const APP_WASM_PATH: &str = "/role-compare-0123456789abcdef_bg.wasm";
pub const OUTSIDE_SECRET: &str = "secret outside dist";

/// The app's script: long and repetitive enough that compression shows.
pub fn app_js() -> String {
    (0..200)
        .map(|i| format!("export function f{i}(x){{return x*{i}+{};}}\n", i % 7))
        .collect()
}

/// A built site in a temporary folder, with a file beside (not inside) `dist/`.
pub struct Site {
    _root: tempfile::TempDir,
    pub dist: PathBuf,
}

pub fn site() -> Site {
    let root = tempfile::tempdir().unwrap();
    let dist = root.path().join("dist");
    std::fs::write(root.path().join("secret.txt"), OUTSIDE_SECRET).unwrap();
    let js = app_js();
    let files: [(&str, &[u8]); 9] = [
        ("404.html", SHELL.as_bytes()),
        ("index.html", HOME.as_bytes()),
        ("compare/a-vs-b/index.html", PAIR_PAGE.as_bytes()),
        (&APP_JS_PATH[1..], js.as_bytes()),
        (&APP_WASM_PATH[1..], b"\0asm\x01\0\0\0"),
        ("data/articles.json", ARTICLES.as_bytes()),
        ("embed/shell.html", EMBED_SHELL.as_bytes()),
        (
            "embed/compare/a-vs-b/index.html",
            b"<!doctype html><title>Static embed</title>",
        ),
        ("embed.js", EMBED_JS.as_bytes()),
    ];
    for (path, bytes) in files {
        write(&dist, path, bytes);
    }
    write(
        &dist,
        &format!("{}.br", &APP_JS_PATH[1..]),
        &brotli(js.as_bytes()),
    );
    write(
        &dist,
        &format!("{}.gz", &APP_JS_PATH[1..]),
        &gzip(js.as_bytes()),
    );
    Site { _root: root, dist }
}

fn write(dist: &Path, path: &str, bytes: &[u8]) {
    let path = dist.join(path);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
    writer.write_all(bytes).unwrap();
    drop(writer);
    out
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

pub fn unbrotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    brotli::BrotliDecompress(&mut &bytes[..], &mut out).unwrap();
    out
}

pub fn gunzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(bytes), &mut out).unwrap();
    out
}

/// The policy docs/nginx.conf describes, computed here independently of the server.
/// A body as sent with `Content-Encoding: encoding`, decoded.
pub fn decoded(encoding: Option<&str>, body: &[u8]) -> Vec<u8> {
    match encoding {
        Some("br") => unbrotli(body),
        Some("gzip") => gunzip(body),
        _ => body.to_vec(),
    }
}

pub fn expected_csp(frame_ancestors: &str) -> String {
    let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(LOADER));
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-{hash}'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors {frame_ancestors}"
    )
}

/// A running server; `stop` shuts it down gracefully.
pub struct Server {
    pub addr: SocketAddr,
    pub base: String,
    stop: Option<oneshot::Sender<()>>,
    pub task: JoinHandle<std::io::Result<()>>,
}

impl Server {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn stop(&mut self) {
        let _ = self.stop.take().expect("stopped once").send(());
    }
}

pub async fn start(config: AppConfig) -> Server {
    start_with(config, ServeOptions::default()).await
}

/// A server with other connection limits (short ones, so tests of them are quick).
pub async fn start_with(config: AppConfig, options: ServeOptions) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    start_on(listener, config, options)
}

/// A server on `listener` (one bound to an address a test chose, to start again on it).
pub fn start_on(listener: TcpListener, config: AppConfig, options: ServeOptions) -> Server {
    let router = app(config).expect("the site has an app shell");
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(serve_with(listener, router, options, async move {
        let _ = stopped.await;
    }));
    Server {
        addr,
        base: format!("http://{addr}"),
        stop: Some(stop),
        task,
    }
}

/// No redirects followed and, with reqwest's compression features off, no decompression and no
/// Accept-Encoding unless a test sends one.
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// Sends `request_line` exactly as written (clients would normalise `..`) and returns the
/// status and the whole response as text.
pub async fn raw(addr: SocketAddr, request_line: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let request = format!("{request_line}\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = Vec::new();
    tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut response))
        .await
        .expect("the server answers and closes")
        .unwrap();
    let text = String::from_utf8_lossy(&response).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or_else(|| panic!("no status line in {text:?}"));
    (status, text)
}

/// A renderer that knows a few addresses and counts its calls.
#[derive(Default)]
pub struct TestRenderer {
    pub renders: AtomicUsize,
    pub started_slow: AtomicBool,
}

pub const SLOW: Duration = Duration::from_millis(400);

/// A page of about 20 KB, so compression has something to do.
pub fn rendered_page(path: &str, query: Option<&str>) -> String {
    let rows: String = (0..300)
        .map(|i| format!("<tr><td>Row {i}</td><td>{}</td></tr>", i * 37 % 101))
        .collect();
    format!(
        "<!doctype html><title>Rendered {path}</title><p>query={query:?}</p><table>{rows}</table>"
    )
}

impl PageRenderer for TestRenderer {
    fn render(&self, path: &str, query: Option<&str>) -> Option<RenderedPage> {
        self.renders.fetch_add(1, Ordering::SeqCst);
        let page = |status, html: String| Some(RenderedPage::page(status, html));
        match path {
            "/" | "/compare/x-vs-y" | "/embed/compare/x-vs-y" => {
                page(200, rendered_page(path, query))
            }
            "/compare/nope-vs-none" | "/embed/compare/nope-vs-none" => {
                page(404, format!("<!doctype html><p>No such pair: {path}"))
            }
            "/compare/typed-vs-area" => Some(RenderedPage {
                status: 302,
                html: "<!doctype html><p>Moved".to_owned(),
                location: Some(format!(
                    "/compare/typed-vs-area?area=key-{}",
                    query.unwrap_or("")
                )),
            }),
            "/compare/panic-vs-bug" => panic!("a renderer bug"),
            "/compare/slow-vs-sleepy" => {
                self.started_slow.store(true, Ordering::SeqCst);
                std::thread::sleep(SLOW);
                page(200, "<!doctype html><p>Slow page".to_owned())
            }
            _ => None,
        }
    }

    fn not_found(&self, path: &str) -> RenderedPage {
        // Status 200 on purpose: the server must answer 404 all the same.
        RenderedPage::page(200, format!("<!doctype html><p>Not found: {path}"))
    }
}
