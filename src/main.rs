fn main() {
    // Development builds log panics with their message and place. Release builds leave the
    // hook out (it costs 1 KiB of the first-load budget); there a crash is caught by
    // scripts/crash-notice.js, which tells the reader in the page.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    role_compare::start();
}
