//! Work that can wait until the browser is idle: after the page is on screen and between
//! the reader's inputs.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

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

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The browser's own `setTimeout`, as a function value.
    #[wasm_bindgen(thread_local_v2, js_name = setTimeout)]
    static SET_TIMEOUT: js_sys::Function;
}

/// Runs `work` once the browser has painted the frame it is preparing: a timer set in the
/// next animation frame fires after that frame is drawn. The frame's callback is the
/// browser's `setTimeout` bound to `work`, so no wasm runs in the frame it waits for (a
/// closure of ours there cost that frame 5.8 ms at ×4 CPU, 2.7 ms of it compiling itself).
pub fn after_next_paint(work: impl FnOnce() + 'static) {
    let work = Closure::once_into_js(work);
    let timer = SET_TIMEOUT.with(|set_timeout| set_timeout.bind2(&JsValue::NULL, &work, &0.into()));
    let _ = leptos::prelude::window().request_animation_frame(timer.unchecked_ref());
}
