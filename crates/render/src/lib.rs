//! Static HTML for link previews and reading without JavaScript.
//!
//! For the home page and every curated article this writes a real HTML page, built from the
//! same JSON and the same core markup the app renders, into the built site: its own title,
//! description, canonical link, Open Graph and Twitter tags, and the content itself. The app
//! mounts hidden beside it and swaps itself in once it shows the same page (see
//! `src/takeover.rs`), so readers see no jump. Also writes `sitemap.xml`, `robots.txt`,
//! `404.html` (the plain app shell, for every other address) and the pages for embedding
//! ([`embed_pages`]).

pub mod embed_pages;
pub mod shell;

use std::fs;
use std::path::{Path, PathBuf};

use role_compare_core::data::checks::{
    decode_article, decode_catalog, decode_index, decode_official_figures, decode_role,
};
use role_compare_core::data::files::{
    article_path, role_path, ARTICLE_INDEX_PATH, CATALOG_PATH, OFFICIAL_FIGURES_PATH,
};
use role_compare_core::data::occupations::{Catalog, OfficialFigure};
use role_compare_core::markup::article::comparison_article;
use role_compare_core::markup::page::document_title;
use role_compare_core::markup::page::{
    article_results, article_search, group_browser, home_intro, neighbour_links, site_footer,
    site_header, NeighbourLink,
};
use role_compare_core::markup::tree::{el, Element, Node};
use role_compare_core::navigation::catalog_nav::related;
use role_compare_core::navigation::picker::{picker_form, Combobox};
use role_compare_core::navigation::routes::compare_route;
use role_compare_core::{ArticleIndex, Comparison, Neighbours, PairSlug};
use shell::{remove_tag, tag_containing};

/// The id of the article index embedded in the home page (read by `src/article_index.rs`).
pub const EMBEDDED_INDEX_ID: &str = "article-index-data";

/// The one share image for every page (1200×630), in `public/`.
pub const SHARE_IMAGE: &str = "/og-image.png";
const HOME_DESCRIPTION: &str =
    "Side-by-side comparisons of careers: duties, requirements, work environment, skills and salary, in plain words.";

/// Everything the static pages are made from, read from `public/data` and checked exactly
/// as the app checks it.
pub struct SiteData {
    pub index: ArticleIndex,
    /// `articles.json` as published, for embedding.
    pub index_json: String,
    pub articles: Vec<(Comparison, [Option<OfficialFigure>; 2])>,
    pub catalog: Catalog,
}

fn read(data_dir: &Path, url_path: &str) -> Result<String, String> {
    let file = data_dir.join(url_path.trim_start_matches("/data/"));
    fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))
}

impl SiteData {
    /// Reads `public/data` (the directory holding `articles.json`).
    pub fn load(data_dir: &Path) -> Result<Self, String> {
        let text = |path: &str| read(data_dir, path);
        let index_json = text(ARTICLE_INDEX_PATH)?;
        let index = decode_index(ARTICLE_INDEX_PATH, &index_json).map_err(|e| e.to_string())?;
        let catalog =
            decode_catalog(CATALOG_PATH, &text(CATALOG_PATH)?).map_err(|e| e.to_string())?;
        let official =
            decode_official_figures(OFFICIAL_FIGURES_PATH, &text(OFFICIAL_FIGURES_PATH)?)
                .map_err(|e| e.to_string())?;
        let mut articles = Vec::with_capacity(index.articles.len());
        for entry in &index.articles {
            let pair = entry.pair();
            let url = article_path(&pair);
            let article = decode_article(&url, &pair, &text(&url)?).map_err(|e| e.to_string())?;
            let role = |slug: &str| {
                decode_role(&role_path(slug), slug, &text(&role_path(slug))?)
                    .map_err(|e| e.to_string())
            };
            let comparison = Comparison::assemble(&url, article, role(&pair.a)?, role(&pair.b)?)
                .map_err(|e| e.to_string())?;
            let figures = comparison.official_figures(&official);
            articles.push((comparison, figures));
        }
        Ok(Self {
            index,
            index_json,
            articles,
            catalog,
        })
    }
}

/// A page to write: where, its metadata, and its content (inside `<main>`).
pub struct Page {
    /// The page's address (`/` or `/compare/<pair>`).
    pub route: String,
    pub title: String,
    pub description: String,
    pub og_type: &'static str,
    pub content: Node,
    /// Data the app would otherwise fetch at once, embedded as inert JSON so that it can
    /// render the same page straight away: `(element id, JSON)`.
    pub embedded: Option<(&'static str, String)>,
}

impl Page {
    /// The file under the site root: `index.html` or `compare/<pair>/index.html`.
    pub fn file(&self) -> PathBuf {
        PathBuf::from(self.route.trim_start_matches('/')).join("index.html")
    }
}

/// The home page as the app first shows it, with the occupation groups for no-JS readers.
/// It embeds the article index, so the app shows the same list at once and swaps in
/// without a jump.
fn home(data: &SiteData, index_json: &str) -> Page {
    let content = el("section")
        .class("home")
        .child(home_intro())
        .child(picker_form(&Combobox::default(), &Combobox::default()))
        .child(article_search(""))
        .child(article_results(&data.index, ""))
        .child(group_browser(&data.catalog));
    Page {
        route: "/".into(),
        title: "Compare careers side by side".into(),
        description: HOME_DESCRIPTION.into(),
        og_type: "website",
        content: content.into(),
        embedded: Some((EMBEDDED_INDEX_ID, index_json.trim().to_owned())),
    }
}

/// A curated article as the app shows it: the article, its neighbours and the picker.
fn article_page(
    data: &SiteData,
    comparison: &Comparison,
    official: &[Option<OfficialFigure>; 2],
) -> Page {
    let pair = comparison.article.pair();
    let neighbours = Neighbours::of(&data.index, &pair).unwrap_or(Neighbours {
        previous: None,
        next: None,
    });
    let previous = neighbours.previous.as_ref().map(NeighbourLink::to_article);
    let next = neighbours.next.as_ref().map(NeighbourLink::to_article);
    let content = el("div")
        .class("page")
        .child(
            el("div")
                .child(comparison_article(
                    comparison,
                    [official[0].as_ref(), official[1].as_ref()],
                ))
                .child(neighbour_links(previous.as_ref(), next.as_ref())),
        )
        .child(picker_form(&Combobox::default(), &Combobox::default()));
    Page {
        route: compare_route(&pair),
        title: comparison.article.title.clone(),
        description: comparison.description(),
        og_type: "article",
        content: content.into(),
        embedded: None,
    }
}

/// Every page to prerender: the home page, then the curated articles in editorial order.
pub fn pages(data: &SiteData) -> Vec<Page> {
    std::iter::once(home(data, &data.index_json))
        .chain(
            data.articles
                .iter()
                .map(|(comparison, official)| article_page(data, comparison, official)),
        )
        .collect()
}

fn meta(key: &'static str, name: &str, content: &str) -> Element {
    el("meta").attr(key, name).attr("content", content)
}

/// The `<head>` tags of a page (title, description, canonical, Open Graph, Twitter).
pub fn head_tags(page: &Page, site_url: &str) -> String {
    let url = format!("{site_url}{}", page.route);
    let image = format!("{site_url}{SHARE_IMAGE}");
    let title = document_title(&page.title);
    let tags = [
        el("title").text(title.as_str()),
        meta("name", "description", &page.description),
        el("link")
            .attr("rel", "canonical")
            .attr("href", url.as_str()),
        meta("property", "og:type", page.og_type),
        meta("property", "og:title", &page.title),
        meta("property", "og:description", &page.description),
        meta("property", "og:url", &url),
        meta("property", "og:image", &image),
        meta(
            "property",
            "og:image:alt",
            "Role Compare: career comparisons, side by side",
        ),
        // Twitter reads title, description and image from the Open Graph tags above.
        meta("name", "twitter:card", "summary_large_image"),
    ];
    tags.into_iter()
        .map(|tag| Node::from(tag).to_html())
        .collect()
}

/// The body content: the same header, main and footer the app renders, wrapped so the app
/// can take it over.
pub fn body_html(page: &Page) -> String {
    let mut html = String::new();
    if let Some((id, json)) = &page.embedded {
        // Inert data (never executed); `</` is escaped so the JSON cannot end the element.
        html.push_str(&format!(
            r#"<script type="application/json" id="{id}">{}</script>"#,
            json.replace("</", "<\\/")
        ));
    }
    let main = el("main")
        .id("main")
        .attr("tabindex", "-1")
        .child(page.content.clone());
    let wrapper = el("div")
        .id("prerendered")
        .attr("data-route", page.route.as_str())
        .child(
            el("a")
                .class("skip-link")
                .attr("href", "#main")
                .text("Skip to content"),
        )
        .child(site_header())
        .child(main)
        .child(site_footer());
    html.push_str(&Node::from(wrapper).to_html());
    html
}

/// The app shell (Trunk's `index.html`) turned into the page: its own head tags, the static
/// content, and the app's mount point hidden until the app takes over.
pub fn render(shell: &str, page: &Page, site_url: &str) -> Result<String, String> {
    let mut html = shell.to_owned();
    remove_tag(&mut html, "<title>", "</title>")?;
    let (start, end) = tag_containing(&html, "name=description")
        .or_else(|| tag_containing(&html, "name=\"description\""))
        .ok_or("the app shell has no meta description")?;
    html.replace_range(start..end, "");
    let head_end = html.find("</head>").ok_or("the app shell has no </head>")?;
    html.insert_str(head_end, &head_tags(page, site_url));
    let (start, end) = shell::mount_point(&html).ok_or("the app shell has no <div id=app>")?;
    let mount = html[start..end].replace('>', " hidden>");
    html.replace_range(start..end, &format!("{}{mount}", body_html(page)));
    // The page is readable without JavaScript, so the shell's "needs JavaScript" goes.
    shell::remove_noscript(&mut html);
    Ok(html)
}

/// `sitemap.xml`: the home page, every curated article, and for every occupation its
/// comparison with the closest occupation (the pairs the home page's groups link to).
pub fn sitemap(data: &SiteData, site_url: &str) -> String {
    let mut routes = vec!["/".to_owned()];
    routes.extend(
        data.index
            .articles
            .iter()
            .map(|entry| compare_route(&entry.pair())),
    );
    for entry in &data.catalog.occupations {
        let itself = PairSlug::new(entry.slug.clone(), entry.slug.clone());
        if let Some(pair) = related(&data.catalog, &itself, 1).into_iter().next() {
            routes.push(compare_route(&pair));
        }
    }
    let urls: String = routes
        .iter()
        .map(|route| {
            format!(
                "<url><loc>{}</loc></url>\n",
                Node::Text(format!("{site_url}{route}")).to_html()
            )
        })
        .collect();
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n{urls}</urlset>\n")
}

pub fn robots(site_url: &str) -> String {
    format!("User-agent: *\nAllow: /\nSitemap: {site_url}/sitemap.xml\n")
}

/// Writes every prerendered page, `404.html`, `sitemap.xml` and `robots.txt` into `site`
/// (the built site, whose `index.html` is still the plain app shell).
pub fn write_site(site: &Path, data: &SiteData, site_url: &str) -> Result<usize, String> {
    let write = |path: PathBuf, contents: &str| {
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        fs::write(&path, contents).map_err(|e| format!("{}: {e}", path.display()))
    };
    let shell =
        fs::read_to_string(site.join("index.html")).map_err(|e| format!("index.html: {e}"))?;
    if shell.contains("id=prerendered") || shell.contains("id=\"prerendered\"") {
        return Err("index.html is already prerendered; run on a fresh build".into());
    }
    // Every address without a page of its own gets the plain app.
    write(site.join("404.html"), &shell)?;
    let pages = pages(data);
    for page in &pages {
        write(site.join(page.file()), &render(&shell, page, site_url)?)?;
    }
    // Embedding: the app for any pair, a static embed of every curated article, the builder.
    write(
        site.join("embed/shell.html"),
        &embed_pages::embed_shell(&shell)?,
    )?;
    for (comparison, official) in &data.articles {
        write(
            site.join(embed_pages::curated_embed_file(comparison)),
            &embed_pages::curated_embed(&shell, comparison, official, site_url)?,
        )?;
    }
    write(
        site.join("embed-builder/index.html"),
        &embed_pages::builder_page(&shell, &data.catalog)?,
    )?;
    write(site.join("sitemap.xml"), &sitemap(data, site_url))?;
    write(site.join("robots.txt"), &robots(site_url))?;
    Ok(pages.len())
}

/// Where `public/data` is, from this crate's place in the workspace.
pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data")
}
