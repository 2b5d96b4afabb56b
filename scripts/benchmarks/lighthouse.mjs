// Lighthouse 12.2.3 (package.json), mobile: its default phone emulation and simulated
// throttling, on Debian's Chromium (CHROME_PATH) with the flags this closed network needs.
// Each category's score against 100; under 100, the audits that cost points, by id.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { CHROMIUM_FLAGS } from "../../tests/e2e/chromium.mjs";

const run = promisify(execFile);
const lighthouse = new URL("../../node_modules/.bin/lighthouse", import.meta.url).pathname;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"];

async function audit(url) {
  const folder = mkdtempSync(join(tmpdir(), "role-compare-lighthouse-"));
  const output = join(folder, "report.json");
  try {
    // `timeout` stops Lighthouse (and so its Chromium) should it hang.
    await run(
      "timeout",
      [
        "240",
        lighthouse,
        url,
        "--quiet",
        "--output=json",
        `--output-path=${output}`,
        `--only-categories=${CATEGORIES.join(",")}`,
        `--chrome-flags=${["--headless=new", ...CHROMIUM_FLAGS].join(" ")}`,
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }, maxBuffer: 16 << 20 },
    );
    return JSON.parse(readFileSync(output, "utf8"));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The weighted audits of `category` that cost it points (scored under 1) or could not run. */
function weightedAudits(result, category) {
  const weighted = result.categories[category].auditRefs.filter((ref) => ref.weight > 0).map((ref) => result.audits[ref.id]);
  return {
    failing: weighted.filter((audit) => audit.score !== null && audit.score < 1),
    errored: weighted.filter((audit) => audit.scoreDisplayMode === "error"),
  };
}

const describe = (audit) => `${audit.id} (${audit.displayValue ? `${audit.displayValue}, ` : ""}score ${audit.score})`;

/**
 * Lighthouse 12.2.3 predates this Chromium's trace format: some diagnostics (LCP element,
 * render-blocking resources, layout-shift causes) fail to run. None of them is weighted, so
 * the scores stand; they are listed so that nobody mistakes them for passes.
 */
const unweightedErrors = (result) =>
  Object.values(result.audits).filter((audit) => audit.scoreDisplayMode === "error").map((audit) => audit.id);

function reportCategory(report, result, category, label, noindex) {
  const score = Math.round((result.categories[category].score ?? 0) * 100);
  const { failing, errored } = weightedAudits(result, category);
  const details = failing.map((audit) => `failing: ${describe(audit)}`);
  if (errored.length) details.push(`could not run, so the score is not to be trusted: ${errored.map((audit) => audit.id).join(", ")}`);
  if (category === "performance") {
    details.unshift(METRICS.map((id) => `${id.replace(/-/g, " ")} ${result.audits[id].displayValue}`).join(", "));
    const broken = unweightedErrors(result);
    if (broken.length) details.push(`unweighted diagnostics that Lighthouse 12.2.3 could not run on this Chromium: ${broken.join(", ")}`);
  }
  // The embed says noindex on purpose (it is a frame for other sites; the full page is the one
  // to index): is-crawlable failing alone is that choice, not a defect.
  const onlyNoindex = failing.length > 0 && failing.every((audit) => audit.id === "is-crawlable") && !errored.length;
  if (category === "seo" && noindex && onlyNoindex) {
    report.notApplicable(label, String(score), "100", "noindex by design", details);
  } else {
    report.figure(label, String(score), "100", score === 100 && !errored.length, details);
  }
}

export async function measureLighthouse(report, origin) {
  report.section("Lighthouse 12.2.3, mobile (default emulation and simulated throttling), our server");
  for (const [name, path, noindex] of [
    ["home /", "/", false],
    ["curated article", "/compare/producer-vs-product-manager", false],
    ["generated pair", "/compare/web-developers-vs-software-developers?area=CA", false],
    ["embed", "/embed/compare/web-developers-vs-software-developers", true],
  ]) {
    let result;
    try {
      result = await audit(origin + path);
    } catch (error) {
      for (const category of CATEGORIES) report.failed(`Lighthouse ${category}, ${name}`, error.stderr || error);
      continue;
    }
    if (result.runtimeError) report.details([`${name}: Lighthouse runtime error ${result.runtimeError.code}: ${result.runtimeError.message}`]);
    for (const category of CATEGORIES) reportCategory(report, result, category, `Lighthouse ${category}, ${name}`, noindex);
  }
}
