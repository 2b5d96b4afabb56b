use leptos::prelude::*;
use role_compare_core::markup::page::document_title;

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

/// Points the document's title, meta description and canonical link at the page being
/// shown, so tabs, history, bookmarks and search engines name the page. (A few lines of DOM
/// instead of a metadata library keep the wasm small.)
#[component]
pub fn PageMeta(
    #[prop(into)] title: String,
    #[prop(into)] description: String,
    /// The canonical path (`/compare/a-vs-b`); empty when the page has none.
    #[prop(optional, into)]
    canonical: String,
) -> impl IntoView {
    let document = document();
    document.set_title(&document_title(&title));
    if let Some(meta) = head_element(
        &document,
        r#"meta[name="description"]"#,
        "meta",
        &[("name", "description")],
    ) {
        let _ = meta.set_attribute("content", &description);
    }
    let link = head_element(
        &document,
        r#"link[rel="canonical"]"#,
        "link",
        &[("rel", "canonical")],
    );
    if let Some(link) = link {
        if canonical.is_empty() {
            link.remove();
        } else {
            let origin = window().location().origin().unwrap_or_default();
            let _ = link.set_attribute("href", &format!("{origin}{canonical}"));
        }
    }
}
