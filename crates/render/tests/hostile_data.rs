//! The hostile data corpus (`tests/hostile-data/`) through the renderer: `Site::load` reads
//! every data file once, so it must refuse each hostile file with the message the app
//! shows for it, and render what the corpus says is acceptable with every payload escaped.

mod common;
#[path = "../../../tests/hostile-data/corpus.rs"]
mod corpus;
#[path = "../../../tests/hostile-data/linked_copy.rs"]
mod linked_copy;

use std::fs;
use std::path::Path;

use corpus::Case;
use linked_copy::{link, link_tree};
use role_compare_render::Site;

/// A copy of `public/data` made of links to the committed files, so that one file at a time
/// can be replaced (and put back) without copying 14 MB for every case.
struct DataCopy {
    dir: tempfile::TempDir,
}

impl DataCopy {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        link_tree(&corpus::public_data(), dir.path());
        Self { dir }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Loads the site with `case` applied, then puts the committed file back.
    fn load_with(&self, case: &Case) -> Result<Site, String> {
        let target = self.path().join(&case.file);
        fs::remove_file(&target).unwrap();
        if let Some(text) = &case.text {
            fs::write(&target, text).unwrap();
        }
        let site = Site::load(self.path(), common::SHELL.to_owned(), common::SITE_URL);
        let _ = fs::remove_file(&target);
        link(&corpus::public_data().join(&case.file), &target);
        site
    }
}

/// The page that shows the case's file, as the browser test opens it.
fn page_of(case: &Case) -> (&'static str, Option<&'static str>) {
    match case.folder() {
        "" if case.stem() == "articles" => ("/", None),
        "occupations" => (
            "/compare/producers-and-directors-vs-software-developers",
            None,
        ),
        "areas" => (
            "/compare/producers-and-directors-vs-software-developers",
            Some("area=austin-tx"),
        ),
        _ => ("/compare/producer-vs-product-manager", None),
    }
}

/// Undoes the escaping of text in HTML (what a browser shows).
fn unescape(html: &str) -> String {
    html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

#[test]
fn the_renderer_refuses_what_the_app_refuses_and_escapes_the_rest() {
    let copy = DataCopy::new();
    let mut wrong = Vec::new();
    for case in corpus::cases() {
        println!("{}", case.summary());
        let expected = case.renderer.as_ref().or(case.expected.as_ref());
        // A message naming the copy's folder names it as `<data>`.
        let loaded = copy
            .load_with(&case)
            .map_err(|e| e.replace(&copy.path().display().to_string(), "<data>"));
        match (loaded, expected) {
            (Err(got), Some(expected)) if got == *expected => {}
            (Err(got), _) => {
                wrong.push(format!("{}: expected {expected:?}, got {got:?}", case.name))
            }
            (Ok(_), Some(expected)) => {
                wrong.push(format!("{}: loaded, expected {expected:?}", case.name))
            }
            (Ok(site), None) => {
                let (path, query) = page_of(&case);
                let rendered = site.render(path, query).expect("a page route");
                assert_eq!(rendered.status, 200, "{}", case.name);
                let shown = unescape(&rendered.html);
                for payload in &case.shows {
                    if !shown.contains(payload.as_str()) {
                        wrong.push(format!("{}: {payload:?} is not shown on {path}", case.name));
                    }
                    if payload.contains('<') && rendered.html.contains(payload.as_str()) {
                        wrong.push(format!("{}: {payload:?} is in {path} unescaped", case.name));
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
