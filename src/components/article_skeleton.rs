use leptos::prelude::*;

/// The shape of an article while it loads, so the page does not jump when text arrives.
#[component]
pub fn ArticleSkeleton() -> impl IntoView {
    let lines = |count: usize| {
        (0..count)
            .map(|i| view! { <span class="skeleton-line" class:short=i + 1 == count></span> })
            .collect_view()
    };
    view! {
        <div class="article skeleton" aria-busy="true">
            <p class="visually-hidden" role="status">"Loading the comparison…"</p>
            <div aria-hidden="true">
                <span class="skeleton-line skeleton-title"></span>
                <span class="skeleton-line skeleton-title short"></span>
                <div class="skeleton-block">{lines(3)}</div>
                <span class="skeleton-line skeleton-heading"></span>
                <div class="skeleton-block">{lines(4)}</div>
                <span class="skeleton-line skeleton-heading"></span>
                <div class="skeleton-block">{lines(4)}</div>
            </div>
        </div>
    }
}
