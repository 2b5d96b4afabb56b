// Prints the size of everything a first visit to an article page downloads (its prerendered
// HTML and the release build's assets; a prerendered article is adopted by the app without
// fetching its JSON, see src/takeover.rs), raw, gzip and brotli, and compares the
// brotli total with the budget. Run after `trunk build --release`. With --enforce (as the
// test command and `./scripts/bench` run it) an over-budget total exits non-zero: sizes are
// deterministic, so the budget can gate CI.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const BUDGET_KIB = 120;
const dist = new URL("../dist/", import.meta.url).pathname;
const ARTICLE_PAGE = "compare/producer-vs-product-manager/index.html";

const appFiles = readdirSync(dist)
  .filter((name) => /\.(wasm|js|css|svg)$/.test(name) && statSync(join(dist, name)).isFile())
  .sort();
if (!appFiles.some((name) => name.endsWith(".wasm"))) {
  console.error("size-report: no .wasm in dist/; run `trunk build --release` first");
  process.exit(1);
}

const kib = (bytes) => (bytes / 1024).toFixed(1).padStart(8);
const brotli = (buf) =>
  brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

let totals = { raw: 0, gzip: 0, br: 0 };
console.log(`${"file".padEnd(52)} ${"raw KiB".padStart(8)} ${"gzip".padStart(8)} ${"brotli".padStart(8)}`);
for (const name of [ARTICLE_PAGE, ...appFiles]) {
  const buf = readFileSync(join(dist, name));
  const row = { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, br: brotli(buf) };
  for (const key of Object.keys(totals)) totals[key] += row[key];
  console.log(`${name.padEnd(52)} ${kib(row.raw)} ${kib(row.gzip)} ${kib(row.br)}`);
}
console.log(`${"first load of /compare/producer-vs-product-manager".padEnd(52)} ${kib(totals.raw)} ${kib(totals.gzip)} ${kib(totals.br)}`);
const share = ((100 * totals.br) / (BUDGET_KIB * 1024)).toFixed(0);
console.log(`brotli total ${(totals.br / 1024).toFixed(1)} KiB of the ${BUDGET_KIB} KiB budget (${share}%)`);
if (totals.br > BUDGET_KIB * 1024) {
  console.log(`OVER BUDGET by ${((totals.br - BUDGET_KIB * 1024) / 1024).toFixed(1)} KiB`);
  if (process.argv.includes("--enforce")) process.exit(1);
}
