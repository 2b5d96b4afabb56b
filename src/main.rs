use role_compare::App;

fn main() {
    // Development builds log panics with their message and place. Release builds leave the
    // hook out (it costs 1 KiB of the first-load budget); there a crash is caught by
    // public/crash-notice.js, which tells the reader in the page.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
