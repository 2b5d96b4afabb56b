//! Whole pages as readers see them, content and metadata, made from loaded data: one
//! definition for the app, the prerender and the server, so a page looks the same however
//! it was served.

pub mod compare;
pub mod home;
pub mod not_found;

use crate::markup::tree::Node;

/// Whether an address has the page asked for, or only an answer saying it does not exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Found,
    NotFound,
}

/// A whole page: what goes inside `<main>` and what the document says about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The page's own title ("Producer vs. Product Manager: What Are the Differences?");
    /// documents add the site's name.
    pub title: String,
    /// The meta and link-preview description.
    pub description: String,
    /// The canonical address (path and query), when the page has one.
    pub canonical: Option<String>,
    /// The Open Graph type: `article` for comparisons, `website` otherwise.
    pub og_type: &'static str,
    pub status: Status,
    /// Everything inside `<main>`.
    pub content: Node,
}
