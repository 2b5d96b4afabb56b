//! Reading each kind of data file: serde decoding ([`decode`]) plus the rules a type cannot
//! express (slugs, references, one editorial chain, plausible figures), every broken rule
//! listed in one message that names the file and the field.

use crate::data::articles::{article_title, Article, ArticleIndex, Role};
use crate::data::decode::{decode, DataError, Problem};
use crate::data::occupations::{Catalog, Occupation, OfficialFigure, NATIONAL};
use crate::navigation::sections::Section;
use crate::navigation::slug::{is_valid_slug, slugify, PairSlug, PAIR_SEPARATOR};
use crate::wages::value::{AreaWages, WageValue};

/// The longest title or other one-line text a file may hold, in characters.
pub const MAX_LINE_CHARS: usize = 200;
/// The longest paragraph a file may hold, in characters.
pub const MAX_PARAGRAPH_CHARS: usize = 3_000;
/// More people than the United States employs: an employment figure above it is a typo.
const MAX_EMPLOYMENT: u64 = 200_000_000;
/// Ten times the highest annual wage OEWS publishes; above it a figure is a typo.
const MAX_ANNUAL_USD: u64 = 10_000_000;
/// The same bound an hour (2,080 hours a year), in cents.
const MAX_HOURLY_CENTS: u64 = MAX_ANNUAL_USD * 100 / 2_080;

/// Collects every problem of a file so that one read reports them all.
#[derive(Default)]
struct Findings(Vec<String>);

impl Findings {
    fn check(&mut self, ok: bool, message: impl FnOnce() -> String) {
        if !ok {
            self.0.push(message());
        }
    }

    fn length(&mut self, field: &str, value: &str, max: usize) {
        let chars = value.chars().count();
        self.check(chars <= max, || {
            format!("`{field}` is {chars} characters long; the most allowed is {max}")
        });
    }

    /// A one-line text: a title, a subtitle, a source.
    fn text(&mut self, field: &str, value: &str) {
        self.check(!value.trim().is_empty(), || format!("`{field}` is empty"));
        self.length(field, value, MAX_LINE_CHARS);
    }

    fn paragraphs(&mut self, field: &str, values: &[String]) {
        self.check(!values.is_empty(), || format!("`{field}` has no entries"));
        for (index, value) in values.iter().enumerate() {
            self.check(!value.trim().is_empty(), || {
                format!("`{field}` entry {} is empty", index + 1)
            });
            self.length(&format!("{field}[{index}]"), value, MAX_PARAGRAPH_CHARS);
        }
    }

    fn role_slug(&mut self, field: &str, slug: &str) {
        self.check(is_valid_slug(slug), || {
            format!("`{field}` “{slug}” is not a valid slug (lowercase letters, digits and single dashes)")
        });
        self.check(!slug.contains(PAIR_SEPARATOR), || {
            format!("`{field}` “{slug}” contains “{PAIR_SEPARATOR}”")
        });
    }

    /// Amounts far beyond anything OEWS publishes (its highest annual percentile is under
    /// $1 million) are typos or hostile data, not figures to show.
    fn area_wages(&mut self, field: &str, wages: &AreaWages) {
        let over = |value: WageValue, max: u64| value.amount().is_some_and(|amount| amount > max);
        // Row positions 1–6: the five percentiles, then the mean (see `AreaWages`).
        let annual = wages.annual.values().into_iter().chain([wages.annual_mean]);
        for (offset, value) in annual.enumerate() {
            self.check(!over(value, MAX_ANNUAL_USD), || {
                format!(
                    "`{field}[{}]` is more than $10,000,000 a year, which no OEWS figure is",
                    offset + 1
                )
            });
        }
        self.check(!over(wages.hourly_median, MAX_HOURLY_CENTS), || {
            format!("`{field}[7]` is more than {MAX_HOURLY_CENTS} cents an hour, which no OEWS figure is")
        });
        self.check(!over(wages.employment, MAX_EMPLOYMENT), || {
            format!("`{field}[0]` is more people than the country employs")
        });
    }

    fn into_result<T>(self, file: &str, value: T) -> Result<T, DataError> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(DataError::new(file, Problem::Invalid(self.0)))
        }
    }
}

/// Checks a role decoded from `file`, which the app asked for as `expected_slug`.
pub fn validate_role(file: &str, expected_slug: &str, role: Role) -> Result<Role, DataError> {
    let mut found = Findings::default();
    found.role_slug("slug", &role.slug);
    found.check(role.slug == expected_slug, || {
        format!(
            "`slug` is “{}” but the file is for “{expected_slug}”",
            role.slug
        )
    });
    found.text("title", &role.title);
    let from_title = slugify(&role.title);
    found.check(from_title == role.slug, || {
        format!(
            "`slug` “{}” does not match the title (expected “{from_title}”)",
            role.slug
        )
    });
    found.paragraphs("summary", &role.summary);
    for section in Section::ALL.into_iter().filter(|s| *s != Section::Salary) {
        found.paragraphs(section.id(), role.points(section));
    }
    found.check(role.salary.annual_usd > 0, || {
        "`salary.annual_usd` is 0".into()
    });
    found.text("salary.source", &role.salary.source);
    found.check((1990..=2100).contains(&role.salary.year), || {
        format!("`salary.year` {} is not a plausible year", role.salary.year)
    });
    if let Some(occupation) = &role.occupation {
        found.check(is_valid_slug(occupation), || {
            format!("`occupation` “{occupation}” is not an occupation slug like producers-and-directors")
        });
    }
    found.into_result(file, role)
}

/// Decodes and checks `roles/<slug>.json`.
pub fn decode_role(file: &str, expected_slug: &str, json: &str) -> Result<Role, DataError> {
    validate_role(file, expected_slug, decode(file, json)?)
}

/// Checks an article decoded from `file`, which the app asked for as `expected`.
pub fn validate_article(
    file: &str,
    expected: &PairSlug,
    article: Article,
) -> Result<Article, DataError> {
    let mut found = Findings::default();
    found.role_slug("role_a", &article.role_a);
    found.role_slug("role_b", &article.role_b);
    found.check(article.role_a != article.role_b, || {
        "`role_a` and `role_b` are the same role".into()
    });
    found.check(&article.pair() == expected, || {
        format!(
            "it is the article for “{}”, not “{expected}”",
            article.pair()
        )
    });
    found.text("title", &article.title);
    found.text("subtitle", &article.subtitle);
    found.paragraphs("intro", &article.intro);
    for section in Section::ALL {
        found.paragraphs(
            &format!("sections.{}", section.id()),
            article.sections.get(section),
        );
    }
    found.into_result(file, article)
}

/// Decodes and checks `articles/<pair>.json`.
pub fn decode_article(file: &str, expected: &PairSlug, json: &str) -> Result<Article, DataError> {
    validate_article(file, expected, decode(file, json)?)
}

/// Decodes and checks `occupations/<slug>.json`.
pub fn decode_occupation(
    file: &str,
    expected_slug: &str,
    json: &str,
) -> Result<Occupation, DataError> {
    let occupation: Occupation = decode(file, json)?;
    let mut found = Findings::default();
    found.role_slug("slug", &occupation.slug);
    found.check(occupation.slug == expected_slug, || {
        format!(
            "`slug` is “{}” but the file is for “{expected_slug}”",
            occupation.slug
        )
    });
    found.text("title", &occupation.title);
    found.check(!occupation.description.trim().is_empty(), || {
        "`description` is empty".into()
    });
    found.length("description", &occupation.description, MAX_PARAGRAPH_CHARS);
    for (area, wages) in &occupation.wages {
        found.area_wages(&format!("wages.{area}"), wages);
    }
    found.into_result(file, occupation)
}

/// Decodes `official-figures.json`: the national figures of the curated roles' closest
/// occupations.
pub fn decode_official_figures(file: &str, json: &str) -> Result<Vec<OfficialFigure>, DataError> {
    let figures: Vec<OfficialFigure> = decode(file, json)?;
    let mut found = Findings::default();
    for (index, figure) in figures.iter().enumerate() {
        found.role_slug(&format!("[{index}].slug"), &figure.slug);
        if let Some(national) = &figure.national {
            found.area_wages(&format!("[{index}].national"), national);
        }
    }
    found.into_result(file, figures)
}

/// Decodes and checks `occupations.json`: slugs valid and unique, group numbers that point
/// at groups, curated roles pointing at occupations that exist.
pub fn decode_catalog(file: &str, json: &str) -> Result<Catalog, DataError> {
    let catalog: Catalog = decode(file, json)?;
    let mut found = Findings::default();
    found.check(!catalog.occupations.is_empty(), || {
        "`occupations` is empty".into()
    });
    found.check(
        catalog.areas.first().is_some_and(|a| a.code == NATIONAL),
        || "`areas` should start with the national area “US”".into(),
    );
    for (index, group) in catalog.minor_groups.iter().enumerate() {
        found.check(group.major < catalog.major_groups.len(), || {
            format!(
                "`minor_groups[{index}].major` {} is not a major group",
                group.major
            )
        });
    }
    for (index, entry) in catalog.occupations.iter().enumerate() {
        found.check(entry.minor_group < catalog.minor_groups.len(), || {
            format!(
                "`occupations[{index}].minor_group` {} is not a minor group",
                entry.minor_group
            )
        });
    }
    let mut slugs: Vec<&str> =
        Vec::with_capacity(catalog.occupations.len() + catalog.curated.len());
    let all = catalog
        .occupations
        .iter()
        .map(|o| o.slug.as_str())
        .chain(catalog.curated.iter().map(|c| c.slug.as_str()));
    for slug in all {
        found.role_slug("slug", slug);
        found.check(!slugs.contains(&slug), || {
            format!("the slug “{slug}” is used twice")
        });
        slugs.push(slug);
    }
    for role in &catalog.curated {
        if let Some(occupation) = &role.occupation {
            found.check(catalog.occupation(occupation).is_some(), || {
                format!(
                    "the curated role “{}” names the unknown occupation “{occupation}”",
                    role.slug
                )
            });
        }
    }
    found.into_result(file, catalog)
}

/// Checks the index: valid slugs, consistent titles, and an editorial order in which
/// every article appears exactly once.
pub fn validate_index(file: &str, index: ArticleIndex) -> Result<ArticleIndex, DataError> {
    let mut found = Findings::default();
    found.check(!index.articles.is_empty(), || "`articles` is empty".into());
    let mut seen: Vec<String> = Vec::with_capacity(index.articles.len());
    for (position, entry) in index.articles.iter().enumerate() {
        let at = format!("articles[{position}]");
        found.role_slug(&format!("{at}.role_a"), &entry.role_a);
        found.role_slug(&format!("{at}.role_b"), &entry.role_b);
        found.check(entry.role_a != entry.role_b, || {
            format!("{at} compares “{}” with itself", entry.role_a)
        });
        let slug = entry.slug();
        found.check(!seen.contains(&slug), || {
            format!("{at} “{slug}” appears more than once in the order")
        });
        seen.push(slug);
        let expected = article_title(&entry.role_a_title, &entry.role_b_title);
        found.check(entry.title == expected, || {
            format!("{at}.title should be “{expected}”")
        });
        found.text(&format!("{at}.subtitle"), &entry.subtitle);
    }
    found.into_result(file, index)
}

/// Decodes and checks `articles.json`.
pub fn decode_index(file: &str, json: &str) -> Result<ArticleIndex, DataError> {
    validate_index(file, decode(file, json)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROLE: &str = r#"{
        "slug": "producer", "title": "Producer", "indefinite_article": "a",
        "summary": ["Makes shows happen."],
        "duties": ["Raise money"], "requirements": ["Experience"],
        "work_environment": ["Studios"], "skills": ["Negotiation"],
        "salary": {"annual_usd": 62193, "measure": "average", "source": "Indeed", "year": 2026},
        "occupation": "producers-and-directors"
    }"#;

    #[test]
    fn a_good_role_decodes() {
        let role = decode_role("/data/roles/producer.json", "producer", ROLE).unwrap();
        assert_eq!(role.with_article(), "a Producer");
        assert_eq!(role.salary.annual_usd, 62_193);
    }

    #[test]
    fn missing_field_names_the_file_and_field() {
        let json = ROLE.replace(r#""title": "Producer","#, "");
        let error = decode_role("/data/roles/producer.json", "producer", &json).unwrap_err();
        let message = error.to_string();
        assert!(message.starts_with("The data file “/data/roles/producer.json” could not be used: missing field `title`"), "{message}");
    }

    #[test]
    fn wrong_types_and_bad_json_are_reported() {
        let json = ROLE.replace("62193", "\"lots\"");
        let error = decode_role("f", "producer", &json).unwrap_err();
        assert_eq!(
            error.problem,
            Problem::Malformed(
                "invalid type: string \"lots\", expected u64 at `salary.annual_usd`".into()
            )
        );
        let error = decode_role("f", "producer", "{not json").unwrap_err();
        assert!(matches!(error.problem, Problem::Malformed(_)));
    }

    #[test]
    fn every_invalid_value_is_listed() {
        let json = ROLE
            .replace(r#""slug": "producer""#, r#""slug": "Producer-vs-x""#)
            .replace(r#""duties": ["Raise money"]"#, r#""duties": []"#)
            .replace("62193", "0")
            .replace("producers-and-directors", "Producers and Directors");
        let Problem::Invalid(list) = decode_role("f", "producer", &json).unwrap_err().problem
        else {
            panic!("expected validation problems");
        };
        let all = list.join("\n");
        for expected in [
            "not a valid slug",
            "contains “-vs-”",
            "the file is for “producer”",
            "`job-duties` has no entries",
            "`salary.annual_usd` is 0",
            "is not an occupation slug",
        ] {
            assert!(all.contains(expected), "missing {expected:?} in {all}");
        }
    }

    const ARTICLE: &str = r#"{
        "role_a": "producer", "role_b": "product-manager",
        "title": "Producer vs. Product Manager: What Are the Differences?",
        "subtitle": "Two kinds of making.", "intro": ["Both lead."],
        "sections": {"job_duties": ["x"], "job_requirements": ["x"],
                     "work_environment": ["x"], "skills": ["x"], "salary": ["x"]}
    }"#;

    #[test]
    fn misspelt_fields_are_refused() {
        let json = ROLE.replace(r#""occupation""#, r#""ocupation""#);
        let message = decode_role("f", "producer", &json).unwrap_err().to_string();
        assert!(
            message.contains("unknown field `ocupation`, expected one of"),
            "{message}"
        );
    }

    #[test]
    fn overlong_texts_are_refused_with_their_length() {
        let json = ROLE.replace("Makes shows happen.", &"x".repeat(10 * 1024 * 1024));
        let message = decode_role("f", "producer", &json).unwrap_err().to_string();
        assert!(
            message.contains("`summary[0]` is 10485760 characters long; the most allowed is 3000"),
            "{message}"
        );
    }

    const OCCUPATION: &str = r#"{"slug":"actors","title":"Actors","code":"27-2011.00",
        "description":"Play parts.","major_group":"Arts","minor_group":"Entertainers",
        "wage_basis":{"soc":"27-2011","title":"Actors","kind":"own"},
        "wages":{"US":[60000,"hourly","hourly","hourly","hourly","hourly","hourly",2583]}}"#;

    #[test]
    fn occupation_figures_must_be_typed_and_plausible() {
        assert!(decode_occupation("f", "actors", OCCUPATION).is_ok());
        let zero = OCCUPATION.replace("60000", "0");
        let message = decode_occupation("f", "actors", &zero)
            .unwrap_err()
            .to_string();
        assert!(
            message.contains(
                "invalid value: integer `0`, expected a whole number above 0 or a wage code"
            ),
            "{message}"
        );
        assert!(message.contains("at `wages.US[0]`"), "{message}");
        let negative = OCCUPATION.replace("2583", "-2583");
        let message = decode_occupation("f", "actors", &negative)
            .unwrap_err()
            .to_string();
        assert!(
            message.contains("integer `-2583`") && message.contains("`wages.US[7]`"),
            "{message}"
        );
        let absurd =
            OCCUPATION.replace(r#"60000,"hourly","hourly""#, r#"60000,"hourly",999999999"#);
        let message = decode_occupation("f", "actors", &absurd)
            .unwrap_err()
            .to_string();
        assert!(
            message.contains("`wages.US[2]` is more than $10,000,000 a year"),
            "{message}"
        );
        let nan = OCCUPATION.replace("2583", r#""NaN""#);
        let message = decode_occupation("f", "actors", &nan)
            .unwrap_err()
            .to_string();
        assert!(message.contains("unknown variant `NaN`"), "{message}");
    }

    #[test]
    fn article_must_be_the_one_asked_for_and_complete() {
        let pair = PairSlug::new("producer", "product-manager");
        assert!(decode_article("f", &pair, ARTICLE).is_ok());
        let other = PairSlug::new("a", "b");
        let error = decode_article("f", &other, ARTICLE).unwrap_err();
        assert!(error.to_string().contains("not “a-vs-b”"));
        let json = ARTICLE.replace(r#""skills": ["x"]"#, r#""skills": [" "]"#);
        let error = decode_article("f", &pair, &json).unwrap_err();
        assert!(error
            .to_string()
            .contains("`sections.skills` entry 1 is empty"));
    }

    #[test]
    fn index_rejects_repeats_and_wrong_titles() {
        let entry = r#"{"role_a": "a", "role_a_title": "A", "role_b": "b", "role_b_title": "B",
                        "title": "A vs. B: What Are the Differences?", "subtitle": "s"}"#;
        let ok = format!(r#"{{"articles": [{entry}]}}"#);
        assert!(decode_index("f", &ok).is_ok());
        let repeated = format!(r#"{{"articles": [{entry}, {entry}]}}"#);
        let error = decode_index("f", &repeated).unwrap_err().to_string();
        assert!(error.contains("appears more than once"), "{error}");
        let retitled = ok.replace("A vs. B:", "A versus B:");
        assert!(decode_index("f", &retitled).is_err());
        assert!(decode_index("f", r#"{"articles": []}"#).is_err());
    }
}
