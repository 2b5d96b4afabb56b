//! Stopping the server lets a request in flight finish, then refuses new connections; one that outlasts the grace is dropped.

mod common;

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;
use reqwest::StatusCode;
use role_compare_server::{AppConfig, ServeOptions};

#[tokio::test]
async fn graceful_shutdown_finishes_the_request_in_flight() {
    let site = site();
    let renderer = Arc::new(TestRenderer::default());
    let mut server = start(AppConfig::new(&site.dist).with_renderer(renderer.clone())).await;
    let url = server.url("/compare/slow-vs-sleepy");
    let in_flight = tokio::spawn(async move { client().get(url).send().await });

    let waiting_since = Instant::now();
    while !renderer.started_slow.load(Ordering::SeqCst) {
        assert!(
            waiting_since.elapsed() < Duration::from_secs(5),
            "the request never arrived"
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    server.stop();

    let response = in_flight
        .await
        .unwrap()
        .expect("the request in flight is answered");
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.text().await.unwrap(),
        "<!doctype html><p>Slow page"
    );
    tokio::time::timeout(Duration::from_secs(5), &mut server.task)
        .await
        .expect("the server stops once the request is answered")
        .unwrap()
        .unwrap();
    assert!(tokio::net::TcpStream::connect(server.addr).await.is_err());
}

#[tokio::test]
async fn a_request_longer_than_the_grace_is_dropped_and_the_server_returns() {
    let site = site();
    let renderer = Arc::new(TestRenderer::default());
    let grace = Duration::from_millis(100);
    let mut server = start_with(
        AppConfig::new(&site.dist).with_renderer(renderer.clone()),
        ServeOptions {
            shutdown_grace: grace,
            ..ServeOptions::default()
        },
    )
    .await;
    let url = server.url("/compare/slow-vs-sleepy");
    let in_flight = tokio::spawn(async move { client().get(url).send().await });
    while !renderer.started_slow.load(Ordering::SeqCst) {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let stopping = Instant::now();
    server.stop();
    tokio::time::timeout(SLOW, &mut server.task)
        .await
        .expect("the server returns once the grace is over, before the render ends")
        .unwrap()
        .unwrap();
    assert!(stopping.elapsed() >= grace);
    // The client learns that the connection ended; it never gets a partial answer.
    assert!(in_flight.await.unwrap().is_err());
}
