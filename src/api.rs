//! The only module that talks to the network: fetching the JSON in `public/data`, decoding
//! it into checked core types, and keeping what was fetched, so a file is downloaded once
//! however many pages (or prefetches) ask for it.

use std::cell::RefCell;
use std::collections::HashMap;
use std::future::Future;
use std::sync::Arc;
use std::thread::LocalKey;

use futures::future::{LocalBoxFuture, Shared};
use futures::FutureExt;
use gloo_net::http::Request;
use leptos::prelude::*;
use leptos::task::spawn_local;
use role_compare_core::compare::generated::{GeneratedComparison, RoleFacts};
use role_compare_core::compare::place::Place;
use role_compare_core::compare::resolve::{self, area_asked_for, UnknownPair};
use role_compare_core::data::areas::{AreaIndex, LocalFigures};
use role_compare_core::data::checks::{
    decode_area_index, decode_article, decode_catalog, decode_index, decode_local_figures,
    decode_occupation, decode_role, decode_us_map,
};
use role_compare_core::data::files::{
    area_path, article_path, occupation_path, role_path, AREA_INDEX_PATH, ARTICLE_INDEX_PATH,
    CATALOG_PATH, US_MAP_PATH,
};
use role_compare_core::data::map::UsMap;
use role_compare_core::data::occupations::{Catalog, Occupation, NATIONAL};
use role_compare_core::{ArticleIndex, ArticleSummary, Comparison, DataError, Neighbours, Problem};

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

type Loaded<T> = Result<Arc<T>, LoadError>;
/// A download under way or done, shared by everyone who asks for it.
type Pending = Shared<LocalBoxFuture<'static, Loaded<str>>>;
/// A file every page may need, kept once decoded.
type Decoded<T> = RefCell<Option<Arc<T>>>;

thread_local! {
    static TEXTS: RefCell<HashMap<String, Pending>> = RefCell::new(HashMap::new());
    static INDEX: Decoded<ArticleIndex> = const { RefCell::new(None) };
    static CATALOG: Decoded<Catalog> = const { RefCell::new(None) };
    static AREAS: Decoded<AreaIndex> = const { RefCell::new(None) };
    static MAPS: Decoded<UsMap> = const { RefCell::new(None) };
}

/// Files kept at most; beyond it the cache starts again (a reader would have to open
/// hundreds of comparisons in one visit to reach it).
const KEPT_FILES: usize = 256;

/// A data file's text, downloaded once: the request is shared with everyone who asks
/// while it runs or after it succeeded. A failure goes to those who waited for it and is
/// forgotten, so asking again (Retry) starts a new request.
async fn text(url: &str) -> Loaded<str> {
    let result = download_of(url).await;
    if result.is_err() {
        TEXTS.with_borrow_mut(|files| files.remove(url));
    }
    result
}

/// The download of `url`: the one under way or done, or a new one.
fn download_of(url: &str) -> Pending {
    TEXTS.with_borrow_mut(|files| {
        if files.len() >= KEPT_FILES {
            files.clear();
        }
        files
            .entry(url.to_owned())
            .or_insert_with(|| download(url.to_owned()).boxed_local().shared())
            .clone()
    })
}

/// Sends the request for `url` at once, for whoever asks for its [`text`] later. A task
/// spawned to ask would send it only when the code running now yields: after decoding the
/// catalogue, for instance, where the request would have been on its way all along.
fn request_now(url: String) {
    // Polled once, the download sends its request.
    let _ = download_of(&url).now_or_never();
    // Someone waits for it, so that a failure is forgotten as [`text`] forgets it.
    spawn_local(async move {
        let _ = text(&url).await;
    });
}

/// A file every page may need, decoded the first time it is asked for and kept.
async fn decoded<T>(
    slot: &'static LocalKey<Decoded<T>>,
    path: &'static str,
    decode: fn(&str, &str) -> Result<T, DataError>,
) -> Loaded<T> {
    let kept = || slot.with_borrow(Clone::clone);
    if let Some(value) = kept() {
        return Ok(value);
    }
    let json = text(path).await?;
    // Someone who asked at the same time may have decoded it meanwhile.
    if let Some(value) = kept() {
        return Ok(value);
    }
    let value = Arc::new(decode(path, &json)?);
    slot.set(Some(Arc::clone(&value)));
    Ok(value)
}

/// Starts downloading the catalogue, for a first page at an app shell, so that it arrives
/// while the article index is read and decoded (for a pair's first screen, once that screen
/// is painted: [`first_screen_facts`]). There the pair is almost never a curated
/// article (each has a page of its own; only its reversed order or an address with a query
/// reaches the shell), and any other pair needs the catalogue.
pub fn download_catalog_ahead() {
    download_ahead(&CATALOG, CATALOG_PATH);
}

/// Starts downloading a file every page may need, unless it is decoded already, for whoever
/// asks for it next ([`decoded`]).
fn download_ahead<T>(slot: &'static LocalKey<Decoded<T>>, path: &'static str) {
    if slot.with_borrow(Option::is_none) {
        request_now(path.to_owned());
    }
}

/// How long a data file may take to arrive, headers and body, before it is given up. The
/// largest (an area file, 17 KiB brotli) takes well under a second on a slow phone network;
/// a request still open after this is one that will not finish (a stalled connection, a
/// captive portal), and the reader is better served by the error and its Retry.
const TIMEOUT_SECONDS: u32 = 15;

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `AbortSignal.timeout(ms)`: a signal the browser aborts when the time is up, so no
    /// timer or closure of ours can outlive the request. `Err` where the browser lacks it
    /// (Safari before 16): the request then waits as long as the browser lets it. (The
    /// browser tests run it forward with Playwright's clock, which fakes it.)
    #[wasm_bindgen(catch, js_namespace = AbortSignal, js_name = timeout)]
    fn abort_after(milliseconds: u32) -> Result<web_sys::AbortSignal, wasm_bindgen::JsValue>;
}

/// Downloads a data file as text, giving up after [`TIMEOUT_SECONDS`].
async fn download(url: String) -> Loaded<str> {
    let deadline = abort_after(TIMEOUT_SECONDS * 1000).ok();
    let network = |error: gloo_net::Error| LoadError::Network {
        url: url.clone(),
        reason: match &deadline {
            Some(deadline) if deadline.aborted() => {
                format!("it took longer than {TIMEOUT_SECONDS} s")
            }
            _ => error.to_string(),
        },
    };
    let response = Request::get(&url)
        .abort_signal(deadline.as_ref())
        .send()
        .await
        .map_err(network)?;
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.clone(),
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    // The body is under the same deadline: a server may send headers and then stall. It is
    // read as bytes: copied into the wasm's memory in one go, where a string crosses over
    // one character at a time (11.5 ms of a first visit at ×4 CPU for the catalogue).
    let bytes = response.binary().await.map_err(network)?;
    // Where `text()` would put U+FFFD in place of a fault, the file is refused: JSON is
    // UTF-8, and a fault is a broken file, not text to guess at (the guessing costs 1.4 KiB).
    // A byte order mark, which `text()` would drop, is refused by the JSON decoder, as the
    // server and the prerender refuse it.
    let text = String::from_utf8(bytes).map_err(|error| {
        let at = error.utf8_error().valid_up_to();
        let problem = format!("it is not UTF-8 text (byte {at} is not part of a character)");
        DataError::new(&url, Problem::Malformed(problem))
    })?;
    Ok(Arc::from(text))
}

fn logged<T>(result: Result<T, LoadError>) -> Result<T, LoadError> {
    if let Err(error) = &result {
        leptos::logging::error!("{error}");
    }
    result
}

/// The index of curated articles in editorial order.
pub async fn article_index() -> Loaded<ArticleIndex> {
    logged(decoded(&INDEX, ARTICLE_INDEX_PATH, decode_index).await)
}

/// The catalogue of official occupations and curated roles.
pub async fn catalog() -> Loaded<Catalog> {
    logged(decoded(&CATALOG, CATALOG_PATH, decode_catalog).await)
}

/// Every area, for the area box.
pub async fn area_index() -> Loaded<AreaIndex> {
    logged(decoded(&AREAS, AREA_INDEX_PATH, decode_area_index).await)
}

/// The map of the states, fetched once for every page that shows it.
async fn us_map() -> Loaded<UsMap> {
    logged(decoded(&MAPS, US_MAP_PATH, decode_us_map).await)
}

/// Every occupation's figures in a metropolitan or nonmetropolitan area.
async fn local_figures(key: &str) -> Loaded<LocalFigures> {
    let url = area_path(key);
    Ok(Arc::new(decode_local_figures(
        &url,
        key,
        &text(&url).await?,
    )?))
}

async fn occupation(slug: &str) -> Result<Occupation, LoadError> {
    let url = occupation_path(slug);
    Ok(decode_occupation(&url, slug, &text(&url).await?)?)
}

async fn optional_occupation(slug: Option<&str>) -> Result<Option<Occupation>, LoadError> {
    match slug {
        Some(slug) => occupation(slug).await.map(Some),
        None => Ok(None),
    }
}

/// What a comparison address shows, with everything its page needs.
#[derive(Debug, Clone, PartialEq)]
pub enum ComparePageData {
    /// A curated article, its neighbours in the editorial order, the roles' closest
    /// official occupations and the map.
    Curated {
        comparison: Box<Comparison>,
        neighbours: Neighbours,
        official: Box<[Option<Occupation>; 2]>,
        map: Arc<UsMap>,
    },
    /// Any other pair of known roles, compared from official data in a place.
    Generated {
        comparison: Box<GeneratedComparison>,
        catalog: Arc<Catalog>,
        map: Arc<UsMap>,
        place: Box<Place>,
        /// An area the address asked for that has no figures (the place is then national).
        unknown_area: Option<String>,
    },
    /// The address names an area by a name rather than its key (`?area=austin`): the key
    /// it means, for the address to show instead.
    AreaMeant(String),
    /// Not a pair of known roles: what was asked for and what might have been meant.
    Unknown(UnknownPair),
}

/// A curated article with its two roles, then their closest occupations.
async fn curated(
    entry: &ArticleSummary,
) -> Result<(Comparison, [Option<Occupation>; 2]), LoadError> {
    let pair = entry.pair();
    let (article_url, role_a_url, role_b_url) =
        (article_path(&pair), role_path(&pair.a), role_path(&pair.b));
    let (article, role_a, role_b) =
        futures::join!(text(&article_url), text(&role_a_url), text(&role_b_url));
    let article = decode_article(&article_url, &pair, &article?)?;
    // A role file that does not exist is a fault of the article that names it.
    let role_a = decode_role(
        &role_a_url,
        &pair.a,
        &role_a.map_err(|e| named_by(&article_url, Problem::UnknownRole(pair.a.clone()), e))?,
    )?;
    let role_b = decode_role(
        &role_b_url,
        &pair.b,
        &role_b.map_err(|e| named_by(&article_url, Problem::UnknownRole(pair.b.clone()), e))?,
    )?;
    let comparison = Comparison::assemble(&article_url, article, role_a, role_b)?;
    let [a, b] = comparison
        .official_slugs()
        .map(|slug| slug.map(str::to_owned));
    let (official_a, official_b) = futures::join!(
        optional_occupation(a.as_deref()),
        optional_occupation(b.as_deref())
    );
    // Likewise an occupation file that does not exist is a fault of the role that names it.
    let closest = |url: &str, slug: Option<String>, error| {
        named_by(
            url,
            Problem::UnknownOccupation(slug.unwrap_or_default()),
            error,
        )
    };
    let official = [
        official_a.map_err(|e| closest(&role_a_url, a, e))?,
        official_b.map_err(|e| closest(&role_b_url, b, e))?,
    ];
    Ok((comparison, official))
}

/// A file that is not there (404) named by `file`: `file`'s fault, which no Retry can mend;
/// any other trouble stays what it was.
fn named_by(file: &str, problem: Problem, error: LoadError) -> LoadError {
    match error {
        LoadError::Http { status: 404, .. } => LoadError::Data(DataError::new(file, problem)),
        other => other,
    }
}

/// One side of a generated comparison: an official occupation, or a curated role with the
/// figures of its closest occupation.
async fn role_facts(catalog: &Catalog, slug: &str) -> Result<RoleFacts, LoadError> {
    if catalog.occupation(slug).is_some() {
        return Ok(RoleFacts::official(occupation(slug).await?));
    }
    let closest = catalog
        .curated_role(slug)
        .and_then(|entry| entry.occupation.as_deref());
    let url = role_path(slug);
    let (role, official) = futures::join!(text(&url), optional_occupation(closest));
    let role = decode_role(&url, slug, &role?)?;
    Ok(RoleFacts::curated(&role, official?))
}

/// The place `?area=` asks for: the nation, a state, or an area with a file of its own; an
/// area named other than by its key is looked up in the area index.
enum AreaAsked {
    Found(Place),
    Meant(String),
    Unknown(String),
}

async fn place(catalog: &Catalog, asked: Option<&str>) -> Result<AreaAsked, LoadError> {
    let Some(asked) = asked.filter(|a| !a.is_empty() && *a != NATIONAL) else {
        return Ok(AreaAsked::Found(Place::national()));
    };
    if let Some(state) = catalog.area(asked) {
        return Ok(AreaAsked::Found(Place::state(&state.code, &state.name)));
    }
    let missing = match local_figures(asked).await {
        Ok(figures) => return Ok(AreaAsked::Found(Place::local(figures))),
        // No such area file: perhaps a name ("austin"); anything else is real trouble.
        Err(error @ LoadError::Http { status: 404, .. }) => error,
        Err(error) => return Err(error),
    };
    let index = area_index().await?;
    Ok(match area_asked_for(&index, asked) {
        // The index lists this very key, yet its file is missing: the server's trouble (a
        // deploy under way), not a name to look up, which would only lead back here.
        Some(area) if area.key == asked => return Err(missing),
        Some(area) => AreaAsked::Meant(area.key.clone()),
        None => AreaAsked::Unknown(asked.to_owned()),
    })
}

/// What the first screen of the pair at `segment` shows, from the two occupations' own
/// files (and the map, for a state's name), before the article index and the catalogue are
/// decoded. `Ok(None)` where only the whole page's load can tell: a curated role (listed in
/// `curated_roles`), an area other than a state, a file that is not there (as an unknown
/// role's is not) or that is broken. A file that could not be downloaded is the answer as
/// it happened: the whole page's load would ask for the article index first, and name it.
pub async fn first_screen_facts(
    segment: &str,
    area: Option<&str>,
    curated_roles: &str,
) -> Result<Option<(GeneratedComparison, Place)>, LoadError> {
    let Ok(pair) = resolve::pair_of(segment) else {
        return Ok(None);
    };
    if curated_roles
        .split(' ')
        .any(|role| role == pair.a || role == pair.b)
    {
        return Ok(None);
    }
    // Both on their way before either is awaited. The article index and the catalogue,
    // which only the rest of the page needs, are asked for once the first screen is painted
    // (`pages::compare::Rest`): asked for now, their requests and answers took the main
    // thread between the app's start and that paint.
    for slug in [&pair.a, &pair.b] {
        request_now(occupation_path(slug));
    }
    let place = match area.filter(|asked| !asked.is_empty() && *asked != NATIONAL) {
        None => Place::national(),
        Some(asked) => {
            let Some(state) = downloaded(us_map().await)?.and_then(|map| map.state(asked).cloned())
            else {
                return Ok(None);
            };
            Place::state(&state.usps, &state.name)
        }
    };
    let Some(a) = downloaded(occupation(&pair.a).await)? else {
        return Ok(None);
    };
    let Some(b) = downloaded(occupation(&pair.b).await)? else {
        return Ok(None);
    };
    let comparison = GeneratedComparison::new(RoleFacts::official(a), RoleFacts::official(b));
    Ok(Some((comparison, place)))
}

/// A file for a first screen: `None` where the whole page's load is to say what is wrong
/// with it (not there, or broken); the error where it could not be downloaded.
fn downloaded<T>(result: Result<T, LoadError>) -> Result<Option<T>, LoadError> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(LoadError::Http { status: 404, .. } | LoadError::Data(_)) => Ok(None),
        Err(error) => Err(error),
    }
}

/// Pages loaded (or fetched ahead) in this visit, ready to show: moving to one takes no
/// decoding. Kept for the last few addresses.
type LoadedPages = RefCell<Vec<((String, Option<String>), Arc<ComparePageData>)>>;

thread_local! {
    static PAGES: LoadedPages = const { RefCell::new(Vec::new()) };
}

const KEPT_PAGES: usize = 16;

/// Everything the page at `/compare/<segment>?area=<area>` shows.
pub async fn load_compare_page(
    segment: String,
    area: Option<String>,
) -> Result<Arc<ComparePageData>, LoadError> {
    let key = (segment, area);
    let kept = PAGES.with_borrow(|pages| {
        pages
            .iter()
            .find(|(at, _)| *at == key)
            .map(|(_, page)| Arc::clone(page))
    });
    if let Some(page) = kept {
        return Ok(page);
    }
    let page = Arc::new(fetch_compare_page(&key.0, key.1.as_deref()).await?);
    PAGES.with_borrow_mut(|pages| {
        if pages.len() >= KEPT_PAGES {
            pages.remove(0);
        }
        pages.push((key, Arc::clone(&page)));
    });
    Ok(page)
}

async fn fetch_compare_page(
    segment: &str,
    area: Option<&str>,
) -> Result<ComparePageData, LoadError> {
    let result = async {
        let pair = match resolve::pair_of(segment) {
            Ok(pair) => pair,
            Err(unknown) => return Ok(ComparePageData::Unknown(unknown)),
        };
        // Every comparison shows the map: it downloads while the article index is read and
        // decoded, rather than after the steps before it.
        download_ahead(&MAPS, US_MAP_PATH);
        let index = article_index().await?;
        if let Some(entry) = resolve::curated(&index, &pair) {
            let (loaded, map) = futures::join!(curated(entry), us_map());
            let (comparison, official) = loaded?;
            let neighbours = Neighbours::of(&index, &pair).unwrap_or(Neighbours {
                previous: None,
                next: None,
            });
            return Ok(ComparePageData::Curated {
                comparison: Box::new(comparison),
                neighbours,
                official: Box::new(official),
                map: map?,
            });
        }
        // The catalogue says which file a role has, but an official occupation's is by far
        // the likelier: ask for those now, so that they download while the catalogue is
        // decoded instead of after it (a round trip sooner on a first visit).
        for slug in [&pair.a, &pair.b] {
            let curated_role = index
                .articles
                .iter()
                .any(|entry| entry.role_a == *slug || entry.role_b == *slug);
            if !curated_role {
                request_now(occupation_path(slug));
            }
        }
        let catalog = catalog().await?;
        if let Err(unknown) = resolve::known_roles(&catalog, &pair) {
            return Ok(ComparePageData::Unknown(unknown));
        }
        let (a, b, map, place) = futures::join!(
            role_facts(&catalog, &pair.a),
            role_facts(&catalog, &pair.b),
            us_map(),
            place(&catalog, area),
        );
        let (place, unknown_area) = match place? {
            AreaAsked::Found(place) => (place, None),
            AreaAsked::Meant(key) => return Ok(ComparePageData::AreaMeant(key)),
            AreaAsked::Unknown(asked) => (Place::national(), Some(asked)),
        };
        Ok(ComparePageData::Generated {
            comparison: Box::new(GeneratedComparison::new(a?, b?)),
            catalog,
            map: map?,
            place: Box::new(place),
            unknown_area,
        })
    }
    .await;
    logged(result)
}

thread_local! {
    static PREFETCHED: RefCell<std::collections::HashSet<String>> = RefCell::default();
}

/// Downloads what the comparison at `segment` needs, once, so that opening it later is
/// instant (Previous/Next). Failures are left for the visit itself to report.
pub fn prefetch_compare_page(segment: String) {
    if !PREFETCHED.with_borrow_mut(|done| done.insert(segment.clone())) {
        return;
    }
    spawn_local(async move {
        let _ = load_compare_page(segment, None).await;
    });
}

/// Data being fetched for a view: `None` until the first answer arrives, then the key it
/// was fetched for and the answer. A newer load replaces the answer only when it arrives,
/// so the page keeps showing the previous content instead of flashing empty.
pub type Answer<K, T> = ReadSignal<Option<(K, T)>>;

/// Runs `fetch` for `key()` now and again whenever a signal read by `key` changes (the
/// route, a Retry). An answer that arrives after a newer request started is dropped, so a
/// fast navigation never shows stale data.
pub fn load<K, T, Fut>(
    key: impl Fn() -> K + 'static,
    fetch: impl Fn(K) -> Fut + 'static,
) -> Answer<K, T>
where
    K: Clone + Send + Sync + 'static,
    T: Send + Sync + 'static,
    Fut: Future<Output = T> + 'static,
{
    let (answer, set_answer) = signal(None);
    let latest = std::rc::Rc::new(std::cell::Cell::new(0u64));
    Effect::new(move |_| {
        let key = key();
        let run = latest.get() + 1;
        latest.set(run);
        let future = fetch(key.clone());
        let latest = std::rc::Rc::clone(&latest);
        spawn_local(async move {
            let value = future.await;
            if latest.get() == run {
                let _ = set_answer.try_set(Some((key, value)));
            }
        });
    });
    answer
}
