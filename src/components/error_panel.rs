use leptos::prelude::*;

use crate::api::LoadError;

/// A failure shown in place of the content it stopped: what failed, and ways forward.
/// Retry is offered when trying again could help.
#[component]
pub fn ErrorPanel(
    heading: &'static str,
    error: LoadError,
    #[prop(optional, into)] on_retry: Option<Callback<()>>,
) -> impl IntoView {
    let can_retry = error.is_transient();
    let hint = if can_retry {
        "This is usually temporary."
    } else {
        "The rest of the site still works."
    };
    view! {
        <section class="error-panel" role="alert" aria-labelledby="error-heading">
            <h1 id="error-heading">{heading}</h1>
            <p class="error-message">{error.to_string()}</p>
            <p>{hint}</p>
            <p class="error-actions">
                {on_retry
                    .filter(|_| can_retry)
                    .map(|retry| {
                        view! {
                            <button type="button" class="button" on:click=move |_| retry.run(())>
                                "Retry"
                            </button>
                        }
                    })}
                <a class="button button-secondary" href="/">
                    "See all comparisons"
                </a>
            </p>
        </section>
    }
}
