use leptos::prelude::*;

/// Paragraphs of data text, rendered as text (never as HTML).
#[component]
pub fn Paragraphs(texts: Vec<String>) -> impl IntoView {
    texts
        .into_iter()
        .map(|text| view! { <p>{text}</p> })
        .collect_view()
}
