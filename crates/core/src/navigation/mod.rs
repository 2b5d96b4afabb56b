//! Addresses and ways through the site: routes and URL state, slugs, sections and their
//! anchors, neighbours in the editorial and catalogue orders, search and the picker.

pub mod catalog_nav;
pub mod neighbours;
pub mod picker;
pub mod routes;
pub mod search;
pub mod sections;
pub mod slug;
