//! One module per page. Each shows its page in `<main>` (or adopts the one served there)
//! and keeps it in step with the URL; [`follow_route`] picks the page for the route.

pub mod compare;
pub mod home;
pub mod not_found;

use leptos::prelude::*;
use role_compare_core::navigation::routes::Route;

use crate::router::use_route;

/// Which page the current route shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PageKind {
    Home,
    Compare,
    NotFound,
}

/// Shows the page of the current route, and another when the route changes. Only the kind
/// of route picks the page, so moving between comparisons keeps the compare page (and its
/// current content) on screen while the next one loads.
pub fn follow_route() {
    let route = use_route();
    let kind = Memo::new(move |_| match route.get() {
        Route::Home => PageKind::Home,
        // An embed is the same page; public/embed.css shows it without the site around it.
        Route::Compare(_) | Route::Embed(_) => PageKind::Compare,
        Route::NotFound => PageKind::NotFound,
    });
    // Each run's effects and listeners belong to this effect and go when it runs again.
    Effect::new(move |_| match kind.get() {
        PageKind::Home => home::show(),
        PageKind::Compare => compare::show(),
        PageKind::NotFound => not_found::show(),
    });
}
