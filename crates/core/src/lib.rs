//! The pure core of Role Compare.
//!
//! Everything here is plain Rust with no web or framework types, so the app, the native
//! tools and the tests share one definition of the data, its validation, slugs, routes,
//! sections, neighbour order, search and number formatting. Views only arrange what this
//! crate computes.

pub mod article_markup;
pub mod catalog_nav;
pub mod comparison;
pub mod embed;
pub mod format;
pub mod generated;
pub mod generated_markup;
pub mod json;
pub mod markup;
pub mod model;
pub mod neighbours;
pub mod occupation;
pub mod page_markup;
pub mod paths;
pub mod picker;
pub mod salary;
pub mod search;
pub mod sections;
pub mod slug;
pub mod validate;

pub use comparison::Comparison;
pub use format::{format_percent, format_usd, IndefiniteArticle};
pub use model::{Article, ArticleIndex, ArticleSummary, Role, Salary, SalaryMeasure, SectionTexts};
pub use neighbours::Neighbours;
pub use salary::SalaryComparison;
pub use sections::Section;
pub use slug::{parse_pair, slugify, PairError, PairSlug};
pub use validate::{DataError, Problem};
