//! Comparisons: a curated article joined to its roles, and a comparison generated from two
//! occupations' official figures, with the sentences their figures make.

pub mod curated;
pub mod generated;
pub mod place;
pub mod resolve;
