//! Turning a data file's text into typed values with serde_json, and the error a reader sees
//! when that fails: which file, which field, what was wrong.

use serde::de::DeserializeOwned;

/// What is wrong with a data file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    /// Not JSON, or JSON of the wrong shape: the first thing serde_json stopped at.
    #[error("{0}")]
    Malformed(String),
    /// Well-formed, but values break rules a type cannot express; every one is listed.
    #[error("{}", .0.join("; "))]
    Invalid(Vec<String>),
    #[error("it names the role “{0}”, which has no data file")]
    UnknownRole(String),
    #[error("it names the occupation “{0}”, which has no data file")]
    UnknownOccupation(String),
}

/// A data file that could not be used, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("The data file “{file}” could not be used: {problem}.")]
pub struct DataError {
    pub file: String,
    pub problem: Problem,
}

impl DataError {
    pub fn new(file: &str, problem: Problem) -> Self {
        Self {
            file: file.to_owned(),
            problem,
        }
    }
}

/// Decodes `json`, the text of `file`, a file people write, as a `T`. A value of the wrong
/// shape is reported with the path to it (`missing field `title` at `sections.job_duties[2]``);
/// broken JSON with its line and column. serde_json refuses nesting deeper than 128 levels,
/// so hostile input cannot exhaust the stack.
pub fn decode<T: DeserializeOwned>(file: &str, json: &str) -> Result<T, DataError> {
    let malformed = |message| DataError::new(file, Problem::Malformed(message));
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        malformed(brief(describe(
            error.inner(),
            Some(&error.path().to_string()),
        )))
    })?;
    // Text after the value is an error too (`{…}}`).
    deserializer
        .end()
        .map_err(|error| malformed(brief(describe(&error, None))))?;
    Ok(value)
}

/// Decodes `json`, the text of `file`, a file the catalogue builder writes, as a `T`. A value
/// of the wrong shape is reported with its line and column (and a missing or unknown field
/// by name), not with its path: these files are written by the builder from the same types
/// and checked by its tests, and tracking every field's path in the app's decoding of them
/// would cost 2.6 KiB of the first-load budget (README, "measured choices").
pub fn decode_built<T: DeserializeOwned>(file: &str, json: &str) -> Result<T, DataError> {
    serde_json::from_str(json)
        .map_err(|error| DataError::new(file, Problem::Malformed(brief(describe(&error, None)))))
}

/// The most characters one problem's description may have; [`brief`] cuts the rest.
pub const MAX_PROBLEM_CHARS: usize = 400;

/// `message` cut in the middle to at most [`MAX_PROBLEM_CHARS`] characters. serde_json and
/// the checks quote the value they stopped at (`invalid type: string "…", expected u64`), so
/// a 10 MB string where a number belongs would otherwise make a 10 MB alert and console line;
/// the start says what was wrong and the end where.
pub fn brief(message: String) -> String {
    let chars = message.chars().count();
    if chars <= MAX_PROBLEM_CHARS {
        return message;
    }
    let keep = (MAX_PROBLEM_CHARS - 40) / 2;
    let head: String = message.chars().take(keep).collect();
    let tail: String = message.chars().skip(chars - keep).collect();
    let cut = chars - 2 * keep;
    format!("{head}… ({cut} characters left out) …{tail}")
}

/// serde_json's message; for a value of the wrong shape with its `path` in place of the
/// position when there is one, since a path is what a reader can find in the file.
fn describe(error: &serde_json::Error, path: Option<&str>) -> String {
    if !error.is_data() {
        return format!("it is not valid JSON: {error}");
    }
    let Some(path) = path else {
        return error.to_string();
    };
    let message = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    let message = message.strip_suffix(&position).unwrap_or(&message);
    if path == "." {
        message.to_owned()
    } else {
        format!("{message} at `{path}`")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Section {
        title: String,
        points: Vec<String>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct File {
        sections: Vec<Section>,
    }

    fn message(json: &str) -> String {
        decode::<File>("/data/f.json", json)
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn shape_errors_name_the_file_and_the_path() {
        assert_eq!(
            message(r#"{"sections": [{"title": "a", "points": []}, {"points": ["x"]}]}"#),
            "The data file “/data/f.json” could not be used: missing field `title` at `sections[1]`."
        );
        assert_eq!(
            message(r#"{"sections": [{"title": "a", "points": ["x", 7]}]}"#),
            "The data file “/data/f.json” could not be used: invalid type: integer `7`, expected a string at `sections[0].points[1]`."
        );
        assert_eq!(
            message(r#"{"sections": [{"title": "a", "points": [], "extra": 1}]}"#),
            "The data file “/data/f.json” could not be used: unknown field `extra`, expected `title` or `points` at `sections[0].extra`."
        );
        assert_eq!(
            message(r#""text""#),
            "The data file “/data/f.json” could not be used: invalid type: string \"text\", expected struct File."
        );
    }

    #[test]
    fn built_files_say_where_by_line_and_column() {
        let error = |json: &str| {
            decode_built::<File>("/data/b.json", json)
                .unwrap_err()
                .to_string()
        };
        assert_eq!(
            error("{\"sections\": [{\"points\": []}]}"),
            "The data file “/data/b.json” could not be used: missing field `title` at line 1 column 28."
        );
        assert_eq!(
            error("{\"sections\": [{\"title\": 7, \"points\": []}]}"),
            "The data file “/data/b.json” could not be used: invalid type: integer `7`, expected a string at line 1 column 25."
        );
        assert!(
            error("{\"sections\": [").contains("it is not valid JSON: EOF while parsing a list")
        );
    }

    #[test]
    fn broken_json_says_where() {
        let truncated = message(r#"{"sections": [{"title": "a", "poi"#);
        assert!(
            truncated
                .ends_with("it is not valid JSON: EOF while parsing a string at line 1 column 33."),
            "{truncated}"
        );
        let trailing = message(r#"{"sections": []}}"#);
        assert!(
            trailing.contains("trailing characters at line 1 column 17"),
            "{trailing}"
        );
        assert!(message("").contains("EOF while parsing a value"));
    }

    #[test]
    fn deep_nesting_is_refused_not_a_crash() {
        // Where a type expects text, nesting stops at the first bracket.
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(message(&deep).contains("invalid type: sequence, expected a string"));
        // An ignored field is skipped without recursion, however deep.
        let ignored = format!(
            r#"{{"sections": [], "extra": {}0{}}}"#,
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        assert!(decode::<File>("f", &ignored).is_ok());
        // Where a type nests without end, serde_json's recursion limit (128) stops it.
        let error = decode::<serde_json::Value>("f", &deep).unwrap_err();
        assert!(
            error
                .to_string()
                .contains("recursion limit exceeded at line 1 column 128"),
            "{error}"
        );
    }

    #[test]
    fn long_problems_are_cut_in_the_middle() {
        let short = "missing field `title`".to_owned();
        assert_eq!(brief(short.clone()), short);
        let long = format!("starts {} ends", "é".repeat(5000));
        let cut = brief(long);
        assert!(cut.chars().count() <= MAX_PROBLEM_CHARS, "{cut}");
        assert!(
            cut.starts_with("starts é") && cut.ends_with("é ends"),
            "{cut}"
        );
        assert!(cut.contains("… (4652 characters left out) …"), "{cut}");
    }

    #[test]
    fn huge_strings_decode_without_trouble() {
        let huge = "x".repeat(10 * 1024 * 1024);
        let json = format!(r#"{{"sections": [{{"title": "{huge}", "points": []}}]}}"#);
        let file: File = decode("f", &json).unwrap();
        assert_eq!(file.sections[0].title.len(), huge.len());
    }
}
