// Talc instead of the standard library's dlmalloc: 1.5 KiB less wasm, and no slower in the
// picker or on Next (README, "Size: measured choices").
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    // Development builds log panics with their message and place. Release builds leave the
    // hook out (it costs 1 KiB of the first-load budget); there a crash is caught by
    // scripts/crash-notice.js, which tells the reader in the page.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    role_compare::start();
}
