//! Reusable views. Each arranges what the core computed; none fetches data.

pub mod article_list;
pub mod article_skeleton;
pub mod comparison_article;
pub mod error_panel;
pub mod neighbour_nav;
pub mod page_meta;
pub mod site_footer;
pub mod site_header;
pub mod suggestion_list;
