//! Pages rendered from the real data in `public/data`, checked as the raw HTML a crawler, a
//! link preview or a reader without JavaScript gets.

mod common;

use common::*;
use role_compare_core::format_usd;
use role_compare_core::pages::{Page, Status};
use role_compare_core::wages::value::WageValue;
use role_compare_render::Site;

const PRODUCER: &str = "/compare/producer-vs-product-manager";
const GENERATED: &str = "/compare/producers-and-directors-vs-software-developers";

fn national_median(slug: &str) -> String {
    let facts = site().role(slug).unwrap();
    match facts.wages_in("US").unwrap().annual.median {
        WageValue::Amount(usd) => format_usd(usd),
        other => panic!("{slug} has no national median: {other:?}"),
    }
}

#[test]
fn a_curated_article_has_its_own_head_and_the_article_text() {
    let html = page(PRODUCER, None);
    assert_page_structure(&html, PRODUCER);
    assert!(html.contains(
        "<title>Producer vs. Product Manager: What Are the Differences? | Role Compare</title>"
    ));
    assert!(html.contains(r#"<link rel="canonical" href="https://rolecompare.test/compare/producer-vs-product-manager">"#));
    assert!(html.contains(r#"<meta property="og:type" content="article">"#));
    assert!(html.contains(
        r#"<meta property="og:title" content="Producer vs. Product Manager: What Are the Differences?">"#
    ));
    assert!(html.contains(r#"<meta property="og:url" content="https://rolecompare.test/compare/producer-vs-product-manager">"#));
    assert!(html
        .contains(r#"<meta property="og:image" content="https://rolecompare.test/og-image.png">"#));
    assert!(html.contains(r#"<meta name="twitter:card" content="summary_large_image">"#));
    assert!(!html.contains("noindex"));
    assert!(html.contains("<h1>Producer vs. Product Manager: What Are the Differences?</h1>"));
    assert!(html.contains("<h3 id=\"salary\">Salary</h3>"));
    assert!(html.contains("$62,193") && html.contains("$98,439"));
    assert!(html.contains(r#"rel="prev""#) && html.contains(r#"rel="next""#));
    assert!(html.contains(r#"<form class="picker""#));
    // The head tags go after the shell's own, before </head>.
    assert!(html.find("/main-1.css").unwrap() < html.find("<title>").unwrap());
    assert!(html.find("twitter:card").unwrap() < html.find("</head>").unwrap());
}

#[test]
fn a_generated_pair_has_its_title_descriptions_and_medians() {
    let site = site();
    let html = page(GENERATED, None);
    assert_page_structure(&html, GENERATED);
    let title = "Producers and Directors vs. Software Developers: What Are the Differences?";
    assert!(html.contains(&format!("<title>{title} | Role Compare</title>")));
    assert!(html.contains(&format!(r#"<meta property="og:title" content="{title}">"#)));
    assert!(html.contains(&format!("<h1>{title}</h1>")));
    assert!(html.contains(&format!(
        r#"<link rel="canonical" href="{SITE_URL}{GENERATED}">"#
    )));
    for slug in ["producers-and-directors", "software-developers"] {
        let description = &site.role(slug).unwrap().summary[0];
        assert!(description.len() > 40);
        assert!(
            html.contains(description.as_str()),
            "{slug}'s O*NET description"
        );
    }
    assert_eq!(national_median("software-developers"), "$135,980");
    assert_eq!(national_median("producers-and-directors"), "$90,360");
    assert!(html.contains("$135,980") && html.contains("$90,360"));
    assert!(html.contains(
        r#"<meta name="description" content="Producers and Directors vs. Software Developers in the United States: median pay $90,360 vs. $135,980 a year; "#
    ));
    assert!(html.contains(r#"<form class="picker""#));
    assert!(html.contains(r#"data-chosen="software-developers""#));
}

#[test]
fn both_orders_share_one_canonical_address() {
    let swapped = "/compare/software-developers-vs-producers-and-directors";
    let html = page(swapped, None);
    assert_page_structure(&html, swapped);
    assert!(html.contains(&format!(
        r#"<link rel="canonical" href="{SITE_URL}{GENERATED}">"#
    )));
    assert!(html.contains("<h1>Software Developers vs. Producers and Directors"));
}

#[test]
fn the_area_in_the_query_changes_the_figures() {
    let national = page(GENERATED, None);
    let california = page(GENERATED, Some("area=CA"));
    assert_page_structure(&california, &format!("{GENERATED}?area=CA"));
    // California's medians (OEWS May 2025), not the national ones.
    assert!(california.contains("$174,410") && california.contains("$129,790"));
    assert!(!national.contains("$174,410"));
    assert!(california.contains("in California: median pay $129,790 vs. $174,410 a year"));
    assert!(california.contains(&format!(
        r#"<link rel="canonical" href="{SITE_URL}{GENERATED}?area=CA">"#
    )));
    // The area box shows the area chosen; without JavaScript its form sends the name typed.
    assert!(california.contains(r#"value="California" data-chosen="CA" name="area""#));

    // The table view shows the same figures; its canonical address is the article's.
    let table = page(GENERATED, Some("area=CA&view=table"));
    assert_page_structure(&table, &format!("{GENERATED}?area=CA&view=table"));
    assert!(table.contains("$174,410"));
    assert!(table.contains(&format!(
        r#"<link rel="canonical" href="{SITE_URL}{GENERATED}?area=CA">"#
    )));

    // Unknown values fall back to the national article, which says that the area asked
    // for has no figures; otherwise only the address differs.
    let unknown = page(GENERATED, Some("area=ZZ&view=chart&utm_source=x"));
    assert_page_structure(
        &unknown,
        &format!("{GENERATED}?area=ZZ&view=chart&utm_source=x"),
    );
    let main = |html: &str| {
        html[html.find("<main").unwrap()..]
            .split_once('>')
            .unwrap()
            .1
            .to_owned()
    };
    let notice = r#"<p class="area-notice" role="status">We have no figures for an area called “ZZ”, so these are national figures.</p>"#;
    once(&unknown, notice);
    assert_eq!(main(&unknown).replace(notice, ""), main(&national));
}

#[test]
fn a_pair_with_a_curated_role_uses_its_words_and_its_occupations_figures() {
    let path = "/compare/producer-vs-software-developers";
    let html = page(path, None);
    assert_page_structure(&html, path);
    let producer = site().role("producer").unwrap();
    assert!(producer.curated);
    assert!(html.contains(producer.summary[0].as_str()));
    assert!(html.contains(
        "Official figures for Producer are those of the closest official occupation, Producers and Directors."
    ));
    assert!(html.contains("$90,360"), "Producers and Directors' median");
}

#[test]
fn an_unknown_pair_is_a_404_with_suggestions() {
    let path = "/compare/producer-vs-sofware-developers";
    let rendered = render(path, None);
    assert_eq!(rendered.status, 404);
    let html = rendered.html;
    assert_page_structure(&html, path);
    assert!(html.contains(r#"<meta name="robots" content="noindex">"#));
    assert!(!html.contains(r#"rel="canonical""#));
    assert!(html.contains("<title>Comparison not found | Role Compare</title>"));
    assert!(html.contains("We do not know the role “sofware developers”."));
    assert!(html.contains(r#"<h2 id="did-you-mean">Did you mean</h2>"#));
    assert!(html.contains(r#"href="/compare/producer-vs-software-developers""#));
    assert!(html.contains("Closest comparisons"));

    for malformed in ["nonsense", "web-developers-vs-web-developers", "a-vs-"] {
        let path = format!("/compare/{malformed}");
        let rendered = render(&path, None);
        assert_eq!(rendered.status, 404, "{path}");
        assert!(rendered
            .html
            .contains("There is no comparison at this address"));
        assert!(rendered.html.contains("noindex"));
    }
}

#[test]
fn an_address_that_is_no_page_gets_the_not_found_page() {
    let site = site();
    for path in [
        "/nope",
        "/compare",
        "/compare/a/b",
        "/embed-builder",
        "/data/x.json",
    ] {
        assert!(site.render(path, None).is_none(), "{path}");
    }
    let rendered = site.not_found("/careers/<script>nurse</script>");
    assert_eq!(rendered.status, 404);
    assert!(rendered.html.contains("noindex"));
    assert!(rendered
        .html
        .contains("<title>Page not found | Role Compare</title>"));
    assert!(rendered
        .html
        .contains("There is no page at “/careers/&lt;script&gt;nurse&lt;/script&gt;”."));
    assert!(!rendered.html.contains("<script>nurse"));
    assert_page_structure(&rendered.html, "/careers/%3Cscript%3Enurse%3C/script%3E");
    assert!(rendered.html.contains("Closest comparisons"));
}

#[test]
fn the_home_page_lists_every_article_and_filters_by_q() {
    let site = site();
    let html = page("/", None);
    assert_page_structure(&html, "/");
    assert!(html.contains("<title>Compare careers side by side | Role Compare</title>"));
    assert!(html.contains(r#"<meta property="og:type" content="website">"#));
    assert!(html.contains(r#"<link rel="canonical" href="https://rolecompare.test/">"#));
    for entry in &site.index().articles {
        assert!(html.contains(&format!(r#"href="/compare/{}""#, entry.slug())));
    }
    assert!(
        html.contains(r#"id="groups""#),
        "the occupation groups, listed"
    );
    assert!(html.contains(r#"href="/compare/software-developers-vs-"#));
    // Each group's list is held in `<noscript>`: read as it is without JavaScript, left
    // unparsed at load with it (public/app-start.js parses it when the group opens).
    let groups = &html[html.find(r#"id="groups""#).unwrap()..];
    let opened = groups.matches("<details").count();
    assert!(opened > 20, "{opened} groups");
    assert_eq!(
        groups
            .matches("</summary><noscript><ul><li><a href=")
            .count(),
        opened
    );
    assert_eq!(groups.matches("</ul></noscript></details>").count(), opened);
    assert_eq!(groups.matches("<noscript>").count(), opened);

    let nurse = page("/", Some("q=nurse+practitioner"));
    assert_page_structure(&nurse, "/?q=nurse+practitioner");
    assert!(nurse.contains(r#"value="nurse practitioner""#));
    let listed = |html: &str| {
        site.index()
            .articles
            .iter()
            .filter(|entry| {
                html.contains(&format!(
                    r#"<li class="article-card"><a href="/compare/{}">"#,
                    entry.slug()
                ))
            })
            .count()
    };
    assert_eq!(listed(&html), site.index().articles.len());
    assert!(listed(&nurse) >= 1 && listed(&nurse) < site.index().articles.len());
    // A trailing slash and an empty query are the same page.
    assert_eq!(page("/", Some("")), html);
}

#[test]
fn a_trailing_slash_is_the_same_page() {
    let html = page(&format!("{PRODUCER}/"), None);
    assert_eq!(html, page(PRODUCER, None));
}

#[test]
fn text_is_escaped_in_the_head_and_the_body() {
    let page = Page {
        title: "A <b>\"quoted\"</b> title".into(),
        description: "Fish & <chips>".into(),
        canonical: Some("/compare/a-vs-b?x=\"y\"".into()),
        og_type: "article",
        status: Status::Found,
        content: role_compare_core::markup::tree::el("p")
            .text("<script>alert(1)</script>")
            .into(),
    };
    let html = site()
        .page_document(page, "/compare/a-vs-b?q=\"><script>")
        .html;
    assert!(
        html.contains("<title>A &lt;b&gt;\"quoted\"&lt;/b&gt; title | Role Compare</title>"),
        "{html}"
    );
    assert!(html.contains(r#"content="A &lt;b&gt;&quot;quoted&quot;&lt;/b&gt; title""#));
    assert!(html.contains(r#"content="Fish &amp; &lt;chips&gt;""#));
    assert!(html.contains(r#"href="https://rolecompare.test/compare/a-vs-b?x=&quot;y&quot;""#));
    assert!(html.contains(r#"data-page="/compare/a-vs-b?q=&quot;&gt;&lt;script&gt;""#));
    assert!(html.contains("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"));
    assert!(!html.contains("<script>alert"));
}

#[test]
fn a_role_summary_with_markup_stays_text() {
    let data = tempfile::tempdir().unwrap();
    copy_dir(&role_compare_render::data_dir(), data.path());
    let role_file = data.path().join("roles/producer.json");
    let json = std::fs::read_to_string(&role_file).unwrap();
    let hostile = "A <script>alert(\"x\")</script> & <img src=x onerror=alert(1)> producer.";
    let mut role: serde_json::Value = serde_json::from_str(&json).unwrap();
    role["summary"][0] = hostile.into();
    std::fs::write(&role_file, serde_json::to_string(&role).unwrap()).unwrap();
    let site = Site::load(data.path(), SHELL.to_owned(), SITE_URL).unwrap();
    for path in [PRODUCER, "/compare/producer-vs-software-developers"] {
        let html = site.render(path, None).unwrap().html;
        assert!(
            html.contains("A &lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt; producer."),
            "{path}"
        );
        assert!(
            !html.contains("<script>alert") && !html.contains("<img src=x"),
            "{path}"
        );
    }
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn every_shell_gives_the_same_pages() {
    // The plain app the prerender writes (404.html) serves as the shell too.
    let from_404 = load(&site().app_shell());
    for (path, query) in [("/", None), (PRODUCER, None), (GENERATED, Some("area=CA"))] {
        assert_eq!(
            from_404.render(path, query),
            site().render(path, query),
            "{path}"
        );
    }
    // Trunk's development shell: quoted attributes, comments and whitespace.
    let dev = load(DEV_SHELL);
    let html = dev.render(PRODUCER, None).unwrap().html;
    assert!(html.contains(
        r#"<script type="module" src="/app-start.js" data-glue="/app-1.js" data-wasm="/app-1_bg.wasm"></script>"#
    ));
    assert!(html.contains(r#"data-page="/compare/producer-vs-product-manager""#));
    assert!(!html.contains("<noscript>") && !html.contains(r#"content="x""#));
    assert_eq!(html.matches("<main").count(), 1);
    assert_eq!(
        load(&dev.app_shell()).render(PRODUCER, None).unwrap().html,
        html
    );
}

#[test]
fn the_plain_app_shows_the_same_boxes_as_any_page() {
    let shell = site().app_shell();
    let skip = once(&shell, r#"<a class="skip-link""#);
    let header = once(&shell, r#"<header class="site-header">"#);
    let main = once(
        &shell,
        r#"<main id="main" tabindex="-1" data-curated-roles=""#,
    );
    once(
        &shell,
        r#""><div class="page"><div class="article skeleton""#,
    );
    let footer = once(&shell, r#"<footer class="site-footer">"#);
    assert!(skip < header && header < main && main < footer);
    assert!(!shell.contains("data-page"));
    assert!(shell.contains("<title>Shell</title>") && shell.contains("content=x"));
    assert!(shell.contains("<noscript>"), "the app needs JavaScript");
    assert!(shell.contains("<script type=module>boot()</script>"));
}

#[test]
fn the_plain_app_and_the_embed_shell_list_every_curated_role() {
    // The app asks for any other role's occupation file before it has the article index.
    let dir = role_compare_render::data_dir().join("roles");
    let mut roles: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            path.file_stem().unwrap().to_string_lossy().into_owned()
        })
        .collect();
    roles.sort();
    assert!(roles.iter().any(|role| role == "producer"));
    for shell in [site().app_shell(), site().embed_shell()] {
        let listed = shell
            .split(r#" data-curated-roles=""#)
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap();
        let mut listed: Vec<String> = listed.split(' ').map(str::to_owned).collect();
        listed.sort();
        assert_eq!(listed, roles);
    }
}

#[test]
fn the_app_shells_ask_for_a_pairs_files_as_the_app_will() {
    use role_compare_core::data::files::occupation_path;
    use role_compare_core::navigation::slug::PAIR_SEPARATOR;
    use role_compare_core::pages::compare::{APP_STARTED_ATTRIBUTE, CURATED_ROLES_ATTRIBUTE};
    use role_compare_render::shell::PAIR_FILES_SCRIPT;

    let script_tag = format!(r#"<script async="" src="{PAIR_FILES_SCRIPT}"></script>"#);
    for shell in [site().app_shell(), site().embed_shell()] {
        once(&shell, &script_tag);
    }
    let rendered = site().render(PRODUCER, None).unwrap().html;
    assert!(
        !rendered.contains(PAIR_FILES_SCRIPT),
        "a whole page has its data"
    );

    // public/pair-files.js reads the address and names the files as the core does.
    let path = role_compare_render::data_dir()
        .join("..")
        .join(PAIR_FILES_SCRIPT.trim_start_matches('/'));
    let script = std::fs::read_to_string(&path).unwrap();
    let file = occupation_path("SLUG");
    let (prefix, suffix) = file.split_once("SLUG").unwrap();
    let names = format!(r#""{prefix}" + slug + "{suffix}""#);
    for needle in [
        names.as_str(),
        &format!(r#""{PAIR_SEPARATOR}""#),
        &format!(r#""{CURATED_ROLES_ATTRIBUTE}""#),
        &format!(r#""{APP_STARTED_ATTRIBUTE}""#),
    ] {
        assert!(script.contains(needle), "pair-files.js has no {needle}");
    }
}

/// What `<main>` holds, without the document around it.
fn main_of(html: &str) -> &str {
    let start = html.find("<main").unwrap();
    &html[start..html.find("</main>").unwrap()]
}

/// The state titles of each inline map, in order.
fn map_titles(html: &str) -> Vec<Vec<String>> {
    main_of(html)
        .split("<svg")
        .skip(1)
        .filter(|svg| svg.contains(r#"viewBox="0 0 975 610""#))
        .map(|svg| {
            let svg = &svg[..svg.find("</svg>").unwrap()];
            svg.split("<path ")
                .skip(1)
                .map(|path| {
                    assert!(path.contains(r#" class="map-bin-"#), "{path:.80}");
                    let title = path.split_once("<title>").unwrap().1;
                    title[..title.find("</title>").unwrap()].to_owned()
                })
                .collect()
        })
        .collect()
}

#[test]
fn the_site_loads_every_area_and_the_map_once() {
    let site = site();
    assert_eq!(site.areas().areas.len(), 583);
    let local: Vec<_> = site
        .areas()
        .areas
        .iter()
        .filter(|area| area.kind.is_local())
        .collect();
    assert_eq!(local.len(), 528);
    for area in local {
        let figures = site.local_figures(&area.key).unwrap();
        assert_eq!(figures.name, area.name);
    }
    assert_eq!(site.map().states.len(), 51);
}

#[test]
fn a_metro_area_shows_its_own_figures() {
    let site = site();
    let austin = site.local_figures("austin-tx").unwrap();
    let median = |slug: &str| {
        let soc = &site.role(slug).unwrap().occupation.as_ref().unwrap();
        let soc = &soc.wage_basis.as_ref().unwrap().soc;
        austin
            .figures(soc)
            .unwrap()
            .wages
            .annual
            .median
            .annual_text()
    };
    // OEWS May 2025, Austin-Round Rock-San Marcos, TX.
    assert_eq!(median("software-developers"), "$134,120");
    assert_eq!(median("producers-and-directors"), "$78,050");

    let html = page(GENERATED, Some("area=austin-tx"));
    assert_page_structure(&html, &format!("{GENERATED}?area=austin-tx"));
    assert!(html.contains("$134,120") && html.contains("$78,050"));
    assert!(
        html.contains(r#"<tr><th scope="row">Median</th><td>$78,050</td><td>$134,120</td></tr>"#)
    );
    assert!(html.contains(
        r#"<meta name="description" content="Producers and Directors vs. Software Developers in Austin-Round Rock-San Marcos, TX: median pay $78,050 vs. $134,120 a year; "#
    ));
    assert!(html.contains("Wages and employment in Austin-Round Rock-San Marcos, TX"));
    for tag in [
        "link rel=\"canonical\" href",
        "meta property=\"og:url\" content",
    ] {
        assert!(
            html.contains(&format!(
                r#"<{tag}="{SITE_URL}{GENERATED}?area=austin-tx">"#
            )),
            "{tag}"
        );
    }
    // The area box shows it, and every link keeps it.
    assert!(html.contains(
        r#"value="Austin-Round Rock-San Marcos, TX" data-chosen="austin-tx" name="area""#
    ));
    assert!(html.contains(&format!(
        r#"href="{GENERATED}?area=austin-tx&amp;view=table""#
    )));
    assert!(html.contains(
        r#"href="/compare/software-developers-vs-producers-and-directors?area=austin-tx""#
    ));
    assert!(!html.contains("area-notice"));

    // A nonmetro area too.
    let nonmetro = page(GENERATED, Some("area=northwest-alabama-nonmetro"));
    assert!(nonmetro.contains("in Northwest Alabama nonmetropolitan area: median pay"));
}

#[test]
fn a_typed_area_redirects_to_the_address_with_its_key() {
    for (query, to) in [
        ("area=austin", "?area=austin-tx"),
        ("area=Austin-Round+Rock-San+Marcos%2C+TX", "?area=austin-tx"),
        (
            "area=austin&view=table&map=pay&utm_source=x",
            "?area=austin-tx&view=table&map=pay",
        ),
        ("area=California", "?area=CA"),
        ("area=tx", "?area=TX"),
        ("area=National", ""),
    ] {
        let rendered = render(GENERATED, Some(query));
        let location = format!("{GENERATED}{to}");
        assert_eq!(rendered.status, 302, "{query}");
        assert_eq!(
            rendered.location.as_deref(),
            Some(location.as_str()),
            "{query}"
        );
        assert!(rendered
            .html
            .contains(&format!(r#"<a href="{}">"#, location.replace('&', "&amp;"))));
        // Where it leads is a page, not another redirect.
        let (path, query) = location.split_once('?').unwrap_or((&location, ""));
        assert_eq!(render(path, Some(query)).status, 200, "{location}");
    }
    // The order asked for and a trailing slash: the page's own address, in that order.
    let swapped = "/compare/software-developers-vs-producers-and-directors/";
    assert_eq!(
        render(swapped, Some("area=austin")).location.as_deref(),
        Some("/compare/software-developers-vs-producers-and-directors?area=austin-tx")
    );
    // Pages themselves are never redirects.
    for query in [
        None,
        Some("area=CA"),
        Some("area=austin-tx"),
        Some("area=US"),
    ] {
        assert_eq!(render(GENERATED, query).location, None, "{query:?}");
    }
    assert_eq!(render(PRODUCER, Some("area=austin")).status, 200, "curated");
}

#[test]
fn an_area_nothing_matches_is_national_and_says_so() {
    let html = page(GENERATED, Some("area=zzz"));
    assert_page_structure(&html, &format!("{GENERATED}?area=zzz"));
    once(
        &html,
        r#"<p class="area-notice" role="status">We have no figures for an area called “zzz”, so these are national figures.</p>"#,
    );
    assert!(html.contains("<td>$135,980</td>") && html.contains("<td>$90,360</td>"));
    assert!(html.contains(&format!(
        r#"<link rel="canonical" href="{SITE_URL}{GENERATED}">"#
    )));
    assert!(html.contains("in the United States: median pay $90,360 vs. $135,980 a year"));
    // A blank area is simply national.
    assert!(!page(GENERATED, Some("area=+")).contains("area-notice"));
    // Text far longer than any area's name is not searched for one.
    let long = "austin".repeat(300);
    let rendered = render(GENERATED, Some(&format!("area={long}")));
    assert_eq!(rendered.status, 200);
    assert!(rendered
        .html
        .contains(&format!("We have no figures for an area called “{long}”")));
}

#[test]
fn the_maps_are_inline_with_a_title_per_state_and_a_legend() {
    let site = site();
    let html = page(GENERATED, None);
    let maps = map_titles(&html);
    assert_eq!(maps.len(), 2, "one map per role");
    for titles in &maps {
        assert_eq!(titles.len(), 51);
        for (title, state) in titles.iter().zip(&site.map().states) {
            let figure = title
                .strip_prefix(&format!("{}: ", state.name))
                .unwrap_or_else(|| panic!("{title}"));
            assert!(
                figure.ends_with(" jobs per 1,000") || figure.contains("not published"),
                "{title}"
            );
        }
    }
    assert!(maps[1].contains(&"Washington: 30.141 jobs per 1,000".to_owned()));
    let main = main_of(&html);
    assert!(main.contains(r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 975 610" role="img" aria-label="Map of the states: Software Developers by jobs per 1,000 jobs. The table below has the same figures.">"#));
    assert_eq!(
        main.matches(r#"<span class="map-swatch map-bin-"#).count(),
        6
    );
    assert!(main.contains("<caption>Jobs per 1,000 jobs by state</caption>"));
    assert!(main.contains(role_compare_core::data::map::MAP_CREDIT));
    assert!(main.contains(role_compare_core::markup::generated::BLS_CREDIT));
    // The areas with the most jobs, their concentration in words.
    assert!(main.contains(r#"<span class="area-name">Seattle-Tacoma-Bellevue, WA</span>: 92,770 jobs, 4.1× as concentrated as in the country as a whole"#));
    assert!(main.contains(
        r#"<span class="area-name">San Jose-Sunnyvale-Santa Clara, CA</span>: median $213,110"#
    ));
}

#[test]
fn map_pay_shades_the_maps_by_median_pay() {
    let html = page(GENERATED, Some("area=CA&map=pay"));
    assert_page_structure(&html, &format!("{GENERATED}?area=CA&map=pay"));
    let maps = map_titles(&html);
    assert!(maps[1].contains(&"California: median $174,410".to_owned()));
    assert!(maps[0].contains(&"California: median $129,790".to_owned()));
    assert!(maps
        .iter()
        .flatten()
        .all(|title| title.contains(": median $") || title.contains("not published")));
    assert!(html.contains(&format!(
        r##"<a href="{GENERATED}?area=CA&amp;map=pay#where-the-jobs-are" aria-current="true">Median pay</a>"##
    )));
    assert!(html.contains(&format!(
        r##"<a href="{GENERATED}?area=CA#where-the-jobs-are">Jobs per 1,000</a>"##
    )));
    // The shading is no other page: same canonical address.
    assert!(html.contains(&format!(
        r#"<link rel="canonical" href="{SITE_URL}{GENERATED}?area=CA">"#
    )));
    // And the no-JavaScript area form keeps it.
    assert!(html.contains(r#"<input type="hidden" name="map" value="pay">"#));
    assert_ne!(map_titles(&page(GENERATED, Some("area=CA"))), maps);
}

#[test]
fn industries_are_listed_with_those_both_roles_share_marked() {
    let site = site();
    let industries = |slug: &str| {
        site.role(slug)
            .unwrap()
            .occupation
            .as_ref()
            .unwrap()
            .industries
            .clone()
            .unwrap()
    };
    let (a, b) = (
        industries("producers-and-directors"),
        industries("software-developers"),
    );
    let shared: Vec<_> = a
        .top
        .iter()
        .filter(|i| b.top.iter().any(|j| j.code == i.code))
        .map(|i| i.name.clone())
        .collect();
    assert!(!shared.is_empty());
    let html = page(GENERATED, None);
    let main = main_of(&html);
    let work = &main[main.find(r#"aria-labelledby="work-environment""#).unwrap()..];
    let work = &work[..work.find("</section>").unwrap()];
    assert_eq!(work.matches(r#"<ol class="industries">"#).count(), 2);
    for industry in a.top.iter().chain(&b.top) {
        let row = format!(
            r#"<span class="industry-name">{}</span>"#,
            industry.name.replace('&', "&amp;")
        );
        let item = work[..work.find(&row).unwrap()]
            .rsplit("<li")
            .next()
            .unwrap();
        let marked = shared.contains(&industry.name);
        assert_eq!(
            item.starts_with(r#" class="shared">"#),
            marked,
            "{}",
            industry.name
        );
    }
    assert_eq!(
        work.matches(r#"<span class="shared-mark">Both roles</span>"#)
            .count(),
        2 * shared.len()
    );
    assert!(work.contains(r#"<span class="industry-name">Professional, Scientific, and Technical Services</span><span class="industry-share">41.4%</span><span class="industry-jobs">698,420 jobs</span>"#));
}

#[test]
fn a_curated_article_shows_its_official_occupations_industries_and_map() {
    let html = page(PRODUCER, None);
    let main = main_of(&html);
    assert!(main.contains(r#"<h4 class="official-heading">Where they work: official data</h4>"#));
    assert!(main.contains("Official figures for Producer are those of the closest official occupation, Producers and Directors."));
    assert!(main.contains("Official figures for Product Manager are those of the closest official occupation, Marketing Managers."));
    assert_eq!(main.matches(r#"<ol class="industries">"#).count(), 2);
    assert!(
        main.contains(r#"<span class="industry-name">Broadcasting and Content Providers</span>"#)
    );
    assert!(main.contains(r#"<h3 id="where-the-jobs-are">Where the Jobs Are</h3>"#));
    assert!(
        main.contains(r##"<a href="#where-the-jobs-are">Where the Jobs Are</a>"##),
        "in the contents"
    );
    let maps = map_titles(&html);
    assert_eq!(maps.len(), 2);
    assert!(maps.iter().all(|titles| titles.len() == 51));
    assert!(maps[0][0].starts_with("Alabama: ") && maps[0][0].ends_with(" jobs per 1,000"));
    assert!(main.contains(
        r##"<a href="/compare/producer-vs-product-manager?map=pay#where-the-jobs-are">Median pay</a>"##
    ));
    assert!(main.contains(role_compare_core::data::map::MAP_CREDIT));
    assert!(main.contains(role_compare_core::markup::generated::BLS_CREDIT));

    // ?map=pay shades them by pay; the address (data-page) is the one asked for, the
    // canonical address the article's.
    let pay = page(PRODUCER, Some("map=pay"));
    assert_page_structure(&pay, &format!("{PRODUCER}?map=pay"));
    assert!(pay.contains(&format!(
        r#"<link rel="canonical" href="{SITE_URL}{PRODUCER}">"#
    )));
    let maps = map_titles(&pay);
    assert!(
        maps[0][0].starts_with("Alabama: median $"),
        "{}",
        maps[0][0]
    );
    assert!(pay.contains(
        r##"<a href="/compare/producer-vs-product-manager?map=pay#where-the-jobs-are" aria-current="true">Median pay</a>"##
    ));
}

#[test]
fn a_page_is_the_same_whatever_was_written_before_it_on_the_thread() {
    // Each thread writes documents into one buffer it keeps: nothing of a longer page
    // written before may stay in a shorter one, in any order, nor in an embed.
    let alone = page("/compare/actors-vs-dancers", None);
    let long = page(GENERATED, Some("area=austin-tx"));
    assert!(long.len() > alone.len());
    assert_eq!(page("/compare/actors-vs-dancers", None), alone);
    let embed = page("/embed/compare/actors-vs-dancers", None);
    assert_eq!(page(GENERATED, Some("area=austin-tx")), long);
    assert_eq!(page("/embed/compare/actors-vs-dancers", None), embed);
    assert!(alone.ends_with("</html>") && long.ends_with("</html>"));
}
