// Our server under load, with oha (64 connections for 10 s each, asking for brotli as browsers
// do), on a fresh process so its page cache starts cold:
//   (b) distinct generated pairs, every request a different page (a cache miss: render and
//       compress), first, while the cache is cold;
//   (a) a static file of the same size as a rendered page (a copy of one, precompressed the
//       same way): the rate the server reaches without rendering, the reference;
//   (c) one rendered page again and again (cache hits);
// and, for what (b) could reach, distinct pairs on the same server with a renderer that costs
// nothing (crates/server/examples/render_floor.rs: pages rendered before it listens, each
// request still a miss that is compressed and sent): the ceiling of any faster renderer.
// oha runs on the same cores as the server, so absolute rates are low on a small machine;
// the ratios compare like with like. The server's own CPU time per request is read from /proc.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { serveRust, RENDER_FLOOR_BINARY } from "../../tests/e2e/rust-server.mjs";
import { ms } from "./report.mjs";

const run = promisify(execFile);
const CONNECTIONS = 64;
const SECONDS = 10;
const DISTINCT_RATIO = 0.25;
const DISTINCT_P99_MS = 50;
const REPEATED_RATIO = 0.9;
/** Above this much CPU a static request, the reference itself is slow (see measureLoad). */
const STATIC_CPU_MS_EXPECTED = 0.15;

/** oha's JSON summary of `SECONDS` s of `CONNECTIONS` connections at `url`. */
async function oha(url, extra = []) {
  const args = [String(SECONDS + 30), "oha", "--no-tui", "--output-format", "json", "-z", `${SECONDS}s`, "-c", String(CONNECTIONS), "-H", "Accept-Encoding: br", ...extra, url];
  const { stdout } = await run("timeout", args, { maxBuffer: 64 << 20 });
  const result = JSON.parse(stdout);
  const statuses = result.statusCodeDistribution;
  const requests = Object.values(statuses).reduce((a, b) => a + b, 0);
  return {
    rate: result.summary.requestsPerSec,
    p50: result.latencyPercentiles.p50 * 1000,
    p99: result.latencyPercentiles.p99 * 1000,
    requests,
    bytes: result.summary.sizePerRequest,
    statuses,
  };
}

/** CPU seconds (user + system) the server process has used so far. */
function cpuSeconds(timeoutPid) {
  const child = readFileSync(`/proc/${timeoutPid}/task/${timeoutPid}/children`, "utf8").trim().split(/\s+/)[0];
  const fields = readFileSync(`/proc/${child}/stat`, "utf8").split(") ")[1].split(" ");
  // utime and stime are fields 14 and 15 of stat; here counted after the ")" that ends field 2.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function measured(server, url, extra) {
  const before = cpuSeconds(server.pid);
  const result = await oha(url, extra);
  result.cpuPerRequest = ((cpuSeconds(server.pid) - before) * 1000) / result.requests;
  return result;
}

const describe = (r) =>
  `${Math.round(r.rate)} req/s, p50 ${ms(r.p50)}, p99 ${ms(r.p99)}, ${(r.bytes / 1024).toFixed(1)} KiB each, server CPU ${r.cpuPerRequest.toFixed(2)} ms/req (busy ${Math.round(r.cpuPerRequest * r.rate / 10)}% of one core), statuses ${JSON.stringify(r.statuses)}`;

/** `staticPath`: a static copy of the rendered page `pagePath`; `slugs`, `areas`: the catalogue. */
export async function measureLoad(report, dist, { staticPath, pagePath, slugs, areas }) {
  report.section(`Our server under load (oha, ${CONNECTIONS} connections, ${SECONDS} s each, Accept-Encoding: br, a fresh server process)`);
  const server = await serveRust(dist, { seconds: 600 });
  try {
    // Any of ~57 million addresses (pair in either order × area), drawn at random per request:
    // in a few thousand requests a repeat is vanishingly rare, so every request is a miss.
    // (A pair of one occupation with itself, 1 in 1,016, is a 404 page, also rendered.)
    const pattern = `${server.url}/compare/(${slugs.join("|")})-vs-(${slugs.join("|")})\\?area=(${areas.join("|")})`;
    const distinct = await measured(server, pattern, ["--rand-regex-url"]);
    const fixed = await measured(server, server.url + staticPath);
    await fetch(server.url + pagePath, { headers: { "accept-encoding": "br" } });
    const repeated = await measured(server, server.url + pagePath);

    const waiting = fixed.p50 >= 35 && fixed.cpuPerRequest * fixed.rate < 500;
    report.info("(a) static file of a page's size", describe(fixed), waiting ? [
      "latency without work: the server is mostly idle, yet each response takes ~40 ms (a delayed-ACK timer).",
      "Consistent with Nagle: static files go out as two writes (head, then body; strace) on sockets without",
      "TCP_NODELAY, so the body waits for the ACK of the head; rendered pages are one write. Ratios are to this rate.",
    ] : []);
    const distinctRatio = distinct.rate / fixed.rate;
    // Serving the static file took 0.07–0.1 ms of CPU on the machines these goals were first
    // measured on, and 0.22 ms on one where file access was slow for every build of the
    // server alike: a ratio to such a reference says as much about the machine's files.
    const slowReference = fixed.cpuPerRequest > STATIC_CPU_MS_EXPECTED;
    report.figure("(b) distinct generated pairs ÷ static rate", `${distinctRatio.toFixed(2)}×`, `≥ ${DISTINCT_RATIO}×`, distinctRatio >= DISTINCT_RATIO, [
      describe(distinct),
      ...(slowReference ? [`the static reference cost ${fixed.cpuPerRequest.toFixed(2)} ms of CPU a request (over ${STATIC_CPU_MS_EXPECTED}): this machine serves files slowly, so this ratio and (c)'s read high; compare the rates and CPU per request with earlier runs`] : []),
    ]);
    report.figure("(b) distinct generated pairs, p99 latency", ms(distinct.p99), `≤ ${DISTINCT_P99_MS} ms`, distinct.p99 <= DISTINCT_P99_MS);
    const repeatedRatio = repeated.rate / fixed.rate;
    report.figure("(c) repeated rendered page ÷ static rate", `${repeatedRatio.toFixed(2)}×`, `≥ ${REPEATED_RATIO}×`, repeatedRatio >= REPEATED_RATIO, [describe(repeated)]);
    await server.close();
    await measureRenderFloor(report, dist, pattern.slice(server.url.length), fixed.rate, distinct);
  } finally {
    await server.close();
  }
}

/**
 * (b) again on a server whose renderer costs nothing, beside the real one: how much of a
 * miss is the render, and the rate no faster renderer could pass on this machine.
 */
async function measureRenderFloor(report, dist, addresses, staticRate, real) {
  const floor = await serveRust(dist, { seconds: 120, binary: RENDER_FLOOR_BINARY });
  try {
    const result = await measured(floor, floor.url + addresses, ["--rand-regex-url"]);
    const renderShare = 1 - result.cpuPerRequest / real.cpuPerRequest;
    report.info("(b) the same, a renderer costing nothing ÷ static", `${(result.rate / staticRate).toFixed(2)}×`, [
      describe(result),
      `the render is ${Math.round(renderShare * 100)}% of a miss's CPU under load (${(real.cpuPerRequest - result.cpuPerRequest).toFixed(2)} of ${real.cpuPerRequest.toFixed(2)} ms): the ceiling of any faster renderer`,
    ]);
  } finally {
    await floor.close();
  }
}
