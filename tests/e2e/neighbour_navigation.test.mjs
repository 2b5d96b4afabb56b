import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, articleReady, appStarted, closeClean, openDataRequests, dataSettled, layoutShift } from "./support.mjs";

const app = useApp();
const PRODUCER = "Producer vs. Product Manager: What Are the Differences?";
const CONSTRUCTION = "Construction Superintendent vs. Foreman: What Are the Differences?";
const SALES = "Sales Analyst vs. Business Analyst: What Are the Differences?";

test("Previous and Next name and link the neighbouring comparisons", async () => {
  const page = await app.open("/compare/producer-vs-product-manager");
  await articleReady(page, PRODUCER);
  const prev = page.locator('a[rel="prev"]');
  const next = page.locator('a[rel="next"]');
  assert.match(await prev.innerText(), /Sales Analyst vs\. Business Analyst/);
  assert.equal(await prev.getAttribute("href"), "/compare/sales-analyst-vs-business-analyst");
  assert.match(await next.innerText(), /Construction Superintendent vs\. Foreman/);
  assert.equal(await next.getAttribute("href"), "/compare/construction-superintendent-vs-foreman");
  await page.getByRole("navigation", { name: "More comparisons" }).getByRole("link", { name: "All comparisons" }).waitFor();

  // With the app running and Next prepared ahead (its article fetched when idle), a click
  // shows the prepared page in front of the one left, which stays hidden only until the
  // frame that shows the new one: then `<main>` holds one page, and the focus.
  await appStarted(page);
  await page.waitForFunction(() =>
    performance.getEntriesByType("resource").some((e) => e.name.includes("construction-superintendent-vs-foreman")),
  );
  await next.click();
  await articleReady(page, CONSTRUCTION);
  assert.equal(new URL(page.url()).pathname, "/compare/construction-superintendent-vs-foreman");
  await page.waitForFunction(() => !document.querySelector("main > [data-leaving]"));
  assert.equal(await page.locator("main > *").count(), 1);
  assert.equal(await page.locator("main h1").count(), 1);
  assert.equal(await page.evaluate(() => document.activeElement?.id), "main");
  await page.locator('a[rel="prev"]').click();
  await articleReady(page, PRODUCER);
  await page.locator('a[rel="prev"]').click();
  await articleReady(page, SALES);
  await closeClean(page);
});

test("a prepared Next is shown in the click's own task, then comes to life", async () => {
  let open;
  const page = await app.open("/compare/producer-vs-product-manager", { before: (page) => (open = openDataRequests(page)) });
  await articleReady(page, PRODUCER);
  await appStarted(page);
  // Prepared as soon as all its data is in: the article, then its roles, then the official
  // occupations they name.
  await dataSettled(page, open, "/data/articles/construction-superintendent-vs-foreman.json");
  // The new page is in <main> when the click's handlers return, before anything else runs
  // (the route's effects wait until after the frame that shows it).
  // What starts below the first screen (the differences on) is held back from that frame.
  // On this 1024×800 window the list of contents is on the first screen, and shown at once.
  const atOnce = await page.evaluate(() => {
    document.querySelector('a[rel="next"]').click();
    const differences = document.getElementById("differences").closest("section");
    return {
      title: document.querySelector("main h1").textContent,
      path: location.pathname,
      heldBack: differences.hasAttribute("data-held-back") && getComputedStyle(differences).display,
      contents: getComputedStyle(document.querySelector("main nav.contents")).display,
    };
  });
  assert.deepEqual(atOnce, {
    title: CONSTRUCTION,
    path: "/compare/construction-superintendent-vs-foreman",
    heldBack: "none",
    contents: "block",
  });
  // Then the route follows: the page left goes, the parts held back are shown, nothing is
  // marked busy, the document is named after the new page, <main> has the focus, and the
  // page's own keys work.
  await page.waitForFunction(() => !document.querySelector("main > [data-leaving], main [data-held-back], main[data-holding]"));
  const picker = page.getByRole("button", { name: "Compare" });
  await picker.scrollIntoViewIfNeeded();
  assert.ok(await picker.isVisible(), "the picker at the end of the page is shown");
  await page.evaluate(() => scrollTo(0, 0));
  await page.waitForFunction(() => document.title.startsWith("Construction Superintendent vs. Foreman"));
  const meta = await page.evaluate(() => ({
    description: document.querySelector('meta[name="description"]').content,
    canonical: new URL(document.querySelector('link[rel="canonical"]').href).pathname,
  }));
  assert.equal(meta.canonical, "/compare/construction-superintendent-vs-foreman");
  assert.match(meta.description, /superintendent/i);
  assert.equal(await page.locator("main > *").count(), 1);
  assert.equal(await page.locator("main[aria-busy]").count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement?.id), "main");
  await page.waitForTimeout(100);
  await page.keyboard.press("ArrowLeft");
  await articleReady(page, PRODUCER);
  assert.equal(new URL(page.url()).pathname, "/compare/producer-vs-product-manager");
  await closeClean(page);
});

test("on a phone, a prepared Next shows the title and intro first, the rest of the article a frame later", async () => {
  let open;
  const page = await app.open("/compare/producer-vs-product-manager", {
    viewport: { width: 412, height: 823 },
    before: (page) => (open = openDataRequests(page)),
  });
  await articleReady(page, PRODUCER);
  await appStarted(page);
  await dataSettled(page, open, "/data/articles/construction-superintendent-vs-foreman.json");
  // In the frame that shows the new page, the title and intro fill the screen; the list of
  // contents and the "What is" sections, which start below it, wait with the differences.
  const atOnce = await page.evaluate(() => {
    document.querySelector('a[rel="next"]').click();
    const shown = (element) => getComputedStyle(element).display !== "none";
    const contents = document.querySelector("main nav.contents");
    const intro = document.querySelector("main .intro");
    return {
      title: document.querySelector("main h1").textContent,
      intro: shown(intro),
      introReachesPastScreen: intro.getBoundingClientRect().bottom > innerHeight,
      contents: shown(contents),
      whatIs: [...document.querySelectorAll("main .article > section")].slice(0, 2).map(shown),
    };
  });
  assert.deepEqual(atOnce, {
    title: CONSTRUCTION,
    intro: true,
    introReachesPastScreen: true,
    contents: false,
    whatIs: [false, false],
  });
  // A frame later everything is shown, below the screen: nothing on it moved.
  await page.waitForFunction(() => !document.querySelector("main [data-held-back-on-phones], main [data-held-back], main[data-holding]"));
  const contentsTop = await page.evaluate(() => document.querySelector("main nav.contents").getBoundingClientRect().top);
  assert.ok(contentsTop >= 823, `the list of contents starts below the screen (at ${contentsTop} px)`);
  assert.equal(await layoutShift(page), 0);
  await closeClean(page);
});

/**
 * Waits for the article and for the page's scripts: before the app starts, the arrow keys
 * are followed by public/app-start.js, whose listener a key pressed during a page load can
 * beat (a module script, it runs only once the document is parsed and the script fetched).
 */
async function pageReady(page, title) {
  await articleReady(page, title);
  await page.waitForLoadState("load");
}

test("the arrow keys go to the previous and next comparisons", async () => {
  const page = await app.open("/compare/producer-vs-product-manager");
  await pageReady(page, PRODUCER);
  await page.keyboard.press("ArrowRight");
  await pageReady(page, CONSTRUCTION);
  await page.keyboard.press("ArrowLeft");
  await pageReady(page, PRODUCER);
  await page.keyboard.press("ArrowLeft");
  await pageReady(page, SALES);
  assert.equal(new URL(page.url()).pathname, "/compare/sales-analyst-vs-business-analyst");
  await page.goBack();
  await articleReady(page, PRODUCER);
  await closeClean(page);
});

test("the first and last comparisons have no link past the end", async () => {
  const first = await app.open("/compare/data-scientist-vs-statistician");
  await articleReady(first, "Data Scientist vs. Statistician: What Are the Differences?");
  assert.equal(await first.locator('a[rel="prev"]').count(), 0);
  assert.equal(await first.locator('a[rel="next"]').count(), 1);
  await first.keyboard.press("ArrowLeft");
  await first.waitForTimeout(200);
  assert.equal(new URL(first.url()).pathname, "/compare/data-scientist-vs-statistician");
  await closeClean(first);

  const last = await app.open("/compare/human-resources-specialist-vs-human-resources-manager");
  await articleReady(last, "Human Resources Specialist vs. Human Resources Manager: What Are the Differences?");
  assert.equal(await last.locator('a[rel="next"]').count(), 0);
  assert.equal(await last.locator('a[rel="prev"]').count(), 1);
  await closeClean(last);
});
