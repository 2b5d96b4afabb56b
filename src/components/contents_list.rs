use leptos::prelude::*;
use role_compare_core::sections::ContentsEntry;

/// "On this page": a link to every section, nested as the headings are.
#[component]
pub fn ContentsList(entries: Vec<ContentsEntry>) -> impl IntoView {
    let (top, mut nested): (Vec<_>, Vec<_>) = entries.into_iter().partition(|e| e.depth == 0);
    let last = top.len().saturating_sub(1);
    let items = top
        .into_iter()
        .enumerate()
        .map(|(index, entry)| {
            // The sections belong under the last top-level entry ("A vs. B").
            let children = (index == last && !nested.is_empty()).then(|| {
                let links = std::mem::take(&mut nested)
                    .into_iter()
                    .map(|child| view! { <li><a href=format!("#{}", child.id)>{child.label}</a></li> })
                    .collect_view();
                view! { <ol>{links}</ol> }
            });
            view! {
                <li>
                    <a href=format!("#{}", entry.id)>{entry.label}</a>
                    {children}
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="contents" aria-labelledby="contents-heading">
            <p id="contents-heading" class="contents-heading">"On this page"</p>
            <ol>{items}</ol>
        </nav>
    }
}
