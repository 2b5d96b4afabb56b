//! Property tests of everything that turns outside input into values or markup: pair and slug
//! parsing, routes and URL state, data decoding, markup escaping and chart geometry. Each
//! property runs `PROPTEST_CASES` cases (256 by default, in the test command;
//! `./scripts/props` runs 20,000 each).

use proptest::prelude::*;
use role_compare_core::compare::place::Place;
use role_compare_core::data::checks::{
    decode_article, decode_catalog, decode_occupation, decode_role,
};
use role_compare_core::data::map::UsMap;
use role_compare_core::data::occupations::{Occupation, WageBasis, WageBasisKind};
use role_compare_core::markup::tree::{el, svg, Node};
use role_compare_core::navigation::routes::{compare_route, MapMeasure, PairState, Route, View};
use role_compare_core::navigation::slug::{
    contains_pair_separator, is_valid_slug, parse_pair, slugify, PAIR_SEPARATOR,
};
use role_compare_core::wages::value::{AreaWages, Distribution, WageValue};
use role_compare_core::PairSlug;
use scraper::Html;

/// Slugs as the data has them: lowercase words of letters and digits joined by single dashes,
/// never containing the pair separator.
fn slug() -> impl Strategy<Value = String> {
    "[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,4}".prop_filter("no pair separator", |s| {
        !s.contains(PAIR_SEPARATOR) && !s.starts_with("vs-") && !s.ends_with("-vs") && s != "vs"
    })
}

/// Any text a hostile or careless source could send: markup, quotes, entities, control and
/// right-to-left and zero-width characters, and plain Unicode.
fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[<>&\"'=/ a-z\u{200b}\u{200e}\u{202e}\u{feff}]{0,40}",
        Just("<script>alert(1)</script>".to_owned()),
        Just("\"><img src=x onerror=alert(1)>".to_owned()),
        Just("&lt;b&gt; &amp;amp; &#60;".to_owned()),
        Just("</textarea></title></style><!--".to_owned()),
    ]
}

proptest! {
    #[test]
    fn any_pair_of_slugs_round_trips(a in slug(), b in slug()) {
        prop_assume!(a != b);
        let pair = PairSlug::new(a.clone(), b.clone());
        prop_assert_eq!(parse_pair(&pair.to_string()), Ok(pair.clone()));
        prop_assert_eq!(Route::parse(&compare_route(&pair)), Route::Compare(pair.to_string()));
        prop_assert_eq!(pair.swapped().swapped(), pair);
    }

    #[test]
    fn pair_parsing_is_total(segment in any::<String>()) {
        if let Ok(pair) = parse_pair(&segment) {
            prop_assert!(is_valid_slug(&pair.a) && is_valid_slug(&pair.b));
            prop_assert_ne!(pair.a, pair.b);
        }
    }

    #[test]
    fn slugify_gives_slugs_and_is_idempotent(title in any::<String>()) {
        let slug = slugify(&title);
        prop_assert!(slug.is_empty() || is_valid_slug(&slug), "{slug:?}");
        prop_assert_eq!(slugify(&slug), slug);
    }

    #[test]
    fn slug_checks_follow_their_definitions(text in prop_oneof!["[a-z0-9vs-]{0,12}", any::<String>()]) {
        // The definitions, written plainly; the checks are single passes for speed.
        let valid = !text.is_empty()
            && !text.starts_with('-')
            && !text.ends_with('-')
            && !text.contains("--")
            && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        prop_assert_eq!(is_valid_slug(&text), valid, "{:?}", text);
        prop_assert_eq!(contains_pair_separator(&text), text.contains(PAIR_SEPARATOR), "{:?}", text);
    }

    #[test]
    fn routes_parse_any_path(path in any::<String>()) {
        match Route::parse(&path) {
            Route::Compare(segment) | Route::Embed(segment) => {
                prop_assert!(!segment.is_empty() && !segment.contains('/'));
            }
            Route::Home | Route::NotFound => {}
        }
    }

    #[test]
    fn pair_state_falls_back_and_round_trips(
        area in any::<Option<String>>(),
        view in any::<Option<String>>(),
        map in any::<Option<String>>(),
    ) {
        let known = |code: &str| ["US", "CA", "TX", "austin-tx"].contains(&code);
        let state = PairState::parse(area.as_deref(), view.as_deref(), map.as_deref(), known);
        prop_assert!(known(&state.area));
        // What the URL keeps reads back as the same state.
        let query = state.query();
        let params: Vec<(String, String)> = query
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
            .filter_map(|p| p.split_once('=').map(|(k, v)| (k.to_owned(), v.to_owned())))
            .collect();
        let get = |name: &str| params.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
        prop_assert_eq!(PairState::parse(get("area"), get("view"), get("map"), known), state.clone());
        prop_assert_eq!(state.with_view(View::Table).view, View::Table);
    }

    #[test]
    fn decoding_never_panics_on_any_text(json in any::<String>()) {
        let pair = PairSlug::new("a", "b");
        let errors = [
            decode_role("f.json", "a", &json).err(),
            decode_article("f.json", &pair, &json).err(),
            decode_occupation("f.json", "a", &json).err(),
            decode_catalog("f.json", &json).err(),
        ];
        for error in errors.into_iter().flatten() {
            prop_assert!(error.to_string().starts_with("The data file “f.json” could not be used: "));
        }
    }

    #[test]
    fn decoding_never_panics_on_any_json(value in json_value()) {
        let json = value.to_string();
        let _ = decode_role("f.json", "a", &json);
        let _ = decode_occupation("f.json", "a", &json);
        let _ = decode_catalog("f.json", &json);
    }

    #[test]
    fn no_text_or_attribute_value_ever_becomes_markup(text in hostile_text(), value in hostile_text()) {
        let node: Node = el("section")
            .attr("title", value.clone())
            .child(el("p").attr("data-x", value.clone()).text(text.clone()))
            .into();
        let html = node.to_html();
        let document = Html::parse_fragment(&html);
        let elements: Vec<_> = document.root_element().descendent_elements().skip(1).collect();
        let tags: Vec<&str> = elements.iter().map(|e| e.value().name()).collect();
        prop_assert_eq!(tags, ["section", "p"], "{}", html);
        prop_assert_eq!(elements[0].value().attrs().count(), 1);
        prop_assert_eq!(elements[1].value().attrs().count(), 1);
        let parsed_text: String = elements[1].text().collect();
        // The parser normalises what HTML cannot hold (NUL, lone CR) but never adds markup.
        let expected = text.replace('\0', "\u{fffd}").replace("\r\n", "\n").replace('\r', "\n");
        prop_assert_eq!(parsed_text, expected);
    }

    #[test]
    fn html_escaping_is_a_plain_replace(text in hostile_text(), value in hostile_text()) {
        let plain = |s: &str, in_attribute: bool| {
            let s = s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
            if in_attribute { s.replace('"', "&quot;") } else { s }
        };
        let html = Node::from(el("p").attr("title", value.clone()).text(text.clone())).to_html();
        let expected = format!("<p title=\"{}\">{}</p>", plain(&value, true), plain(&text, false));
        prop_assert_eq!(html, expected);
    }

    #[test]
    fn wage_values_round_trip_and_never_read_as_zero(amount in 1u64..) {
        for value in [WageValue::Amount(amount), WageValue::TopCoded, WageValue::HourlyOnly, WageValue::AnnualOnly, WageValue::NotPublished] {
            let json = serde_json::to_string(&value).unwrap();
            prop_assert_eq!(serde_json::from_str::<WageValue>(&json).unwrap(), value);
            prop_assert_ne!(value.annual_text(), "$0");
        }
    }

    #[test]
    fn chart_geometry_stays_in_its_box(values in proptest::collection::vec(wage_value(), 16)) {
        let wages = |v: &[WageValue]| AreaWages {
            employment: v[0],
            annual: Distribution { p10: v[1], p25: v[2], median: v[3], p75: v[4], p90: v[5] },
            annual_mean: v[6],
            hourly_median: v[7],
        };
        let comparison = role_compare_core::compare::generated::GeneratedComparison::new(
            side("a", wages(&values[..8])),
            side("b", wages(&values[8..])),
        );
        let map = UsMap { width: 975, height: 610, states: Vec::new() };
        let body = role_compare_core::markup::generated::generated_body(
            &comparison,
            &Place::national(),
            &map,
            MapMeasure::Jobs,
            &|_| String::new(),
        );
        let mut numbers = Vec::new();
        body.walk(&mut |node| {
            if let Node::Element(element) = node {
                if element.namespace == role_compare_core::markup::tree::Namespace::Svg {
                    for (name, value) in &element.attributes {
                        if matches!(*name, "x" | "y" | "width" | "height" | "x1" | "x2" | "y1" | "y2" | "cx" | "cy" | "r") {
                            numbers.push((*name, value.clone()));
                        }
                    }
                }
            }
        });
        let (width, height) = view_box(&body);
        for (name, value) in numbers {
            let number: f64 = value.parse().map_err(|_| TestCaseError::fail(format!("{name}={value:?}")))?;
            prop_assert!(number.is_finite() && number >= 0.0, "{name}={value}");
            let limit = if name.starts_with('x') || name == "width" || name == "cx" { width } else { height };
            prop_assert!(number <= limit, "{name}={value} outside 0..{limit}");
        }
    }
}

/// The real area index, once.
fn areas() -> &'static role_compare_core::data::areas::AreaIndex {
    static AREAS: std::sync::OnceLock<role_compare_core::data::areas::AreaIndex> =
        std::sync::OnceLock::new();
    AREAS.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/areas.json");
        let json = std::fs::read_to_string(path).unwrap();
        role_compare_core::data::checks::decode_area_index("areas.json", &json).unwrap()
    })
}

proptest! {
    /// The picker's typo score counts shared bigrams by table lookups; for one-word queries
    /// and titles it must be the Sørensen–Dice coefficient of their bigrams, counted
    /// plainly here.
    #[test]
    fn picker_typo_score_is_the_dice_coefficient(
        query in "[a-z]{1,10}",
        other in "[a-z0-9]{1,12}",
        typo in (any::<prop::sample::Index>(), "[a-z]"),
        misspelt in any::<bool>(),
    ) {
        use role_compare_core::navigation::search::{letters, similarity, Query, Searchable};
        // Either any word, or the query with one letter replaced (a likely near match).
        let title = if misspelt {
            let at = typo.0.index(query.len());
            format!("{}{}{}", &query[..at], typo.1, &query[at + 1..])
        } else {
            other
        };
        prop_assume!(!title.contains(&query));
        let dice = plain_dice(&query, &title);
        prop_assert_eq!(similarity(&query, &title), dice);
        let missing = (letters(&query) & !letters(&title)).count_ones();
        let expected = (missing <= 2 && dice >= 0.5).then_some((dice * 500.0) as u32);
        prop_assert_eq!(Query::new(&query).score(&Searchable::new(&title)), expected);
    }

    #[test]
    fn picker_keeps_the_best_of_a_full_ranking(
        // Up to six words a side: the bounds keep the shortest runs of up to four words.
        titles in proptest::collection::vec("[a-f]{1,5}( [a-f]{1,5}){0,5}", 0..40),
        query in "[a-f]{1,4}( [a-f]{1,3}){0,5}",
    ) {
        use role_compare_core::navigation::picker::{best_matches, Choice, Choices, SHOWN};
        // Every title scored by the rules written plainly, without any shortcut, best first,
        // ties in catalogue order.
        let mut ranked: Vec<(u32, usize)> = titles
            .iter()
            .enumerate()
            .filter_map(|(i, t)| plain_score(&query, t).map(|s| (s, i)))
            .collect();
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let expected: Vec<usize> = ranked.into_iter().take(SHOWN).map(|(_, i)| i).collect();
        let choices: Choices = titles
            .iter()
            .map(|t| Choice::new("slug", t, String::new(), t))
            .collect();
        prop_assert_eq!(best_matches(&choices, &query), expected);
    }

    #[test]
    fn map_paths_parse_totally(d in any::<String>()) {
        let _ = role_compare_core::data::map::path_points(&d);
    }

    #[test]
    fn any_typed_area_resolves_to_a_known_area_or_none(typed in any::<String>()) {
        if let Some(area) = role_compare_core::compare::resolve::area_asked_for(areas(), &typed) {
            prop_assert!(areas().area(&area.key).is_some());
        }
    }

    #[test]
    fn every_area_key_and_name_finds_itself(index in 0usize..583) {
        let area = &areas().areas[index % areas().areas.len()];
        let by_key = role_compare_core::compare::resolve::area_asked_for(areas(), &area.key);
        prop_assert_eq!(by_key.map(|a| a.key.as_str()), Some(area.key.as_str()));
        let by_name = role_compare_core::compare::resolve::area_asked_for(areas(), &area.name);
        prop_assert_eq!(by_name.map(|a| a.key.as_str()), Some(area.key.as_str()));
    }

    #[test]
    fn concentration_reads_in_words_for_any_quotient(q in prop_oneof![any::<u64>(), Just(u64::MAX)]) {
        prop_assert!(role_compare_core::markup::us_map::concentration_words(q).ends_with("as concentrated as in the country as a whole"));
    }
}

fn wage_value() -> impl Strategy<Value = WageValue> {
    prop_oneof![
        (1u64..10_000_000).prop_map(WageValue::Amount),
        Just(WageValue::TopCoded),
        Just(WageValue::HourlyOnly),
        Just(WageValue::AnnualOnly),
        Just(WageValue::NotPublished),
    ]
}

fn side(slug: &str, wages: AreaWages) -> role_compare_core::compare::generated::RoleFacts {
    role_compare_core::compare::generated::RoleFacts::official(Occupation {
        slug: slug.into(),
        title: slug.to_uppercase(),
        code: "00-0000.00".into(),
        description: "d".into(),
        major_group: "m".into(),
        minor_group: "n".into(),
        wage_basis: Some(WageBasis {
            soc: "00-0000".into(),
            title: "t".into(),
            kind: WageBasisKind::Own,
        }),
        wages: [("US".to_owned(), wages)].into(),
        concentration: Default::default(),
        industries: None,
        top_areas: None,
    })
}

/// The width and height of the first `svg`'s `viewBox`.
fn view_box(node: &Node) -> (f64, f64) {
    let mut found = None;
    node.walk(&mut |n| {
        if let (None, Node::Element(e)) = (&found, n) {
            if e.tag == "svg" {
                found = e.attribute("viewBox").map(str::to_owned);
            }
        }
    });
    let view_box = found.expect("the chart has a viewBox");
    let parts: Vec<f64> = view_box
        .split_whitespace()
        .map(|p| p.parse().unwrap())
        .collect();
    (parts[2], parts[3])
}

/// Any JSON value, nested a few levels, with the keys the data files use among others.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(serde_json::Value::from),
        hostile_text().prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        let key = prop_oneof![
            Just("slug".to_owned()),
            Just("title".to_owned()),
            Just("wages".to_owned()),
            Just("summary".to_owned()),
            Just("US".to_owned()),
            "[a-z_]{1,8}",
        ];
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..8).prop_map(serde_json::Value::Array),
            proptest::collection::btree_map(key, inner, 0..8)
                .prop_map(|map| serde_json::Value::Object(map.into_iter().collect())),
        ]
    })
}

/// The Sørensen–Dice coefficient of the character bigrams of two words, each with a space
/// before and after: each bigram of `a` matched at most once in `b`.
/// The picker's score of a title for a query, by its rules and nothing else (both texts are
/// already normal here: lowercase words and single spaces). Exact kinds of match need every
/// query word inside the title; a misspelling is the best Dice coefficient of the query and a
/// run of as many title words, at least 0.5, and may miss two of the query's letters.
fn plain_score(query: &str, title: &str) -> Option<u32> {
    use role_compare_core::navigation::search::letters;
    let missing = (letters(query) & !letters(title)).count_ones();
    if query.is_empty() || missing > 2 {
        return None;
    }
    let words: Vec<&str> = query.split(' ').collect();
    let title_words: Vec<&str> = title.split(' ').collect();
    let length = title.len().min(99) as u32;
    if missing == 0 && words.iter().all(|w| title.contains(w)) {
        return Some(if title.starts_with(query) {
            1000 - length
        } else if words
            .iter()
            .all(|w| title_words.iter().any(|t| t.starts_with(w)))
        {
            800 - length
        } else {
            600 - length
        });
    }
    let span = words.len().min(title_words.len()).max(1);
    let best = title_words
        .windows(span)
        .map(|run| plain_dice(query, &run.join(" ")))
        .fold(0.0, f64::max);
    (best >= 0.5).then_some((best * 500.0) as u32)
}

fn plain_dice(a: &str, b: &str) -> f64 {
    let bigrams = |text: &str| -> Vec<(char, char)> {
        let padded: Vec<char> = format!(" {text} ").chars().collect();
        padded.windows(2).map(|w| (w[0], w[1])).collect()
    };
    let (a, mut b) = (bigrams(a), bigrams(b));
    let total = a.len() + b.len();
    let mut shared = 0;
    for pair in &a {
        if let Some(found) = b.iter().position(|other| other == pair) {
            b.swap_remove(found);
            shared += 1;
        }
    }
    (2 * shared) as f64 / total as f64
}

#[test]
fn svg_elements_are_written_in_their_namespace() {
    let html = Node::from(svg("svg").attr("viewBox", "0 0 1 1")).to_html();
    assert!(html.contains("xmlns=\"http://www.w3.org/2000/svg\""));
}
