import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { useApp, closeClean, appStarted, layoutShift } from "./support.mjs";

const app = useApp();
const index = JSON.parse(readFileSync(new URL("../../public/data/articles.json", import.meta.url), "utf8"));
const slug = (entry) => `${entry.role_a}-vs-${entry.role_b}`;
const SITE = "https://rolecompare.example";

/** The page as a crawler sees it: raw HTML, no JavaScript. */
async function raw(path) {
  const response = await fetch(app.url(path));
  assert.equal(response.status, 200, path);
  return response.text();
}

const attribute = (html, selector) => html.match(selector)?.[1];
const headingTexts = (html) =>
  [...html.matchAll(/<h([1-3])[^>]*>(.*?)<\/h\1>/g)].map((m) => m[2].replace(/<[^>]+>/g, "").replaceAll("&amp;", "&"));

test("a curated article is a real HTML page with its own title, previews and text", async () => {
  const html = await raw("/compare/producer-vs-product-manager");
  const title = "Producer vs. Product Manager: What Are the Differences?";
  assert.ok(html.includes(`<title>${title} | Role Compare</title>`), "the page's own title");
  assert.equal(attribute(html, /<meta property="og:title" content="([^"]*)"/), title);
  assert.equal(attribute(html, /<meta property="og:type" content="([^"]*)"/), "article");
  assert.equal(attribute(html, /<meta property="og:url" content="([^"]*)"/), `${SITE}/compare/producer-vs-product-manager`);
  assert.equal(attribute(html, /<meta property="og:image" content="([^"]*)"/), `${SITE}/og-image.png`);
  assert.equal(attribute(html, /<meta name="twitter:card" content="([^"]*)"/), "summary_large_image");
  assert.equal(attribute(html, /<link rel="canonical" href="([^"]*)"/), `${SITE}/compare/producer-vs-product-manager`);
  assert.match(attribute(html, /<meta name="description" content="([^"]*)"/), /producers work in entertainment/);
  const head = html.slice(0, html.indexOf("</head>"));
  assert.equal((head.match(/<title>/g) ?? []).length, 1, "the shell's own title is replaced");
  assert.deepEqual(headingTexts(html).slice(0, 9), [
    title,
    "What is a Producer?",
    "What is a Product Manager?",
    "Producer vs. Product Manager",
    "Job Duties",
    "Job Requirements",
    "Work Environment",
    "Skills",
    "Salary",
  ]);
  assert.match(html, /\$62,193/);
  assert.doesNotMatch(html, /<noscript>/, "the page is readable without JavaScript");
});

test("every curated article has a prerendered page and the sitemap lists them", async () => {
  const sitemap = await raw("/sitemap.xml");
  for (const entry of index.articles) {
    const html = await raw(`/compare/${slug(entry)}`);
    assert.match(html, new RegExp(`<h1>${entry.title.replace(/[.?]/g, "\\$&")}</h1>`), slug(entry));
    assert.ok(sitemap.includes(`<loc>${SITE}/compare/${slug(entry)}</loc>`), `sitemap lacks ${slug(entry)}`);
  }
  assert.ok(sitemap.includes(`<loc>${SITE}/</loc>`));
  assert.match(await raw("/robots.txt"), new RegExp(`Sitemap: ${SITE}/sitemap.xml`));
  const image = await fetch(app.url("/og-image.png"));
  assert.equal(image.headers.get("content-type"), "image/png", "the share image is served");
  const home = await raw("/");
  assert.match(home, /<title>Compare careers side by side \| Role Compare<\/title>/);
  assert.match(home, /Data Scientist vs\. Statistician/);
});

test("once the app starts on a prerendered article, the headings are the same and nothing shifts", async () => {
  const before = headingTexts(await raw("/compare/producer-vs-product-manager"));
  const page = await app.open("/compare/producer-vs-product-manager", { viewport: { width: 390, height: 800 } });
  // The app is running when the arrow keys work; use them only after measuring.
  await appStarted(page);
  await page.waitForTimeout(300);
  const after = await page.locator("main :is(h1, h2, h3)").allTextContents();
  assert.deepEqual(after, before, "the same headings as the static page");
  const shift = await layoutShift(page);
  assert.ok(shift <= 0.02, `layout shift ${shift}`);
  // Alive: the picker answers and the keys navigate.
  await page.getByRole("combobox", { name: "First role" }).focus();
  await page.keyboard.type("nurse");
  await page.getByRole("listbox", { name: "First role" }).getByRole("option").first().waitFor();
  await page.keyboard.press("Escape");
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("ArrowRight");
  await page.getByRole("heading", { level: 1, name: "Construction Superintendent vs. Foreman: What Are the Differences?" }).waitFor();
  await closeClean(page);
});

test("the app adopts the prerendered home page: nothing moves and nothing is fetched until the reader searches", async () => {
  const page = await app.open("/", {
    viewport: { width: 1024, height: 800 },
    before: (page) => {
      page.data = [];
      page.on("request", (request) => request.url().includes("/data/") && page.data.push(request.url()));
    },
  });
  await appStarted(page);
  await page.waitForTimeout(300);
  const shift = await layoutShift(page);
  assert.ok(shift <= 0.02, `layout shift ${shift}`);
  assert.deepEqual(page.data, [], "the served page is adopted as it is");
  await page.getByText("12 comparisons").waitFor();
  await page.getByRole("searchbox", { name: "Search comparisons" }).pressSequentially("nurse");
  await page.getByText("1 of 12 comparisons match “nurse”").waitFor();
  await closeClean(page);
});

/** What a reader finds on the page, visible or to assistive technology. */
async function landmarks(page) {
  return {
    banner: await page.getByRole("banner").count(),
    main: await page.getByRole("main").count(),
    contentinfo: await page.getByRole("contentinfo").count(),
    mainId: await page.locator("[id=main]").count(),
    skipLinks: await page.getByRole("link", { name: "Skip to content" }).count(),
    footers: await page.locator("footer.site-footer").evaluateAll((all) => all.filter((f) => f.getBoundingClientRect().height > 0).length),
  };
}

test("an adopted page has one header, one main, one footer and one #main", async () => {
  const one = { banner: 1, main: 1, contentinfo: 1, mainId: 1, skipLinks: 1, footers: 1 };
  for (const path of ["/", "/compare/producer-vs-product-manager", `/compare/${generatedInSitemap()}`]) {
    const page = await app.open(path);
    await appStarted(page);
    await page.waitForTimeout(200);
    await page.keyboard.press("End");
    assert.deepEqual(await landmarks(page), one, path);
    await closeClean(page);
  }
  // Also once the app has rendered a page itself.
  const page = await app.open("/compare/producer-vs-product-manager");
  await appStarted(page);
  await page.getByRole("link", { name: /^Next/ }).click();
  await page.getByRole("heading", { level: 1, name: "Construction Superintendent vs. Foreman: What Are the Differences?" }).waitFor();
  assert.deepEqual(await landmarks(page), one, "after moving on");
  await closeClean(page);
});

/** A generated pair the sitemap lists (and the prerender therefore wrote). */
function generatedInSitemap() {
  return "software-developers-vs-computer-network-architects";
}

test("every sitemap URL opens a prerendered page on a static host", async () => {
  const sitemap = await raw("/sitemap.xml");
  const paths = [...sitemap.matchAll(/<loc>https:\/\/rolecompare\.example([^<]*)<\/loc>/g)].map((m) => m[1]);
  assert.ok(paths.length > 1000, `${paths.length} URLs`);
  assert.ok(paths.includes(`/compare/${generatedInSitemap()}`));
  for (const path of paths) {
    const html = await raw(path);
    assert.ok(html.includes(`data-page="${path}"`), `${path} is not a prerendered page`);
  }
});

test("the release build ships precompressed copies of its pages and assets", async () => {
  const { readdirSync, readFileSync } = await import("node:fs");
  const { brotliDecompressSync, gunzipSync } = await import("node:zlib");
  const dist = new URL("../../dist/", import.meta.url).pathname;
  const assets = readdirSync(dist).filter((name) => /\.(html|js|css|wasm|xml)$/.test(name));
  assert.ok(assets.some((name) => name.endsWith(".wasm")));
  for (const name of [...assets, "compare/producer-vs-product-manager/index.html", "data/articles.json"]) {
    const original = readFileSync(dist + name);
    assert.deepEqual(brotliDecompressSync(readFileSync(`${dist}${name}.br`)), original, `${name}.br`);
    assert.deepEqual(gunzipSync(readFileSync(`${dist}${name}.gz`)), original, `${name}.gz`);
  }
});

test("Share copies the canonical link when there is no share sheet, and says so", async () => {
  const page = await app.open("/compare/producer-vs-product-manager");
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await appStarted(page);
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => "share" in navigator), false, "headless Chromium has no share sheet");
  await page.getByRole("button", { name: "Share" }).click();
  await page.getByRole("status").filter({ hasText: "Link copied" }).waitFor();
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), canonical);

  await page.getByRole("link", { name: "Copy a link to “Salary”" }).click();
  await page.waitForFunction(() => location.hash === "#salary");
  await page.waitForFunction(async () => (await navigator.clipboard.readText()).endsWith("#salary"));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${canonical}#salary`);
  await closeClean(page);
});
