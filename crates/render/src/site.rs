//! The whole site in memory: every data file read and checked once, and any address made
//! into a complete HTML document on request.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::Path;
use std::sync::Arc;

use role_compare_core::compare::generated::{GeneratedComparison, RoleFacts};
use role_compare_core::compare::place::Place;
use role_compare_core::compare::resolve::{self, area_asked_for, UnknownPair};
use role_compare_core::data::areas::{AreaIndex, LocalFigures};
use role_compare_core::data::checks::{
    decode_area_index, decode_article, decode_catalog, decode_index, decode_local_figures,
    decode_occupation, decode_role, decode_us_map, MAX_LINE_CHARS,
};
use role_compare_core::data::files::{
    area_path, article_path, occupation_path, role_path, AREA_INDEX_PATH, ARTICLE_INDEX_PATH,
    CATALOG_PATH, US_MAP_PATH,
};
use role_compare_core::data::map::UsMap;
use role_compare_core::data::occupations::{Catalog, Occupation, NATIONAL};
use role_compare_core::markup::embed::fit_for_embed;
use role_compare_core::markup::page::{group_browser, site_footer, site_header, GroupMembers};
use role_compare_core::markup::tree::{el, Node};
use role_compare_core::navigation::catalog_nav::related;
use role_compare_core::navigation::routes::{
    compare_route, embed_route, PairState, Route, HOME_ROUTE,
};
use role_compare_core::pages::compare::{
    curated_page, generated_page, loading_content, unknown_pair_page, CURATED_ROLES_ATTRIBUTE,
};
use role_compare_core::pages::home::{home_page, results};
use role_compare_core::pages::not_found::{asked_for, not_found_page};
use role_compare_core::pages::{Page, Status};
use role_compare_core::{ArticleIndex, Comparison, Neighbours, PairSlug, Role};

use crate::document::{self, embed_head, page_head};
use crate::embed_pages::builder_content;
use crate::query::{address, param, query_text};
use crate::shell::{skip_link, Shell};

/// What an address gets: a complete HTML document and the status to serve it with, or a
/// redirect to another address of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// 200 for a page, 404 for an answer saying the address names nothing, 302 for a
    /// redirect.
    pub status: u16,
    /// The document; for a redirect, a short one linking to where it goes.
    pub html: String,
    /// For a redirect (status 302): the address to go to, a path and query on this site
    /// (`/compare/a-vs-b?area=austin-tx`), for the `Location` header.
    pub location: Option<String>,
}

impl Rendered {
    fn page(status: u16, html: String) -> Self {
        Self {
            status,
            html,
            location: None,
        }
    }

    /// A temporary redirect to `location` (a path and query of this site). 302 rather than
    /// 301 or 308: what a typed area means is a best match that may change with the next
    /// data release, so browsers must not remember it; and rather than 303, since this is
    /// the answer to a GET whose page is found elsewhere, not the result of a POST.
    pub fn redirect(location: String) -> Self {
        let link = el("a")
            .attr("href", location.clone())
            .text(location.clone());
        let html = format!(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Redirecting</title></head><body><p>This page is at {}.</p></body></html>",
            Node::from(link).to_html()
        );
        Self {
            status: 302,
            html,
            location: Some(location),
        }
    }
}

/// What a comparison address answers: a page, or where the page asked for is.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    Page(Page),
    /// The address (path and query) of the page meant, e.g. for `?area=austin` the one with
    /// `?area=austin-tx`.
    Redirect(String),
}

/// The area a comparison address asks for (`?area=`), as the page will show it.
enum AreaAsked {
    Place(Place),
    /// A name typed into the area box of a page without JavaScript, which matched the area
    /// with this key.
    Means(String),
    /// Nothing matches: national figures, and the page says so.
    Unknown(String),
}

/// Everything pages are made from, read from `public/data` (or `dist/data`) and checked
/// exactly as the app checks it, and the app shell they are served in.
pub struct Site {
    site_url: String,
    shell: Shell,
    /// The skip link and the header, and the footer: the same for every page.
    before_main: String,
    after_main: String,
    index: ArticleIndex,
    catalog: Catalog,
    /// By pair (`a-vs-b`), for every entry of the index.
    articles: HashMap<String, Comparison>,
    /// Every official occupation and curated role of the catalogue as a side of a generated
    /// comparison, by slug.
    roles: HashMap<String, Arc<RoleFacts>>,
    /// Every area for the area box and for what a typed area means (`areas.json`).
    areas: AreaIndex,
    /// Every metropolitan and nonmetropolitan area's figures (`areas/<key>.json`), by key;
    /// shared with the pages that show them.
    local: HashMap<String, Arc<LocalFigures>>,
    /// The map of the states (`us-states.json`).
    map: UsMap,
    /// The home page's group browser with every list: the same on every home page, and the
    /// dearest part of it (1,016 closest partners).
    groups: Node,
}

fn read(data_dir: &Path, url_path: &str) -> Result<String, String> {
    let file = data_dir.join(url_path.trim_start_matches("/data/"));
    fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))
}

/// One metropolitan or nonmetropolitan area's file, read and checked.
fn load_area(data_dir: &Path, key: &str) -> Result<(String, Arc<LocalFigures>), String> {
    let url = area_path(key);
    let figures =
        decode_local_figures(&url, key, &read(data_dir, &url)?).map_err(|e| e.to_string())?;
    Ok((key.to_owned(), Arc::new(figures)))
}

/// Every metropolitan and nonmetropolitan area's file, read and checked on every core (528
/// files, 11.8 MiB: on one core, most of the time [`Site::load`] takes).
fn load_local_figures(
    data_dir: &Path,
    areas: &AreaIndex,
) -> Result<HashMap<String, Arc<LocalFigures>>, String> {
    let keys: Vec<&str> = areas
        .areas
        .iter()
        .filter(|area| area.kind.is_local())
        .map(|area| area.key.as_str())
        .collect();
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = keys.len().div_ceil(workers).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = keys
            .chunks(chunk)
            .map(|keys| {
                scope.spawn(move || {
                    keys.iter()
                        .map(|&key| load_area(data_dir, key))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| handle.join().expect("decoding does not panic"))
            .collect()
    })
}

impl Site {
    /// Reads and checks `data_dir` (the folder holding `articles.json`) once: the index,
    /// every curated article with its roles, the catalogue and every occupation's file, the
    /// areas with every metro and nonmetro area's file, and the map. `shell` is the app shell
    /// (`dist/404.html`, or a fresh build's `index.html`); `site_url` the public origin, for
    /// canonical and Open Graph addresses.
    pub fn load(data_dir: &Path, shell: String, site_url: &str) -> Result<Site, String> {
        let shell = Shell::parse(&shell)?;
        let text = |path: &str| read(data_dir, path);
        let index = decode_index(ARTICLE_INDEX_PATH, &text(ARTICLE_INDEX_PATH)?)
            .map_err(|e| e.to_string())?;
        let catalog =
            decode_catalog(CATALOG_PATH, &text(CATALOG_PATH)?).map_err(|e| e.to_string())?;
        let areas = decode_area_index(AREA_INDEX_PATH, &text(AREA_INDEX_PATH)?)
            .map_err(|e| e.to_string())?;
        let map = decode_us_map(US_MAP_PATH, &text(US_MAP_PATH)?).map_err(|e| e.to_string())?;
        let local = load_local_figures(data_dir, &areas)?;

        let mut occupations = HashMap::with_capacity(catalog.occupations.len());
        for entry in &catalog.occupations {
            let url = occupation_path(&entry.slug);
            let occupation =
                decode_occupation(&url, &entry.slug, &text(&url)?).map_err(|e| e.to_string())?;
            occupations.insert(entry.slug.clone(), occupation);
        }

        let mut curated_roles: HashMap<String, Role> = HashMap::new();
        let mut role = |slug: &str| -> Result<Role, String> {
            if let Some(role) = curated_roles.get(slug) {
                return Ok(role.clone());
            }
            let url = role_path(slug);
            let role = decode_role(&url, slug, &text(&url)?).map_err(|e| e.to_string())?;
            curated_roles.insert(slug.to_owned(), role.clone());
            Ok(role)
        };
        let mut articles = HashMap::with_capacity(index.articles.len());
        for entry in &index.articles {
            let pair = entry.pair();
            let url = article_path(&pair);
            let article = decode_article(&url, &pair, &text(&url)?).map_err(|e| e.to_string())?;
            let comparison = Comparison::assemble(&url, article, role(&pair.a)?, role(&pair.b)?)
                .map_err(|e| e.to_string())?;
            for slug in comparison.official_slugs().into_iter().flatten() {
                if !occupations.contains_key(slug) {
                    return Err(format!(
                        "{url}: its role names the occupation “{slug}”, which is not in {CATALOG_PATH}"
                    ));
                }
            }
            articles.insert(pair.to_string(), comparison);
        }

        let mut roles = HashMap::with_capacity(catalog.occupations.len() + catalog.curated.len());
        for entry in &catalog.curated {
            // A curated role is compared through its closest occupation's figures, with its
            // own title and summary (as src/api.rs does).
            let closest = entry
                .occupation
                .as_ref()
                .and_then(|slug| occupations.get(slug))
                .cloned();
            roles.insert(
                entry.slug.clone(),
                Arc::new(RoleFacts::curated(&role(&entry.slug)?, closest)),
            );
        }
        for (slug, occupation) in occupations {
            roles.insert(slug, Arc::new(RoleFacts::official(occupation)));
        }

        let groups = group_browser(&catalog, GroupMembers::HeldAsText);
        let before_main = [skip_link(), site_header()]
            .iter()
            .map(Node::to_html)
            .collect();
        Ok(Site {
            site_url: site_url.trim_end_matches('/').to_owned(),
            shell,
            before_main,
            after_main: site_footer().to_html(),
            index,
            catalog,
            articles,
            roles,
            areas,
            local,
            map,
            groups,
        })
    }

    /// The document for `path` (percent-decoded, as the server passes it) with the raw
    /// `query`, or `None` when `path` is no page route: `/`, `/compare/<pair>` and
    /// `/embed/compare/<pair>`, with or without a trailing slash. A comparison whose `?area=`
    /// is a name rather than a key (`?area=austin`, as the area box sends it without
    /// JavaScript) is a redirect to the address with the key of the area it names.
    pub fn render(&self, path: &str, query: Option<&str>) -> Option<Rendered> {
        let query = query.filter(|query| !query.is_empty());
        match Route::parse(path) {
            Route::Home => {
                let q = param(query, "q").unwrap_or_default();
                let page = home_page(&q, results(&self.index, &q), Some(self.groups.clone()));
                Some(self.page_document(page, &address(path, query)))
            }
            Route::Compare(segment) => Some(match self.compare(&segment, query, false) {
                Answer::Page(page) => self.page_document(page, &address(path, query)),
                Answer::Redirect(to) => Rendered::redirect(to),
            }),
            Route::Embed(segment) => Some(match self.compare(&segment, query, true) {
                Answer::Page(page) => self.embed_document(page),
                Answer::Redirect(to) => Rendered::redirect(to),
            }),
            Route::NotFound => None,
        }
    }

    /// The answer for an address that is no page (status 404): what was not found, and the
    /// closest comparisons.
    pub fn not_found(&self, path: &str) -> Rendered {
        let suggestions = resolve::closest_articles(&self.index, &asked_for(path));
        self.page_document(not_found_page(path, &suggestions), &address(path, None))
    }

    /// What `/compare/<segment>` (or its embed, when `embed`) answers for the raw `query`,
    /// resolved as the app resolves it: a curated article, else two known roles compared
    /// from official data, else help finding the pair meant. A generated pair's `?area=` is
    /// the nation (`US` or none), a state's USPS code or a metro or nonmetro key; any other
    /// text is a name typed into the area box, answered with a redirect to the address of
    /// the area it matches (keeping the view and the map's shading, and an embed's options),
    /// or with national figures and a notice when nothing matches. `?map=pay` shades the
    /// maps by pay.
    pub fn compare(&self, segment: &str, query: Option<&str>, embed: bool) -> Answer {
        let pair = match resolve::pair_of(segment) {
            Ok(pair) => pair,
            Err(unknown) => return Answer::Page(self.unknown_pair(&unknown)),
        };
        let measure = PairState::parse(None, None, param(query, "map").as_deref(), |_| false).map;
        if let Some(entry) = resolve::curated(&self.index, &pair) {
            if let Some(comparison) = self.articles.get(&entry.slug()) {
                let neighbours = Neighbours::of(&self.index, &pair).unwrap_or(Neighbours {
                    previous: None,
                    next: None,
                });
                let official = comparison
                    .official_slugs()
                    .map(|slug| self.occupation(slug?));
                return Answer::Page(curated_page(
                    comparison,
                    official,
                    &neighbours,
                    &self.map,
                    measure,
                ));
            }
        }
        if let Err(unknown) = resolve::known_roles(&self.catalog, &pair) {
            return Answer::Page(self.unknown_pair(&unknown));
        }
        let (Some(a), Some(b)) = (self.roles.get(&pair.a), self.roles.get(&pair.b)) else {
            // Load reads a file for every role of the catalogue, so this cannot happen.
            return Answer::Page(self.unknown_pair(&UnknownPair {
                message: format!("There is no data for the comparison “{pair}”."),
                asked_for: segment.replace('-', " "),
                did_you_mean: Vec::new(),
            }));
        };
        let area = param(query, "area");
        let area = area.as_deref().map(str::trim);
        let state = PairState::parse(
            area,
            param(query, "view").as_deref(),
            param(query, "map").as_deref(),
            |key| self.is_area(key),
        );
        let (place, unknown_area) = match self.area_asked(area) {
            AreaAsked::Place(place) => (place, None),
            AreaAsked::Means(key) => {
                let route = if embed {
                    embed_route(&pair)
                } else {
                    compare_route(&pair)
                };
                let mut to = format!("{route}{}", state.with_area(&key).query());
                if embed {
                    append_embed_options(&mut to, query);
                }
                return Answer::Redirect(to);
            }
            AreaAsked::Unknown(asked) => (Place::national(), Some(asked)),
        };
        let comparison = GeneratedComparison {
            a: Arc::clone(a),
            b: Arc::clone(b),
        };
        Answer::Page(generated_page(
            &comparison,
            &self.catalog,
            &state,
            &place,
            &self.map,
            unknown_area.as_deref(),
        ))
    }

    /// Whether `key` is an area a comparison can be shown for: the nation, a state-level
    /// area of the catalogue, or a metro or nonmetro area with its file.
    fn is_area(&self, key: &str) -> bool {
        key == NATIONAL || self.catalog.area(key).is_some() || self.local.contains_key(key)
    }

    /// What `asked` (trimmed) names.
    fn area_asked(&self, asked: Option<&str>) -> AreaAsked {
        let asked = asked.unwrap_or_default();
        if asked.is_empty() || asked == NATIONAL {
            return AreaAsked::Place(Place::national());
        }
        if let Some(state) = self.catalog.area(asked) {
            return AreaAsked::Place(Place::state(&state.code, &state.name));
        }
        if let Some(figures) = self.local.get(asked) {
            return AreaAsked::Place(Place::local(Arc::clone(figures)));
        }
        // No area's name is longer than a line; matching text far longer would only cost
        // time (the typo search compares it with every name).
        if asked.chars().count() > MAX_LINE_CHARS {
            return AreaAsked::Unknown(asked.to_owned());
        }
        match area_asked_for(&self.areas, asked) {
            // Only to an address that shows the area, so a redirect never leads to another.
            Some(area) if self.is_area(&area.key) => AreaAsked::Means(area.key.clone()),
            _ => AreaAsked::Unknown(asked.to_owned()),
        }
    }

    /// An official occupation by slug, as loaded.
    pub fn occupation(&self, slug: &str) -> Option<&Occupation> {
        self.roles
            .get(slug)
            .filter(|facts| !facts.curated)
            .and_then(|facts| facts.occupation.as_ref())
    }

    fn unknown_pair(&self, unknown: &UnknownPair) -> Page {
        let suggestions = resolve::closest_articles(&self.index, &unknown.asked_for);
        unknown_pair_page(unknown, &suggestions)
    }

    /// `page` as a whole document for the app to adopt: the shell's head with the page's
    /// tags, then the skip link, header, `<main data-page="{address}">` with the content,
    /// the footer and the app's loader.
    pub fn page_document(&self, page: Page, address: &str) -> Rendered {
        let head = page_head(&page, address, &self.site_url);
        let main = el("main")
            .id("main")
            .attr("tabindex", "-1")
            .attr("data-page", address.to_owned())
            .child(page.content);
        Rendered::page(
            status(page.status),
            self.shell
                .rendered
                .document_with(&head, |html| self.write_body(&main.into(), html)),
        )
    }

    /// `page` as an embed page: no site around it, no app, every link in a new tab.
    pub fn embed_document(&self, page: Page) -> Rendered {
        let head = embed_head(&page, &self.site_url);
        let main = el("main")
            .id("main")
            .attr("aria-label", EMBED_MAIN_LABEL)
            .children(fit_for_embed(page.content));
        Rendered::page(
            status(page.status),
            self.shell
                .bare
                .document_with(&head, |html| Node::from(main).write_html(html)),
        )
    }

    fn write_body(&self, main: &Node, html: &mut String) {
        html.push_str(&self.before_main);
        main.write_html(html);
        html.push_str(&self.after_main);
    }

    /// The plain app (`404.html`): the site's header and footer around the shape of a
    /// comparison while it loads, so that the app fills the same boxes and nothing moves.
    pub fn app_shell(&self) -> String {
        self.shell.app.document_with(&self.shell.own_head, |html| {
            self.write_body(&self.loading_main(None), html)
        })
    }

    /// The app as an embed (`embed/shell.html`), for embeds of any pair on static hosts.
    pub fn embed_shell(&self) -> String {
        let mut head = vec![document::title("")];
        head.extend(document::embed_tags());
        head.extend(crate::shell::early_requests());
        self.shell.app.document_with(&document::html(head), |html| {
            self.write_body(&self.loading_main(Some(EMBED_MAIN_LABEL)), html)
        })
    }

    /// An app shell's `<main>`: the shape of a comparison while it loads, named `label` if
    /// given, and the curated roles' slugs ([`CURATED_ROLES_ATTRIBUTE`]).
    fn loading_main(&self, label: Option<&str>) -> Node {
        let main = el("main").id("main").attr("tabindex", "-1");
        let main = match label {
            Some(label) => main.attr("aria-label", label.to_owned()),
            None => main,
        };
        let slugs: Vec<&str> = self
            .catalog
            .curated
            .iter()
            .map(|role| role.slug.as_str())
            .collect();
        main.attr(CURATED_ROLES_ATTRIBUTE, slugs.join(" "))
            .child(loading_content())
            .into()
    }

    /// The snippet builder (`embed-builder/index.html`): the site around the builder, no app.
    pub fn embed_builder(&self) -> String {
        let head = [
            document::title("Embed a comparison"),
            document::description("Add a Role Compare comparison to your site with one snippet."),
            document::noindex(),
            el("link")
                .attr("rel", "stylesheet")
                .attr("href", document::EMBED_BUILDER_CSS),
            el("script")
                .attr("src", document::EMBED_BUILDER_JS)
                .attr("defer", ""),
            el("script")
                .attr("src", document::EMBED_LOADER_JS)
                .attr("async", ""),
        ];
        let main = el("main")
            .id("main")
            .attr("tabindex", "-1")
            .child(builder_content(&self.areas));
        self.shell
            .bare
            .document_with(&document::html(head), |html| {
                self.write_body(&main.into(), html)
            })
    }

    /// Every address search engines are told about: the home page, every curated article,
    /// and for every occupation its comparison with the closest occupation (the pairs the
    /// home page's groups link to). Each is a page of its own (status 200).
    pub fn sitemap_routes(&self) -> Vec<String> {
        let curated = self
            .index
            .articles
            .iter()
            .map(|entry| compare_route(&entry.pair()));
        let generated = self.catalog.occupations.iter().filter_map(|entry| {
            let itself = PairSlug::new(entry.slug.clone(), entry.slug.clone());
            let pair = related(&self.catalog, &itself, 1).into_iter().next()?;
            Some(compare_route(&pair))
        });
        let mut seen = HashSet::new();
        std::iter::once(HOME_ROUTE.to_owned())
            .chain(curated)
            .chain(generated)
            .filter(|route| seen.insert(route.clone()))
            .collect()
    }

    pub fn site_url(&self) -> &str {
        &self.site_url
    }

    pub fn index(&self) -> &ArticleIndex {
        &self.index
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// Every area (`areas.json`).
    pub fn areas(&self) -> &AreaIndex {
        &self.areas
    }

    /// A metro or nonmetro area's figures, by key.
    pub fn local_figures(&self, key: &str) -> Option<&Arc<LocalFigures>> {
        self.local.get(key)
    }

    /// The map of the states.
    pub fn map(&self) -> &UsMap {
        &self.map
    }

    /// The curated articles in editorial order.
    pub fn articles(&self) -> impl Iterator<Item = &Comparison> {
        self.index
            .articles
            .iter()
            .filter_map(|entry| self.articles.get(&entry.slug()))
    }

    /// A role of the catalogue as a side of a generated comparison.
    pub fn role(&self, slug: &str) -> Option<&RoleFacts> {
        self.roles.get(slug).map(|facts| &**facts)
    }
}

fn status(status: Status) -> u16 {
    match status {
        Status::Found => 200,
        Status::NotFound => 404,
    }
}

/// The name of an embed's `<main>`. An embed sits in a page that has a main landmark of its
/// own (a career site's, or the snippet builder's with its preview); named, the two stay
/// distinguishable.
pub const EMBED_MAIN_LABEL: &str = "Comparison from Role Compare";

/// An embed's own options (`theme`, `accent`, `sections`) from the raw `query`, added to
/// `address`, which has a query already.
fn append_embed_options(address: &mut String, query: Option<&str>) {
    for name in ["theme", "accent", "sections"] {
        if let Some(value) = param(query, name) {
            address.push(if address.contains('?') { '&' } else { '?' });
            address.push_str(name);
            address.push('=');
            address.push_str(&query_text(&value));
        }
    }
}
