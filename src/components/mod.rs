//! Reusable behaviours of pages: actions, the arrow keys, the document's metadata, the
//! comboboxes (compare picker, area box), and showing a page in `<main>`.

pub mod actions;
pub mod arrow_keys;
pub mod comboboxes;
pub mod page_meta;
pub mod page_view;
