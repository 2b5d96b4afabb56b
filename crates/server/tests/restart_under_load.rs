//! Clients keep asking for rendered pages and files over kept-alive connections while the server stops gracefully and a new one starts on the same port: every answer a client gets is whole, and anything else is a connection error, never a truncated body.

mod common;

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::http::{Answer, Connection, Exchange};
use common::real_site::*;
use common::*;
use role_compare_server::ServeOptions;
use tokio::net::{TcpListener, TcpSocket};

const CLIENTS: usize = 4;
const RESTARTS: usize = 3;
/// How long the clients run between restarts.
const BETWEEN: Duration = Duration::from_millis(400);

/// What the clients saw, all together.
#[derive(Debug, Default)]
struct Counts {
    sent: usize,
    complete: usize,
    /// Complete answers sent while their server was draining (`Connection: close`).
    while_draining: usize,
    /// Refused, reset or closed before a byte of an answer.
    connection_errors: usize,
    truncated: usize,
}

/// The same address again, as soon as the old listener is gone (SO_REUSEADDR: the old
/// server's closed connections may still be in TIME_WAIT on this port).
async fn bind_again(addr: SocketAddr) -> TcpListener {
    let since = Instant::now();
    loop {
        let socket = TcpSocket::new_v4().unwrap();
        socket.set_reuseaddr(true).unwrap();
        match socket.bind(addr).and_then(|()| socket.listen(1024)) {
            Ok(listener) => return listener,
            Err(error) if since.elapsed() < Duration::from_secs(5) => {
                eprintln!("binding {addr} again: {error}");
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
            Err(error) => panic!("{addr}: {error}"),
        }
    }
}

/// What a whole answer for `target` is: the file's bytes for a file, a whole document for
/// a page.
fn is_whole(target: &str, answer: &Answer) -> bool {
    let (dist, _) = built_site();
    if let Some(file) = target.strip_prefix("/data/") {
        return answer.status == 200
            && answer.body == std::fs::read(dist.join("data").join(file)).unwrap();
    }
    let html = String::from_utf8_lossy(&answer.body);
    let expected = if target.starts_with("/compare/nobody") {
        404
    } else {
        200
    };
    answer.status == expected
        && answer.header("content-length") == Some(answer.body.len().to_string().as_str())
        && html.starts_with("<!doctype html>")
        && html.ends_with("</html>")
}

async fn client(
    addr: SocketAddr,
    index: usize,
    areas: Arc<Vec<String>>,
    running: Arc<AtomicBool>,
) -> Counts {
    let mut connection = Connection::new(addr);
    let mut counts = Counts::default();
    let mut step = index;
    while running.load(Ordering::SeqCst) {
        step += 1;
        let target = match step % 7 {
            // A page rendered for the first time (an area not asked for yet).
            0 => format!("{GENERATED}?area={}", areas[(step / 7) % areas.len()]),
            1 => "/compare/producer-vs-product-manager".to_owned(),
            2 => "/data/articles.json".to_owned(),
            3 => "/data/occupations/actors.json".to_owned(),
            4 => format!("/compare/nobody-vs-{step}"),
            // The longest body: every comparison, 240 KB.
            5 => "/".to_owned(),
            _ => format!(
                "/embed/compare/actors-vs-actuaries?area={}",
                areas[step % areas.len()]
            ),
        };
        counts.sent += 1;
        match connection.send("GET", target.as_bytes(), &[], b"").await {
            Exchange::Answered(answer) => {
                assert!(is_whole(&target, &answer), "{target}: {answer:?}");
                counts.complete += 1;
                if answer.closes {
                    counts.while_draining += 1;
                }
            }
            Exchange::NoAnswer(_) => {
                counts.connection_errors += 1;
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            Exchange::Truncated(message) => {
                eprintln!("{target}: {message}");
                counts.truncated += 1;
            }
        }
    }
    counts
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_stay_whole_across_graceful_restarts() {
    let (dist, _) = built_site();
    let mut areas: Vec<String> = std::fs::read_dir(dist.join("data/areas"))
        .unwrap()
        .map(|entry| {
            let name = entry.unwrap().file_name().into_string().unwrap();
            name.trim_end_matches(".json").to_owned()
        })
        .collect();
    areas.sort();
    let areas = Arc::new(areas);

    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let mut server = start_on(listener, real_config(), ServeOptions::default());
    let running = Arc::new(AtomicBool::new(true));
    let clients: Vec<_> = (0..CLIENTS)
        .map(|index| tokio::spawn(client(addr, index, areas.clone(), running.clone())))
        .collect();
    let mut drains = Vec::new();
    for _ in 0..RESTARTS {
        tokio::time::sleep(BETWEEN).await;
        server.stop();
        let stopping = Instant::now();
        (&mut server.task).await.unwrap().unwrap();
        drains.push(stopping.elapsed());
        server = start_on(
            bind_again(addr).await,
            real_config(),
            ServeOptions::default(),
        );
    }
    tokio::time::sleep(BETWEEN).await;
    running.store(false, Ordering::SeqCst);

    let mut counts = Counts::default();
    for client in clients {
        let part = client.await.unwrap();
        counts.sent += part.sent;
        counts.complete += part.complete;
        counts.while_draining += part.while_draining;
        counts.connection_errors += part.connection_errors;
        counts.truncated += part.truncated;
    }
    eprintln!(
        "{RESTARTS} restarts (drained in {drains:?}): {} requests, {} complete ({} while draining), \
         {} connection errors, {} truncated",
        counts.sent, counts.complete, counts.while_draining, counts.connection_errors, counts.truncated
    );
    assert_eq!(counts.truncated, 0);
    assert_eq!(counts.sent, counts.complete + counts.connection_errors);
    // Every server answered (the numbers swing with the machine's load: while a server
    // drains and the next binds, clients are refused every few milliseconds).
    assert!(counts.complete >= 50, "{counts:?}");
    // The last server answers.
    assert_eq!(raw(addr, "GET /healthz HTTP/1.1").await.0, 200);
}

/// The count above can be trusted: a body shorter than its length is caught, and so is one
/// with no length (only the end of the connection would delimit it).
#[tokio::test]
async fn a_cut_body_is_told_from_a_whole_one() {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let answers: [&[u8]; 4] = [
        b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nwhole",
        b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\ncut",
        b"HTTP/1.1 200 OK\r\n\r\nno length",
        b"",
    ];
    let server = tokio::spawn(async move {
        for answer in answers {
            let (mut stream, _) = listener.accept().await.unwrap();
            let mut request = [0u8; 1024];
            let _ = stream.read(&mut request).await.unwrap();
            stream.write_all(answer).await.unwrap();
        }
    });
    let mut outcomes = Vec::new();
    for _ in 0..4 {
        let outcome = match Connection::new(addr).send("GET", b"/", &[], b"").await {
            Exchange::Answered(answer) => {
                format!("answered {:?}", String::from_utf8(answer.body).unwrap())
            }
            Exchange::NoAnswer(_) => "no answer".to_owned(),
            Exchange::Truncated(_) => "truncated".to_owned(),
        };
        outcomes.push(outcome);
    }
    server.await.unwrap();
    assert_eq!(
        outcomes,
        ["answered \"whole\"", "truncated", "truncated", "no answer"]
    );
}
