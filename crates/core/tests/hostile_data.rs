//! Every case of the hostile data corpus (`tests/hostile-data/`) through the decoder the app
//! uses for its file: the message must be exactly the one the case expects, and data the
//! case says is acceptable must decode.

#[path = "../../../tests/hostile-data/corpus.rs"]
mod corpus;

use corpus::{public_data, Case};
use role_compare_core::data::checks::{
    check_article_roles, check_role_occupation, decode_area_index, decode_article, decode_catalog,
    decode_index, decode_local_figures, decode_occupation, decode_role, decode_us_map,
};
use role_compare_core::{parse_pair, DataError};

fn exists(folder: &str, slug: &str) -> bool {
    public_data()
        .join(folder)
        .join(format!("{slug}.json"))
        .is_file()
}

/// What the app does with the case's file: decode it with the file's decoder and check
/// what it names; a removed role file is the fault of the article naming it.
fn read(case: &Case) -> Result<(), DataError> {
    let url = case.url();
    let Some(text) = &case.text else {
        let article_file = case
            .named_by
            .as_deref()
            .expect("a removed file names its article");
        let (_, stem) = article_file.rsplit_once('/').unwrap();
        let pair = parse_pair(stem.trim_end_matches(".json")).unwrap();
        let article_url = format!("/data/{article_file}");
        let article_text = std::fs::read_to_string(public_data().join(article_file)).unwrap();
        let article = decode_article(&article_url, &pair, &article_text)?;
        return check_article_roles(&article_url, &article, |slug| {
            slug != case.stem() && exists("roles", slug)
        });
    };
    match (case.folder(), case.stem()) {
        ("roles", slug) => {
            let role = decode_role(&url, slug, text)?;
            check_role_occupation(&url, &role, |slug| exists("occupations", slug))
        }
        ("articles", pair) => decode_article(&url, &parse_pair(pair).unwrap(), text).map(drop),
        ("", "articles") => decode_index(&url, text).map(drop),
        ("", "occupations") => decode_catalog(&url, text).map(drop),
        ("occupations", slug) => decode_occupation(&url, slug, text).map(drop),
        ("", "areas") => decode_area_index(&url, text).map(drop),
        ("areas", key) => decode_local_figures(&url, key, text).map(drop),
        ("", "us-states") => decode_us_map(&url, text).map(drop),
        other => panic!("{}: no decoder for {other:?}", case.name),
    }
}

#[test]
fn every_case_gives_its_expected_message() {
    let cases = corpus::cases();
    assert!(cases.len() >= 40, "only {} cases", cases.len());
    let mut wrong = Vec::new();
    for case in &cases {
        println!("{}", case.summary());
        let got = read(case).err().map(|e| e.to_string());
        if got != case.expected {
            wrong.push(format!(
                "{}: {}\n  expected: {:?}\n  got:      {:?}",
                case.name, case.about, case.expected, got
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_corpus_covers_every_file_the_app_fetches() {
    let cases = corpus::cases();
    for file in [
        "roles/producer.json",
        "articles/producer-vs-product-manager.json",
        "articles.json",
        "occupations.json",
        "occupations/software-developers.json",
        "areas.json",
        "areas/austin-tx.json",
        "us-states.json",
    ] {
        let of_file: Vec<&Case> = cases.iter().filter(|c| c.file == file).collect();
        assert!(
            of_file.iter().any(|c| c.expected.is_some()),
            "no refused case for {file}"
        );
    }
}
