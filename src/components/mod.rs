//! Reusable views. Each arranges what the core computed; none fetches data.

pub mod arrow_keys;
pub mod generated_comparison;
pub mod markup_view;
pub mod page_meta;
pub mod role_picker;
