//! The hostile data corpus (`tests/hostile-data/*.json`, format in its README), read for the
//! native tests: the core's decoders (`crates/core/tests/hostile_data.rs`), the renderer
//! (`crates/render/tests/hostile_data.rs`) and the catalogue builder
//! (`crates/catalog/tests/hostile_data.rs`) include this one file, so every consumer reads
//! the same cases the same way. `tests/e2e/hostile_data.test.mjs` does the same in
//! JavaScript for the browser.

// Each including test uses its own part of this module.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// One hostile replacement of one data file and what every reader of it must say.
#[derive(Debug, Clone)]
pub struct Case {
    /// The case file's name without `.json`.
    pub name: String,
    pub about: String,
    /// The data file replaced, under `public/data` (`roles/producer.json`).
    pub file: String,
    /// The replacement's text; `None` when the case removes the file.
    pub text: Option<String>,
    /// The message the app and the core give; `None` when the data must be accepted.
    pub expected: Option<String>,
    /// What the renderer says instead, where it words the same fault differently.
    pub renderer: Option<String>,
    /// What the catalogue builder says instead.
    pub builder: Option<String>,
    /// For a removed role: the article that names it.
    pub named_by: Option<String>,
    /// Text an accepted case must show literally (HTML and script payloads, right-to-left
    /// text).
    pub shows: Vec<String>,
}

impl Case {
    /// The address the app fetches the file from (`/data/roles/producer.json`), the name
    /// every message gives it.
    pub fn url(&self) -> String {
        format!("/data/{}", self.file)
    }

    /// The file's folder (`roles`), or `""` for a file at the top of `public/data`.
    pub fn folder(&self) -> &str {
        self.file.rsplit_once('/').map_or("", |(folder, _)| folder)
    }

    /// The file's name without `.json` (`producer`).
    pub fn stem(&self) -> &str {
        let name = self.file.rsplit_once('/').map_or(&*self.file, |(_, n)| n);
        name.strip_suffix(".json").unwrap_or(name)
    }

    /// Short enough to print: the case, what it is, and what it must give.
    pub fn summary(&self) -> String {
        format!(
            "{} ({}): {}",
            self.name,
            self.file,
            self.expected.as_deref().unwrap_or("accepted")
        )
    }
}

pub fn workspace() -> PathBuf {
    let mut dir = Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf();
    while !dir.join("tests/hostile-data").is_dir() {
        assert!(dir.pop(), "tests/hostile-data not found above the crate");
    }
    dir
}

pub fn public_data() -> PathBuf {
    workspace().join("public/data")
}

/// Every case, by name.
pub fn cases() -> Vec<Case> {
    let dir = workspace().join("tests/hostile-data");
    let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    paths.sort();
    paths.iter().map(|path| read_case(path)).collect()
}

fn read_case(path: &Path) -> Case {
    let name = path.file_stem().unwrap().to_string_lossy().into_owned();
    let json: Value = serde_json::from_str(&fs::read_to_string(path).unwrap())
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let string = |key: &str| json.get(key).and_then(Value::as_str).map(str::to_owned);
    let file = string("file").unwrap_or_else(|| panic!("{name}: no `file`"));
    let text = if json.get("absent") == Some(&Value::Bool(true)) {
        None
    } else if let Some(text) = json.get("text") {
        Some(parts(text, &name))
    } else if let Some(edits) = json.get("edit").and_then(Value::as_array) {
        let original = fs::read_to_string(public_data().join(&file))
            .unwrap_or_else(|e| panic!("{name}: {file}: {e}"));
        Some(
            edits
                .iter()
                .fold(original, |text, edit| apply(&text, edit, &name)),
        )
    } else {
        panic!("{name}: needs `text`, `edit` or `absent`")
    };
    let shows = json
        .get("shows")
        .and_then(Value::as_array)
        .map(|all| {
            all.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    Case {
        about: string("about").unwrap_or_else(|| panic!("{name}: no `about`")),
        expected: match json.get("expected") {
            Some(Value::String(message)) => Some(message.clone()),
            Some(Value::Null) => None,
            _ => panic!("{name}: `expected` is a message or null (accepted)"),
        },
        renderer: string("renderer"),
        builder: string("builder"),
        named_by: string("named_by"),
        name,
        file,
        text,
        shows,
    }
}

/// A text made of parts: a string, or a list of strings and `{"repeat": s, "times": n}`.
fn parts(value: &Value, name: &str) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Array(all) => all.iter().map(|part| parts(part, name)).collect(),
        Value::Object(part) => {
            let text = part["repeat"].as_str().expect("`repeat` is a string");
            let times = part["times"].as_u64().expect("`times` is a count");
            text.repeat(times as usize)
        }
        other => panic!("{name}: a part is a string, a list or a repeat, not {other}"),
    }
}

/// One edit of the committed file: `find` replaces the first occurrence of a text;
/// `value_after` the first value (string, number or literal) after the first occurrence of
/// a text, skipping white space, `:` and `[` (so `"duties"` reaches the first duty).
fn apply(text: &str, edit: &Value, name: &str) -> String {
    let with = parts(&edit["with"], name);
    if let Some(find) = edit.get("find").and_then(Value::as_str) {
        let at = text
            .find(find)
            .unwrap_or_else(|| panic!("{name}: {find:?} is not in the committed file"));
        return format!("{}{with}{}", &text[..at], &text[at + find.len()..]);
    }
    let marker = edit["value_after"]
        .as_str()
        .expect("`find` or `value_after`");
    let at = text
        .find(marker)
        .unwrap_or_else(|| panic!("{name}: {marker:?} is not in the committed file"))
        + marker.len();
    let rest = &text[at..];
    let start = at
        + rest
            .find(|c: char| !(c.is_whitespace() || c == ':' || c == '['))
            .unwrap();
    let end = value_end(text, start);
    format!("{}{with}{}", &text[..start], &text[end..])
}

/// Where the JSON scalar starting at `start` ends.
fn value_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    if bytes[start] == b'"' {
        let mut i = start + 1;
        while bytes[i] != b'"' {
            i += if bytes[i] == b'\\' { 2 } else { 1 };
        }
        i + 1
    } else {
        start
            + text[start..]
                .find(|c: char| c == ',' || c == '}' || c == ']' || c.is_whitespace())
                .unwrap()
    }
}

/// `expected` with the data file's address replaced by the name another reader gives it
/// (the catalogue builder names a role file by its path).
pub fn naming(expected: &str, case: &Case, name: &str) -> String {
    expected.replace(&format!("“{}”", case.url()), &format!("“{name}”"))
}
