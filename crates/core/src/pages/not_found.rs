//! The answer for an address that is no page of ours.

use crate::data::articles::ArticleSummary;
use crate::markup::page::not_found;
use crate::pages::{Page, Status};

/// Says what was not found and offers the closest comparisons (by title similarity) and the
/// index instead.
pub fn not_found_page(path: &str, suggestions: &[&ArticleSummary]) -> Page {
    let message = format!("There is no page at “{path}”.");
    Page {
        title: "Page not found".into(),
        content: not_found("Page not found", &message, suggestions),
        description: message,
        canonical: None,
        og_type: "website",
        status: Status::NotFound,
    }
}

/// The words of an unknown address, to find the closest comparisons with.
pub fn asked_for(path: &str) -> String {
    path.replace(['/', '-', '_'], " ")
}
