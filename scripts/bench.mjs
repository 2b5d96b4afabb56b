// The speed figures of `./scripts/bench`, each against its goal: first visits against their
// physical limit, layout shift, blocking time, Next, picker keystrokes, Lighthouse, and the
// server under load. Every measurement runs even when an earlier one is short or fails; the
// exit code is non-zero when any goal is short, so the command can gate.
// Modules: benchmarks/site.mjs (the served copy of dist/ and its snapshots), browser.mjs (how
// browser runs are made), pages.mjs, next.mjs, picker.mjs, lighthouse.mjs, load.mjs, report.mjs.
import { availableParallelism, cpus, totalmem } from "node:os";
import { launchChromium } from "../tests/e2e/chromium.mjs";
import { serveDist } from "../tests/e2e/static-server.mjs";
import { serveRust } from "../tests/e2e/rust-server.mjs";
import { Report } from "./benchmarks/report.mjs";
import { catalogue, copyDist, removeCopy, withoutApp, writeStatic } from "./benchmarks/site.mjs";
import { measureServerPages, measureStaticPages, GENERATED } from "./benchmarks/pages.mjs";
import { measureNext } from "./benchmarks/next.mjs";
import { measurePicker } from "./benchmarks/picker.mjs";
import { measureLighthouse } from "./benchmarks/lighthouse.mjs";
import { measureLoad } from "./benchmarks/load.mjs";

const report = new Report();
const started = Date.now();

/** Runs one measurement; a failure is reported as short and the bench goes on. */
async function step(name, measure) {
  try {
    await measure();
  } catch (error) {
    report.failed(name, error);
  }
}

// The pages whose snapshot is their limit, as the server renders them.
const SNAPSHOTS = {
  home: "/",
  curated: "/compare/producer-vs-product-manager",
  generated: GENERATED,
  embed: "/embed/compare/web-developers-vs-software-developers",
};

console.log(`machine: ${availableParallelism()} cores (nproc), ${cpus()[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log("Timings depend on the machine and on what else runs on it; the ratios to a snapshot on the same");
console.log("machine and server travel better than the absolute milliseconds.");

const dist = copyDist();
const load = { pagePath: GENERATED, ...catalogue(dist) };
let server = null;
let staticHost = null;
let browser = null;
try {
  server = await serveRust(dist);
  const snapshots = {};
  for (const [name, path] of Object.entries(SNAPSHOTS)) {
    const response = await fetch(server.url + path);
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    const html = await response.text();
    snapshots[name] = writeStatic(dist, `snapshot-${name}`, withoutApp(html));
    // The load test's static reference: the generated page as it is, app and all.
    if (name === "generated") load.staticPath = writeStatic(dist, "load-static", html);
  }
  browser = await launchChromium();
  console.log(`browser: ${browser.version()} (headless, Debian's)`);

  await step("first visits, our server", () => measureServerPages(report, browser, server.url, snapshots));
  await step("Next", () => measureNext(report, browser, server.url));
  await step("picker", () => measurePicker(report, browser, server.url));
  staticHost = await serveDist(dist);
  await step("first visits, static host", () => measureStaticPages(report, browser, staticHost.url, snapshots));
  await staticHost.close();
  staticHost = null;
  await browser.close();
  browser = null;

  await step("Lighthouse", () => measureLighthouse(report, server.url));
  await server.close();
  server = null;

  // A fresh server process of its own, so that its page cache starts cold.
  await step("server under load", () => measureLoad(report, dist, load));
} finally {
  await browser?.close();
  await staticHost?.close();
  await server?.close();
  removeCopy();
}

const allMet = report.summary();
console.log(`(bench took ${((Date.now() - started) / 60000).toFixed(1)} min)`);
process.exit(allMet ? 0 : 1);
