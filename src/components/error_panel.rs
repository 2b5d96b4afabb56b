use leptos::prelude::*;
use role_compare_core::page_markup::{error_panel, RETRY_ACTION};

use crate::api::LoadError;
use crate::components::markup_view::Markup;

/// A failure shown in place of the content it stopped: what failed, and ways forward.
/// Retry is offered when trying again could help.
#[component]
pub fn ErrorPanel(
    heading: &'static str,
    error: LoadError,
    #[prop(into)] on_retry: Callback<()>,
) -> impl IntoView {
    let node = error_panel(heading, &error.to_string(), error.is_transient());
    let on_action = Callback::new(move |action: String| {
        if action == RETRY_ACTION {
            on_retry.run(());
        }
    });
    view! { <Markup node on_action /> }
}
