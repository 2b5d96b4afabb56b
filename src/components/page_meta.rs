use leptos::prelude::*;
use role_compare_core::format::document_title;

/// Points the document's title and meta description at the page being shown, so tabs,
/// history and bookmarks name the page. (A few lines of DOM instead of a metadata library
/// keep the wasm small.)
#[component]
pub fn PageMeta(#[prop(into)] title: String, #[prop(into)] description: String) -> impl IntoView {
    let document = document();
    document.set_title(&document_title(&title));
    let meta = document
        .query_selector(r#"meta[name="description"]"#)
        .ok()
        .flatten()
        .or_else(|| {
            let meta = document.create_element("meta").ok()?;
            meta.set_attribute("name", "description").ok()?;
            document.head()?.append_child(&meta).ok()?;
            Some(meta)
        });
    if let Some(meta) = meta {
        let _ = meta.set_attribute("content", &description);
    }
}
