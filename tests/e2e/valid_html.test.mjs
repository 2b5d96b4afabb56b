// Valid HTML: the W3C Nu HTML Checker (npm vnu-jar, run with Java) on every kind of page as it
// is served (by our server and by a static host), as prerendered into dist/, and as the app
// leaves the document after rendering pages itself. One Java run checks them all (it is
// slow to start).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { useApp, articleReady, appStarted, closeClean } from "./support.mjs";
import { serveDist } from "./static-server.mjs";

const require = createRequire(import.meta.url);
const VNU = join(require.resolve("vnu-jar/package.json"), "../build/dist/vnu.jar");
const dist = new URL("../../dist/", import.meta.url).pathname;

const app = useApp({ server: "rust" });
let staticHost;
let folder;
before(async () => {
  staticHost = await serveDist(dist);
  folder = mkdtempSync(join(tmpdir(), "role-compare-html-"));
});
after(async () => {
  await staticHost?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const CURATED = "producer-vs-product-manager";
const GENERATED = "producers-and-directors-vs-software-developers";
// In the sitemap, so prerendered.
const LISTED = "software-developers-vs-computer-network-architects";
// Not in the sitemap: only our server renders it whole.
const UNLISTED = "web-developers-vs-software-developers";

/** Addresses our server renders, one of each kind of page. */
const SERVED = [
  "/",
  "/?q=analyst",
  `/compare/${CURATED}`,
  `/compare/${GENERATED}?area=TX`,
  `/compare/${GENERATED}?area=austin-tx`,
  `/compare/${GENERATED}?area=CA&view=table`,
  `/compare/${GENERATED}?map=pay`,
  `/compare/${UNLISTED}?area=austin`,
  `/compare/${GENERATED}?area=qqxqq`,
  "/no-such-page",
  "/compare/astronaut-vs-wizard",
  `/compare/${UNLISTED.replace("software-developers", "unicorn-wranglers")}`,
  `/embed/compare/${CURATED}`,
  `/embed/compare/${CURATED}?theme=dark&sections=salary`,
  `/embed/compare/${GENERATED}?area=TX`,
  "/embed/compare/astronaut-vs-wizard",
  `/embed-builder/?pair=${CURATED}`,
  `/embed-builder/?pair=${GENERATED}`,
];

/** Addresses a static host answers from dist/ (prerendered pages, the app shells). */
const STATIC = ["/", `/compare/${CURATED}`, `/compare/${LISTED}`, `/compare/${UNLISTED}`, "/no-such-page", `/embed/compare/${GENERATED}`];

/** Files the prerender step writes, checked as they are on disk. */
const PRERENDERED = [
  "index.html",
  "404.html",
  "embed/shell.html",
  "embed-builder/index.html",
  `compare/${CURATED}/index.html`,
  `compare/${LISTED}/index.html`,
  `embed/compare/${CURATED}/index.html`,
];

const name = (label, path) => `${label}${path.replace(/[^a-z0-9]+/gi, "_")}.html`;

async function fetchInto(base, label, path) {
  const response = await fetch(base + path, { redirect: "follow" });
  assert.ok([200, 404].includes(response.status), `${label} ${path}: ${response.status}`);
  writeFileSync(join(folder, name(label, path)), await response.text());
}

/** The document as the app left it, after `prepare`. */
async function rendered(path, label, prepare, options) {
  const page = await app.open(path, options);
  await prepare(page);
  const html = await page.evaluate(() => `<!DOCTYPE html>\n${document.documentElement.outerHTML}`);
  writeFileSync(join(folder, name(`app-${label}`, path)), html);
  await closeClean(page);
}

function javaVersion() {
  const java = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (java.error) return null;
  return Number(java.stderr.match(/version "(\d+)/)?.[1] ?? 0);
}

test("every kind of page is valid HTML (W3C Nu HTML Checker)", async () => {
  const version = javaVersion();
  assert.ok(version !== null, "Java is missing: the HTML checker (vnu.jar) needs Java 11 or newer (Debian: apt-get install openjdk-17-jre-headless)");
  assert.ok(version >= 11, `Java ${version} is too old: the HTML checker (vnu.jar) needs Java 11 or newer`);

  for (const path of SERVED) await fetchInto(app.url(""), "server", path);
  for (const path of STATIC) await fetchInto(staticHost.url, "static", path);
  for (const file of PRERENDERED) copyFileSync(join(dist, file), join(folder, name("dist-", file)));
  await rendered(`/compare/${CURATED}`, "next", async (page) => {
    await appStarted(page);
    await page.locator('a[rel="next"]').click();
    await articleReady(page, "Construction Superintendent vs. Foreman: What Are the Differences?");
  });
  await rendered("/", "picker-open", async (page) => {
    await appStarted(page);
    await page.getByRole("combobox", { name: "First role" }).focus();
    await page.keyboard.type("softwre dev");
    await page.getByRole("listbox", { name: "First role" }).getByRole("option").first().waitFor();
  });
  await rendered(`/compare/${GENERATED}?area=austin-tx`, "generated", (page) => page.locator("main h1").waitFor(), { shell: true });

  const vnu = spawnSync("java", ["-jar", VNU, "--format", "json", "--errors-only", "--skip-non-html", folder], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.ok(vnu.status !== null, `vnu.jar did not run: ${vnu.error ?? vnu.stderr}`);
  // The report is JSON on stderr: { messages: [{ type, url, message, lastLine, extract }] }.
  const { messages } = JSON.parse(vnu.stderr);
  const errors = messages.filter((m) => m.type === "error" || m.subType === "fatal");
  const report = errors
    .map((m) => `  ${m.url.split("/").pop()}:${m.lastLine ?? "?"}: ${m.message}\n      ${(m.extract ?? "").replace(/\s+/g, " ").slice(0, 160)}`)
    .join("\n");
  assert.equal(errors.length, 0, `the HTML checker found errors:\n${report}`);
});
