//! A curated comparison page: the article and its two roles, checked to belong together.

use crate::data::articles::{article_title, Article, Role};
use crate::data::decode::{DataError, Problem};
use crate::navigation::sections::{contents, ContentsEntry};
use crate::wages::money::format_usd;
use crate::wages::salary::SalaryComparison;

/// Everything a curated comparison page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub article: Article,
    pub role_a: Role,
    pub role_b: Role,
}

impl Comparison {
    /// Joins an article with the roles it names; `article_file` is named in errors.
    pub fn assemble(
        article_file: &str,
        article: Article,
        role_a: Role,
        role_b: Role,
    ) -> Result<Self, DataError> {
        let mut problems = Vec::new();
        if role_a.slug != article.role_a || role_b.slug != article.role_b {
            problems.push(format!(
                "its roles “{}” and “{}” do not match the role files “{}” and “{}”",
                article.role_a, article.role_b, role_a.slug, role_b.slug
            ));
        }
        let expected = article_title(&role_a.title, &role_b.title);
        if article.title != expected {
            problems.push(format!("`title` should be “{expected}”"));
        }
        if problems.is_empty() {
            Ok(Self {
                article,
                role_a,
                role_b,
            })
        } else {
            Err(DataError::new(article_file, Problem::Invalid(problems)))
        }
    }

    /// "Producer vs. Product Manager".
    pub fn short_title(&self) -> String {
        format!("{} vs. {}", self.role_a.title, self.role_b.title)
    }

    /// The page's contents, with "Where the Jobs Are" when it shows official figures.
    pub fn contents(&self, with_official: bool) -> Vec<ContentsEntry> {
        let mut entries = contents(
            (&self.role_a.slug, &self.role_a.with_article()),
            (&self.role_b.slug, &self.role_b.with_article()),
            &self.short_title(),
        );
        if with_official {
            entries.push(ContentsEntry {
                id: crate::markup::us_map::WHERE_THE_JOBS_ARE_ID.to_owned(),
                label: "Where the Jobs Are".to_owned(),
                depth: 1,
            });
        }
        entries
    }

    pub fn salary(&self) -> SalaryComparison {
        SalaryComparison::new(self.role_a.salary.annual_usd, self.role_b.salary.annual_usd)
    }

    /// Whether the two figures measure the same thing, so their difference means something.
    pub fn salaries_comparable(&self) -> bool {
        self.role_a.salary.measure == self.role_b.salary.measure
    }

    /// The sentence under the chart, stating the difference when it is meaningful.
    pub fn salary_sentence(&self) -> String {
        if self.salaries_comparable() {
            self.salary().sentence(
                &self.role_a.with_article(),
                &self.role_b.with_article(),
                self.role_a.salary.measure.as_str(),
            )
        } else {
            "The two figures measure different things (an average and a median), so their difference is only a rough guide.".into()
        }
    }

    /// The text alternative of the salary chart.
    pub fn salary_chart_description(&self) -> String {
        format!(
            "Bar chart of annual salary: {} {}, {} {}.",
            self.role_a.title,
            format_usd(self.role_a.salary.annual_usd),
            self.role_b.title,
            format_usd(self.role_b.salary.annual_usd),
        )
    }

    /// The slugs of the roles' closest official occupations, when they name one.
    pub fn official_slugs(&self) -> [Option<&str>; 2] {
        [&self.role_a, &self.role_b].map(|role| role.occupation.as_deref())
    }

    /// The page's meta description.
    pub fn description(&self) -> String {
        self.article.subtitle.clone()
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::data::articles::{Salary, SalaryMeasure, SectionTexts};
    use crate::data::indefinite_article::IndefiniteArticle;

    fn role(slug: &str, title: &str, usd: u64) -> Role {
        let one = || vec!["x".to_string()];
        Role {
            slug: slug.into(),
            title: title.into(),
            indefinite_article: IndefiniteArticle::A,
            summary: one(),
            duties: one(),
            requirements: one(),
            work_environment: one(),
            skills: one(),
            salary: Salary {
                annual_usd: usd,
                measure: SalaryMeasure::Average,
                source: "s".into(),
                year: 2026,
            },
            occupation: None,
        }
    }

    fn article(title: &str) -> Article {
        let one = || vec!["x".to_string()];
        Article {
            role_a: "producer".into(),
            role_b: "product-manager".into(),
            title: title.into(),
            subtitle: "sub".into(),
            intro: one(),
            sections: SectionTexts {
                job_duties: one(),
                job_requirements: one(),
                work_environment: one(),
                skills: one(),
                salary: one(),
            },
        }
    }

    /// A small but complete comparison for tests across the crate.
    pub(crate) fn producer_vs_product_manager() -> Comparison {
        Comparison::assemble(
            "f",
            article("Producer vs. Product Manager: What Are the Differences?"),
            role("producer", "Producer", 62_193),
            role("product-manager", "Product Manager", 98_439),
        )
        .unwrap()
    }

    #[test]
    fn assembles_and_describes_salaries() {
        let c = producer_vs_product_manager();
        assert_eq!(c.short_title(), "Producer vs. Product Manager");
        assert_eq!(c.salary().difference(), 36_246);
        assert_eq!(
            c.salary_chart_description(),
            "Bar chart of annual salary: Producer $62,193, Product Manager $98,439."
        );
        assert_eq!(c.contents(false).len(), 8);
        assert_eq!(c.contents(true).len(), 9);
    }

    #[test]
    fn mismatched_roles_or_title_are_errors() {
        let error = Comparison::assemble(
            "/data/articles/producer-vs-product-manager.json",
            article("Wrong"),
            role("producer", "Producer", 1),
            role("lawyer", "Lawyer", 2),
        )
        .unwrap_err()
        .to_string();
        assert!(error.contains("do not match the role files"), "{error}");
        assert!(error.contains("`title` should be"), "{error}");
    }
}
