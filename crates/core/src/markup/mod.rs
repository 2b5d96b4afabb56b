//! Pages as markup trees: one tree per page part, written as DOM by the app and as HTML by
//! the prerender and the server, so every way of serving a page shows the same thing.

pub mod article;
pub mod embed;
pub mod figures_table;
pub mod generated;
pub mod industries;
pub mod page;
pub mod tree;
pub mod us_map;
pub mod writer;
