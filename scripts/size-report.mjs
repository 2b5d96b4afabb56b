// Prints the size of what a first visit downloads, raw, gzip and brotli, for
// - an article page: its prerendered HTML and every file it links, what a reader downloads
//   before doing anything, against the 140 KiB brotli budget;
// - the app (JS and wasm) that page starts on the reader's first interaction
//   (public/app-start.js; it then adopts the page without fetching its JSON, src/adopt.rs),
//   against its own budget;
// - the embed loader other sites include (public/embed.js), against 5 KiB minified;
// - an embed of a curated article (static, no wasm) and of any other pair (the app).
// Run after `trunk build --release`. With --enforce (as the test command and `./scripts/bench`
// run it) a figure over its budget exits non-zero: sizes are deterministic, so budgets can
// gate CI.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const ARTICLE_BUDGET_KIB = 140;
// The app (its JS and wasm), which a served page starts on the reader's first interaction
// (public/app-start.js): its own budget, so that it cannot grow unnoticed.
const APP_BUDGET_KIB = 160;
const LOADER_BUDGET_KIB = 5;
const dist = new URL("../dist/", import.meta.url).pathname;
const ARTICLE = "compare/producer-vs-product-manager/index.html";

const kib = (bytes) => (bytes / 1024).toFixed(1).padStart(8);
const brotli = (buf) =>
  brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const sizes = (name) => {
  const buf = readFileSync(join(dist, name));
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, br: brotli(buf) };
};
const row = (name, size) =>
  console.log(`${name.padEnd(60)} ${kib(size.raw)} ${kib(size.gzip)} ${kib(size.br)}`);

/** A page and the same-site scripts, styles, icons, wasm and preloaded data it links, in order. */
function firstLoad(page) {
  const html = readFileSync(join(dist, page), "utf8");
  const linked = [...html.matchAll(/(?:href|src)=["']?\/([^"' >?#]+\.(?:js|wasm|css|svg|json))(?=["' >?#])/g)].map((m) => m[1]);
  return [page, ...new Set(linked)];
}

function report(label, page) {
  const files = firstLoad(page);
  const total = { raw: 0, gzip: 0, br: 0 };
  for (const name of files) {
    const size = sizes(name);
    for (const key of Object.keys(total)) total[key] += size[key];
    row(name, size);
  }
  row(label, total);
  console.log("");
  return total;
}

/** The app's files a served page names for its start script (data-glue, data-wasm). */
function appFiles(page) {
  const html = readFileSync(join(dist, page), "utf8");
  return ["data-glue", "data-wasm"].map((name) => html.match(new RegExp(`${name}="?/([^" >]+)`))?.[1]);
}

const app = appFiles(ARTICLE);
if (app.some((name) => !name)) {
  console.error(`size-report: ${ARTICLE} names no app to start; run \`trunk build --release\` first`);
  process.exit(1);
}
console.log(`${"file".padEnd(60)} ${"raw KiB".padStart(8)} ${"gzip".padStart(8)} ${"brotli".padStart(8)}`);
const article = report("first load of /compare/producer-vs-product-manager", ARTICLE);
const appTotal = { raw: 0, gzip: 0, br: 0 };
for (const name of app) {
  const size = sizes(name);
  for (const key of Object.keys(appTotal)) appTotal[key] += size[key];
  row(name, size);
}
row("the app, loaded on the reader's first interaction", appTotal);
row("the article with the app", {
  raw: article.raw + appTotal.raw,
  gzip: article.gzip + appTotal.gzip,
  br: article.br + appTotal.br,
});
console.log("");
report("first load of a curated embed (no wasm)", "embed/compare/producer-vs-product-manager/index.html");
report("first load of any other pair's embed (the app)", "embed/shell.html");
const loader = sizes("embed.js");
row("embed.js, the loader for other sites (minified)", loader);
console.log("");

let over = false;
const share = ((100 * article.br) / (ARTICLE_BUDGET_KIB * 1024)).toFixed(0);
console.log(`article: brotli total ${(article.br / 1024).toFixed(1)} KiB of the ${ARTICLE_BUDGET_KIB} KiB budget (${share}%)`);
if (article.br > ARTICLE_BUDGET_KIB * 1024) {
  console.log(`OVER BUDGET by ${((article.br - ARTICLE_BUDGET_KIB * 1024) / 1024).toFixed(1)} KiB`);
  over = true;
}
console.log(`app: brotli total ${(appTotal.br / 1024).toFixed(1)} KiB of its ${APP_BUDGET_KIB} KiB budget`);
if (appTotal.br > APP_BUDGET_KIB * 1024) {
  console.log(`THE APP IS OVER BUDGET by ${((appTotal.br - APP_BUDGET_KIB * 1024) / 1024).toFixed(1)} KiB`);
  over = true;
}
console.log(`embed.js: ${(loader.raw / 1024).toFixed(1)} KiB minified of the ${LOADER_BUDGET_KIB} KiB budget`);
if (loader.raw > LOADER_BUDGET_KIB * 1024) {
  console.log("embed.js is OVER BUDGET");
  over = true;
}
if (over && process.argv.includes("--enforce")) process.exit(1);
