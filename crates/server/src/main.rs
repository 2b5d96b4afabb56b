//! `role-compare-server --dist dist --listen 127.0.0.1:8080`: serves the built site until SIGTERM or Ctrl-C.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use role_compare_server::{app, serve, shutdown_signal, AppConfig};

const USAGE: &str = "usage: role-compare-server [--dist DIR] [--listen ADDR]
  --dist DIR      the built site (default: dist)
  --listen ADDR   the one address to bind (default: 127.0.0.1:8080)";

/// Two flags: a hand parser keeps clap and its derive macros out of the build.
#[derive(Debug, PartialEq)]
struct Flags {
    dist: PathBuf,
    listen: SocketAddr,
}

fn parse(args: impl IntoIterator<Item = String>) -> Result<Flags, String> {
    let mut flags = Flags {
        dist: PathBuf::from("dist"),
        listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
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
    let router = match app(AppConfig::new(&flags.dist)) {
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
    eprintln!(
        "role-compare-server: serving {} on http://{}",
        flags.dist.display(),
        flags.listen
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
                listen: "127.0.0.1:8080".parse().unwrap()
            }
        );
        let flags = parse(args(&["--dist", "site", "--listen=[::1]:9000"])).unwrap();
        assert_eq!(flags.dist, PathBuf::from("site"));
        assert_eq!(flags.listen, "[::1]:9000".parse().unwrap());
        assert!(parse(args(&["--listen", "localhost"])).is_err());
        assert!(parse(args(&["--dist"])).is_err());
        assert!(parse(args(&["--port", "1"])).is_err());
    }
}
