// Trunk's post-build step (one hook, so the steps run in order on the staged site):
// 1. the prerender binary of crates/render writes the static pages (home, curated articles,
//    every generated pair of the sitemap, curated embeds), sitemap.xml, robots.txt and
//    404.html (the plain app shell);
// 2. release builds: the wasm's imports get short names, in the wasm and in the glue
//    (scripts/short-imports.mjs); the crash notice (scripts/crash-notice.js, used instead of
//    a panic hook) goes in front of the wasm-bindgen JS glue, which terser then minifies
//    (Trunk's own minifier cannot parse its `export default`): one file and about 1.8 KiB
//    brotli less;
//    The embed scripts (public/embed*.js) are minified too;
// 3. release builds: every text and wasm file gets precompressed `.br` and `.gz` siblings, for
//    hosts that serve them as they are (nginx `brotli_static`/`gzip_static`, docs/hosting.md).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { createHash } from "node:crypto";
import { minify } from "terser";
import { renameImports, renameInGlue } from "./short-imports.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("post-build: TRUNK_STAGING_DIR is not set (run by Trunk)");
  process.exit(1);
}
const release = process.env.TRUNK_PROFILE === "release";

const prerender = spawnSync("cargo", ["run", "--quiet", "-p", "role-compare-render", "--bin", "prerender"], { stdio: "inherit" });
if (prerender.status !== 0) process.exit(prerender.status ?? 1);
if (!release) process.exit(0);

// wasm-streams, which Leptos's server functions bring in (this app has none), gives JS three
// classes through wasm-bindgen. Nothing here makes a stream, so the glue goes without them, as
// the wasm goes without their exports (wasm-opt's `--remove-exports` in index.html): 1.3 KiB
// brotli less, measured on 2026-11-30. If wasm-bindgen changes how it writes them, the build
// stops here rather than ship half of a class.
const UNUSED_CLASSES = ["IntoUnderlyingByteSource", "IntoUnderlyingSink", "IntoUnderlyingSource"];
function withoutUnusedClasses(glue) {
  let rest = glue;
  for (const name of UNUSED_CLASSES.filter((name) => glue.includes(`export class ${name} `))) {
    for (const part of [
      new RegExp(`^export class ${name} \\{\\n[\\s\\S]*?^\\}\\n`, "m"),
      new RegExp(`^if \\(Symbol\\.dispose\\) ${name}\\.prototype\\[Symbol\\.dispose\\] = ${name}\\.prototype\\.free;\\n`, "m"),
      new RegExp(`^const ${name}Finalization = [\\s\\S]*?;\\n`, "m"),
    ]) {
      if (!part.test(rest)) throw new Error(`post-build: the glue's ${name} is not as expected (${part})`);
      rest = rest.replace(part, "");
    }
  }
  for (const name of UNUSED_CLASSES) {
    if (rest.includes(name)) throw new Error(`post-build: the glue still mentions ${name}`);
  }
  return rest;
}

// V8's explicit compile hint: every function of the glue is compiled when the file loads,
// not on its first call. Left lazy, the glue's import shims that a Next click called first
// were compiled inside that click (V8.CompileCode 1–7 ms in traces at ×4 CPU; none after).
const COMPILE_ALL_HINT = "//# allFunctionsCalledOnLoad";
for (const name of readdirSync(staging).filter((n) => /^role-compare-[0-9a-f]+\.js$/.test(n))) {
  const path = join(staging, name);
  const wasmPath = join(staging, name.replace(/\.js$/, "_bg.wasm"));
  const { bytes, renames } = renameImports(readFileSync(wasmPath), "./role-compare_bg.js");
  writeFileSync(wasmPath, bytes);
  const glue = renameInGlue(withoutUnusedClasses(readFileSync(path, "utf8")), renames);
  const crashNotice = readFileSync(new URL("./crash-notice.js", import.meta.url), "utf8");
  const source = `${crashNotice}\n${glue}`;
  const { code } = await minify(source, {
    module: true,
    ecma: 2020,
    toplevel: true,
    compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
    mangle: true,
  });
  writeFileSync(path, `${COMPILE_ALL_HINT}\n${code}`);
}

// The plain scripts (public/embed*.js for embedding, public/app-start.js that starts the app on
// served pages, public/pair-files.js that an app shell asks for its pair's files with) are copied as written; release builds ship them minified. The loader's budget (5 KiB minified) is checked by size-report.mjs.
for (const name of readdirSync(staging).filter((n) => /^(embed[a-z-]*|app-start|pair-files)\.js$/.test(n))) {
  const path = join(staging, name);
  const { code } = await minify(readFileSync(path, "utf8"), {
    ecma: 2017,
    compress: { passes: 2 },
    mangle: true,
  });
  writeFileSync(path, code);
}

const COMPRESSIBLE = /\.(html|js|css|wasm|json|svg|xml|txt)$/;
function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(name)) yield path;
  }
}
let count = 0;
for (const path of files(staging)) {
  const body = readFileSync(path);
  writeFileSync(`${path}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
  count += 1;
}
console.error(`post-build: ${count} files precompressed (.br, .gz)`);

// The Content-Security-Policy allows Trunk's inline loader by its hash (docs/nginx.conf).
const loader = readFileSync(join(staging, "404.html"), "utf8").match(/<script type=["']?module["']?>([\s\S]*?)<\/script>/);
if (loader) {
  const hash = createHash("sha256").update(loader[1]).digest("base64");
  console.error(`post-build: CSP script-src for the loader: 'sha256-${hash}'`);
}
