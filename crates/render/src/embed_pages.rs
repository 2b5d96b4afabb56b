//! The pages for embedding: the embed app shell, a static embed page for every curated
//! article, and the snippet builder.
//!
//! - `embed/shell.html`: the app for `/embed/compare/<pair>` of any pair (hosts serve it for
//!   every `/embed/` address without a file, see docs/hosting.md), with the embed style and
//!   `embed-frame.js`, which applies the theme, accent and sections before the first paint
//!   and reports the content's height to the host page.
//! - `embed/compare/<pair>/index.html`: a curated article as an embed, complete without
//!   JavaScript or wasm (only `embed-frame.js` runs).
//! - `embed-builder/index.html`: the Embed page each comparison links to. It is plain HTML and
//!   `embed-builder.js`, so it costs the app nothing; the choices it offers (sections, areas)
//!   are written here from the core.

use role_compare_core::data::occupations::{Catalog, OfficialFigure};
use role_compare_core::markup::article::comparison_article;
use role_compare_core::markup::embed::{fit_for_embed, EMBED_SECTIONS};
use role_compare_core::markup::page::document_title;
use role_compare_core::markup::page::{site_footer, site_header};
use role_compare_core::markup::tree::{el, Element, Node};
use role_compare_core::navigation::routes::{compare_route, embed_route};
use role_compare_core::Comparison;

use crate::shell::{insert_in_body, insert_in_head, remove_app, replace_title};

/// The stylesheet and script every embed page adds to the site's own.
pub const EMBED_CSS: &str = "/embed.css";
pub const EMBED_FRAME_JS: &str = "/embed-frame.js";
pub const EMBED_BUILDER_JS: &str = "/embed-builder.js";
pub const EMBED_LOADER_JS: &str = "/embed.js";
pub const EMBED_BUILDER_CSS: &str = "/embed-builder.css";

fn tag_html(tags: impl IntoIterator<Item = Element>) -> String {
    tags.into_iter()
        .map(|tag| Node::from(tag).to_html())
        .collect()
}

fn noindex() -> Element {
    // An embed is a copy of a page that has its own address; search engines want that one.
    el("meta").attr("name", "robots").attr("content", "noindex")
}

/// The tags that make a page an embed page. `embed-frame.js` is a classic script in the head
/// on purpose: it must set the theme before the body is painted.
fn embed_head() -> [Element; 3] {
    [
        noindex(),
        el("link").attr("rel", "stylesheet").attr("href", EMBED_CSS),
        el("script").attr("src", EMBED_FRAME_JS),
    ]
}

/// `embed/shell.html`: the app shell with the embed style and script. Every link opens in a
/// new tab, so that nothing in the embed navigates the host's frame (see `core::embed`).
pub fn embed_shell(shell: &str) -> Result<String, String> {
    let mut html = replace_title(shell, "Role Compare")?;
    let mut head = embed_head().to_vec();
    head.push(el("base").attr("target", "_blank"));
    insert_in_head(&mut html, &tag_html(head))?;
    Ok(html)
}

/// A curated article as an embed page, without the app.
pub fn curated_embed(
    shell: &str,
    comparison: &Comparison,
    official: &[Option<OfficialFigure>; 2],
    site_url: &str,
) -> Result<String, String> {
    let full_page = compare_route(&comparison.article.pair());
    let mut html = remove_app(&replace_title(
        shell,
        &document_title(&comparison.article.title),
    )?)?;
    let mut head = embed_head().to_vec();
    head.push(
        el("link")
            .attr("rel", "canonical")
            .attr("href", format!("{site_url}{full_page}")),
    );
    insert_in_head(&mut html, &tag_html(head))?;
    let article = comparison_article(comparison, [official[0].as_ref(), official[1].as_ref()]);
    let main = el("main")
        .id("main")
        .child(el("div").class("page").children(fit_for_embed(article)));
    insert_in_body(&mut html, &Node::from(main).to_html())?;
    Ok(html)
}

/// The file of a curated article's embed page under the site root.
pub fn curated_embed_file(comparison: &Comparison) -> String {
    format!(
        "{}/index.html",
        embed_route(&comparison.article.pair()).trim_start_matches('/')
    )
}

fn choice(kind: &'static str, name: &'static str, value: &str, label: &str, on: bool) -> Element {
    let id = format!("{name}-{value}");
    let input = el("input")
        .attr("type", kind)
        .attr("name", name)
        .id(id.clone())
        .attr("value", value);
    el("div")
        .class("choice")
        .child(if on { input.attr("checked", "") } else { input })
        .child(el("label").attr("for", id).text(label))
}

fn sections_fieldset(kind: &'static str, curated: bool) -> Element {
    let boxes = EMBED_SECTIONS
        .iter()
        .filter(|s| if curated { s.curated } else { s.generated })
        .map(|s| choice("checkbox", "sections", s.key, s.label, true));
    el("fieldset")
        .class("builder-sections")
        .attr("data-kind", kind)
        .child(el("legend").text("Sections"))
        .children(boxes)
}

fn builder_form(catalog: &Catalog) -> Element {
    let themes = [
        ("auto", "Match the reader’s system"),
        ("light", "Light"),
        ("dark", "Dark"),
    ]
    .map(|(value, label)| choice("radio", "theme", value, label, value == "auto"));
    let areas = catalog.areas.iter().map(|area| {
        el("option")
            .attr("value", area.code.as_str())
            .text(area.name.as_str())
    });
    el("form")
        .class("embed-builder")
        .attr("aria-label", "Embed options")
        .child(
            el("fieldset")
                .child(el("legend").text("Theme"))
                .children(themes),
        )
        .child(
            el("div")
                .class("builder-accent")
                .child(el("label").attr("for", "accent").text("Accent colour"))
                .child(
                    el("input")
                        .attr("type", "color")
                        .id("accent")
                        .attr("name", "accent")
                        .attr("value", "#1d4ed8"),
                )
                .child(
                    el("button")
                        .attr("type", "button")
                        .class("button button-secondary")
                        .id("accent-reset")
                        .text("Use the default"),
                )
                .child(
                    el("p")
                        .id("accent-contrast")
                        .class("builder-hint")
                        .attr("aria-live", "polite"),
                ),
        )
        .child(sections_fieldset("curated", true))
        .child(sections_fieldset("generated", false).attr("hidden", ""))
        .child(
            el("div")
                .class("builder-area")
                .attr("data-kind", "generated")
                .attr("hidden", "")
                .child(el("label").attr("for", "area").text("Pay and jobs in"))
                .child(el("select").id("area").attr("name", "area").children(areas)),
        )
}

fn snippet(id: &'static str, label: &str, hint: &str) -> Element {
    el("div")
        .class("snippet")
        .child(el("label").attr("for", id).text(label))
        .child(el("p").class("builder-hint").text(hint))
        .child(
            el("textarea")
                .id(id)
                .attr("readonly", "")
                .attr("rows", "4")
                .attr("spellcheck", "false"),
        )
        .child(
            el("button")
                .attr("type", "button")
                .class("button")
                .attr("data-copy", id)
                .text("Copy"),
        )
}

/// The snippet builder's content, inside `<main>`.
pub fn builder_content(catalog: &Catalog) -> Node {
    el("div")
        .class("page builder")
        .child(el("h1").text("Embed a comparison"))
        .child(el("p").class("subtitle").text(
            "Add a comparison to your site with one snippet. It sizes itself to its content, \
             follows the theme you choose, credits Role Compare and sets no cookies.",
        ))
        .child(
            el("p")
                .id("builder-pair")
                .attr("aria-live", "polite")
                .text("Loading the comparison…"),
        )
        .child(el("noscript").child(el("p").text(
            "Building a snippet here needs JavaScript. The snippet itself is \
             <div data-role-compare=\"<a>-vs-<b>\"></div> followed by \
             <script async src=\"/embed.js\"></script> from this site, with the pair as in \
             the comparison's address.",
        )))
        .child(builder_form(catalog))
        .child(el("h2").text("Preview"))
        .child(el("div").class("builder-preview").id("builder-preview"))
        .child(el("h2").text("Snippet"))
        .child(snippet(
            "snippet-loader",
            "With the loader (recommended)",
            "The loader turns the element into an iframe and keeps it as tall as the comparison.",
        ))
        .child(snippet(
            "snippet-iframe",
            "Plain iframe",
            "For sites that allow no outside scripts. It keeps the height given here unless \
             your page resizes it from the comparison’s height messages (see below).",
        ))
        .child(
            el("p")
                .class("copy-status")
                .id("copy-status")
                .attr("role", "status")
                .attr("aria-live", "polite"),
        )
        .child(el("h2").text("Height messages"))
        .child(el("p").text(
            "The comparison posts { type: \"role-compare:height\", height } to its parent page \
             whenever its height changes (height in CSS pixels). Check that the message comes \
             from our origin and from your iframe before using it. Send it \
             { type: \"role-compare:options\", theme, accent, sections } to change those \
             options without reloading.",
        ))
        .into()
}

/// `embed-builder/index.html`: the site's header and footer around the builder, no app.
pub fn builder_page(shell: &str, catalog: &Catalog) -> Result<String, String> {
    let mut html = remove_app(&replace_title(
        shell,
        &document_title("Embed a comparison"),
    )?)?;
    let head = [
        noindex(),
        el("link")
            .attr("rel", "stylesheet")
            .attr("href", EMBED_BUILDER_CSS),
        el("script").attr("src", EMBED_BUILDER_JS).attr("defer", ""),
        el("script").attr("src", EMBED_LOADER_JS).attr("async", ""),
    ];
    insert_in_head(&mut html, &tag_html(head))?;
    let skip_link = el("a")
        .class("skip-link")
        .attr("href", "#main")
        .text("Skip to content");
    let main = el("main")
        .id("main")
        .attr("tabindex", "-1")
        .child(builder_content(catalog));
    let body: String = [skip_link.into(), site_header(), main.into(), site_footer()]
        .iter()
        .map(Node::to_html)
        .collect();
    insert_in_body(&mut html, &body)?;
    Ok(html)
}
