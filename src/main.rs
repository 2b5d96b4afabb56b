use role_compare::App;
use wasm_bindgen::JsCast;

fn main() {
    // Development builds log panics with their message and place. Release builds leave the
    // hook out (it costs 1 KiB of the first-load budget); there a crash is caught by
    // scripts/crash-notice.js, which tells the reader in the page.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    let document = leptos::prelude::document();
    // index.html has `<div id="app">`; the body serves if a host page lost it.
    let root = document
        .get_element_by_id("app")
        .and_then(|app| app.dyn_into::<web_sys::HtmlElement>().ok())
        .or_else(|| document.body());
    if let Some(root) = root {
        leptos::mount::mount_to(root, App).forget();
    }
}
