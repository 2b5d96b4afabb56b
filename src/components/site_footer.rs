use leptos::prelude::*;

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "Role Compare explains how careers differ, in plain words. "
                "Articles are written by Role Compare; each salary figure names its source beside it."
            </p>
        </footer>
    }
}
