//! The only module that talks to the network: fetching the JSON in `public/data` and turning
//! it into checked core types, with errors that say which file failed and how.

use std::cell::Cell;
use std::future::Future;
use std::rc::Rc;

use gloo_net::http::Request;
use leptos::prelude::*;
use leptos::task::spawn_local;
use role_compare_core::paths::{article_path, role_path, ARTICLE_INDEX_PATH};
use role_compare_core::validate::{decode_article, decode_index, decode_role};
use role_compare_core::{ArticleIndex, Comparison, DataError, PairSlug, Problem};
use send_wrapper::SendWrapper;

/// Why a page's data could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    #[error("“{url}” could not be downloaded ({reason}). Check your connection and try again.")]
    Network { url: String, reason: String },
    #[error("The server answered “{status} {status_text}” for “{url}”.")]
    Http {
        url: String,
        status: u16,
        status_text: String,
    },
    #[error("{0}")]
    Data(#[from] DataError),
}

impl LoadError {
    /// Whether trying again could help: network and server trouble, not broken data.
    pub fn is_transient(&self) -> bool {
        !matches!(self, Self::Data(_))
    }
}

/// Cancels the requests of a load that is no longer wanted.
pub type Abort = Option<web_sys::AbortSignal>;

/// Downloads a data file as text.
async fn fetch_text(url: &str, abort: &Abort) -> Result<String, LoadError> {
    let network = |error: gloo_net::Error| LoadError::Network {
        url: url.to_owned(),
        reason: error.to_string(),
    };
    let response = Request::get(url)
        .abort_signal(abort.as_ref())
        .send()
        .await
        .map_err(network)?;
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_owned(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    response.text().await.map_err(network)
}

fn logged<T>(result: Result<T, LoadError>) -> Result<T, LoadError> {
    if let Err(error) = &result {
        leptos::logging::error!("{error}");
    }
    result
}

/// The index of curated articles in editorial order.
pub async fn load_article_index(abort: Abort) -> Result<ArticleIndex, LoadError> {
    let result = async {
        let json = fetch_text(ARTICLE_INDEX_PATH, &abort).await?;
        Ok(decode_index(ARTICLE_INDEX_PATH, &json)?)
    }
    .await;
    logged(result)
}

/// A curated article with its two roles, fetched side by side.
pub async fn load_comparison(pair: PairSlug, abort: Abort) -> Result<Comparison, LoadError> {
    let result = async {
        let (article_url, role_a_url, role_b_url) =
            (article_path(&pair), role_path(&pair.a), role_path(&pair.b));
        let (article, role_a, role_b) = futures::join!(
            fetch_text(&article_url, &abort),
            fetch_text(&role_a_url, &abort),
            fetch_text(&role_b_url, &abort)
        );
        let article = decode_article(&article_url, &pair, &article?)?;
        // A role file that does not exist is a fault of the article that names it.
        let named_by_article = |slug: &str, error: LoadError| match error {
            LoadError::Http { status: 404, .. } => LoadError::Data(DataError::new(
                &article_url,
                Problem::UnknownRole(slug.to_owned()),
            )),
            other => other,
        };
        let role_a = decode_role(
            &role_a_url,
            &pair.a,
            &role_a.map_err(|e| named_by_article(&pair.a, e))?,
        )?;
        let role_b = decode_role(
            &role_b_url,
            &pair.b,
            &role_b.map_err(|e| named_by_article(&pair.b, e))?,
        )?;
        Ok(Comparison::assemble(&article_url, article, role_a, role_b)?)
    }
    .await;
    logged(result)
}

/// Data being fetched for a view: `None` until the first answer arrives, then the key it
/// was fetched for and the answer. A newer load replaces the answer only when it arrives,
/// so the page keeps showing the previous content instead of flashing empty.
pub type Loaded<K, T> = ReadSignal<Option<(K, T)>>;

/// Runs `fetch` for `key()` now and again whenever a signal read by `key` changes (the
/// route, a Retry). The previous request is aborted and its late answer ignored, so a fast
/// navigation never shows stale data.
///
/// (Plain signals rather than resources and Suspense: the same behaviour for a fraction of
/// the wasm size.)
pub fn load<K, T, Fut>(
    key: impl Fn() -> K + 'static,
    fetch: impl Fn(K, Abort) -> Fut + 'static,
) -> Loaded<K, T>
where
    K: Clone + Send + Sync + 'static,
    T: Send + Sync + 'static,
    Fut: Future<Output = T> + 'static,
{
    let (answer, set_answer) = signal(None);
    let latest = Rc::new(Cell::new(0u64));
    Effect::new(move |_| {
        let key = key();
        let run = latest.get() + 1;
        latest.set(run);
        let controller = web_sys::AbortController::new().ok();
        let abort = controller.as_ref().map(|c| c.signal());
        let controller = SendWrapper::new(controller);
        on_cleanup(move || {
            if let Some(controller) = controller.take() {
                controller.abort();
            }
        });
        let future = fetch(key.clone(), abort);
        let latest = Rc::clone(&latest);
        spawn_local(async move {
            let value = future.await;
            if latest.get() == run {
                let _ = set_answer.try_set(Some((key, value)));
            }
        });
    });
    answer
}
