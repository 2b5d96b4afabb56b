//! Work that can wait until the browser is idle: after the page is on screen and between
//! the reader's inputs.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Runs `work` once the browser is idle, and within a second even on a page that is never
/// quite idle (a slow phone, a busy tab); on a timer where there is no
/// `requestIdleCallback` (Safari).
pub fn when_idle(work: impl FnOnce() + 'static) {
    let idle = Closure::once_into_js(work);
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(1000);
    let window = leptos::prelude::window();
    if window
        .request_idle_callback_with_options(idle.unchecked_ref(), &options)
        .is_err()
    {
        let _ = window.set_timeout_with_callback(idle.unchecked_ref());
    }
}

/// Runs `work` once the browser has painted the frame it is preparing: a timer set in the
/// next animation frame fires after that frame is drawn.
pub fn after_next_paint(work: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::set_timeout(work, std::time::Duration::ZERO);
    });
}
