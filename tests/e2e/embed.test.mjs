// Embedding, as a career site does it: a host page on another origin (another loopback port)
// with the one-line snippet, twice, and the loader included twice.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { useApp, closeClean } from "./support.mjs";

const app = useApp();
const CURATED = "producer-vs-product-manager";
const GENERATED = "producers-and-directors-vs-software-developers";

/** A career site on its own origin. `/` holds two embeds; `/rogue` posts a fake height. */
function hostSite(appUrl) {
  const pages = {
    "/": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Careers centre</title>
      <meta name="viewport" content="width=device-width, initial-scale=1"></head>
      <body style="margin:0 auto;max-width:900px;padding:8px;font-family:serif">
      <h1>Careers centre</h1>
      <div id="first" data-role-compare="${CURATED}" data-theme="dark"><a href="${appUrl}/compare/${CURATED}">Producer vs. Product Manager</a></div>
      <p>Between the two comparisons.</p>
      <div id="second" data-role-compare="${GENERATED}" data-area="CA"></div>
      <script async src="${appUrl}/embed.js"></script>
      <script async src="${appUrl}/embed.js"></script>
      </body></html>`,
    "/rogue": `<!doctype html><title>rogue</title><script>
      parent.postMessage({ type: "role-compare:height", height: 7 }, "*");</script>`,
  };
  const server = createServer((request, response) => {
    const body = pages[new URL(request.url, "http://x").pathname];
    response.writeHead(body ? 200 : 404, { "content-type": "text/html; charset=utf-8" }).end(body ?? "");
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((done) => server.close(done)),
      }),
    ),
  );
}

// Started with the first test, once the app's server (and so its address) exists.
let host;
after(() => host?.close());

async function openHost(viewport = { width: 1000, height: 800 }) {
  host ??= await hostSite(app.url(""));
  const context = await app.browser.newContext({ viewport });
  const page = await context.newPage();
  page.errors = [];
  page.on("pageerror", (error) => page.errors.push(error.message));
  page.on("console", (message) => {
    if (/panicked at|Content Security Policy|Refused to frame/.test(message.text())) page.errors.push(message.text());
  });
  await page.goto(host.url);
  return page;
}

/** Each iframe's height beside the height of the content inside it. */
async function heights(page) {
  const sizes = [];
  for (const handle of await page.locator("iframe").elementHandles()) {
    const frame = await handle.contentFrame();
    sizes.push({
      iframe: await handle.evaluate((element) => element.getBoundingClientRect().height),
      content: await frame.evaluate(() => document.body.getBoundingClientRect().height),
    });
  }
  return sizes;
}

/** Waits until every iframe is as tall as its content (within 2 px), then returns the sizes. */
async function settled(page, label) {
  const deadline = Date.now() + 10_000;
  let sizes;
  do {
    sizes = await heights(page);
    if (sizes.every(({ iframe, content }) => content > 100 && Math.abs(iframe - content) <= 2)) return sizes;
    await page.waitForTimeout(100);
  } while (Date.now() < deadline);
  assert.fail(`${label}: iframe heights do not match their content: ${JSON.stringify(sizes)}`);
}

/** Both frames loaded (they are lazy, so the second is scrolled to) and showing their h1. */
async function framesReady(page) {
  const iframes = page.locator("iframe");
  await iframes.nth(1).waitFor();
  for (const [index, title] of [[0, "Producer vs. Product Manager"], [1, "Producers and Directors vs. Software Developers"]]) {
    await iframes.nth(index).scrollIntoViewIfNeeded();
    await page.frameLocator("iframe").nth(index).getByRole("heading", { level: 1, name: new RegExp(title) }).waitFor();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

test("two embeds on another site size themselves after load, a theme change and a narrow resize", async () => {
  const page = await openHost();
  await framesReady(page);
  assert.equal(await page.locator("iframe").count(), 2, "the loader, included twice, makes one iframe per element");
  const iframe = page.locator("#first iframe");
  assert.equal(await iframe.getAttribute("loading"), "lazy");
  assert.match(await iframe.getAttribute("sandbox"), /allow-scripts/, "sandboxed: it cannot navigate the host page");
  assert.match(await iframe.getAttribute("title"), /Producer vs\. Product Manager/);
  assert.equal(await iframe.evaluate((element) => element.getBoundingClientRect().width), await page.locator("#first").evaluate((e) => e.getBoundingClientRect().width));
  await settled(page, "after load");

  const first = page.frameLocator("#first iframe");
  assert.equal(await first.locator("html").getAttribute("data-theme"), "dark");
  await page.locator("#first").evaluate((element) => element.setAttribute("data-theme", "light"));
  await first.locator("html[data-theme=light]").waitFor({ state: "attached" });
  const background = await first.locator("body").evaluate((body) => getComputedStyle(body).backgroundColor);
  assert.equal(background, "rgb(255, 255, 255)", "the light theme is applied in place");
  const afterTheme = await settled(page, "after a theme change");

  // A section change makes the comparison much shorter, and the iframe follows.
  await page.locator("#first").evaluate((element) => element.setAttribute("data-sections", "salary"));
  await first.getByRole("heading", { name: "Job Duties" }).waitFor({ state: "hidden" });
  const afterSections = await settled(page, "after a section change");
  assert.ok(afterSections[0].iframe < afterTheme[0].iframe - 500, "the iframe shrank with its content");
  assert.ok(await first.getByRole("heading", { name: "Salary" }).isVisible());

  await page.setViewportSize({ width: 360, height: 740 });
  const narrow = await settled(page, "after a narrow resize");
  assert.ok(narrow[1].iframe > afterSections[1].iframe, "narrower means taller");
  await closeClean(page);
});

test("an embed out of view whose content changes still reports its height", async () => {
  // Chromium pauses rendering, and with it ResizeObserver, in a cross-origin frame out of
  // view; the app may still be writing the page there (the rest of a first screen, a Retry).
  const page = await openHost();
  await framesReady(page);
  const before = await settled(page, "after load");
  const second = page.locator("#second iframe");
  assert.equal(await second.evaluate((e) => e.getBoundingClientRect().top > innerHeight), true, "the second embed is out of view");
  const frame = await (await second.elementHandle()).contentFrame();
  await frame.evaluate(() => {
    const added = document.createElement("p");
    added.style.height = "1000px";
    document.querySelector("main").append(added);
  });
  const grown = await settled(page, "after its content grew out of view");
  assert.ok(grown[1].iframe > before[1].iframe + 900, `the iframe grew with its content: ${JSON.stringify(grown)}`);
  await frame.evaluate(() => document.querySelector("main").lastElementChild.remove());
  const shrunk = await settled(page, "after its content shrank out of view");
  // Settled means as tall as its content again. The page itself may have changed since the
  // first measure (a CI run once differed from it by more than 2 px), so the drop of about
  // the 1,000 px taken out is what shows the shrink was heard.
  assert.ok(grown[1].iframe - shrunk[1].iframe >= 900, `and shrank back: ${JSON.stringify({ before, grown, shrunk })}`);
  await closeClean(page);
});

test("height messages from another origin or another window resize nothing", async () => {
  const page = await openHost();
  await framesReady(page);
  const before = await settled(page, "after load");
  // From the host's own origin: the page itself, and a frame of its own.
  await page.evaluate(() => window.postMessage({ type: "role-compare:height", height: 9 }, "*"));
  await page.evaluate((url) => {
    const rogue = document.createElement("iframe");
    rogue.src = url;
    document.body.append(rogue);
    return new Promise((resolve) => rogue.addEventListener("load", resolve));
  }, `${host.url}/rogue`);
  await page.waitForTimeout(300);
  const sizes = await heights(page);
  assert.deepEqual(sizes.slice(0, 2).map((s) => s.iframe), before.map((s) => s.iframe));
  await closeClean(page);
});

test("an embed has a credit, no site navigation, and stores nothing", async () => {
  const page = await openHost();
  await framesReady(page);
  for (const [index, pair, query] of [[0, CURATED, ""], [1, GENERATED, "?area=CA"]]) {
    const frame = page.frameLocator("iframe").nth(index);
    const credit = frame.getByRole("link", { name: /Compared with Role Compare/ });
    assert.equal(await credit.getAttribute("href"), `/compare/${pair}${query}`);
    assert.equal(await credit.getAttribute("target"), "_blank");
    assert.equal(await frame.getByRole("banner").count(), 0, "no site header");
    assert.equal(await frame.getByRole("button", { name: "Share" }).count(), 0);
    assert.equal(await frame.getByRole("combobox").count(), 0, "no picker");
    // Every visible link opens a new tab (its own target, or the page's <base target>).
    for (const link of await frame.locator("a[href]").all()) {
      if (!(await link.isVisible())) continue;
      const target = await link.evaluate((a) => a.target || document.querySelector("base[target]")?.target);
      assert.equal(target, "_blank", `${await link.evaluate((a) => a.outerHTML)} leaves the host page alone`);
    }
  }
  const generated = page.frameLocator("iframe").nth(1);
  assert.match(await generated.locator("#salary ~ *, [aria-labelledby=salary]").first().innerText(), /California/);
  assert.match(await generated.getByText(/O\*NET/).first().innerText(), /O\*NET/, "the data is credited");
  for (const frame of page.frames().slice(1)) {
    assert.deepEqual(
      await frame.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]),
      ["", 0, 0],
    );
  }
  assert.deepEqual(await page.context().cookies(), []);

  // The credit opens the full comparison in a new tab; the host page stays where it was.
  const [full] = await Promise.all([
    page.context().waitForEvent("page"),
    page.frameLocator("iframe").nth(0).getByRole("link", { name: /Compared with Role Compare/ }).click(),
  ]);
  await full.waitForURL(app.url(`/compare/${CURATED}`));
  assert.equal(page.url(), `${host.url}/`);
  await closeClean(page);
});

test("embed addresses: a curated embed needs no wasm; options and unknown pairs fall back", async () => {
  const requests = [];
  const page = await app.open(`/embed/compare/${CURATED}?theme=dark&accent=b91c1c&sections=skills,nope`, {
    before: (page) => page.on("request", (request) => requests.push(request.url())),
  });
  await page.getByRole("heading", { level: 1, name: /Producer vs\. Product Manager/ }).waitFor();
  assert.equal(requests.filter((url) => url.endsWith(".wasm")).length, 0, "a prerendered embed is complete without the app");
  assert.equal(await page.locator("html").getAttribute("data-theme"), "dark");
  assert.equal(await page.locator("html").getAttribute("data-sections"), "skills");
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--accent").trim()), "#b91c1c");
  assert.ok(await page.getByRole("heading", { name: "Skills" }).isVisible());
  assert.ok(!(await page.getByRole("heading", { name: "Salary" }).isVisible()));
  assert.equal(await page.locator('meta[name="robots"]').getAttribute("content"), "noindex");
  await closeClean(page);

  const unknown = await app.open("/embed/compare/astronaut-vs-wizard?theme=purple&sections=nope");
  await unknown.getByRole("heading", { name: "Comparison not found" }).waitFor();
  assert.equal(await unknown.locator("html").getAttribute("data-theme"), null, "an unknown theme is the system's");
  assert.equal(await unknown.locator("html").getAttribute("data-sections"), null, "unknown sections mean all");
  assert.equal(await unknown.getByRole("banner").count(), 0);
  const way = unknown.getByRole("link", { name: "Browse all comparisons" });
  assert.equal(await way.evaluate((a) => a.target || document.querySelector("base[target]")?.target), "_blank");
  await closeClean(unknown);

  const framing = (path) => fetch(app.url(path)).then((r) => r.headers.get("content-security-policy"));
  assert.match(await framing(`/embed/compare/${GENERATED}`), /frame-ancestors \*/);
  assert.match(await framing(`/compare/${CURATED}`), /frame-ancestors 'self'/);
});

test("the Embed button opens a builder with a live preview and both snippets to copy", async () => {
  const page = await app.open(`/compare/${CURATED}`, {
    before: (page) => page.context().grantPermissions(["clipboard-read", "clipboard-write"]),
  });
  await page.getByRole("link", { name: "Embed" }).click();
  await page.getByRole("heading", { level: 1, name: "Embed a comparison" }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/embed-builder/");
  const preview = page.frameLocator("#builder-preview iframe");
  await preview.getByRole("heading", { level: 1, name: /Producer vs\. Product Manager/ }).waitFor();

  await page.getByLabel("Dark").check();
  await page.getByRole("checkbox", { name: "Introduction" }).uncheck();
  await preview.locator("html[data-theme=dark]").waitFor({ state: "attached" });
  const loader = await page.getByLabel("With the loader (recommended)").inputValue();
  assert.match(loader, /data-role-compare="producer-vs-product-manager"/);
  assert.match(loader, /data-theme="dark"/);
  assert.match(loader, /data-sections="what-is,job-duties,job-requirements,work-environment,skills,salary,where-the-jobs-are"/);
  assert.match(loader, new RegExp(`<script async src="${app.url("/embed.js")}"></script>`));
  const iframe = await page.getByLabel("Plain iframe").inputValue();
  assert.match(iframe, new RegExp(`src="${app.url(`/embed/compare/${CURATED}`)}\\?theme=dark&amp;sections=`));
  assert.match(iframe, /title="Producer vs\. Product Manager: What Are the Differences\?"/);
  assert.match(page.url(), /theme=dark/, "the builder's choices are in its URL");

  await page.locator('[data-copy="snippet-loader"]').click();
  await page.getByText("Copied: With the loader (recommended).").waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), loader);
  await closeClean(page);

  // A generated pair offers its own sections and the area; the URL restores the choices.
  const generated = await app.open(`/embed-builder/?pair=${GENERATED}&area=TX&theme=light`);
  await generated.getByText(/Embedding Producers and Directors vs\. Software Developers/).waitFor();
  assert.equal(await generated.getByLabel("Pay and jobs in").inputValue(), "TX");
  assert.ok(await generated.getByLabel("Light").isChecked());
  assert.ok(await generated.getByRole("checkbox", { name: "Employment" }).isVisible());
  assert.ok(!(await generated.getByRole("checkbox", { name: "Job Duties" }).isVisible()));
  await generated.frameLocator("#builder-preview iframe").locator("[aria-labelledby=salary]").getByText(/Texas/).first().waitFor();
  await closeClean(generated);
});
