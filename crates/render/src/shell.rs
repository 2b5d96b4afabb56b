//! The app shell (Trunk's built `index.html`) taken apart once, so that each document is put
//! together by concatenation. Trunk writes attributes quoted in development builds and
//! unquoted once minified; both are handled.
//!
//! A shell is either the plain `index.html` (an empty `<main>`) or the `404.html` the
//! prerender wrote from it (skip link, header, a skeleton in `<main>`, footer): the site's
//! own parts are recognised and left out, so both give the same documents.

use role_compare_core::data::files::US_MAP_PATH;
use role_compare_core::markup::page::{site_footer, site_header};
use role_compare_core::markup::tree::{el, Element, Node};

/// The most a thread keeps of the buffer it writes documents into.
const KEPT_BUFFER_BYTES: usize = 1 << 20;

/// The parts of the shell around `<main>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parts {
    /// From the start of the document to just before `</head>`, without the shell's
    /// `<title>` and description (a page brings its own).
    pub head: String,
    /// From `</head>` through `<body>` and whatever stood before the site's own parts.
    pub body_start: String,
    /// Everything after `</main>` (and after the footer, when the shell had one).
    pub after_main: String,
}

impl Parts {
    /// The document with `head_tags` at the end of the head and `body` in the body.
    pub fn document(&self, head_tags: &str, body: &str) -> String {
        self.document_with(head_tags, |html| html.push_str(body))
    }

    /// The document with `head_tags` at the end of the head and what `write_body` writes in
    /// the body. A page is written once, into a buffer each thread keeps, then copied out at
    /// its exact size: writing its `<main>` apart and copying it into the body and then into
    /// the document grew and copied 50 KB three times a render.
    pub fn document_with(&self, head_tags: &str, write_body: impl FnOnce(&mut String)) -> String {
        thread_local! {
            static PAGE: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
        }
        PAGE.with_borrow_mut(|html| {
            html.clear();
            html.push_str(&self.head);
            html.push_str(head_tags);
            html.push_str(&self.body_start);
            write_body(html);
            html.push_str(&self.after_main);
            let document = html.as_str().to_owned();
            // Pages are tens of kilobytes; a freak one's buffer is not kept for good.
            if html.capacity() > KEPT_BUFFER_BYTES {
                *html = String::new();
            }
            document
        })
    }

    fn map(&self, edit: impl Fn(&mut String)) -> Parts {
        let mut parts = self.clone();
        for part in [
            &mut parts.head,
            &mut parts.body_start,
            &mut parts.after_main,
        ] {
            edit(part);
        }
        parts
    }
}

/// The shell in the three forms documents need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shell {
    /// The app as Trunk built it, with its "needs JavaScript" notice: for the app shells
    /// (`404.html`, `embed/shell.html`).
    pub app: Parts,
    /// The app without the notice, started on the reader's first interaction
    /// (`public/app-start.js`) rather than at once: for pages rendered whole, which read
    /// without JavaScript.
    pub rendered: Parts,
    /// Neither app nor notice: for pages complete in themselves (embeds, the snippet builder).
    pub bare: Parts,
    /// The shell's own `<title>` and description tags and the [`early_requests`], for the
    /// app shells.
    pub own_head: String,
}

/// What an app shell asks for before the app can: the map, which names the state a pair's
/// first screen shows, and the script that asks for the pair's two occupation files as the
/// shell is parsed (`public/pair-files.js`), so that neither waits for the wasm. The article
/// index and the catalogue are not preloaded: on a slow network they took bandwidth from the
/// wasm and the roles' files, and the app asks for them once the pair's first screen is
/// painted (README, "App shell on a static host").
pub fn early_requests() -> Vec<Element> {
    let map = el("link")
        .attr("rel", "preload")
        .attr("href", US_MAP_PATH)
        .attr("as", "fetch")
        // The app's fetches are same-origin CORS requests; the preload must match.
        .attr("crossorigin", "");
    let pair_files = el("script")
        .attr("async", "")
        .attr("src", PAIR_FILES_SCRIPT);
    vec![map, pair_files]
}

/// The script of [`early_requests`] that preloads a pair's occupation files.
pub const PAIR_FILES_SCRIPT: &str = "/pair-files.js";

fn early_requests_html() -> String {
    early_requests()
        .into_iter()
        .map(|link| Node::from(link).to_html())
        .collect()
}

/// The skip link every page starts with.
pub fn skip_link() -> Node {
    el("a")
        .class("skip-link")
        .attr("href", "#main")
        .text("Skip to content")
        .into()
}

/// The loader's opening tags in both spellings.
const LOADER_OPENINGS: [&str; 3] = [
    "<script type=module>",
    "<script type=\"module\">",
    "<script type='module'>",
];

/// Whether `html` is a page already rendered from a shell, rather than a shell.
pub fn is_rendered(html: &str) -> bool {
    html.contains("property=\"og:title\"") || html.contains("data-page=")
}

impl Shell {
    /// Takes the shell apart; says what is missing when it is not an app shell.
    pub fn parse(html: &str) -> Result<Shell, String> {
        if is_rendered(html) {
            return Err("the app shell is already a rendered page; use the plain shell (dist/404.html, or a fresh build's index.html)".into());
        }
        let main_start = html.find("<main").ok_or("the app shell has no <main>")?;
        let main_end = html[main_start..]
            .find("</main>")
            .ok_or("the app shell's <main> is not closed")?
            + main_start
            + "</main>".len();
        let mut before = html[..main_start].to_owned();
        let mut after_main = html[main_end..].to_owned();
        // The site's own parts, when the shell is a 404.html the prerender wrote.
        for part in [skip_link(), site_header()] {
            remove_all(&mut before, &part.to_html());
        }
        remove_all(&mut after_main, &site_footer().to_html());
        let head_end = before
            .find("</head>")
            .ok_or("the app shell has no </head>")?;
        let body_start = before[head_end..].to_owned();
        if !body_start.contains("<body") {
            return Err("the app shell has no <body> before <main>".into());
        }
        let mut head = before[..head_end].to_owned();
        remove_all(&mut head, &early_requests_html());
        let title =
            take_element(&mut head, "<title>", "</title>").ok_or("the app shell has no <title>")?;
        let description = tag_containing(&head, "name=description")
            .or_else(|| tag_containing(&head, "name=\"description\""))
            .map(|(start, end)| head.drain(start..end).collect::<String>())
            .unwrap_or_default();
        let app = Parts {
            head,
            body_start,
            after_main,
        };
        if !LOADER_OPENINGS.iter().any(|opening| html.contains(opening)) {
            return Err("the app shell has no loader <script type=module>".into());
        }
        let start = deferred_start(&app.head)?;
        let bare = app.map(remove_noscript).map(remove_app);
        let mut rendered = bare.clone();
        rendered.head.push_str(&start);
        Ok(Shell {
            app,
            rendered,
            bare,
            own_head: format!("{title}{description}{}", early_requests_html()),
        })
    }
}

fn remove_all(html: &mut String, needle: &str) {
    while let Some(at) = html.find(needle) {
        html.replace_range(at..at + needle.len(), "");
    }
}

/// Removes the first element from `starts` through `ends_with` and returns it.
fn take_element(html: &mut String, starts: &str, ends_with: &str) -> Option<String> {
    let start = html.find(starts)?;
    let end = html[start..].find(ends_with)? + start + ends_with.len();
    Some(html.drain(start..end).collect())
}

/// The span of the tag containing `needle` (from its `<` to its `>`).
fn tag_containing(html: &str, needle: &str) -> Option<(usize, usize)> {
    let at = html.find(needle)?;
    let start = html[..at].rfind('<')?;
    let end = html[at..].find('>')? + at + 1;
    Some((start, end))
}

/// Removes the "needs JavaScript" notices.
fn remove_noscript(html: &mut String) {
    while take_element(html, "<noscript>", "</noscript>").is_some() {}
}

/// The value of attribute `name` in `tag`, quoted or not.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!(" {name}="))? + name.len() + 2;
    let rest = &tag[at..];
    let value = match rest.chars().next()? {
        quote @ ('"' | '\'') => rest[1..].split(quote).next()?,
        _ => rest.split([' ', '>']).next()?,
    };
    Some(value.to_owned())
}

/// The script that starts the app on the first interaction, naming the app's files as the
/// shell's preloads do.
fn deferred_start(head: &str) -> Result<String, String> {
    let href = |needle: &str| {
        tag_containing(head, needle)
            .and_then(|(start, end)| attribute(&head[start..end], "href"))
            .ok_or_else(|| format!("the app shell has no {needle} link to the app"))
    };
    let start = el("script")
        .attr("type", "module")
        .attr("src", "/app-start.js")
        .attr("data-glue", href("modulepreload")?)
        .attr("data-wasm", href("application/wasm")?);
    Ok(Node::from(start).to_html())
}

/// Removes the app: its loader script and the preloads of its JS and wasm.
fn remove_app(html: &mut String) {
    for opening in LOADER_OPENINGS {
        while take_element(html, opening, "</script>").is_some() {}
    }
    for needle in ["modulepreload", "application/wasm"] {
        while let Some((start, end)) = tag_containing(html, needle) {
            html.replace_range(start..end, "");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Trunk's minified shell, as the release build writes it.
    pub const MINIFIED: &str = "<!doctype html><html lang=en><head><meta charset=utf-8><title>Shell</title><meta content=x name=description><link href=/main-1.css rel=stylesheet><script type=module>boot()</script><link crossorigin href=/app-1.js rel=modulepreload><link as=fetch crossorigin href=/app-1_bg.wasm rel=preload type=application/wasm></head><body><main id=main tabindex=-1></main><noscript><p>Needs JavaScript</p></noscript></body></html>";

    #[test]
    fn a_minified_shell_comes_apart() {
        let shell = Shell::parse(MINIFIED).unwrap();
        assert_eq!(
            shell.own_head,
            format!(
                "<title>Shell</title><meta content=x name=description>{}",
                early_requests_html()
            )
        );
        assert!(shell.own_head.contains(
            r#"<link rel="preload" href="/data/us-states.json" as="fetch" crossorigin="">"#
        ));
        assert!(shell
            .own_head
            .ends_with(r#"<script async="" src="/pair-files.js"></script>"#));
        assert!(!shell.own_head.contains("/data/occupations.json"));
        assert_eq!(shell.app.head, "<!doctype html><html lang=en><head><meta charset=utf-8><link href=/main-1.css rel=stylesheet><script type=module>boot()</script><link crossorigin href=/app-1.js rel=modulepreload><link as=fetch crossorigin href=/app-1_bg.wasm rel=preload type=application/wasm>");
        assert_eq!(shell.app.body_start, "</head><body>");
        assert_eq!(
            shell.app.after_main,
            "<noscript><p>Needs JavaScript</p></noscript></body></html>"
        );
        assert_eq!(shell.rendered.after_main, "</body></html>");
        assert_eq!(
            shell.bare.head,
            "<!doctype html><html lang=en><head><meta charset=utf-8><link href=/main-1.css rel=stylesheet>"
        );
    }

    #[test]
    fn a_written_404_gives_the_same_parts_as_the_shell_it_came_from() {
        let shell = Shell::parse(MINIFIED).unwrap();
        let body = format!(
            "{}{}<main id=\"main\" tabindex=\"-1\"><p>Loading</p></main>{}",
            skip_link().to_html(),
            site_header().to_html(),
            site_footer().to_html()
        );
        let written = shell.app.document(&shell.own_head, &body);
        assert_eq!(Shell::parse(&written).unwrap(), shell);
    }

    #[test]
    fn what_is_not_a_shell_is_refused() {
        for (html, says) in [
            ("<html><head><title>x</title></head><body></body>", "no <main>"),
            (
                "<head><title>x</title></head><body><main></main></body>",
                "no loader",
            ),
            (
                "<head><title>x</title><script type=module>b()</script></head><body><main data-page=\"/\"></main>",
                "already a rendered page",
            ),
        ] {
            let error = Shell::parse(html).unwrap_err();
            assert!(error.contains(says), "{error}");
        }
    }
}
