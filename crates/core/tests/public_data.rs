//! Loads every file the app fetches from `public/data` and checks that it decodes and that
//! the files agree with one another: the same checks the app makes at run time, plus the
//! cross-file ones only a whole view of the data can make.

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use role_compare_core::data::areas::AreaKind;
use role_compare_core::data::checks::{
    decode_area_index, decode_article, decode_catalog, decode_index, decode_local_figures,
    decode_occupation, decode_role, decode_us_map,
};
use role_compare_core::data::files::{
    area_path, article_path, occupation_path, role_path, AREA_INDEX_PATH, ARTICLE_INDEX_PATH,
    CATALOG_PATH, US_MAP_PATH,
};
use role_compare_core::{Comparison, Neighbours, PairSlug, Role};

fn public_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public")
}

/// Reads a file by the URL path the app fetches it from.
fn read(url_path: &str) -> String {
    let file = public_dir().join(url_path.trim_start_matches('/'));
    fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()))
}

fn json_stems(dir: &str) -> Vec<String> {
    let mut stems: Vec<String> = fs::read_dir(public_dir().join(dir))
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|entry| entry.unwrap().path())
        .inspect(|path| {
            assert_eq!(
                path.extension().and_then(|e| e.to_str()),
                Some("json"),
                "{} is not a .json file",
                path.display()
            )
        })
        .map(|path| path.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    stems.sort();
    stems
}

fn load_roles() -> BTreeMap<String, Role> {
    json_stems("data/roles")
        .into_iter()
        .map(|slug| {
            let path = role_path(&slug);
            let role = decode_role(&path, &slug, &read(&path)).unwrap_or_else(|e| panic!("{e}"));
            (slug, role)
        })
        .collect()
}

#[test]
fn every_role_file_decodes_with_a_unique_slug() {
    let roles = load_roles();
    assert!(
        roles.len() >= 24,
        "expected at least 24 curated roles, found {}",
        roles.len()
    );
    let titles: HashSet<_> = roles.values().map(|r| r.title.to_lowercase()).collect();
    assert_eq!(titles.len(), roles.len(), "two roles share a title");
    for slug in roles.keys() {
        assert!(!slug.contains("-vs-"), "{slug}");
    }
}

#[test]
fn every_article_decodes_and_names_existing_roles() {
    let roles = load_roles();
    let stems = json_stems("data/articles");
    assert!(
        stems.len() >= 12,
        "expected at least 12 curated articles, found {}",
        stems.len()
    );
    for stem in stems {
        let pair = role_compare_core::parse_pair(&stem)
            .unwrap_or_else(|e| panic!("articles/{stem}.json: {e}"));
        let path = article_path(&pair);
        let article = decode_article(&path, &pair, &read(&path)).unwrap_or_else(|e| panic!("{e}"));
        let role = |slug: &str| {
            roles
                .get(slug)
                .cloned()
                .unwrap_or_else(|| panic!("{path} names the unknown role {slug}"))
        };
        Comparison::assemble(&path, article, role(&pair.a), role(&pair.b))
            .unwrap_or_else(|e| panic!("{e}"));
    }
}

#[test]
fn index_is_one_chain_over_exactly_the_article_files() {
    let index = decode_index(ARTICLE_INDEX_PATH, &read(ARTICLE_INDEX_PATH))
        .unwrap_or_else(|e| panic!("{e}"));
    let roles = load_roles();
    let listed: Vec<String> = index.articles.iter().map(|a| a.slug()).collect();
    let mut sorted = listed.clone();
    sorted.sort();
    assert_eq!(
        sorted,
        json_stems("data/articles"),
        "the index and the article files differ"
    );

    for entry in &index.articles {
        let path = article_path(&entry.pair());
        let article = decode_article(&path, &entry.pair(), &read(&path)).unwrap();
        assert_eq!(entry.title, article.title, "{path}: index title differs");
        assert_eq!(
            entry.subtitle, article.subtitle,
            "{path}: index subtitle differs"
        );
        assert_eq!(
            entry.role_a_title, roles[&entry.role_a].title,
            "{path}: role A title differs"
        );
        assert_eq!(
            entry.role_b_title, roles[&entry.role_b].title,
            "{path}: role B title differs"
        );
    }

    // Walking Next from the first article visits every article once and ends at the last.
    let mut visited = vec![index.articles[0].slug()];
    let mut current = index.articles[0].pair();
    while let Some(next) = Neighbours::of(&index, &current).unwrap().next {
        assert!(
            !visited.contains(&next.slug()),
            "the order repeats {}",
            next.slug()
        );
        visited.push(next.slug());
        current = next.pair();
    }
    assert_eq!(visited, listed);
}

#[test]
fn editorial_order_keeps_the_promised_sequence() {
    let index = decode_index(ARTICLE_INDEX_PATH, &read(ARTICLE_INDEX_PATH)).unwrap();
    let producer = PairSlug::new("producer", "product-manager");
    let n =
        Neighbours::of(&index, &producer).expect("Producer vs. Product Manager is in the order");
    assert_eq!(
        n.previous.unwrap().short_title(),
        "Sales Analyst vs. Business Analyst"
    );
    assert_eq!(
        n.next.unwrap().short_title(),
        "Construction Superintendent vs. Foreman"
    );
}

#[test]
fn producer_and_product_manager_use_the_agreed_figures() {
    let roles = load_roles();
    assert_eq!(roles["producer"].salary.annual_usd, 62_193);
    assert_eq!(roles["product-manager"].salary.annual_usd, 98_439);
}

#[test]
fn catalogue_and_every_occupation_file_decode_and_agree() {
    let catalog =
        decode_catalog(CATALOG_PATH, &read(CATALOG_PATH)).unwrap_or_else(|e| panic!("{e}"));
    let mut listed: Vec<String> = catalog.occupations.iter().map(|o| o.slug.clone()).collect();
    listed.sort();
    assert_eq!(
        listed,
        json_stems("data/occupations"),
        "the catalogue and the occupation files differ"
    );
    for entry in &catalog.occupations {
        let path = occupation_path(&entry.slug);
        let occupation =
            decode_occupation(&path, &entry.slug, &read(&path)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(occupation.title, entry.title, "{path}");
        let national = occupation.wages_in("US").map(|w| w.annual.median);
        if let Some(median) = national {
            assert_eq!(
                median, entry.national_median,
                "{path}: national median differs from the index"
            );
        }
    }
    // Curated roles and their closest occupations, as the catalogue lists them.
    let roles = load_roles();
    assert_eq!(catalog.curated.len(), roles.len());
    for curated in &catalog.curated {
        let role = &roles[&curated.slug];
        assert_eq!(curated.title, role.title);
        assert_eq!(curated.occupation, role.occupation, "{}", curated.slug);
        if let Some(slug) = &role.occupation {
            assert!(
                catalog.occupation(slug).is_some(),
                "{} names the unknown occupation {slug}",
                curated.slug
            );
        }
    }
}

#[test]
fn areas_every_area_file_and_the_map_decode_and_agree() {
    let index = decode_area_index(AREA_INDEX_PATH, &read(AREA_INDEX_PATH))
        .unwrap_or_else(|e| panic!("{e}"));
    let catalog = decode_catalog(CATALOG_PATH, &read(CATALOG_PATH)).unwrap();
    // The states of the index are the catalogue's areas, with the same names.
    for area in &catalog.areas {
        let entry = index
            .area(&area.code)
            .unwrap_or_else(|| panic!("areas.json lacks {}", area.code));
        assert_eq!(entry.name, area.name, "{}", area.code);
    }
    let local: Vec<_> = index.areas.iter().filter(|a| a.kind.is_local()).collect();
    let mut keys: Vec<String> = local.iter().map(|a| a.key.clone()).collect();
    keys.sort();
    assert_eq!(
        keys,
        json_stems("data/areas"),
        "areas.json and the area files differ"
    );

    // Every occupation's wage basis, by SOC code, and its top areas.
    let occupations: Vec<_> = catalog
        .occupations
        .iter()
        .map(|entry| {
            let path = occupation_path(&entry.slug);
            decode_occupation(&path, &entry.slug, &read(&path)).unwrap()
        })
        .collect();
    let socs: HashSet<&str> = occupations
        .iter()
        .filter_map(|o| Some(o.wage_basis.as_ref()?.soc.as_str()))
        .collect();
    let mut files = BTreeMap::new();
    for entry in local {
        let path = area_path(&entry.key);
        let figures =
            decode_local_figures(&path, &entry.key, &read(&path)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (&figures.name, figures.kind, &figures.states),
            (&entry.name, entry.kind, &entry.states),
            "{path} differs from areas.json"
        );
        for soc in figures.occupations.keys() {
            assert!(
                socs.contains(soc.as_str()),
                "{path}: {soc} is no occupation's wage basis"
            );
        }
        files.insert(entry.key.clone(), figures);
    }
    for occupation in &occupations {
        let Some(top) = &occupation.top_areas else {
            continue;
        };
        let soc = &occupation.wage_basis.as_ref().unwrap().soc;
        for ranked in top.most_jobs.iter().chain(&top.best_pay) {
            let file = &files[&ranked.key];
            assert_eq!(ranked.name, file.name);
            assert_eq!(
                file.figures(soc),
                Some(&ranked.figures),
                "{} in {}",
                occupation.slug,
                ranked.key
            );
        }
    }

    let map = decode_us_map(US_MAP_PATH, &read(US_MAP_PATH)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(map.states.len(), 51);
    for state in &map.states {
        let entry = index
            .area(&state.usps)
            .unwrap_or_else(|| panic!("no area {}", state.usps));
        assert_eq!((entry.kind, &entry.name), (AreaKind::State, &state.name));
        // The app shell's first screen names a state from the map, before the catalogue
        // is decoded; the rest of the page names it from the catalogue.
        let area = catalog
            .area(&state.usps)
            .unwrap_or_else(|| panic!("the catalogue lacks {}", state.usps));
        assert_eq!(area.name, state.name, "{}", state.usps);
    }
}
