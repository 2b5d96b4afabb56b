// The site the bench serves: a copy of dist/ (hard links, so it is instant and dist/ itself
// is never written) with extra static files written into it: the snapshots that are each
// page's physical limit, and a static copy of a rendered page for the load test.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const repo = new URL("../../", import.meta.url).pathname;
export const DIST = join(repo, "dist");
const WORK = join(repo, "target", "bench");

/** A fresh copy of dist/ under target/bench/; returns its path. */
export function copyDist() {
  if (!existsSync(join(DIST, "index.html"))) throw new Error("dist/ is missing: run `trunk build --release` first");
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const copy = join(WORK, "dist");
  execFileSync("cp", ["-al", DIST, copy]);
  return copy;
}

export function removeCopy() {
  rmSync(WORK, { recursive: true, force: true });
}

/**
 * The page without the app: Trunk's module loader (the plain shell), the script that starts
 * the app on the first interaction (served pages), and the modulepreload/preload links of
 * its JS and wasm. Everything else (CSS, favicon, embed-frame.js, the markup) stays.
 */
export function withoutApp(html) {
  const stripped = html
    .replace(/<script type=["']?module["']?>[\s\S]*?<\/script>/g, "")
    .replace(/<script type=["']?module["']? src=["']?\/app-start\.js[^>]*><\/script>/g, "")
    .replace(/<link[^>]*\brel=["']?(?:modulepreload|preload)["']?[^>]*>/g, "");
  if (/_bg\.wasm|role-compare-[0-9a-f]{16}\.js/.test(stripped)) throw new Error("the app is still linked after stripping it");
  return stripped;
}

/**
 * Writes `html` as `bench/<name>/index.html` in `dist` with .br and .gz beside it, compressed
 * as the server compresses rendered pages (brotli 5, window 22; gzip 6), so a snapshot is sent
 * as the same number of bytes as the page; returns its address.
 */
export function writeStatic(dist, name, html) {
  const folder = join(dist, "bench", name);
  mkdirSync(folder, { recursive: true });
  const file = join(folder, "index.html");
  const bytes = Buffer.from(html);
  writeFileSync(file, bytes);
  writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_LGWIN]: 22 } }));
  writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 6 }));
  return `/bench/${name}/`;
}

/** The catalogue's occupation slugs and area codes, in order. */
export function catalogue(dist) {
  const data = JSON.parse(readFileSync(join(dist, "data", "occupations.json"), "utf8"));
  return { slugs: data.occupations.map((entry) => entry.slug), areas: data.areas.map((area) => area.code) };
}
