//! `cargo run -p role-compare-render --example page -- <path> [query]`: prints one page,
//! rendered from public/data with a stand-in shell, to look at.
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| "/".into());
    let query = args.next();
    let shell = "<!doctype html><html><head><title>x</title><script type=module>boot()</script><link crossorigin href=/app-1.js rel=modulepreload><link as=fetch crossorigin href=/app-1_bg.wasm rel=preload type=application/wasm></head><body><main id=main></main></body></html>";
    let site = role_compare_render::Site::load(
        &role_compare_render::data_dir(),
        shell.into(),
        role_compare_render::DEFAULT_SITE_URL,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    match site.render(&path, query.as_deref()) {
        Some(page) => {
            eprintln!("status {}", page.status);
            if let Some(location) = &page.location {
                eprintln!("location {location}");
            }
            println!("{}", page.html);
        }
        None => eprintln!("{path} is not a page route"),
    }
}
