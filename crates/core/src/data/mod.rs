//! The data files: their serde types, decoding with errors that name the file and the field,
//! the checks types cannot express, and where each file lives.

pub mod areas;
pub mod articles;
pub mod checks;
pub mod decode;
pub mod files;
pub mod indefinite_article;
pub mod industries;
pub mod map;
pub mod occupations;
pub mod slug_index;
