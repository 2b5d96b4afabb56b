//! The whole site in memory: every data file read and checked once, and any address made
//! into a complete HTML document on request.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::Path;

use role_compare_core::compare::generated::{GeneratedComparison, RoleFacts};
use role_compare_core::compare::resolve::{self, UnknownPair};
use role_compare_core::data::checks::{
    decode_article, decode_catalog, decode_index, decode_occupation, decode_official_figures,
    decode_role,
};
use role_compare_core::data::files::{
    article_path, occupation_path, role_path, ARTICLE_INDEX_PATH, CATALOG_PATH,
    OFFICIAL_FIGURES_PATH,
};
use role_compare_core::data::occupations::{Catalog, OfficialFigure};
use role_compare_core::markup::embed::fit_for_embed;
use role_compare_core::markup::page::{group_browser, site_footer, site_header, GroupMembers};
use role_compare_core::markup::tree::{el, Node};
use role_compare_core::navigation::catalog_nav::related;
use role_compare_core::navigation::routes::{compare_route, PairState, Route, HOME_ROUTE};
use role_compare_core::pages::compare::{
    curated_page, generated_page, loading_content, unknown_pair_page,
};
use role_compare_core::pages::home::{home_page, results};
use role_compare_core::pages::not_found::{asked_for, not_found_page};
use role_compare_core::pages::{Page, Status};
use role_compare_core::{ArticleIndex, Comparison, Neighbours, PairSlug, Role};

use crate::document::{self, embed_head, page_head};
use crate::embed_pages::builder_content;
use crate::query::{address, param};
use crate::shell::{skip_link, Shell};

/// A complete HTML document and the status to serve it with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// 200 for a page, 404 for an answer saying the address names nothing.
    pub status: u16,
    pub html: String,
}

/// A curated article with its roles, and the national figures of their closest occupations.
#[derive(Debug, Clone, PartialEq)]
pub struct CuratedArticle {
    pub comparison: Comparison,
    pub official: [Option<OfficialFigure>; 2],
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
    articles: HashMap<String, CuratedArticle>,
    /// Every official occupation and curated role of the catalogue as a side of a generated
    /// comparison, by slug.
    roles: HashMap<String, RoleFacts>,
    /// The home page's group browser with every list: the same on every home page, and the
    /// dearest part of it (1,016 closest partners).
    groups: Node,
}

fn read(data_dir: &Path, url_path: &str) -> Result<String, String> {
    let file = data_dir.join(url_path.trim_start_matches("/data/"));
    fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))
}

impl Site {
    /// Reads and checks `data_dir` (the folder holding `articles.json`) once: the index,
    /// every curated article with its roles, the official figures, the catalogue and every
    /// occupation's file. `shell` is the app shell (`dist/404.html`, or a fresh build's
    /// `index.html`); `site_url` the public origin, for canonical and Open Graph addresses.
    pub fn load(data_dir: &Path, shell: String, site_url: &str) -> Result<Site, String> {
        let shell = Shell::parse(&shell)?;
        let text = |path: &str| read(data_dir, path);
        let index = decode_index(ARTICLE_INDEX_PATH, &text(ARTICLE_INDEX_PATH)?)
            .map_err(|e| e.to_string())?;
        let catalog =
            decode_catalog(CATALOG_PATH, &text(CATALOG_PATH)?).map_err(|e| e.to_string())?;
        let official =
            decode_official_figures(OFFICIAL_FIGURES_PATH, &text(OFFICIAL_FIGURES_PATH)?)
                .map_err(|e| e.to_string())?;

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
            let official = comparison.official_figures(&official);
            articles.insert(
                pair.to_string(),
                CuratedArticle {
                    comparison,
                    official,
                },
            );
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
                RoleFacts::curated(&role(&entry.slug)?, closest),
            );
        }
        for (slug, occupation) in occupations {
            roles.insert(slug, RoleFacts::official(occupation));
        }

        let groups = group_browser(&catalog, GroupMembers::Listed);
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
            groups,
        })
    }

    /// The document for `path` (percent-decoded, as the server passes it) with the raw
    /// `query`, or `None` when `path` is no page route: `/`, `/compare/<pair>` and
    /// `/embed/compare/<pair>`, with or without a trailing slash.
    pub fn render(&self, path: &str, query: Option<&str>) -> Option<Rendered> {
        let query = query.filter(|query| !query.is_empty());
        match Route::parse(path) {
            Route::Home => {
                let q = param(query, "q").unwrap_or_default();
                let page = home_page(&q, results(&self.index, &q), Some(self.groups.clone()));
                Some(self.page_document(page, &address(path, query)))
            }
            Route::Compare(segment) => {
                Some(self.page_document(self.compare_page(&segment, query), &address(path, query)))
            }
            Route::Embed(segment) => Some(self.embed_document(self.compare_page(&segment, query))),
            Route::NotFound => None,
        }
    }

    /// The answer for an address that is no page (status 404): what was not found, and the
    /// closest comparisons.
    pub fn not_found(&self, path: &str) -> Rendered {
        let suggestions = resolve::closest_articles(&self.index, &asked_for(path));
        self.page_document(not_found_page(path, &suggestions), &address(path, None))
    }

    /// What `/compare/<segment>` shows, resolved as the app resolves it: a curated article,
    /// else two known roles compared from official data, else help finding the pair meant.
    pub fn compare_page(&self, segment: &str, query: Option<&str>) -> Page {
        let pair = match resolve::pair_of(segment) {
            Ok(pair) => pair,
            Err(unknown) => return self.unknown_pair(&unknown),
        };
        if let Some(entry) = resolve::curated(&self.index, &pair) {
            if let Some(article) = self.articles.get(&entry.slug()) {
                let neighbours = Neighbours::of(&self.index, &pair).unwrap_or(Neighbours {
                    previous: None,
                    next: None,
                });
                return curated_page(&article.comparison, &article.official, &neighbours);
            }
        }
        if let Err(unknown) = resolve::known_roles(&self.catalog, &pair) {
            return self.unknown_pair(&unknown);
        }
        let (Some(a), Some(b)) = (self.roles.get(&pair.a), self.roles.get(&pair.b)) else {
            // Load reads a file for every role of the catalogue, so this cannot happen.
            return self.unknown_pair(&UnknownPair {
                message: format!("There is no data for the comparison “{pair}”."),
                asked_for: segment.replace('-', " "),
                did_you_mean: Vec::new(),
            });
        };
        let state = PairState::parse(
            param(query, "area").as_deref(),
            param(query, "view").as_deref(),
            |code| self.catalog.area(code).is_some(),
        );
        let comparison = GeneratedComparison {
            a: a.clone(),
            b: b.clone(),
        };
        generated_page(&comparison, &self.catalog, &state)
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
            .attr("data-page", address)
            .child(page.content);
        Rendered {
            status: status(page.status),
            html: self.shell.rendered.document(&head, &self.body(main.into())),
        }
    }

    /// `page` as an embed page: no site around it, no app, every link in a new tab.
    pub fn embed_document(&self, page: Page) -> Rendered {
        let head = embed_head(&page, &self.site_url);
        let main = el("main").id("main").children(fit_for_embed(page.content));
        Rendered {
            status: status(page.status),
            html: self.shell.bare.document(&head, &Node::from(main).to_html()),
        }
    }

    fn body(&self, main: Node) -> String {
        let main = main.to_html();
        let mut body =
            String::with_capacity(self.before_main.len() + main.len() + self.after_main.len());
        body.push_str(&self.before_main);
        body.push_str(&main);
        body.push_str(&self.after_main);
        body
    }

    /// The plain app (`404.html`): the site's header and footer around the shape of a
    /// comparison while it loads, so that the app fills the same boxes and nothing moves.
    pub fn app_shell(&self) -> String {
        self.shell
            .app
            .document(&self.shell.own_head, &self.body(loading_main()))
    }

    /// The app as an embed (`embed/shell.html`), for embeds of any pair on static hosts.
    pub fn embed_shell(&self) -> String {
        let mut head = vec![document::title("")];
        head.extend(document::embed_tags());
        self.shell
            .app
            .document(&document::html(head), &self.body(loading_main()))
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
            .child(builder_content(&self.catalog));
        self.shell
            .bare
            .document(&document::html(head), &self.body(main.into()))
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

    /// The curated articles in editorial order.
    pub fn articles(&self) -> impl Iterator<Item = &CuratedArticle> {
        self.index
            .articles
            .iter()
            .filter_map(|entry| self.articles.get(&entry.slug()))
    }

    /// A role of the catalogue as a side of a generated comparison.
    pub fn role(&self, slug: &str) -> Option<&RoleFacts> {
        self.roles.get(slug)
    }
}

fn status(status: Status) -> u16 {
    match status {
        Status::Found => 200,
        Status::NotFound => 404,
    }
}

fn loading_main() -> Node {
    el("main")
        .id("main")
        .attr("tabindex", "-1")
        .child(loading_content())
        .into()
}
