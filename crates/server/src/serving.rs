//! Connections: accepted with TCP_NODELAY, served as HTTP/1.1 by hyper with a deadline and a size limit on every request head, drained (for a bounded time) on shutdown.

use std::future::Future;
use std::io;
use std::time::Duration;

use axum::serve::{Listener as _, ListenerExt as _};
use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::task::JoinSet;

/// How connections are served; [`ServeOptions::default`] is what production uses.
#[derive(Clone, Copy, Debug)]
pub struct ServeOptions {
    /// A connection must send a whole request head (request line and headers) within this
    /// time of opening, and of its previous response when kept alive; otherwise it is closed
    /// without an answer. One deadline for a head, however its bytes trickle in: a client
    /// that sends a byte a second holds a connection no longer than one that sends nothing.
    pub header_read_timeout: Duration,
    /// Request line and headers together, in bytes; a larger head gets 431 and the
    /// connection closes. This also bounds what one connection makes the server buffer
    /// before a request exists.
    pub max_header_bytes: usize,
    /// Header fields in a request; more get 431 and the connection closes.
    pub max_headers: usize,
    /// How long requests in flight may take to finish once shutdown starts; then their
    /// connections are dropped. A client must not hold the process past an orchestrator's
    /// kill deadline.
    pub shutdown_grace: Duration,
}

impl Default for ServeOptions {
    /// Heads within 10 s and 16 KiB (100 fields), 15 s to drain.
    fn default() -> Self {
        Self {
            header_read_timeout: Duration::from_secs(10),
            // Twice nginx's longest header line (8 KiB); the address itself stops at 2 KiB
            // (`AppConfig::max_uri_bytes`), and the site sets no cookies.
            max_header_bytes: 16 * 1024,
            // hyper's default, stated: each parse reserves room for this many.
            max_headers: 100,
            shutdown_grace: Duration::from_secs(15),
        }
    }
}

/// Serves `router` on `listener` with [`ServeOptions::default`] until `shutdown` completes,
/// then lets in-flight requests finish (for at most 15 s) and returns.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    serve_with(listener, router, ServeOptions::default(), shutdown).await
}

/// Serves `router` on `listener` until `shutdown` completes. Then the listener closes (new
/// connections are refused), idle connections close, busy ones close after the response in
/// flight, and whatever is still open after `options.shutdown_grace` is dropped. Connections
/// live no longer than this future: dropping it drops them.
pub async fn serve_with(
    listener: TcpListener,
    router: Router,
    options: ServeOptions,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    // hyper's own HTTP/1 builder rather than hyper-util's `auto` one (what axum::serve uses):
    // the site speaks HTTP/1.1 behind a proxy, and only this one bounds a head's bytes.
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(options.header_read_timeout)
        .max_header_size(options.max_header_bytes)
        .max_headers(options.max_headers);
    // Responses go out as a head and a body: without TCP_NODELAY the body of a static file
    // waits for the head's delayed ACK, about 40 ms a request (measured by scripts/bench).
    // axum's listener also rides out accept errors (too many open files: wait, try again).
    let mut listener = listener.tap_io(|stream| {
        let _ = stream.set_nodelay(true);
    });
    let graceful = GracefulShutdown::new();
    let mut connections = JoinSet::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, _peer) = tokio::select! {
            biased;
            () = &mut shutdown => break,
            // Finished connections are reaped as they end, so the set holds open ones only.
            Some(_) = connections.join_next(), if !connections.is_empty() => continue,
            accepted = listener.accept() => accepted,
        };
        let service = TowerToHyperService::new(router.clone());
        let connection = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
        connections.spawn(async move {
            // Errors are the client's (a reset, a head too slow or too large): nothing to
            // do but close, which dropping the connection does.
            let _ = connection.await;
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(options.shutdown_grace, graceful.shutdown()).await;
    connections.shutdown().await;
    Ok(())
}
