//! `role-compare-server --dist dist --listen 127.0.0.1:8080`: loads the site's data once,
//! then renders every page on request and serves the built files until SIGTERM or Ctrl-C.
//! Build it with `cargo build --profile server -p role-compare-server` (opt-level 3, and
//! panics unwind so that a renderer bug fails one request, not the server).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

use role_compare_server::{app, load_site, serve, shutdown_signal, AppConfig};

/// Renders allocate many small strings on several threads at once, where glibc's malloc
/// spent 30% of the CPU of a page not yet cached (perf under load).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "usage: role-compare-server [--dist DIR] [--listen ADDR] [--site-url URL]
  --dist DIR        the built site (default: dist)
  --listen ADDR     the one address to bind (default: 127.0.0.1:8080)
  --site-url URL    the public origin for canonical and Open Graph addresses
                    (default: ROLE_COMPARE_SITE_URL, else https://rolecompare.example)";

/// Three flags: a hand parser keeps clap and its derive macros out of the build.
#[derive(Debug, PartialEq)]
struct Flags {
    dist: PathBuf,
    listen: SocketAddr,
    /// `None`: from the environment, as the prerender step takes it.
    site_url: Option<String>,
}

fn parse(args: impl IntoIterator<Item = String>) -> Result<Flags, String> {
    let mut flags = Flags {
        dist: PathBuf::from("dist"),
        listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
        site_url: None,
    };
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) => (name.to_owned(), Some(value.to_owned())),
            None => (arg, None),
        };
        let mut value = || {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match name.as_str() {
            "--dist" => flags.dist = PathBuf::from(value()?),
            "--listen" => {
                let text = value()?;
                flags.listen = text
                    .parse()
                    .map_err(|_| format!("--listen {text}: not an address like 127.0.0.1:8080"))?;
            }
            "--site-url" => flags.site_url = Some(value()?.trim_end_matches('/').to_owned()),
            "-h" | "--help" => return Err(USAGE.to_owned()),
            other => return Err(format!("unknown argument {other}\n{USAGE}")),
        }
    }
    Ok(flags)
}

#[tokio::main]
async fn main() -> ExitCode {
    let flags = match parse(std::env::args().skip(1)) {
        Ok(flags) => flags,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    let site_url = flags
        .site_url
        .clone()
        .unwrap_or_else(role_compare_render::site_url_from_env);
    let started = Instant::now();
    let site = match load_site(&flags.dist, &site_url) {
        Ok(site) => site,
        Err(error) => {
            eprintln!("role-compare-server: {error}");
            return ExitCode::FAILURE;
        }
    };
    eprintln!(
        "role-compare-server: data loaded in {} ms, pages for {site_url}",
        started.elapsed().as_millis()
    );
    let config = AppConfig::new(&flags.dist).with_renderer(Arc::new(site));
    let router = match app(config) {
        Ok(router) => router,
        Err(error) => {
            eprintln!("role-compare-server: {error}");
            return ExitCode::FAILURE;
        }
    };
    let listener = match tokio::net::TcpListener::bind(flags.listen).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!(
                "role-compare-server: cannot listen on {}: {error}",
                flags.listen
            );
            return ExitCode::FAILURE;
        }
    };
    // The bound address, so that `--listen 127.0.0.1:0` says which port it got.
    let bound = listener.local_addr().unwrap_or(flags.listen);
    eprintln!(
        "role-compare-server: serving {} on http://{bound}",
        flags.dist.display()
    );
    match serve(listener, router, shutdown_signal()).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("role-compare-server: {error}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|arg| (*arg).to_owned()).collect()
    }

    #[test]
    fn flags_have_defaults_and_both_spellings() {
        assert_eq!(
            parse(args(&[])).unwrap(),
            Flags {
                dist: PathBuf::from("dist"),
                listen: "127.0.0.1:8080".parse().unwrap(),
                site_url: None,
            }
        );
        let flags = parse(args(&["--dist", "site", "--listen=[::1]:9000"])).unwrap();
        assert_eq!(flags.dist, PathBuf::from("site"));
        assert_eq!(flags.listen, "[::1]:9000".parse().unwrap());
        assert_eq!(
            parse(args(&["--site-url=https://careers.example.org/"]))
                .unwrap()
                .site_url
                .as_deref(),
            Some("https://careers.example.org")
        );
        assert!(parse(args(&["--site-url"])).is_err());
        assert!(parse(args(&["--listen", "localhost"])).is_err());
        assert!(parse(args(&["--dist"])).is_err());
        assert!(parse(args(&["--port", "1"])).is_err());
    }
}
