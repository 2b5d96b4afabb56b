//! Reading data files: JSON decoding plus the checks a type alone cannot express, with errors a
//! reader understands ("The data file “/data/roles/producer.json” could not be used:
//! missing field `title` at line 3 column 1").

use crate::format::IndefiniteArticle;
use crate::json::{self, FieldResult, Fields};
use crate::model::{
    article_title, Article, ArticleIndex, ArticleSummary, Role, Salary, SalaryMeasure, SectionTexts,
};
use crate::occupation::{
    read_catalog, read_occupation, read_official_figures, Catalog, Occupation, OfficialFigure,
    NATIONAL,
};
use crate::sections::Section;
use crate::slug::{is_valid_slug, slugify, PairSlug, PAIR_SEPARATOR};

/// What is wrong with a data file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    #[error("{0}")]
    Malformed(String),
    #[error("{}", .0.join("; "))]
    Invalid(Vec<String>),
    #[error("it names the role “{0}”, which has no data file")]
    UnknownRole(String),
}

/// A data file that could not be used, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("The data file “{file}” could not be used: {problem}.")]
pub struct DataError {
    pub file: String,
    pub problem: Problem,
}

impl DataError {
    pub fn new(file: &str, problem: Problem) -> Self {
        Self {
            file: file.to_owned(),
            problem,
        }
    }
}

/// Collects every problem of a file so that one read reports them all.
#[derive(Default)]
struct Findings(Vec<String>);

impl Findings {
    fn check(&mut self, ok: bool, message: impl FnOnce() -> String) {
        if !ok {
            self.0.push(message());
        }
    }

    fn text(&mut self, field: &str, value: &str) {
        self.check(!value.trim().is_empty(), || format!("`{field}` is empty"));
    }

    fn paragraphs(&mut self, field: &str, values: &[String]) {
        self.check(!values.is_empty(), || format!("`{field}` has no entries"));
        for (index, value) in values.iter().enumerate() {
            self.check(!value.trim().is_empty(), || {
                format!("`{field}` entry {} is empty", index + 1)
            });
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

    fn into_result<T>(self, file: &str, value: T) -> Result<T, DataError> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(DataError::new(file, Problem::Invalid(self.0)))
        }
    }
}

/// Parses `json` and reads it with `read`, reporting the first problem against `file`.
fn decode<T>(
    file: &str,
    json: &str,
    read: impl FnOnce(&Fields) -> FieldResult<T>,
) -> Result<T, DataError> {
    let malformed = |message: String| DataError::new(file, Problem::Malformed(message));
    let value = json::parse(json).map_err(|error| malformed(error.to_string()))?;
    Fields::root(&value)
        .and_then(|fields| read(&fields))
        .map_err(malformed)
}

fn read_salary(fields: &Fields) -> FieldResult<Salary> {
    let measure = match fields.string("measure")?.as_str() {
        "average" => SalaryMeasure::Average,
        "median" => SalaryMeasure::Median,
        other => {
            return Err(format!(
                "`salary.measure` should be “average” or “median”, not “{other}”"
            ))
        }
    };
    let year = fields.whole_number("year")?;
    Ok(Salary {
        annual_usd: fields.whole_number("annual_usd")?,
        measure,
        source: fields.string("source")?,
        year: u16::try_from(year)
            .map_err(|_| format!("`salary.year` {year} is not a plausible year"))?,
    })
}

fn read_role(fields: &Fields) -> FieldResult<Role> {
    let indefinite_article = match fields.string("indefinite_article")?.as_str() {
        "a" => IndefiniteArticle::A,
        "an" => IndefiniteArticle::An,
        other => {
            return Err(format!(
                "`indefinite_article` should be “a” or “an”, not “{other}”"
            ))
        }
    };
    Ok(Role {
        slug: fields.string("slug")?,
        title: fields.string("title")?,
        indefinite_article,
        summary: fields.strings("summary")?,
        duties: fields.strings("duties")?,
        requirements: fields.strings("requirements")?,
        work_environment: fields.strings("work_environment")?,
        skills: fields.strings("skills")?,
        salary: read_salary(&fields.object("salary")?)?,
        occupation: fields.optional_string("occupation")?,
    })
}

fn read_article(fields: &Fields) -> FieldResult<Article> {
    let sections = fields.object("sections")?;
    Ok(Article {
        role_a: fields.string("role_a")?,
        role_b: fields.string("role_b")?,
        title: fields.string("title")?,
        subtitle: fields.string("subtitle")?,
        intro: fields.strings("intro")?,
        sections: SectionTexts {
            job_duties: sections.strings("job_duties")?,
            job_requirements: sections.strings("job_requirements")?,
            work_environment: sections.strings("work_environment")?,
            skills: sections.strings("skills")?,
            salary: sections.strings("salary")?,
        },
    })
}

fn read_index(fields: &Fields) -> FieldResult<ArticleIndex> {
    let articles = fields
        .objects("articles")?
        .iter()
        .map(|entry| {
            Ok(ArticleSummary {
                role_a: entry.string("role_a")?,
                role_a_title: entry.string("role_a_title")?,
                role_b: entry.string("role_b")?,
                role_b_title: entry.string("role_b_title")?,
                title: entry.string("title")?,
                subtitle: entry.string("subtitle")?,
            })
        })
        .collect::<FieldResult<_>>()?;
    Ok(ArticleIndex { articles })
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
    validate_role(file, expected_slug, decode(file, json, read_role)?)
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
    validate_article(file, expected, decode(file, json, read_article)?)
}

/// Decodes and checks `occupations/<slug>.json`.
pub fn decode_occupation(
    file: &str,
    expected_slug: &str,
    json: &str,
) -> Result<Occupation, DataError> {
    let occupation = decode(file, json, read_occupation)?;
    let mut found = Findings::default();
    found.role_slug("slug", &occupation.slug);
    found.check(occupation.slug == expected_slug, || {
        format!(
            "`slug` is “{}” but the file is for “{expected_slug}”",
            occupation.slug
        )
    });
    found.text("title", &occupation.title);
    found.text("description", &occupation.description);
    found.into_result(file, occupation)
}

/// Decodes `official-figures.json`: the national figures of the curated roles' closest
/// occupations, keyed by occupation slug.
pub fn decode_official_figures(file: &str, json: &str) -> Result<Vec<OfficialFigure>, DataError> {
    decode(file, json, read_official_figures)
}

/// Decodes and checks `occupations.json`: slugs valid and unique, curated roles pointing at
/// occupations that exist.
pub fn decode_catalog(file: &str, json: &str) -> Result<Catalog, DataError> {
    let catalog = decode(file, json, read_catalog)?;
    let mut found = Findings::default();
    found.check(!catalog.occupations.is_empty(), || {
        "`occupations` is empty".into()
    });
    found.check(
        catalog.areas.first().is_some_and(|a| a.code == NATIONAL),
        || "`areas` should start with the national area “US”".into(),
    );
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
    validate_index(file, decode(file, json, read_index)?)
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
            Problem::Malformed("`salary.annual_usd` should be a whole number, not text".into())
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
