//! The address a page is rendered for: query parameters as the app reads them, and the
//! `data-page` the app compares with `location.pathname + location.search`.

use percent_encoding::{
    percent_decode_str, utf8_percent_encode, AsciiSet, CONTROLS, NON_ALPHANUMERIC,
};

/// The first value of `name` in a raw query, decoded as `URLSearchParams.get` decodes it
/// (`+` is a space, invalid UTF-8 becomes U+FFFD).
pub fn param(query: Option<&str>, name: &str) -> Option<String> {
    query?.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        (decode(key) == name).then(|| decode(value))
    })
}

fn decode(text: &str) -> String {
    percent_decode_str(&text.replace('+', " "))
        .decode_utf8_lossy()
        .into_owned()
}

/// What is percent-encoded in a query value written by [`query_text`]: everything but
/// letters, digits and `-._~,` (a sections list keeps its commas).
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b',');

/// A query parameter's value as it is written into an address (the inverse of [`param`]).
pub fn query_text(value: &str) -> String {
    utf8_percent_encode(value, QUERY_VALUE).to_string()
}

/// What browsers percent-encode in `location.pathname` (the WHATWG URL path set), and `%`
/// itself, since `path` arrives decoded.
const PATH: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'%');

/// The address a page shows, as the app will find it in `location`: the path without a
/// trailing slash (`/` for home), then `?` and the query exactly as requested, if any.
pub fn address(path: &str, query: Option<&str>) -> String {
    let path = path.trim_end_matches('/');
    let mut address = if path.is_empty() {
        "/".to_owned()
    } else {
        utf8_percent_encode(path, PATH).to_string()
    };
    if let Some(query) = query.filter(|q| !q.is_empty()) {
        address.push('?');
        address.push_str(query);
    }
    address
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_decode_as_the_browser_does() {
        let query = Some("q=product+manager&area=CA&q=second&view=%74able&empty");
        assert_eq!(param(query, "q").as_deref(), Some("product manager"));
        assert_eq!(param(query, "area").as_deref(), Some("CA"));
        assert_eq!(param(query, "view").as_deref(), Some("table"));
        assert_eq!(param(query, "empty").as_deref(), Some(""));
        assert_eq!(param(query, "theme"), None);
        assert_eq!(param(None, "q"), None);
        assert_eq!(
            param(Some("q=%E9t%C3%A9"), "q").as_deref(),
            Some("\u{fffd}té")
        );
    }

    #[test]
    fn query_values_are_written_as_they_are_read() {
        for value in ["salary,skills", "ff0000", "a b&c=d#e", "Austin, TX", "é"] {
            let written = query_text(value);
            assert!(!written.contains(['&', '=', '#', ' ']), "{written}");
            assert_eq!(
                param(Some(&format!("x=1&v={written}")), "v").as_deref(),
                Some(value)
            );
        }
        assert_eq!(query_text("salary,skills"), "salary,skills");
    }

    #[test]
    fn addresses_are_what_location_shows() {
        assert_eq!(address("/", None), "/");
        assert_eq!(address("/", Some("")), "/");
        assert_eq!(address("/", Some("q=a+b")), "/?q=a+b");
        assert_eq!(
            address("/compare/a-vs-b/", Some("area=CA&view=table")),
            "/compare/a-vs-b?area=CA&view=table"
        );
        assert_eq!(
            address("/compare/café vs <b>", None),
            "/compare/caf%C3%A9%20vs%20%3Cb%3E"
        );
    }
}
