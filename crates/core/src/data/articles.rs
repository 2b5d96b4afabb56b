//! The hand-written data: curated roles, articles and their editorial order, as stored in
//! `public/data` (see `docs/data-format.md`).
//!
//! People write these files, so an unknown field is refused: a misspelt optional field
//! (`"ocupation"`) would otherwise vanish without a word.

use serde::{Deserialize, Serialize};

use crate::data::indefinite_article::IndefiniteArticle;
use crate::navigation::sections::Section;
use crate::navigation::slug::PairSlug;

/// Whether a salary figure is an average (mean) or a median.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SalaryMeasure {
    Average,
    Median,
}

impl SalaryMeasure {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Average => "average",
            Self::Median => "median",
        }
    }
}

/// A curated role's headline salary figure and where it comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Salary {
    pub annual_usd: u64,
    pub measure: SalaryMeasure,
    pub source: String,
    pub year: u16,
}

/// A curated role, written by us: `roles/<slug>.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub slug: String,
    pub title: String,
    pub indefinite_article: IndefiniteArticle,
    /// The "What is a …?" paragraphs.
    pub summary: Vec<String>,
    pub duties: Vec<String>,
    pub requirements: Vec<String>,
    pub work_environment: Vec<String>,
    pub skills: Vec<String>,
    pub salary: Salary,
    /// The slug of the closest official occupation, e.g. `producers-and-directors`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occupation: Option<String>,
}

impl Role {
    /// "a Producer", "an Accountant".
    pub fn with_article(&self) -> String {
        format!("{} {}", self.indefinite_article.as_str(), self.title)
    }

    /// The role's own points for a comparison section (none for Salary, which has figures).
    pub fn points(&self, section: Section) -> &[String] {
        match section {
            Section::JobDuties => &self.duties,
            Section::JobRequirements => &self.requirements,
            Section::WorkEnvironment => &self.work_environment,
            Section::Skills => &self.skills,
            Section::Salary => &[],
        }
    }
}

/// One comparative text per section of an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionTexts {
    pub job_duties: Vec<String>,
    pub job_requirements: Vec<String>,
    pub work_environment: Vec<String>,
    pub skills: Vec<String>,
    pub salary: Vec<String>,
}

impl SectionTexts {
    pub fn get(&self, section: Section) -> &[String] {
        match section {
            Section::JobDuties => &self.job_duties,
            Section::JobRequirements => &self.job_requirements,
            Section::WorkEnvironment => &self.work_environment,
            Section::Skills => &self.skills,
            Section::Salary => &self.salary,
        }
    }
}

/// A curated comparison article: `articles/<role_a>-vs-<role_b>.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub role_a: String,
    pub role_b: String,
    pub title: String,
    pub subtitle: String,
    pub intro: Vec<String>,
    pub sections: SectionTexts,
}

impl Article {
    pub fn pair(&self) -> PairSlug {
        PairSlug::new(self.role_a.clone(), self.role_b.clone())
    }
}

/// The title every comparison article carries: "Producer vs. Product Manager: What Are
/// the Differences?".
pub fn article_title(title_a: &str, title_b: &str) -> String {
    format!("{title_a} vs. {title_b}: What Are the Differences?")
}

/// One entry of the index: enough to list, search and link an article without fetching it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleSummary {
    pub role_a: String,
    pub role_a_title: String,
    pub role_b: String,
    pub role_b_title: String,
    pub title: String,
    pub subtitle: String,
}

impl ArticleSummary {
    pub fn pair(&self) -> PairSlug {
        PairSlug::new(self.role_a.clone(), self.role_b.clone())
    }

    pub fn slug(&self) -> String {
        self.pair().to_string()
    }

    /// "Producer vs. Product Manager": the short name used in navigation.
    pub fn short_title(&self) -> String {
        format!("{} vs. {}", self.role_a_title, self.role_b_title)
    }
}

/// `articles.json`: every curated article, in editorial order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleIndex {
    pub articles: Vec<ArticleSummary>,
}

impl ArticleIndex {
    pub fn position(&self, pair: &PairSlug) -> Option<usize> {
        self.articles
            .iter()
            .position(|entry| entry.role_a == pair.a && entry.role_b == pair.b)
    }

    pub fn find(&self, pair: &PairSlug) -> Option<&ArticleSummary> {
        self.position(pair).map(|index| &self.articles[index])
    }

    /// The articles whose title or role names contain every word of the query (case- and
    /// accent-insensitive), in editorial order.
    pub fn matching(&self, query: &str) -> Vec<&ArticleSummary> {
        let wanted = crate::navigation::search::normalize(query);
        self.articles
            .iter()
            .filter(|entry| {
                let text = format!(
                    "{} {} {}",
                    entry.title, entry.role_a_title, entry.role_b_title
                );
                crate::navigation::search::matches_query(
                    &crate::navigation::search::normalize(&text),
                    &wanted,
                )
            })
            .collect()
    }
}
