//! Reusable views. Each arranges what the core computed; none fetches data.

pub mod comparison_article;
pub mod error_panel;
pub mod generated_comparison;
pub mod markup_view;
pub mod neighbour_nav;
pub mod page_meta;
pub mod role_picker;
