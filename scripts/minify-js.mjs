// Trunk post-build step for release builds: minifies the wasm-bindgen JS glue with terser
// (Trunk's own minifier cannot parse its `export default`). Part of the first-load budget:
// about 1.6 KiB brotli. Runs only when TRUNK_PROFILE is "release".
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

const staging = process.env.TRUNK_STAGING_DIR;
if (process.env.TRUNK_PROFILE !== "release" || !staging) process.exit(0);
for (const name of readdirSync(staging).filter((n) => /^role-compare-[0-9a-f]+\.js$/.test(n))) {
  const path = join(staging, name);
  const { code } = await minify(readFileSync(path, "utf8"), { module: true, compress: { passes: 2 }, mangle: true });
  writeFileSync(path, code);
}
