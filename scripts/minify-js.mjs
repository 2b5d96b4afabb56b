// Trunk post-build step for release builds: adds the crash notice (scripts/crash-notice.js,
// which release builds use instead of a panic hook) to the wasm-bindgen JS glue and minifies
// it with terser (Trunk's own minifier cannot parse its `export default`). Part of the
// first-load budget: one file and about 1.8 KiB brotli less. Runs only for release builds.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

const staging = process.env.TRUNK_STAGING_DIR;
if (process.env.TRUNK_PROFILE !== "release" || !staging) process.exit(0);
for (const name of readdirSync(staging).filter((n) => /^role-compare-[0-9a-f]+\.js$/.test(n))) {
  const path = join(staging, name);
  const crashNotice = readFileSync(new URL("./crash-notice.js", import.meta.url), "utf8");
  const source = `${crashNotice}\n${readFileSync(path, "utf8")}`;
  const { code } = await minify(source, {
    module: true,
    ecma: 2020,
    toplevel: true,
    compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
    mangle: true,
  });
  writeFileSync(path, code);
}
