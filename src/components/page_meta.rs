//! The document's title, description and canonical link, following the page shown.

use leptos::prelude::*;
use role_compare_core::markup::page::document_title;
use role_compare_core::pages::Page;

/// Finds the `<head>` element matching `selector`, creating it with `attributes` if absent.
fn head_element(
    document: &web_sys::Document,
    selector: &str,
    tag: &str,
    attributes: &[(&str, &str)],
) -> Option<web_sys::Element> {
    if let Ok(Some(found)) = document.query_selector(selector) {
        return Some(found);
    }
    let element = document.create_element(tag).ok()?;
    for (name, value) in attributes {
        element.set_attribute(name, value).ok()?;
    }
    document.head()?.append_child(&element).ok()?;
    Some(element)
}

/// Points the document's title, meta description and canonical link at `page`, so tabs,
/// history, bookmarks and Share name the page. (A few lines of DOM instead of a metadata
/// library keep the wasm small.)
pub fn set_page_meta(page: &Page) {
    let document = document();
    document.set_title(&document_title(&page.title));
    if let Some(meta) = head_element(
        &document,
        r#"meta[name="description"]"#,
        "meta",
        &[("name", "description")],
    ) {
        let _ = meta.set_attribute("content", &page.description);
    }
    let link = head_element(
        &document,
        r#"link[rel="canonical"]"#,
        "link",
        &[("rel", "canonical")],
    );
    if let Some(link) = link {
        match &page.canonical {
            None => link.remove(),
            Some(canonical) => {
                let origin = window().location().origin().unwrap_or_default();
                let _ = link.set_attribute("href", &format!("{origin}{canonical}"));
            }
        }
    }
}
