//! Clients that hold connections or send too much: heads that never end are dropped, idle connections closed, oversized heads refused with a 4xx or a close; and every answer the server makes carries the security headers.

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use common::http::{Connection, Exchange};
use common::*;
use role_compare_server::{AppConfig, ServeOptions};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

/// The head deadline in these tests (10 s in production).
const HEAD_WITHIN: Duration = Duration::from_millis(800);

fn quick_heads() -> ServeOptions {
    ServeOptions {
        header_read_timeout: HEAD_WITHIN,
        ..ServeOptions::default()
    }
}

/// Reads until the server closes the connection (end or reset); what it sent, and when.
async fn until_closed(stream: &mut (impl tokio::io::AsyncRead + Unpin)) -> (Vec<u8>, Instant) {
    let mut received = Vec::new();
    let mut chunk = [0u8; 4096];
    let read_all = async {
        loop {
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => break,
                Ok(read) => received.extend_from_slice(&chunk[..read]),
            }
        }
    };
    tokio::time::timeout(Duration::from_secs(10), read_all)
        .await
        .expect("the server closes the connection");
    (received, Instant::now())
}

#[tokio::test]
async fn a_head_that_never_ends_is_dropped_while_others_are_answered() {
    let site = site();
    let server = start_with(AppConfig::new(&site.dist), quick_heads()).await;
    let opened = Instant::now();

    // Half a head, then nothing.
    let mut stalled = TcpStream::connect(server.addr).await.unwrap();
    stalled
        .write_all(b"GET / HTTP/1.1\r\nHost: localhost\r\nAccept: te")
        .await
        .unwrap();
    // A whole head a byte every 50 ms, which would take about 5 s: slowloris.
    let (mut trickling, mut trickle_writer) =
        TcpStream::connect(server.addr).await.unwrap().into_split();
    let head = format!(
        "GET /compare/a-vs-b HTTP/1.1\r\nHost: localhost\r\nX-Padding: {}\r\n\r\n",
        "p".repeat(50)
    );
    let trickle = tokio::spawn(async move {
        for byte in head.bytes() {
            if trickle_writer.write_all(&[byte]).await.is_err() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the whole slow head was sent: it should have been cut off");
    });
    // Connected, and silent.
    let mut silent = TcpStream::connect(server.addr).await.unwrap();

    let closes = [
        tokio::spawn(async move { until_closed(&mut stalled).await }),
        tokio::spawn(async move { until_closed(&mut trickling).await }),
        tokio::spawn(async move { until_closed(&mut silent).await }),
    ];

    // Meanwhile everyone else is answered, on new connections and on kept-alive ones.
    let client = client();
    let mut answered = 0;
    while opened.elapsed() < HEAD_WITHIN * 2 {
        let asked = Instant::now();
        let fresh = raw(server.addr, "GET /healthz HTTP/1.1").await;
        assert_eq!(fresh.0, 200);
        let kept = client.get(server.url("/embed.js")).send().await.unwrap();
        assert_eq!(kept.status(), 200);
        assert_eq!(kept.text().await.unwrap(), EMBED_JS);
        assert!(asked.elapsed() < Duration::from_millis(500));
        answered += 2;
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    for (which, closed) in ["half a head", "a byte every 50 ms", "nothing"]
        .iter()
        .zip(closes)
    {
        let (received, at) = closed.await.unwrap();
        let after = at - opened;
        assert!(
            received.is_empty(),
            "{which}: {:?}",
            String::from_utf8_lossy(&received)
        );
        assert!(
            after >= HEAD_WITHIN - Duration::from_millis(50)
                && after < HEAD_WITHIN + Duration::from_millis(1500),
            "{which}: closed after {after:?}"
        );
        eprintln!("{which}: dropped after {} ms", after.as_millis());
    }
    trickle.await.unwrap();
    eprintln!("{answered} other requests answered meanwhile");
    assert!(!server.task.is_finished());
}

#[tokio::test]
async fn an_idle_kept_alive_connection_is_closed() {
    let site = site();
    let server = start_with(AppConfig::new(&site.dist), quick_heads()).await;
    let mut stream = TcpStream::connect(server.addr).await.unwrap();
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .await
        .unwrap();
    let mut answer = Vec::new();
    while !answer.ends_with(b"\r\n\r\nok") {
        let mut chunk = [0u8; 1024];
        let read = stream.read(&mut chunk).await.unwrap();
        assert!(read > 0, "closed before answering");
        answer.extend_from_slice(&chunk[..read]);
    }
    let answered = Instant::now();
    let (more, closed) = until_closed(&mut stream).await;
    assert!(more.is_empty());
    let idle = closed - answered;
    assert!(
        idle >= HEAD_WITHIN - Duration::from_millis(50)
            && idle < HEAD_WITHIN + Duration::from_millis(1500),
        "closed after {idle:?} idle"
    );
}

/// Sends `request` (stopping where the server stops reading) and returns the status the
/// server answered with, or `None` when it closed without one.
async fn status_of(server: &Server, request: &[u8]) -> Option<u16> {
    let mut stream = TcpStream::connect(server.addr).await.unwrap();
    let _ = stream.write_all(request).await;
    let (received, _) = until_closed(&mut stream).await;
    let text = String::from_utf8_lossy(&received);
    text.split(' ').nth(1).map(|code| code.parse().unwrap())
}

#[tokio::test]
async fn oversized_heads_get_a_4xx_or_a_close_never_a_5xx() {
    let site = site();
    let server = start(AppConfig::new(&site.dist)).await;
    let head = |headers: &str| {
        format!("GET /embed.js HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n{headers}\r\n")
    };
    let cookie = |bytes: usize| format!("Cookie: a={}\r\n", "x".repeat(bytes));
    let many = |count: usize| {
        (0..count)
            .map(|i| format!("X-Header-{i}: {i}\r\n"))
            .collect::<String>()
    };
    for (what, request) in [
        ("a 100 KB cookie", head(&cookie(100_000))),
        ("a 1 MB cookie", head(&cookie(1_000_000))),
        ("5,000 headers", head(&many(5_000))),
        ("101 headers", head(&many(99))),
        ("a 17 KB head", head(&cookie(17 * 1024))),
    ] {
        let status = status_of(&server, request.as_bytes()).await;
        assert!(
            matches!(status, None | Some(431) | Some(400)),
            "{what}: {status:?}"
        );
        eprintln!(
            "{what}: {}",
            status.map_or("closed".to_owned(), |s| s.to_string())
        );
        // The server goes on.
        assert_eq!(raw(server.addr, "GET /healthz HTTP/1.1").await.0, 200);
    }
    // Just under the limits is served.
    for (what, request) in [
        ("100 headers", head(&many(98))),
        ("a 15 KB cookie", head(&cookie(15 * 1024))),
    ] {
        assert_eq!(
            status_of(&server, request.as_bytes()).await,
            Some(200),
            "{what}"
        );
    }
    assert!(!server.task.is_finished());
}

/// Which server, method, target, headers; the status and `frame-ancestors` expected.
type Case<'a> = (
    &'a Server,
    &'a str,
    &'a str,
    Vec<(&'a str, &'a str)>,
    u16,
    &'a str,
);

#[tokio::test]
async fn every_kind_of_answer_carries_the_security_headers() {
    let site = site();
    let config = AppConfig::new(&site.dist).with_renderer(Arc::new(TestRenderer::default()));
    let server = start(config.clone()).await;
    // The same site, where a render must finish within 100 ms.
    let impatient = start(AppConfig {
        request_timeout: Duration::from_millis(100),
        ..config
    })
    .await;
    let etag = |target: &str| {
        let target = target.to_owned();
        let addr = server.addr;
        async move {
            match Connection::new(addr)
                .send("GET", target.as_bytes(), &[], b"")
                .await
            {
                Exchange::Answered(answer) => answer.header("etag").unwrap().to_owned(),
                other => panic!("{target}: {other:?}"),
            }
        }
    };
    let page_tag = etag("/compare/x-vs-y").await;
    let embed_tag = etag("/embed/compare/x-vs-y").await;
    let long = format!("/?q={}", "a".repeat(3000));
    let cases: Vec<Case> = vec![
        (&server, "GET", "/", vec![], 200, "'self'"),
        (
            &server,
            "GET",
            "/compare/x-vs-y",
            vec![("Accept-Encoding", "br")],
            200,
            "'self'",
        ),
        (&server, "HEAD", "/compare/x-vs-y", vec![], 200, "'self'"),
        (&server, "GET", "/embed/compare/x-vs-y", vec![], 200, "*"),
        (
            &server,
            "GET",
            APP_JS_PATH,
            vec![("Accept-Encoding", "gzip")],
            200,
            "'self'",
        ),
        (&server, "GET", "/embed.js", vec![], 200, "'self'"),
        (&server, "GET", "/healthz", vec![], 200, "'self'"),
        (
            &server,
            "GET",
            "/compare/x-vs-y",
            vec![("If-None-Match", &page_tag)],
            304,
            "'self'",
        ),
        (
            &server,
            "GET",
            "/embed/compare/x-vs-y",
            vec![("If-None-Match", &embed_tag)],
            304,
            "*",
        ),
        (
            &server,
            "GET",
            "/compare/typed-vs-area?austin",
            vec![],
            302,
            "'self'",
        ),
        (&server, "GET", "/%2e%2e/secret.txt", vec![], 400, "'self'"),
        // An address that cannot be read is not known to be under /embed/: the stricter one.
        (
            &server,
            "GET",
            "/embed/%2e%2e/secret.txt",
            vec![],
            400,
            "'self'",
        ),
        (&server, "GET", "/data/missing.json", vec![], 404, "'self'"),
        (
            &server,
            "GET",
            "/compare/nope-vs-none",
            vec![],
            404,
            "'self'",
        ),
        (&server, "GET", "/no/such/page", vec![], 404, "'self'"),
        (
            &server,
            "GET",
            "/embed/compare/nope-vs-none",
            vec![],
            404,
            "*",
        ),
        (&server, "POST", "/", vec![], 405, "'self'"),
        (&server, "DELETE", "/embed/compare/x-vs-y", vec![], 405, "*"),
        (&server, "GET", &long, vec![], 414, "'self'"),
        (
            &server,
            "GET",
            "/compare/panic-vs-bug",
            vec![],
            500,
            "'self'",
        ),
        (
            &impatient,
            "GET",
            "/compare/slow-vs-sleepy",
            vec![],
            503,
            "'self'",
        ),
    ];
    let mut seen = std::collections::BTreeSet::new();
    let mut connections = (
        Connection::new(server.addr),
        Connection::new(impatient.addr),
    );
    for (to, method, target, headers, status, frame_ancestors) in cases {
        let connection = if to.addr == server.addr {
            &mut connections.0
        } else {
            &mut connections.1
        };
        let answer = match connection
            .send(method, target.as_bytes(), &headers, b"")
            .await
        {
            Exchange::Answered(answer) => answer,
            other => panic!("{method} {target}: {other:?}"),
        };
        let what = format!("{method} {}", &target[..target.len().min(40)]);
        assert_eq!(answer.status, status, "{what}");
        assert_eq!(
            answer.header("content-security-policy"),
            Some(expected_csp(frame_ancestors).as_str()),
            "{what}"
        );
        assert_eq!(
            answer.header("x-content-type-options"),
            Some("nosniff"),
            "{what}"
        );
        assert_eq!(
            answer.header("referrer-policy"),
            Some("strict-origin-when-cross-origin"),
            "{what}"
        );
        seen.insert(status);
    }
    assert_eq!(
        seen.into_iter().collect::<Vec<_>>(),
        [200, 302, 304, 400, 404, 405, 414, 500, 503]
    );

    // What the HTTP parser refuses before a request exists (a head too large, bytes that are
    // no request line) is answered by hyper itself: a status with an empty body, and the
    // connection closed. No handler runs, so these carry no policy (and have nothing to
    // render or sniff).
    let too_large = format!(
        "GET / HTTP/1.1\r\nHost: localhost\r\nCookie: {}\r\n\r\n",
        "x".repeat(20_000)
    );
    assert!(matches!(
        status_of(&server, too_large.as_bytes()).await,
        None | Some(431)
    ));
    assert_eq!(
        status_of(&server, b"GET /a\x01b HTTP/1.1\r\nHost: localhost\r\n\r\n").await,
        Some(400)
    );
}
