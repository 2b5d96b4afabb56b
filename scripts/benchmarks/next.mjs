// Next: from the reader's click to the frame that shows the neighbour's title. The app fetches
// the neighbours' data ahead when the browser is idle, so after that a click should only
// render: the goal is 50 ms, the budget for a response that feels instant.
import { inFreshPage, settle, NEXT_RUNS, CPU_SLOWDOWN } from "./browser.mjs";
import { median, ms } from "./report.mjs";

const GOAL_MS = 50;

// Inside the page: the click's own timestamp (when the input happened), then the first
// mutation that changes the h1's text, then the next animation frame (the one that paints
// it); resolves to the milliseconds in between.
const ARM = () => {
  const title = () => document.querySelector("main h1")?.textContent ?? "";
  const before = title();
  window.__nextShown = new Promise((resolve) => {
    let clickedAt = null;
    addEventListener("click", (event) => (clickedAt = event.timeStamp), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (title() === before) return;
      observer.disconnect();
      const inDom = performance.now() - clickedAt;
      requestAnimationFrame(() => {
        const shownAt = performance.now();
        // What had to be fetched in between: data prefetched ahead should make this empty.
        const fetched = performance
          .getEntriesByType("resource")
          .filter((entry) => entry.startTime >= clickedAt)
          .map((entry) => new URL(entry.name).pathname);
        resolve({ ms: shownAt - clickedAt, inDom, title: title(), fetched });
      });
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
};

async function clickNext(browser, url) {
  return inFreshPage(browser, async (page) => {
    await page.goto(url, { waitUntil: "load" });
    // A served page starts the app on the reader's first interaction (public/app-start.js):
    // a pointer moving over it, as before any click.
    await page.mouse.move(5, 5);
    await page.mouse.move(9, 9);
    await page.waitForFunction(() => window.wasmBindings !== undefined);
    // The neighbours are fetched when the browser is idle: wait until that is done.
    await settle(page);
    await page.evaluate(ARM);
    await page.getByRole("link", { name: /^Next/ }).first().click();
    const shown = await page.evaluate(() => window.__nextShown);
    if (page.errors.length) throw new Error(`${url}: ${page.errors.join("; ")}`);
    return shown;
  });
}

export async function measureNext(report, browser, origin) {
  report.section(`Next (click → new title painted; our server, CPU ×${CPU_SLOWDOWN}, median of ${NEXT_RUNS})`);
  for (const [name, path] of [
    ["Next from a curated article", "/compare/producer-vs-product-manager"],
    ["Next from a generated pair", "/compare/web-developers-vs-software-developers"],
  ]) {
    const runs = [];
    for (let run = 0; run < NEXT_RUNS; run += 1) runs.push(await clickNext(browser, origin + path));
    const value = median(runs.map((run) => run.ms));
    const afterClick = [...new Set(runs.flatMap((run) => run.fetched))];
    report.figure(name, `${ms(value)} (runs ${runs.map((run) => Math.round(run.ms)).join(", ")})`, `≤ ${GOAL_MS} ms`, value <= GOAL_MS, [
      `opens "${runs[0].title}"; new title in the DOM after ${ms(median(runs.map((run) => run.inDom)))} (median), then the frame`,
      `fetched between click and title: ${afterClick.length ? afterClick.join(", ") : "none"}`,
    ]);
  }
}
