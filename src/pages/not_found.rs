//! Any address the app does not know: says what was not found and offers the closest
//! comparisons (by title similarity) and the index instead.

use std::rc::Rc;

use leptos::prelude::*;
use role_compare_core::pages::not_found::{asked_for, not_found_page};

use crate::adopt::rendered_here;
use crate::article_index::use_article_index;
use crate::components::page_view::{bring_to_life, render};
use crate::router::use_location;

pub fn show() {
    if rendered_here() {
        bring_to_life(Rc::new(|_: &str| {}), false);
        return;
    }
    let location = use_location();
    let shared = use_article_index();
    Effect::new(move |_| {
        let path = location.read().path.clone();
        // Shown at once, then again with suggestions when the index arrives.
        let suggestions = shared.closest_to(&asked_for(&path));
        let suggestions: Vec<_> = suggestions.iter().collect();
        render(&not_found_page(&path, &suggestions));
        bring_to_life(Rc::new(|_: &str| {}), false);
    });
}
