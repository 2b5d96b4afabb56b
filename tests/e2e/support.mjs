// Shared set-up for the browser tests: the release build served on loopback and Debian's
// Chromium driven by playwright-core.
import { after, before } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { launchChromium } from "./chromium.mjs";
import { serveDist } from "./static-server.mjs";
import { serveRust } from "./rust-server.mjs";

const dist = new URL("../../dist/", import.meta.url).pathname;
/**
 * Registers before/after hooks for one test file and returns a handle whose `open(path)`
 * gives a fresh page at that path with page errors collected (and checked on close). The
 * site is served as a static host would (prerendered files, the app for the rest), or with
 * `{ server: "rust" }` by our server, which renders every page.
 */
export function useApp({ server = "static" } = {}) {
  const app = { server: null, browser: null };
  before(async () => {
    assert.ok(existsSync(`${dist}/index.html`), "dist/ is missing: run `trunk build --release` first");
    app.server = server === "rust" ? await serveRust(dist) : await serveDist(dist);
    app.browser = await launchChromium();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  app.url = (path) => `${app.server.url}${path}`;
  /**
   * Opens `path` in a fresh page. With `shell`, a prerendered address is served the plain
   * app instead (as if it had no static page), so the app fetches and renders it itself.
   */
  app.open = async (path, { viewport = { width: 1024, height: 800 }, before: setUp, shell = false } = {}) => {
    const context = await app.browser.newContext({ viewport });
    const page = await context.newPage();
    if (shell) {
      const target = app.url(path.split("#")[0]);
      await page.route((url) => url.href === target, (route) => route.fulfill({ path: `${dist}/404.html`, contentType: "text/html" }));
    }
    page.errors = [];
    page.on("pageerror", (error) => page.errors.push(error.message));
    page.on("console", (message) => {
      // Panics, and anything the Content-Security-Policy (static-server.mjs) refused.
      if (/panicked at|Content Security Policy/.test(message.text())) page.errors.push(message.text());
    });
    if (setUp) await setUp(page);
    await page.goto(app.url(path));
    return page;
  };
  return app;
}

/** The text of every h1–h4 on the page, in document order. */
export function headings(page) {
  return page.locator("main :is(h1, h2, h3, h4)").allTextContents();
}

/**
 * Waits for the article heading, i.e. for the data to have arrived and rendered, for the
 * page left behind to be gone (after Next it stays in <main>, hidden, until the frame after
 * the new page is shown, and its links would match a locator too), and for the whole page:
 * an app shell writes a pair's first screen alone, and the rest once its files are in.
 */
export async function articleReady(page, title) {
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  await page.waitForFunction(() => !document.querySelector("main > [data-leaving], main[data-holding]"));
}

/**
 * Waits until the app is running. A served page starts it on the reader's first
 * interaction (public/app-start.js): a pointer moving over the page is one.
 */
export async function appStarted(page) {
  await page.mouse.move(3, 3);
  await page.mouse.move(6, 6);
  // Set once a page is brought to life (src/components/page_view.rs, APP_RUNNING).
  await page.waitForFunction(() => document.documentElement.dataset.app === "running");
}

/** Chooses an area in the area box by typing part of its name and picking the option. */
export async function chooseArea(page, typed, option) {
  await appStarted(page);
  const box = page.getByRole("combobox", { name: "Pay and jobs in" });
  await box.fill("");
  await box.pressSequentially(typed);
  await page.getByRole("option", { name: option }).first().click();
}

/** The area box's text: the name of the area shown. */
export function areaShown(page) {
  return page.getByRole("combobox", { name: "Pay and jobs in" }).inputValue();
}

/** Layout shifts (CLS as browsers report it) since the page started. */
/** The text of `locator` as a reader sees it once scrolled to it: the page's sections are
 * laid out, and so have rendered text, only as they come near the screen (content-visibility
 * in style/main.css). */
export async function textInView(locator) {
  await locator.scrollIntoViewIfNeeded();
  await locator.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))));
  return locator.innerText();
}

export async function layoutShift(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
}

/** The data requests of `page` still open, kept up to date from the moment this is called. */
export function openDataRequests(page) {
  const open = new Set();
  page.on("request", (request) => request.url().includes("/data/") && open.add(request));
  page.on("requestfinished", (request) => open.delete(request));
  page.on("requestfailed", (request) => open.delete(request));
  return open;
}

/**
 * Waits until `steady()` (a test of `open`, from `openDataRequests`) has held for 200 ms on
 * end; fails after 15 s, naming the requests still open.
 */
export async function requestsSteady(page, open, steady) {
  const deadline = Date.now() + 15_000;
  for (let since = null; ; await page.waitForTimeout(50)) {
    if (Date.now() > deadline) assert.fail(`still open: ${[...open].map((r) => r.url())}`);
    if (!steady()) since = null;
    else if ((since ??= Date.now()) < Date.now() - 200) return;
  }
}

/**
 * Waits until `path` has been requested and no data request in `open` (from
 * `openDataRequests`) has been open for 200 ms on end, then for the browser to be idle
 * twice: whatever the app does with the data it fetched is done. (The browser is idle while
 * it waits for the network, so idle callbacks alone can run before the last file arrives.)
 */
export async function dataSettled(page, open, path) {
  await page.waitForFunction(
    (path) => performance.getEntriesByType("resource").some((e) => new URL(e.name).pathname === path),
    path,
  );
  // What arrived last may ask for more once decoded: settled only if it did not.
  do {
    await requestsSteady(page, open, () => open.size === 0);
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => requestIdleCallback(done))));
    await page.waitForTimeout(50);
  } while (open.size > 0);
}

/** Fails the test when the page panicked or threw. */
export async function closeClean(page) {
  const errors = page.errors;
  await page.context().close();
  assert.deepEqual(errors, [], "the page reported errors");
}
