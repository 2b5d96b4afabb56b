//! Edits to the app shell (Trunk's `index.html`) that turn it into other pages. Trunk writes
//! attributes quoted in development builds and unquoted once minified; both are handled.

/// The span of the app's mount point, `<div id=app>` (or `id="app"`).
pub fn mount_point(html: &str) -> Option<(usize, usize)> {
    tag_containing(html, "id=app").or_else(|| tag_containing(html, "id=\"app\""))
}

/// Removes the first element that `starts` begins (through `ends_with`), e.g. the shell's
/// `<title>…</title>`.
pub fn remove_tag(html: &mut String, starts: &str, ends_with: &str) -> Result<(), String> {
    let start = html
        .find(starts)
        .ok_or_else(|| format!("the app shell has no {starts}"))?;
    let end = html[start..]
        .find(ends_with)
        .ok_or_else(|| format!("{starts} is not closed"))?
        + start
        + ends_with.len();
    html.replace_range(start..end, "");
    Ok(())
}

/// The span of the tag containing `needle` (from its `<` to its `>`).
pub fn tag_containing(html: &str, needle: &str) -> Option<(usize, usize)> {
    let at = html.find(needle)?;
    let start = html[..at].rfind('<')?;
    let end = html[at..].find('>')? + at + 1;
    Some((start, end))
}

/// The shell with another `<title>`.
pub fn replace_title(shell: &str, title: &str) -> Result<String, String> {
    let mut html = shell.to_owned();
    remove_tag(&mut html, "<title>", "</title>")?;
    let title = role_compare_core::markup::tree::el("title").text(title);
    insert_in_head(
        &mut html,
        &role_compare_core::markup::tree::Node::from(title).to_html(),
    )?;
    Ok(html)
}

/// Adds `tags` at the end of the head.
pub fn insert_in_head(html: &mut String, tags: &str) -> Result<(), String> {
    let head_end = html.find("</head>").ok_or("the app shell has no </head>")?;
    html.insert_str(head_end, tags);
    Ok(())
}

/// Adds `content` at the start of the body.
pub fn insert_in_body(html: &mut String, content: &str) -> Result<(), String> {
    let start = html.find("<body>").ok_or("the app shell has no <body>")? + "<body>".len();
    html.insert_str(start, content);
    Ok(())
}

/// Removes the shell's "needs JavaScript" notice, for pages readable without it.
pub fn remove_noscript(html: &mut String) {
    if let (Some(start), Some(end)) = (html.find("<noscript>"), html.find("</noscript>")) {
        html.replace_range(start..end + "</noscript>".len(), "");
    }
}

/// The shell without the app: no loader script, no preloads of its JS and wasm, no mount
/// point and no "needs JavaScript" notice. For pages complete in themselves.
pub fn remove_app(shell: &str) -> Result<String, String> {
    let mut html = shell.to_owned();
    let loader = ["<script type=module>", "<script type=\"module\">"]
        .into_iter()
        .find(|start| html.contains(start))
        .ok_or("the app shell has no loader script")?;
    remove_tag(&mut html, loader, "</script>")?;
    for needle in ["modulepreload", "application/wasm"] {
        let (start, end) = tag_containing(&html, needle)
            .ok_or_else(|| format!("the app shell has no {needle}"))?;
        html.replace_range(start..end, "");
    }
    let (start, end) = mount_point(&html).ok_or("the app shell has no <div id=app>")?;
    if !html[end..].starts_with("</div>") {
        return Err("the app shell's mount point is not empty".into());
    }
    html.replace_range(start..end + "</div>".len(), "");
    remove_noscript(&mut html);
    if html.contains("application/wasm") || html.contains("modulepreload") {
        return Err("the app shell links the app more than once".into());
    }
    Ok(html)
}
