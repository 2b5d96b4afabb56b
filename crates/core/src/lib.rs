//! The pure core of Role Compare.
//!
//! Everything here is plain Rust with no web or framework types, so the app, the native
//! tools and the tests share one definition of the data, its validation, slugs, routes,
//! sections, neighbour order, search and number formatting. Views only arrange what this
//! crate computes. One folder per concern:
//!
//! - [`data`]: the JSON files as serde types, decoding and checks;
//! - [`wages`]: published figures, money formatting, salary differences;
//! - [`compare`]: curated and generated comparisons;
//! - [`markup`]: pages as markup trees, written as DOM by the app and as HTML by tools;
//! - [`navigation`]: routes, slugs, sections, neighbours, search and the picker;
//! - [`pages`]: whole pages with their metadata, made from the above.

pub mod compare;
pub mod data;
pub mod markup;
pub mod navigation;
pub mod pages;
pub mod wages;

pub use compare::curated::Comparison;
pub use data::articles::{
    Article, ArticleIndex, ArticleSummary, Role, Salary, SalaryMeasure, SectionTexts,
};
pub use data::decode::{DataError, Problem};
pub use data::indefinite_article::IndefiniteArticle;
pub use navigation::neighbours::Neighbours;
pub use navigation::sections::Section;
pub use navigation::slug::{parse_pair, slugify, PairError, PairSlug};
pub use wages::money::{format_percent, format_usd};
pub use wages::salary::SalaryComparison;
