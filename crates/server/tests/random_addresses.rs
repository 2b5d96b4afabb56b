//! 10,000 random and mutated requests against the real renderer on the real data: never a 5xx, the security headers on every answer, and the server still up afterwards. Deterministic from a seed (`ROLE_COMPARE_FUZZ_SEED` to choose another); the seed is printed.

mod common;

use std::collections::BTreeMap;
use std::time::Instant;

use common::http::{Answer, Connection, Exchange};
use common::real_site::*;
use common::*;
use percent_encoding::percent_decode;

const REQUESTS: usize = 10_000;
/// Kept-alive connections the well-formed requests share.
const CONNECTIONS: usize = 4;
const DEFAULT_SEED: u64 = 0x7e57_5eed_2025;
/// `AppConfig::max_uri_bytes`: addresses are made around it.
const URI_CAP: usize = 2048;

/// SplitMix64: enough randomness for inputs, and the same sequence for the same seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T: ?Sized>(&mut self, items: &[&'a T]) -> &'a T {
        items[self.below(items.len())]
    }
}

/// Addresses of the site; the home page is asked for apart (in one request in a hundred),
/// since with a query it is rendered every time, 240 KB in 60 ms in a debug build.
const PAGES: &[&str] = &[
    "/compare/producer-vs-product-manager",
    "/compare/paralegal-vs-lawyer",
    GENERATED,
    "/compare/actors-vs-actuaries",
    "/compare/accountants-and-auditors-vs-acute-care-nurses",
    "/compare/software-developers-vs-producers-and-directors/",
    "/embed/compare/producer-vs-product-manager",
    "/embed/compare/actors-vs-acupuncturists",
    "/data/articles.json",
    "/data/occupations/actors.json",
    "/data/areas/akron-oh.json",
    "/embed.js",
    "/app-start.js",
    "/role-compare-0123456789abcdef.js",
    "/healthz",
    "/sitemap.xml",
];

const KEYS: &[&str] = &[
    "area",
    "view",
    "map",
    "q",
    "theme",
    "accent",
    "sections",
    "pair",
    "utm_source",
    "",
];

const VALUES: &[&str] = &[
    "CA",
    "TX",
    "austin-tx",
    "austin",
    "Austin-Round+Rock-San+Marcos%2C+TX",
    "texas",
    "zzz",
    "national",
    "table",
    "chart",
    "pay",
    "jobs",
    "nurse",
    "dark",
    "light",
    "%23ff0000",
    "salary,duties",
    "",
    "caf%C3%A9",
    "%E2%80%8F",
    "%E2%80%AEevil",
    "%D9%85%D8%B1%D8%AD%D8%A8%D8%A7",
    "%F0%9F%A6%80",
    "%00",
    "%ff%fe",
    "%",
    "%G1",
    "%C0%AF",
    "+",
    "%3Cscript%3Ealert(1)%3C/script%3E",
    "..%2F..%2Fsecret.txt",
    "a=b=c",
];

/// Pieces of percent-encoding attacks.
const TRICKS: &[&str] = &[
    "..",
    ".",
    "%2e%2e",
    "%2E%2e",
    "%2e",
    "%2F",
    "%2f",
    "%5C",
    "%5c",
    "%00",
    "%0a",
    "%0D%0A",
    "%C0%AF",
    "%C0%AE%C0%AE",
    "%E0%80%AF",
    "%F0%80%80%AF",
    "%G1",
    "%",
    "%4",
    "%%",
    "%25",
    "%2525",
    "%41",
    "%C3%A9",
    "%E2%80%8F",
    "%EF%BB%BF",
    "%FF",
    "secret.txt",
    "compare",
    "embed",
    "data",
    "-vs-",
    "a-vs-b",
    "index.html",
    "404.html",
];

const PREFIXES: &[&str] = &[
    "/",
    "/compare/",
    "/embed/",
    "/embed/compare/",
    "/data/",
    "/data/occupations/",
];

/// Methods besides GET and HEAD, which are refused (405) or not parsed at all.
const OTHER_METHODS: &[&str] = &[
    "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "FOO",
];

/// Asked for by one request in twenty: compressing a page takes 50 ms in a debug build.
const ENCODINGS: &[&str] = &["br", "gzip", "br;q=0, gzip", "*;q=0", "zstd, br;q=0.1"];

/// Bytes the request line carries as they are: the rest are sent on a connection of their
/// own, since the parser may refuse them and close.
fn plain(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@/?%".contains(&byte)
}

#[derive(Debug)]
struct Request {
    kind: &'static str,
    method: &'static str,
    target: Vec<u8>,
    accept_encoding: &'static str,
    if_none_match: Option<String>,
    body: Vec<u8>,
}

impl Request {
    fn plain(&self) -> bool {
        self.target.iter().all(|&byte| plain(byte)) && !self.method.eq("CONNECT")
    }

    fn headers(&self) -> Vec<(&str, &str)> {
        let mut headers = Vec::new();
        if !self.accept_encoding.is_empty() {
            headers.push(("Accept-Encoding", self.accept_encoding));
        }
        if let Some(tag) = &self.if_none_match {
            headers.push(("If-None-Match", tag.as_str()));
        }
        headers
    }

    fn describe(&self) -> String {
        format!(
            "{} {}",
            self.method,
            String::from_utf8_lossy(&self.target[..self.target.len().min(160)])
        )
    }
}

fn mutate(rng: &mut Rng, address: &str) -> Vec<u8> {
    let mut bytes = address.as_bytes().to_vec();
    for _ in 0..rng.between(1, 3) {
        if bytes.len() < 3 {
            break;
        }
        let at = rng.between(1, bytes.len() - 1);
        match rng.below(6) {
            0 => {
                bytes.remove(at);
            }
            1 => bytes.insert(at, bytes[at]),
            2 if at + 1 < bytes.len() => bytes.swap(at, at + 1),
            3 => bytes[at] = b"abcdefghijklmnopqrstuvwxyz-0123456789/."[rng.below(39)],
            4 => bytes
                .splice(
                    at..at,
                    rng.pick(&["-vs-", "%20", "%C3%A9", "/", "..", "%2F"])
                        .as_bytes()
                        .iter()
                        .copied(),
                )
                .for_each(drop),
            _ => bytes[at] = bytes[at].to_ascii_uppercase(),
        }
    }
    bytes
}

fn query(rng: &mut Rng) -> String {
    let mut params = Vec::new();
    for _ in 0..rng.between(1, 5) {
        let key = rng.pick(KEYS);
        let value = if rng.chance(10) {
            let length = rng.between(1, 300);
            (0..length)
                .map(|_| (b'a' + rng.below(26) as u8) as char)
                .collect()
        } else {
            (rng.pick(VALUES)).to_owned()
        };
        let repeats = if rng.chance(15) { rng.between(2, 4) } else { 1 };
        for _ in 0..repeats {
            params.push(match rng.below(10) {
                0 => key.to_owned(),
                1 => format!("{key}="),
                _ => format!("{key}={value}"),
            });
        }
    }
    let mut query = params.join(if rng.chance(10) { "&&" } else { "&" });
    if rng.chance(5) {
        query.push('&');
    }
    query
}

fn random_bytes(rng: &mut Rng, encode: bool) -> Vec<u8> {
    let length = rng.between(1, 40);
    let mut out = Vec::new();
    for _ in 0..length {
        let byte = rng.below(256) as u8;
        if encode && !plain(byte) {
            out.extend_from_slice(format!("%{byte:02X}").as_bytes());
        } else {
            out.push(byte);
        }
    }
    out
}

/// Kinds of request, with their share of the whole in percent. The renderer's page for an
/// unknown pair (with the closest comparisons) takes 20–40 ms in a debug build, a random
/// query on a page a fresh render, and a refusal well under a millisecond: the kinds that
/// reach the renderer are kept to a third, so the run stays near 20 s.
const KINDS: &[(&str, usize)] = &[
    ("mutated address", 15),
    ("random query", 15),
    ("percent-encoding trick", 20),
    ("random bytes", 15),
    ("near the length caps", 10),
    ("other method", 15),
    ("HEAD, CONNECT, raw unicode", 10),
];

fn request(rng: &mut Rng) -> Request {
    let base = if rng.chance(1) {
        rng.pick(&["/", "/?q=nurse"])
    } else {
        rng.pick(PAGES)
    };
    let mut method = "GET";
    let mut body = Vec::new();
    let mut roll = rng.below(100);
    let kind = KINDS
        .iter()
        .find(|(_, share)| {
            let here = roll < *share;
            roll = roll.saturating_sub(*share);
            here
        })
        .map_or(KINDS[0].0, |(kind, _)| kind);
    let target: Vec<u8> = match kind {
        "mutated address" => {
            let mut target = mutate(rng, base);
            if rng.chance(40) {
                target.push(b'?');
                target.extend_from_slice(query(rng).as_bytes());
            }
            target
        }
        "random query" => format!("{}?{}", base.trim_end_matches('?'), query(rng)).into_bytes(),
        "percent-encoding trick" => {
            let mut target = rng.pick(PREFIXES).to_owned();
            for i in 0..rng.between(1, 6) {
                if i > 0 && rng.chance(50) {
                    target.push('/');
                }
                target.push_str(rng.pick(TRICKS));
            }
            if rng.chance(20) {
                target.push('?');
                target.push_str(&query(rng));
            }
            target.into_bytes()
        }
        // In the path or the query, percent-encoded or raw.
        "random bytes" => {
            let encode = rng.chance(70);
            let mut target = rng.pick(PREFIXES).as_bytes().to_vec();
            if rng.chance(50) {
                target.extend(random_bytes(rng, encode));
            } else {
                target.extend_from_slice(base.as_bytes());
                target.push(b'?');
                target.extend(random_bytes(rng, encode));
            }
            target
        }
        // Segments near the file-name cap, addresses near the URI cap.
        "near the length caps" => {
            let prefix = rng.pick(&["/compare/", "/embed/compare/", "/", "/data/"]);
            let filler = |length: usize| "a-".repeat(length / 2 + 1)[..length].to_owned();
            match rng.below(3) {
                0 => format!("{prefix}{}", filler(rng.between(240, 270))),
                1 => {
                    let length = rng.between(URI_CAP - 40, URI_CAP + 40) - prefix.len();
                    format!("{prefix}{}", filler(length))
                }
                _ => {
                    let length = rng.between(URI_CAP - 60, URI_CAP + 40) - GENERATED.len() - 6;
                    format!("{GENERATED}?area={}", filler(length))
                }
            }
            .into_bytes()
        }
        // Some with a body.
        "other method" => {
            method = rng.pick(OTHER_METHODS);
            if rng.chance(50) {
                body = random_bytes(rng, false);
            }
            if rng.chance(50) {
                mutate(rng, base)
            } else {
                base.as_bytes().to_vec()
            }
        }
        _ => match rng.below(3) {
            0 => {
                method = "HEAD";
                base.as_bytes().to_vec()
            }
            1 => {
                method = "CONNECT";
                base.as_bytes().to_vec()
            }
            _ => format!("/compare/café-vs-thé\u{200f}?q=\u{202e}{}", rng.below(100)).into_bytes(),
        },
    };
    let accept_encoding = if rng.chance(5) {
        rng.pick(ENCODINGS)
    } else {
        ""
    };
    Request {
        kind,
        method,
        target,
        accept_encoding,
        if_none_match: rng.chance(5).then(|| format!("\"{:032x}\"", rng.next())),
        body,
    }
}

/// Every answer's promise: no 5xx, the policy (framing by any site only under `/embed/`),
/// nosniff and the referrer policy.
fn check(request: &Request, answer: &Answer, seed: u64) {
    let what = || format!("{} (seed {seed:#x})", request.describe());
    assert!(answer.status < 500, "{}: {}", what(), answer.status);
    let path_end = request
        .target
        .iter()
        .position(|&byte| byte == b'?')
        .unwrap_or(request.target.len());
    let path = percent_decode(&request.target[..path_end]).decode_utf8_lossy();
    let policy = answer
        .header("content-security-policy")
        .unwrap_or_else(|| panic!("{}: no policy in {answer:?}", what()));
    if policy == expected_csp("*") {
        assert!(path.starts_with("/embed/"), "{}: framing allowed", what());
    } else {
        assert_eq!(policy, expected_csp("'self'"), "{}", what());
    }
    assert_eq!(
        answer.header("x-content-type-options"),
        Some("nosniff"),
        "{}",
        what()
    );
    assert_eq!(
        answer.header("referrer-policy"),
        Some("strict-origin-when-cross-origin"),
        "{}",
        what()
    );
}

#[derive(Default)]
struct Tally {
    statuses: BTreeMap<u16, usize>,
    /// Answered by the HTTP parser itself (no request reached the site).
    parser_refusals: usize,
    /// Closed without an answer (requests the parser could not read at all).
    closed: usize,
    /// Requests sent on a connection of their own (what the parser might refuse).
    alone: usize,
    connections: usize,
    /// Requests and milliseconds by kind.
    kinds: BTreeMap<&'static str, (usize, f64)>,
}

async fn run(addr: std::net::SocketAddr, requests: Vec<Request>, seed: u64) -> Tally {
    let mut tally = Tally::default();
    let mut kept = Connection::new(addr);
    for request in requests {
        let plain = request.plain();
        let mut own;
        let connection = if plain {
            &mut kept
        } else {
            own = Connection::new(addr);
            &mut own
        };
        let sent = Instant::now();
        let exchange = connection
            .send(
                request.method,
                &request.target,
                &request.headers(),
                &request.body,
            )
            .await;
        let kind = tally.kinds.entry(request.kind).or_default();
        kind.0 += 1;
        kind.1 += sent.elapsed().as_secs_f64() * 1000.0;
        match exchange {
            Exchange::Answered(answer) => {
                if !plain
                    && answer.status == 400
                    && answer.header("content-security-policy").is_none()
                {
                    tally.parser_refusals += 1;
                } else {
                    check(&request, &answer, seed);
                }
                *tally.statuses.entry(answer.status).or_default() += 1;
            }
            Exchange::NoAnswer(error) => {
                assert!(
                    !plain,
                    "{} (seed {seed:#x}): no answer: {error}",
                    request.describe()
                );
                tally.closed += 1;
            }
            Exchange::Truncated(message) => {
                panic!("{} (seed {seed:#x}): {message}", request.describe())
            }
        }
        if !plain {
            tally.alone += 1;
            tally.connections += connection.opened;
        }
    }
    tally.connections += kept.opened;
    tally
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_thousand_random_and_mutated_addresses_never_break_the_server() {
    let seed = std::env::var("ROLE_COMPARE_FUZZ_SEED")
        .ok()
        .and_then(|text| u64::from_str_radix(text.trim_start_matches("0x"), 16).ok())
        .unwrap_or(DEFAULT_SEED);
    eprintln!("seed {seed:#x} (ROLE_COMPARE_FUZZ_SEED={seed:x} to repeat)");
    let server = real_site().await;
    let started = Instant::now();
    let mut rng = Rng(seed);
    let mut shares: Vec<Vec<Request>> = (0..CONNECTIONS).map(|_| Vec::new()).collect();
    for i in 0..REQUESTS {
        shares[i % CONNECTIONS].push(request(&mut rng));
    }
    let runs: Vec<_> = shares
        .into_iter()
        .map(|share| tokio::spawn(run(server.addr, share, seed)))
        .collect();
    let mut tally = Tally::default();
    for run in runs {
        let part = run.await.unwrap();
        for (status, count) in part.statuses {
            *tally.statuses.entry(status).or_default() += count;
        }
        tally.parser_refusals += part.parser_refusals;
        tally.closed += part.closed;
        tally.alone += part.alone;
        tally.connections += part.connections;
        for (kind, (count, ms)) in part.kinds {
            let sum = tally.kinds.entry(kind).or_default();
            sum.0 += count;
            sum.1 += ms;
        }
    }
    for (kind, (count, ms)) in &tally.kinds {
        eprintln!(
            "{kind}: {count} requests, {:.1} ms each",
            ms / *count as f64
        );
    }
    let answered: usize = tally.statuses.values().sum();
    assert_eq!(answered + tally.closed, REQUESTS);
    eprintln!(
        "{REQUESTS} requests in {:.1} s over {} connections ({} requests on one of their \
         own): {} distinct statuses {:?}; {} of the 400s from the HTTP parser, {} closed \
         without an answer",
        started.elapsed().as_secs_f64(),
        tally.connections,
        tally.alone,
        tally.statuses.len(),
        tally.statuses,
        tally.parser_refusals,
        tally.closed,
    );
    assert!(!server.task.is_finished(), "the server is still running");
    assert_eq!(raw(server.addr, "GET /healthz HTTP/1.1").await.0, 200);
    let (status, page) = raw(server.addr, &format!("GET {GENERATED} HTTP/1.1")).await;
    assert_eq!(status, 200);
    assert!(page.ends_with("</html>"));
}
