//! The tags a document adds to the shell's head: a page's title, description, canonical link,
//! Open Graph and Twitter card; and those that make a page an embed.

use role_compare_core::markup::page::document_title;
use role_compare_core::markup::tree::{el, Element, Node};
use role_compare_core::pages::{Page, Status};

/// The one share image for every page (1200×630), in `public/`.
pub const SHARE_IMAGE: &str = "/og-image.png";
pub const SHARE_IMAGE_ALT: &str = "Role Compare: career comparisons, side by side";

/// The stylesheets and scripts of the pages for embedding, at fixed addresses.
pub const EMBED_CSS: &str = "/embed.css";
pub const EMBED_FRAME_JS: &str = "/embed-frame.js";
pub const EMBED_BUILDER_JS: &str = "/embed-builder.js";
pub const EMBED_LOADER_JS: &str = "/embed.js";
pub const EMBED_BUILDER_CSS: &str = "/embed-builder.css";

pub(crate) fn html(tags: impl IntoIterator<Item = Element>) -> String {
    tags.into_iter()
        .map(|tag| Node::from(tag).to_html())
        .collect()
}

fn meta(key: &'static str, name: &str, content: &str) -> Element {
    el("meta")
        .attr(key, name.to_owned())
        .attr("content", content.to_owned())
}

pub(crate) fn title(page_title: &str) -> Element {
    el("title").text(document_title(page_title))
}

pub(crate) fn description(text: &str) -> Element {
    meta("name", "description", text)
}

/// Asks search engines to leave a page out: answers for unknown addresses, and embeds
/// (copies of pages that have their own address).
pub(crate) fn noindex() -> Element {
    meta("name", "robots", "noindex")
}

/// The head tags of a page at `address` (its canonical address, when it has one, stands
/// for it in link previews).
pub fn page_head(page: &Page, address: &str, site_url: &str) -> String {
    let canonical = page
        .canonical
        .as_ref()
        .map(|canonical| format!("{site_url}{canonical}"));
    let url = canonical
        .clone()
        .unwrap_or_else(|| format!("{site_url}{address}"));
    let image = format!("{site_url}{SHARE_IMAGE}");
    let mut tags = vec![title(&page.title), description(&page.description)];
    if page.status == Status::NotFound {
        tags.push(noindex());
    }
    if let Some(canonical) = canonical {
        tags.push(el("link").attr("rel", "canonical").attr("href", canonical));
    }
    tags.extend([
        meta("property", "og:type", page.og_type),
        meta("property", "og:title", &page.title),
        meta("property", "og:description", &page.description),
        meta("property", "og:url", &url),
        meta("property", "og:image", &image),
        meta("property", "og:image:alt", SHARE_IMAGE_ALT),
        // Twitter reads title, description and image from the Open Graph tags above.
        meta("name", "twitter:card", "summary_large_image"),
    ]);
    html(tags)
}

/// The tags that make a page an embed page. `embed-frame.js` is a classic script in the head
/// on purpose: it must set the theme before the body is painted. Every link opens in a new
/// tab, so that nothing in the embed navigates the host's frame.
pub(crate) fn embed_tags() -> [Element; 4] {
    [
        noindex(),
        el("link").attr("rel", "stylesheet").attr("href", EMBED_CSS),
        el("script").attr("src", EMBED_FRAME_JS),
        el("base").attr("target", "_blank"),
    ]
}

/// The head tags of an embed of `page`: its title and description, the embed's own tags,
/// and the full page as canonical.
pub fn embed_head(page: &Page, site_url: &str) -> String {
    let mut tags = vec![title(&page.title), description(&page.description)];
    tags.extend(embed_tags());
    if let Some(canonical) = &page.canonical {
        tags.push(
            el("link")
                .attr("rel", "canonical")
                .attr("href", format!("{site_url}{canonical}")),
        );
    }
    html(tags)
}
