//! Reusable behaviours of pages: actions, the arrow keys, the document's metadata, the
//! picker, and showing a page in `<main>`.

pub mod actions;
pub mod arrow_keys;
pub mod page_meta;
pub mod page_view;
pub mod role_picker;
