// Prints the size of the catalogue under public/data, raw and brotli (quality 11, as the
// post-build step compresses): each file and directory the builder writes, the whole data
// folder as the built site holds it (each file plus its .br and .gz), and what a generated
// comparison downloads with a state and with a metro area. The README's figures come from
// here; run it after `cargo run -p catalog` (about half a minute). Sizes are deterministic.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const data = new URL("../public/data/", import.meta.url).pathname;
const brotli = (buf) =>
  brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

function file(name) {
  const buf = readFileSync(join(data, name));
  return { name, raw: buf.length, br: brotli(buf) };
}

function dir(name) {
  const files = readdirSync(join(data, name)).sort().map((f) => file(`${name}/${f}`));
  const br = files.map((f) => f.br).sort((a, b) => a - b);
  return {
    files,
    count: files.length,
    raw: files.reduce((sum, f) => sum + f.raw, 0),
    br: br.reduce((sum, b) => sum + b, 0),
    median: br[Math.floor(br.length / 2)],
    max: br[br.length - 1],
  };
}

for (const name of ["occupations.json", "areas.json", "us-states.json"]) {
  const f = file(name);
  console.log(`${name.padEnd(24)} raw ${kib(f.raw).padStart(10)}  brotli ${kib(f.br).padStart(9)}`);
}
const occupations = dir("occupations");
const areas = dir("areas");
for (const [name, d] of [["occupations/", occupations], ["areas/", areas]]) {
  console.log(
    `${name.padEnd(24)} ${d.count} files, raw ${mib(d.raw)}, brotli ${mib(d.br)}; ` +
      `per file brotli median ${kib(d.median)}, max ${kib(d.max)}`,
  );
}

// Everything under public/data, as the release build ships it: each file, .br and .gz.
function walk(name) {
  return readdirSync(join(data, name), { withFileTypes: true }).flatMap((entry) => {
    const path = name ? `${name}/${entry.name}` : entry.name;
    return entry.isDirectory() ? walk(path) : [path];
  });
}
const all = walk("").map((name) => {
  const buf = readFileSync(join(data, name));
  const known = [occupations, areas].flatMap((d) => d.files).find((f) => f.name === name);
  return { raw: buf.length, br: known ? known.br : brotli(buf), gz: gzipSync(buf, { level: 9 }).length };
});
const sum = (key) => all.reduce((total, f) => total + f[key], 0);
console.log(
  `public/data in all: ${all.length} files (${all.length * 3} with .br and .gz in the built site), ` +
    `raw ${mib(sum("raw"))}, brotli ${mib(sum("br"))}, gzip ${mib(sum("gz"))}; built site ${mib(sum("raw") + sum("br") + sum("gz"))}`,
);

const index = file("occupations.json").br;
const pair = ["software-developers", "producers-and-directors"].map((s) => file(`occupations/${s}.json`).br);
const austin = file("areas/austin-tx.json").br;
console.log("");
console.log(`generated page, national or a state: occupations.json + 2 occupation files (software developers, producers) = ${kib(index + pair[0] + pair[1])}`);
console.log(`  with a metro: + areas/austin-tx.json ${kib(austin)} = ${kib(index + pair[0] + pair[1] + austin)} (largest area file ${kib(areas.max)})`);
console.log(`  the map, once: us-states.json ${kib(file("us-states.json").br)}; the area picker, when opened: areas.json ${kib(file("areas.json").br)}`);
