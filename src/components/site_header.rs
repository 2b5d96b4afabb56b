use leptos::prelude::*;

/// The site banner: the name, linking home, and the way back to every comparison.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="brand" href="/">
                <span class="brand-mark" aria-hidden="true">"⇄"</span>
                "Role Compare"
            </a>
            <nav aria-label="Site">
                <a href="/">"All comparisons"</a>
            </nav>
        </header>
    }
}
