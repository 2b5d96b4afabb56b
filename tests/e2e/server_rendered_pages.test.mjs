// Pages rendered on request by our Rust server (crates/server with crates/render): any pair is
// a real page, the app adopts it without fetching what it shows, and nothing moves.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, closeClean, appStarted, layoutShift, chooseArea, openDataRequests, dataSettled } from "./support.mjs";

const app = useApp({ server: "rust" });
// Not in the sitemap, so no prerendered file exists: only the server can serve it whole.
const PAIR = "web-developers-vs-software-developers";
const SITE = "https://rolecompare.example";

test("any pair is a real page: its own title, previews, figures and text without JavaScript", async () => {
  const response = await fetch(app.url(`/compare/${PAIR}?area=CA`));
  assert.equal(response.status, 200);
  const html = await response.text();
  const title = "Web Developers vs. Software Developers: What Are the Differences?";
  assert.ok(html.includes(`<title>${title} | Role Compare</title>`));
  assert.match(html, new RegExp(`<meta property="og:title" content="${title.replace(/[.?]/g, "\\$&")}"`));
  assert.match(html, /<meta property="og:description" content="Web Developers vs\. Software Developers in California: median pay \$[\d,]+ vs\. \$[\d,]+ a year/);
  assert.ok(html.includes(`<link rel="canonical" href="${SITE}/compare/software-developers-vs-web-developers?area=CA">`));
  assert.match(html, /<h2[^>]*>What do Web Developers do\?<\/h2>/);
  assert.match(html, /data-page="\/compare\/web-developers-vs-software-developers\?area=CA"/);
  assert.doesNotMatch(html, /<noscript>/);
  const missing = await fetch(app.url("/compare/web-developers-vs-unicorn-wranglers"));
  assert.equal(missing.status, 404);
  assert.match(await missing.text(), /Did you mean/);
});

test("the app adopts a server-rendered generated page without fetching its data, and nothing moves", async () => {
  const page = await app.open(`/compare/${PAIR}?area=CA`, {
    viewport: { width: 390, height: 800 },
    before: async (page) => {
      // Neighbours are fetched ahead when the browser is idle; keep that out of this count.
      await page.addInitScript(() => {
        window.requestIdleCallback = () => 0;
      });
      page.data = [];
      page.on("request", (request) => request.url().includes("/data/") && page.data.push(request.url()));
    },
  });
  const before = await page.locator("main :is(h1, h2, h3)").allTextContents();
  await appStarted(page);
  await page.waitForTimeout(300);
  assert.deepEqual(page.data, [], "the page's data is in the page");
  assert.deepEqual(await page.locator("main :is(h1, h2, h3)").allTextContents(), before);
  const shift = await layoutShift(page);
  assert.ok(shift <= 0.02, `layout shift ${shift}`);
  assert.equal(await page.getByRole("banner").count(), 1);
  assert.equal(await page.getByRole("contentinfo").count(), 1);

  // Alive: changing the area fetches what the new view needs and renders it in the app.
  await chooseArea(page, "texas", /^Texas/);
  await page.waitForFunction(() => location.search === "?area=TX");
  await page.locator("main").getByText(/In Texas, the median annual wage/).waitFor();
  assert.ok(page.data.some((url) => url.endsWith("/data/occupations/web-developers.json")));
  await closeClean(page);
});

test("Next from a server-rendered page opens the neighbour from data fetched ahead", async () => {
  let open;
  const page = await app.open(`/compare/${PAIR}`, {
    before: (page) => {
      page.data = [];
      page.on("request", (request) => request.url().includes("/data/") && page.data.push(request.url()));
      open = openDataRequests(page);
    },
  });
  await appStarted(page);
  const next = page.getByRole("link", { name: /^Next/ });
  const href = await next.getAttribute("href");
  // Fetched when the browser is idle, before anything is clicked.
  await dataSettled(page, open, "/data/occupations.json");
  const fetchedAhead = new Set(page.data.map((url) => new URL(url).pathname));
  const [a, b] = href.slice("/compare/".length).split("-vs-");
  for (const needed of [`/data/occupations/${a}.json`, `/data/occupations/${b}.json`, "/data/us-states.json"]) {
    assert.ok(fetchedAhead.has(needed), `${needed} is fetched ahead`);
  }
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction((href) => location.pathname === href, href);
  await page.getByRole("heading", { level: 1, name: /^Web Developers vs\./ }).waitFor();
  await closeClean(page);
});

test("a served page downloads nothing of the app until the reader interacts", async () => {
  const page = await app.open(`/compare/${PAIR}`, {
    before: (page) => {
      page.app = [];
      page.on("request", (request) => /(\.wasm|role-compare-[0-9a-f]+\.js)$/.test(request.url()) && page.app.push(request.url()));
    },
  });
  await page.waitForLoadState("load");
  await page.waitForTimeout(500);
  assert.deepEqual(page.app, [], "a reader who only reads downloads no app");
  await appStarted(page);
  assert.equal(page.app.length, 2, "the app's JS and wasm, once the pointer moved");
  // A control pressed before the app was there works once it is: the Share button.
  await closeClean(page);

  const keyboard = await app.open("/compare/producer-vs-product-manager");
  await keyboard.keyboard.press("ArrowRight");
  await keyboard.getByRole("heading", { level: 1, name: "Construction Superintendent vs. Foreman: What Are the Differences?" }).waitFor();
  await closeClean(keyboard);
});
