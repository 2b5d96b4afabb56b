//! The only module that talks to the network: fetching the JSON in `public/data` and turning
//! it into checked core types, with errors that say which file failed and how.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::rc::Rc;
use std::sync::Arc;
use std::task::{Poll, Waker};
use std::thread::LocalKey;

use futures::future::LocalBoxFuture;
use futures::FutureExt;
use gloo_net::http::Request;
use leptos::prelude::*;
use leptos::task::spawn_local;
use role_compare_core::compare::generated::{GeneratedComparison, RoleFacts};
use role_compare_core::data::checks::{
    decode_article, decode_catalog, decode_index, decode_occupation, decode_official_figures,
    decode_role,
};
use role_compare_core::data::files::{
    article_path, occupation_path, role_path, ARTICLE_INDEX_PATH, CATALOG_PATH,
    OFFICIAL_FIGURES_PATH,
};
use role_compare_core::data::occupations::{Catalog, CuratedEntry, Occupation, OfficialFigure};
use role_compare_core::navigation::catalog_nav::did_you_mean;
use role_compare_core::{
    parse_pair, ArticleIndex, ArticleSummary, Comparison, DataError, Neighbours, PairError,
    PairSlug, Problem,
};
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

/// A file fetched once for the whole app.
enum Cached<T> {
    Empty,
    /// A request is running; these tasks are waiting for it.
    Loading(Vec<Waker>),
    Ready(Result<Arc<T>, LoadError>),
}

type Cache<T> = &'static LocalKey<RefCell<Cached<T>>>;
type Fetch<T> = fn() -> LocalBoxFuture<'static, Result<Arc<T>, LoadError>>;

thread_local! {
    static ARTICLE_INDEX: RefCell<Cached<ArticleIndex>> = const { RefCell::new(Cached::Empty) };
    static CATALOG: RefCell<Cached<Catalog>> = const { RefCell::new(Cached::Empty) };
}

/// A file every page may need, fetched once and shared by all who ask, even while the first
/// request is still running. A failure goes to those who waited for it; whoever asks later
/// starts a new request (that is how Retry works). (A hand-written cache: `futures`'
/// `Shared` does the same for more wasm.)
async fn fetch_once<T: 'static>(cache: Cache<T>, fetch: Fetch<T>) -> Result<Arc<T>, LoadError> {
    let mut waited = false;
    std::future::poll_fn(move |cx| {
        cache.with_borrow_mut(|state| match state {
            Cached::Ready(Ok(value)) => Poll::Ready(Ok(Arc::clone(value))),
            Cached::Ready(Err(error)) if waited => Poll::Ready(Err(error.clone())),
            Cached::Loading(waiting) => {
                waiting.push(cx.waker().clone());
                waited = true;
                Poll::Pending
            }
            Cached::Empty | Cached::Ready(Err(_)) => {
                *state = Cached::Loading(vec![cx.waker().clone()]);
                waited = true;
                spawn_local(async move {
                    let result = fetch().await;
                    let waiting = cache.with_borrow_mut(|state| {
                        match std::mem::replace(state, Cached::Ready(result)) {
                            Cached::Loading(waiting) => waiting,
                            _ => Vec::new(),
                        }
                    });
                    waiting.into_iter().for_each(Waker::wake);
                });
                Poll::Pending
            }
        })
    })
    .await
}

/// Fetches and decodes one data file every page may share.
async fn fetch_shared<T>(
    path: &'static str,
    decode: fn(&str, &str) -> Result<T, DataError>,
) -> Result<Arc<T>, LoadError> {
    let json = fetch_text(path, &None).await;
    logged(json.and_then(|json| Ok(Arc::new(decode(path, &json)?))))
}

/// The index of curated articles in editorial order.
pub async fn article_index() -> Result<Arc<ArticleIndex>, LoadError> {
    fetch_once(&ARTICLE_INDEX, || {
        fetch_shared(ARTICLE_INDEX_PATH, decode_index).boxed_local()
    })
    .await
}

/// The catalogue of official occupations and curated roles.
pub async fn catalog() -> Result<Arc<Catalog>, LoadError> {
    fetch_once(&CATALOG, || {
        fetch_shared(CATALOG_PATH, decode_catalog).boxed_local()
    })
    .await
}

async fn occupation(slug: &str, abort: &Abort) -> Result<Occupation, LoadError> {
    let url = occupation_path(slug);
    let json = fetch_text(&url, abort).await?;
    Ok(decode_occupation(&url, slug, &json)?)
}

async fn optional_occupation(
    slug: Option<&str>,
    abort: &Abort,
) -> Result<Option<Occupation>, LoadError> {
    match slug {
        Some(slug) => occupation(slug, abort).await.map(Some),
        None => Ok(None),
    }
}

/// What a comparison address shows, with everything its page needs.
#[derive(Debug, Clone, PartialEq)]
pub enum ComparePageData {
    /// A curated article, its neighbours in the editorial order, and the official figures
    /// of the roles' closest occupations.
    Curated {
        comparison: Box<Comparison>,
        neighbours: Neighbours,
        official: Box<[Option<OfficialFigure>; 2]>,
    },
    /// Any other pair of known roles, compared from official data.
    Generated {
        comparison: Box<GeneratedComparison>,
        catalog: Arc<Catalog>,
    },
    /// Not a pair of known roles: what was asked for and what might have been meant.
    Unknown {
        message: String,
        asked_for: String,
        /// The pair with an unknown side replaced by a role close to it, and that role's
        /// title, best first.
        did_you_mean: Vec<(PairSlug, String)>,
    },
}

/// A curated article with its two roles and their closest occupations, fetched side by side.
async fn curated(
    entry: &ArticleSummary,
    abort: &Abort,
) -> Result<(Comparison, [Option<OfficialFigure>; 2]), LoadError> {
    let pair = entry.pair();
    let (article_url, role_a_url, role_b_url) =
        (article_path(&pair), role_path(&pair.a), role_path(&pair.b));
    let (article, role_a, role_b, official) = futures::join!(
        fetch_text(&article_url, abort),
        fetch_text(&role_a_url, abort),
        fetch_text(&role_b_url, abort),
        fetch_text(OFFICIAL_FIGURES_PATH, abort),
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
    let comparison = Comparison::assemble(&article_url, article, role_a, role_b)?;
    let official = decode_official_figures(OFFICIAL_FIGURES_PATH, &official?)?;
    let official = comparison.official_figures(&official);
    Ok((comparison, official))
}

/// One side of a generated comparison: an official occupation, or a curated role with the
/// figures of its closest occupation.
async fn role_facts(catalog: &Catalog, slug: &str, abort: &Abort) -> Result<RoleFacts, LoadError> {
    if catalog.occupation(slug).is_some() {
        return Ok(RoleFacts::official(occupation(slug, abort).await?));
    }
    let entry = catalog
        .curated_role(slug)
        .cloned()
        .unwrap_or_else(|| CuratedEntry {
            slug: slug.to_owned(),
            title: slug.to_owned(),
            occupation: None,
        });
    let url = role_path(slug);
    let (role, official) = futures::join!(
        fetch_text(&url, abort),
        optional_occupation(entry.occupation.as_deref(), abort)
    );
    let role = decode_role(&url, slug, &role?)?;
    Ok(RoleFacts {
        slug: role.slug.clone(),
        title: role.title.clone(),
        indefinite_article: role.indefinite_article,
        summary: role.summary,
        occupation: official?,
        curated: true,
    })
}

/// Everything the page at `/compare/<segment>` shows.
pub async fn load_compare_page(
    segment: String,
    abort: Abort,
) -> Result<ComparePageData, LoadError> {
    let result = async {
        let pair = match parse_pair(&segment) {
            Ok(pair) => pair,
            Err(error) => {
                let asked_for = match &error {
                    PairError::SameRole(slug) => slug.replace('-', " "),
                    _ => segment.replace('-', " "),
                };
                return Ok(ComparePageData::Unknown {
                    message: format!("There is no comparison at this address: {error}."),
                    asked_for,
                    did_you_mean: Vec::new(),
                });
            }
        };
        let index = article_index().await?;
        if let Some(entry) = index.find(&pair) {
            let (comparison, official) = curated(entry, &abort).await?;
            let neighbours = Neighbours::of(&index, &pair).unwrap_or(Neighbours {
                previous: None,
                next: None,
            });
            return Ok(ComparePageData::Curated {
                comparison: Box::new(comparison),
                neighbours,
                official: Box::new(official),
            });
        }
        let catalog = catalog().await?;
        let unknown: Vec<&str> = [pair.a.as_str(), pair.b.as_str()]
            .into_iter()
            .filter(|slug| catalog.title_of(slug).is_none())
            .collect();
        if !unknown.is_empty() {
            let names: Vec<String> = unknown
                .iter()
                .map(|s| format!("“{}”", s.replace('-', " ")))
                .collect();
            let replaced = |unknown: &str, known: &str| {
                let (a, b) = if unknown == pair.a {
                    (known, pair.b.as_str())
                } else {
                    (pair.a.as_str(), known)
                };
                PairSlug::new(a, b)
            };
            let did_you_mean = unknown
                .iter()
                .flat_map(|slug| {
                    did_you_mean(&catalog, slug, 4)
                        .into_iter()
                        .map(move |found| (*slug, found))
                })
                .filter(|(unknown, (known, _))| {
                    replaced(unknown, known).a != replaced(unknown, known).b
                })
                .map(|(unknown, (known, title))| (replaced(unknown, known), title.to_owned()))
                .collect();
            return Ok(ComparePageData::Unknown {
                message: format!("We do not know the role {}.", names.join(" or ")),
                asked_for: unknown.join(" ").replace('-', " "),
                did_you_mean,
            });
        }
        let (a, b) = futures::join!(
            role_facts(&catalog, &pair.a, &abort),
            role_facts(&catalog, &pair.b, &abort)
        );
        Ok(ComparePageData::Generated {
            comparison: Box::new(GeneratedComparison { a: a?, b: b? }),
            catalog,
        })
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
