//! The hostile data corpus (`tests/hostile-data/`) at the server's start: `load_site`, what
//! the binary calls before it listens, must refuse a built site holding a hostile file with
//! the message the renderer gives (the app's, unless the case words it for the renderer).
//! One refused case of each data file: the renderer's own test runs them all through the
//! same `Site::load`.

#[path = "../../../tests/hostile-data/corpus.rs"]
mod corpus;
#[path = "../../../tests/hostile-data/linked_copy.rs"]
mod linked_copy;

use std::fs;
use std::path::Path;

use linked_copy::{link, link_tree};
use role_compare_server::load_site;

/// An app shell as Trunk writes it (what `load_site` reads from `dist/404.html`).
const SHELL: &str = "<!doctype html><html lang=en><head><meta charset=utf-8><title>Shell</title><meta content=x name=description><link href=/main-1.css rel=stylesheet><script type=module>boot()</script><link crossorigin href=/app-1.js rel=modulepreload><link as=fetch crossorigin href=/app-1_bg.wasm rel=preload type=application/wasm></head><body><main id=main tabindex=-1></main><noscript><p>Needs JavaScript</p></noscript></body></html>";

#[test]
fn the_server_will_not_start_on_data_the_app_refuses() {
    let dist = Path::new(env!("CARGO_TARGET_TMPDIR")).join("hostile-dist");
    let _ = fs::remove_dir_all(&dist);
    link_tree(&corpus::public_data(), &dist.join("data"));
    fs::write(dist.join("404.html"), SHELL).unwrap();
    let mut files_seen = Vec::new();
    let mut wrong = Vec::new();
    for case in corpus::cases() {
        let (Some(text), Some(expected)) = (
            &case.text,
            case.renderer.as_ref().or(case.expected.as_ref()),
        ) else {
            continue;
        };
        if files_seen.contains(&case.file) {
            continue;
        }
        files_seen.push(case.file.clone());
        println!("{}", case.summary());
        let target = dist.join("data").join(&case.file);
        fs::remove_file(&target).unwrap();
        fs::write(&target, text).unwrap();
        let got = load_site(&dist, "https://rolecompare.example").err();
        fs::remove_file(&target).unwrap();
        link(&corpus::public_data().join(&case.file), &target);
        let data = dist.join("data").display().to_string();
        let got = got.map(|message| message.replace(&data, "<data>"));
        if got.as_ref() != Some(expected) {
            wrong.push(format!("{}: expected {expected:?}, got {got:?}", case.name));
        }
    }
    let _ = fs::remove_dir_all(&dist);
    assert_eq!(
        files_seen.len(),
        8,
        "one case for each data file: {files_seen:?}"
    );
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
