//! A small JSON reader for the data files, and typed access to its objects with messages a
//! reader understands ("missing field `title`", "`salary.year` should be a whole number").
//!
//! Why not serde_json: the app ships to phones and its budget is 120 KiB for a whole first
//! load. serde's generic deserializers and serde_json's error formatting cost about 35 KiB
//! of wasm; this reader is a fraction of that, has no generics, and its errors name fields by
//! their path. It reads standard JSON (RFC 8259); numbers are kept as text and converted
//! by the field that uses them, so no float parsing is compiled in.

use std::fmt;

/// A parsed JSON value. Object members keep their order (and duplicates, last one wins).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Json {
    Null,
    Bool(bool),
    /// The number exactly as written, already checked to be valid JSON number syntax.
    Number(String),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// Where and why a text is not valid JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub message: &'static str,
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "it is not valid JSON: {} at line {}, column {}",
            self.message, self.line, self.column
        )
    }
}

/// Deeper nesting than any data file needs; the limit keeps hostile input from exhausting
/// the stack.
const MAX_DEPTH: usize = 64;

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn error(&self, message: &'static str) -> SyntaxError {
        let before = &self.text[..self.at.min(self.text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
        SyntaxError {
            message,
            line,
            column,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    fn expect_word(&mut self, word: &str, value: Json) -> Result<Json, SyntaxError> {
        if self.text[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("unexpected characters"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error("too deeply nested"));
        }
        self.skip_whitespace();
        match self.peek() {
            None => Err(self.error("the file ends where a value should be")),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.expect_word("true", Json::Bool(true)),
            Some(b'f') => self.expect_word("false", Json::Bool(false)),
            Some(b'n') => self.expect_word("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("unexpected character")),
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Result<Json, SyntaxError> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        let first = self.peek();
        let integer_digits = self.digits();
        if integer_digits == 0 || (first == Some(b'0') && integer_digits > 1) {
            return Err(self.error("invalid number"));
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return Err(self.error("invalid number"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(self.error("invalid number"));
            }
        }
        Ok(Json::Number(self.text[start..self.at].to_owned()))
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let digits = self
            .text
            .get(self.at..self.at + 4)
            .ok_or_else(|| self.error("the file ends in the middle of a string"))?;
        let value =
            u32::from_str_radix(digits, 16).map_err(|_| self.error("invalid \\u escape"))?;
        self.at += 4;
        Ok(value)
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.at += 1; // the opening quote
        let mut out = String::new();
        loop {
            let run_start = self.at;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            out.push_str(&self.text[run_start..self.at]);
            match self.peek() {
                None => return Err(self.error("the file ends in the middle of a string")),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = self.peek();
                    self.at += 1;
                    let ch = match escaped {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        None => return Err(self.error("the file ends in the middle of a string")),
                        Some(_) => return Err(self.error("invalid escape in a string")),
                    };
                    out.push(ch);
                }
                Some(_) => {
                    return Err(
                        self.error("a control character (such as a line break) inside a string")
                    )
                }
            }
        }
    }

    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        let high = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&high) {
            if !self.text[self.at..].starts_with("\\u") {
                return Err(self.error("unpaired surrogate in a \\u escape"));
            }
            self.at += 2;
            let low = self.hex4()?;
            if !(0xDC00..0xE000).contains(&low) {
                return Err(self.error("unpaired surrogate in a \\u escape"));
            }
            0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        } else {
            high
        };
        char::from_u32(code).ok_or_else(|| self.error("unpaired surrogate in a \\u escape"))
    }

    fn array(&mut self, depth: usize) -> Result<Json, SyntaxError> {
        self.at += 1;
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Json::Array(items));
                }
                None => return Err(self.error("the file ends in the middle of a list")),
                Some(_) => return Err(self.error("expected `,` or `]`")),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, SyntaxError> {
        self.at += 1;
        let mut members = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_whitespace();
            match self.peek() {
                Some(b'"') => {}
                None => return Err(self.error("the file ends in the middle of an object")),
                Some(_) => return Err(self.error("expected a field name in double quotes")),
            }
            let key = self.string()?;
            self.skip_whitespace();
            if self.peek() != Some(b':') {
                return Err(self.error("expected `:` after a field name"));
            }
            self.at += 1;
            members.push((key, self.value(depth + 1)?));
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Json::Object(members));
                }
                None => return Err(self.error("the file ends in the middle of an object")),
                Some(_) => return Err(self.error("expected `,` or `}`")),
            }
        }
    }
}

/// Parses a whole JSON text (one value, surrounded by optional whitespace).
pub fn parse(text: &str) -> Result<Json, SyntaxError> {
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = reader.value(0)?;
    reader.skip_whitespace();
    if reader.at < text.len() {
        return Err(reader.error("unexpected text after the end of the data"));
    }
    Ok(value)
}

impl Json {
    /// What kind of value this is, for messages: "text", "a list", ….
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "true/false",
            Json::Number(_) => "a number",
            Json::String(_) => "text",
            Json::Array(_) => "a list",
            Json::Object(_) => "an object",
        }
    }
}

/// Typed access to one object of a file, with the path of every field in its messages.
pub struct Fields<'a> {
    path: String,
    members: &'a [(String, Json)],
}

/// Reading a field went wrong; the message names the field.
pub type FieldResult<T> = Result<T, String>;

impl<'a> Fields<'a> {
    /// The top-level object of a file.
    pub fn root(value: &'a Json) -> FieldResult<Self> {
        Self::of(String::new(), value)
    }

    fn of(path: String, value: &'a Json) -> FieldResult<Self> {
        match value {
            Json::Object(members) => Ok(Self { path, members }),
            other => Err(if path.is_empty() {
                format!("the file should hold an object, not {}", other.kind())
            } else {
                format!("`{path}` should be an object, not {}", other.kind())
            }),
        }
    }

    fn path_of(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    fn get(&self, key: &str) -> Option<&'a Json> {
        self.members
            .iter()
            .rev()
            .find(|(name, _)| name == key)
            .map(|(_, value)| value)
    }

    fn required(&self, key: &str) -> FieldResult<&'a Json> {
        self.get(key)
            .ok_or_else(|| format!("missing field `{}`", self.path_of(key)))
    }

    fn wrong(&self, key: &str, wanted: &str, found: &Json) -> String {
        format!(
            "`{}` should be {wanted}, not {}",
            self.path_of(key),
            found.kind()
        )
    }

    pub fn string(&self, key: &str) -> FieldResult<String> {
        match self.required(key)? {
            Json::String(text) => Ok(text.clone()),
            other => Err(self.wrong(key, "text", other)),
        }
    }

    /// A field that may be absent or null.
    pub fn optional_string(&self, key: &str) -> FieldResult<Option<String>> {
        match self.get(key) {
            None | Some(Json::Null) => Ok(None),
            Some(_) => self.string(key).map(Some),
        }
    }

    pub fn strings(&self, key: &str) -> FieldResult<Vec<String>> {
        match self.required(key)? {
            Json::Array(items) => items
                .iter()
                .enumerate()
                .map(|(index, item)| match item {
                    Json::String(text) => Ok(text.clone()),
                    other => Err(format!(
                        "`{}` entry {} should be text, not {}",
                        self.path_of(key),
                        index + 1,
                        other.kind()
                    )),
                })
                .collect(),
            other => Err(self.wrong(key, "a list of texts", other)),
        }
    }

    /// A whole, non-negative number such as `62193`.
    pub fn whole_number(&self, key: &str) -> FieldResult<u64> {
        match self.required(key)? {
            Json::Number(text) => text.parse::<u64>().map_err(|_| {
                format!(
                    "`{}` should be a whole number, not {text}",
                    self.path_of(key)
                )
            }),
            other => Err(self.wrong(key, "a whole number", other)),
        }
    }

    /// A list of values of any kind, for the caller to read one by one.
    pub fn list(&self, key: &str) -> FieldResult<&'a [Json]> {
        match self.required(key)? {
            Json::Array(items) => Ok(items),
            other => Err(self.wrong(key, "a list", other)),
        }
    }

    /// The members of an object field, in file order.
    pub fn members(&self, key: &str) -> FieldResult<&'a [(String, Json)]> {
        match self.required(key)? {
            Json::Object(members) => Ok(members),
            other => Err(self.wrong(key, "an object", other)),
        }
    }

    /// A field that may be absent or null, read as an object when present.
    pub fn optional_object(&self, key: &str) -> FieldResult<Option<Fields<'a>>> {
        match self.get(key) {
            None | Some(Json::Null) => Ok(None),
            Some(_) => self.object(key).map(Some),
        }
    }

    /// Every member of this object, in file order (for objects keyed by slug).
    pub fn members_of_root(&self) -> &'a [(String, Json)] {
        self.members
    }

    /// A field's raw value, if present.
    pub fn optional_value(&self, key: &str) -> Option<&'a Json> {
        self.get(key)
    }

    /// The path of a field, for messages about its value.
    pub fn path(&self, key: &str) -> String {
        self.path_of(key)
    }

    pub fn object(&self, key: &str) -> FieldResult<Fields<'a>> {
        Self::of(self.path_of(key), self.required(key)?)
    }

    /// A list of objects, each readable with its index in the path (`articles[3].title`).
    pub fn objects(&self, key: &str) -> FieldResult<Vec<Fields<'a>>> {
        match self.required(key)? {
            Json::Array(items) => items
                .iter()
                .enumerate()
                .map(|(index, item)| Self::of(format!("{}[{index}]", self.path_of(key)), item))
                .collect(),
            other => Err(self.wrong(key, "a list", other)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_kind_of_value() {
        let value = parse(r#" {"a": [1, -2.5e3, true, false, null], "b": {"c": "d"}} "#).unwrap();
        assert_eq!(
            value,
            Json::Object(vec![
                (
                    "a".into(),
                    Json::Array(vec![
                        Json::Number("1".into()),
                        Json::Number("-2.5e3".into()),
                        Json::Bool(true),
                        Json::Bool(false),
                        Json::Null
                    ])
                ),
                (
                    "b".into(),
                    Json::Object(vec![("c".into(), Json::String("d".into()))])
                ),
            ])
        );
        assert_eq!(parse("[]").unwrap(), Json::Array(vec![]));
        assert_eq!(parse("{}").unwrap(), Json::Object(vec![]));
    }

    #[test]
    fn decodes_string_escapes() {
        let value = parse(r#""q\"b\\s\/n\nt\tu\u00e9 \ud83d\ude00 “x”""#).unwrap();
        assert_eq!(value, Json::String("q\"b\\s/n\nt\tué 😀 “x”".into()));
    }

    #[test]
    fn reports_syntax_errors_with_position() {
        let cases = [
            (
                "{\n  \"a\": [",
                "the file ends where a value should be at line 2, column 9",
            ),
            (
                "{\"a\": \"unfinished",
                "the file ends in the middle of a string at line 1, column 18",
            ),
            (
                "{\"a\": 1,}",
                "expected a field name in double quotes at line 1, column 9",
            ),
            (
                "{\"a\" 1}",
                "expected `:` after a field name at line 1, column 6",
            ),
            ("[1 2]", "expected `,` or `]` at line 1, column 4"),
            ("01", "invalid number at line 1, column 3"),
            ("1.", "invalid number at line 1, column 3"),
            ("tru", "unexpected characters at line 1, column 1"),
            (
                "\"a\nb\"",
                "a control character (such as a line break) inside a string at line 1, column 3",
            ),
            ("\"\\x\"", "invalid escape in a string at line 1, column 4"),
            (
                "\"\\ud800\"",
                "unpaired surrogate in a \\u escape at line 1, column 8",
            ),
            (
                "{} x",
                "unexpected text after the end of the data at line 1, column 4",
            ),
            (
                "",
                "the file ends where a value should be at line 1, column 1",
            ),
        ];
        for (text, expected) in cases {
            let error = parse(text).unwrap_err();
            assert_eq!(
                error.to_string(),
                format!("it is not valid JSON: {expected}"),
                "{text:?}"
            );
        }
    }

    #[test]
    fn rejects_hostile_nesting_without_overflowing() {
        let deep = "[".repeat(10_000);
        assert_eq!(parse(&deep).unwrap_err().message, "too deeply nested");
    }

    #[test]
    fn never_panics_on_truncated_or_odd_input() {
        let sample = r#"{"a": ["x\u00e9\ud83d\ude00", 1.5e-3, {"b": null}], "c": true}"#;
        for end in 0..=sample.len() {
            if let Some(prefix) = sample.get(..end) {
                let _ = parse(prefix);
            }
        }
        for odd in ["\u{0}", "\"\\u12", "[-]", "{\"a\":}", "é", "[1,]"] {
            assert!(parse(odd).is_err(), "{odd:?}");
        }
    }

    #[test]
    fn fields_name_their_path_in_errors() {
        let value = parse(
            r#"{"title": 5, "list": ["a", 2], "salary": {"year": "2025"}, "items": [{"x": 1}, 3]}"#,
        )
        .unwrap();
        let root = Fields::root(&value).unwrap();
        assert_eq!(
            root.string("title").unwrap_err(),
            "`title` should be text, not a number"
        );
        assert_eq!(root.string("nope").unwrap_err(), "missing field `nope`");
        assert_eq!(
            root.strings("list").unwrap_err(),
            "`list` entry 2 should be text, not a number"
        );
        let salary = root.object("salary").unwrap();
        assert_eq!(
            salary.whole_number("year").unwrap_err(),
            "`salary.year` should be a whole number, not text"
        );
        assert_eq!(
            salary.whole_number("month").unwrap_err(),
            "missing field `salary.month`"
        );
        assert_eq!(
            root.objects("items").err().unwrap(),
            "`items[1]` should be an object, not a number"
        );
        assert_eq!(root.optional_string("missing").unwrap(), None);
        assert_eq!(
            Fields::root(&Json::Array(vec![])).err().unwrap(),
            "the file should hold an object, not a list"
        );
    }

    #[test]
    fn whole_numbers_reject_fractions_and_negatives() {
        let value = parse(r#"{"a": 62193, "b": 1.5, "c": -3}"#).unwrap();
        let root = Fields::root(&value).unwrap();
        assert_eq!(root.whole_number("a").unwrap(), 62_193);
        assert!(root.whole_number("b").is_err());
        assert!(root.whole_number("c").is_err());
    }
}
