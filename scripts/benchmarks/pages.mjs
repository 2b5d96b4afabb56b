// First visits: LCP of each kind of page against its physical limit, layout shift, and the
// home page's total blocking time.
//
// The limit for a page is a *snapshot*: the same server-rendered HTML with the app taken out
// (site.mjs), served by the same server from a file, so it has the same bytes, CSS and
// compression and nothing but the app differs. A page that is adopted as it was served should
// paint its largest element when its snapshot does; a page the app has to fetch and render
// itself (the static host's app shell) pays for the wasm and the data first.
import { alternating, inFreshPage, settle, LCP_RUNS, RUNS, CPU_SLOWDOWN, PHONE } from "./browser.mjs";
import { median, medianRatio, ms } from "./report.mjs";

const LCP_RATIO_SERVER = 1.1;
const LCP_RATIO_STATIC_SHELL = 1.5;
const CLS_GOAL = 0.02;
const TBT_GOAL_MS = 50;

// Long tasks are not in the performance timeline (getEntriesByType), and whether a buffered
// observer replays them differs between versions, so an observer from the document's start
// collects them; the app's start time helps to say which task is whose. It runs on the page
// and on its snapshot alike.
const EARLY_OBSERVERS = () => {
  window.__bench = { longTasks: [], appStarted: null };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask" });
  addEventListener("TrunkApplicationStarted", () => (window.__bench.appStarted = performance.now()));
};

/** What the browser recorded for this visit, read after the page settled. */
const READ_METRICS = () =>
  new Promise((resolve) => {
    const out = { lcp: null, lcpElement: "", cls: 0, shifts: [] };
    const describe = (element) => {
      if (!element) return "(removed element)";
      const name = element.tagName.toLowerCase() + (element.className ? `.${String(element.className).split(" ")[0]}` : "");
      return `${name} "${(element.textContent ?? "").trim().slice(0, 40)}"`;
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        out.lcp = entry.startTime;
        out.lcpElement = describe(entry.element);
      }
    }).observe({ type: "largest-contentful-paint", buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        out.cls += entry.value;
        const moved = entry.sources?.map((source) => describe(source.node)).join(", ");
        out.shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms (${moved || "?"})`);
      }
    }).observe({ type: "layout-shift", buffered: true });
    setTimeout(() => {
      const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null;
      const ttfb = performance.getEntriesByType("navigation")[0]?.responseStart ?? null;
      resolve({ ...out, fcp, ttfb, ...window.__bench, elements: document.getElementsByTagName("*").length });
    }, 200);
  });

/** One first visit of `url`: its metrics once the page is quiet. */
export function visit(browser, url) {
  return inFreshPage(
    browser,
    async (page) => {
      await page.goto(url, { waitUntil: "load" });
      await settle(page);
      const metrics = await page.evaluate(READ_METRICS);
      if (page.errors.length) throw new Error(`${url}: ${page.errors.join("; ")}`);
      if (metrics.lcp === null) throw new Error(`${url}: no largest contentful paint`);
      return metrics;
    },
    { setUp: (page) => page.addInitScript(EARLY_OBSERVERS) },
  );
}

/**
 * Lighthouse's total blocking time: the part over 50 ms of every long task after first
 * contentful paint (a task that straddles FCP counts from FCP).
 */
export function blockingTime({ fcp, longTasks }) {
  let total = 0;
  for (const { start, duration } of longTasks) {
    const counted = start + duration - Math.max(start, fcp);
    if (counted > 50) total += counted - 50;
  }
  return total;
}

const layoutShiftLine = (report, name, runs) => {
  // The worst run, not the median: a shift that happens once in seven visits still happens.
  const worst = runs.reduce((a, b) => (b.cls > a.cls ? b : a));
  report.figure(`CLS ${name}`, `${worst.cls.toFixed(4)} (worst of ${runs.length})`, `≤ ${CLS_GOAL}`, worst.cls <= CLS_GOAL, worst.shifts);
};

/**
 * LCP page ÷ snapshot for each of `pairs` ({ name, url, snapshot, goal }) on one host, and
 * CLS for each page; returns the home page's runs for the blocking time, if measured.
 */
async function lcpAgainstSnapshots(report, browser, pairs) {
  const runsByPage = {};
  for (const pair of pairs) {
    const [pages, snapshots] = await alternating([pair.url, pair.snapshot], (url) => visit(browser, url), LCP_RUNS);
    runsByPage[pair.name] = pages;
    const [pageLcps, snapshotLcps] = [pages, snapshots].map((runs) => runs.map((run) => run.lcp));
    const page = median(pageLcps);
    const snapshot = median(snapshotLcps);
    const ratio = medianRatio(pageLcps, snapshotLcps);
    const elements = [...new Set(pages.map((run) => run.lcpElement))].join(" / ");
    const snapshotElements = [...new Set(snapshots.map((run) => run.lcpElement))].join(" / ");
    report.figure(
      `LCP ${pair.name} ÷ snapshot`,
      `${ratio.toFixed(2)}× (medians ${ms(page)} vs ${ms(snapshot)})`,
      `≤ ${pair.goal}×`,
      ratio <= pair.goal,
      [
        ...(pair.note ? [pair.note] : []),
        `the ratio is the median of all ${pages.length * snapshots.length} page run ÷ snapshot run ratios (Hodges–Lehmann); the ratio of the two medians is ${(page / snapshot).toFixed(2)}×`,
        `runs (ms): page ${pageLcps.map(Math.round).join(", ")}; snapshot ${snapshotLcps.map(Math.round).join(", ")}`,
        `largest element: page ${elements}; snapshot ${snapshotElements}`,
        `median first byte: page ${ms(median(pages.map((run) => run.ttfb)))}, snapshot ${ms(median(snapshots.map((run) => run.ttfb)))}; FCP: page ${ms(median(pages.map((run) => run.fcp)))}, snapshot ${ms(median(snapshots.map((run) => run.fcp)))}`,
      ],
    );
    layoutShiftLine(report, pair.name, pages);
  }
  return runsByPage;
}

/** Everything about first visits to pages of our server; `snapshots` maps name → path. */
export async function measureServerPages(report, browser, origin, snapshots) {
  report.section(
    `First visits, our server (CPU ×${CPU_SLOWDOWN}, ${PHONE.width}×${PHONE.height}, fresh context each; LCP: ${LCP_RUNS} alternating runs each, the median ratio of page to snapshot runs)`,
  );
  const pairs = [
    { name: "home / (server)", url: "/", snapshot: snapshots.home },
    { name: "curated article (server)", url: "/compare/producer-vs-product-manager", snapshot: snapshots.curated },
    { name: "generated pair, not in sitemap (server)", url: GENERATED, snapshot: snapshots.generated },
    {
      name: "embed of a generated pair (server)",
      url: "/embed/compare/web-developers-vs-software-developers",
      snapshot: snapshots.embed,
      // The server renders embeds without the app, so there is nothing to take out.
      note: "page and snapshot are the same bytes (embeds have no app): this line is the measurement's own noise",
    },
  ].map((pair) => ({ ...pair, url: origin + pair.url, snapshot: origin + pair.snapshot, goal: LCP_RATIO_SERVER }));
  const runs = await lcpAgainstSnapshots(report, browser, pairs);

  const home = runs[pairs[0].name];
  const tbts = home.map(blockingTime);
  const tbt = median(tbts);
  const byTbt = tbts.map((_, index) => index).sort((a, b) => tbts[a] - tbts[b]);
  const typical = home[byTbt[Math.floor(byTbt.length / 2)]];
  report.figure(
    "home total blocking time (server)",
    `${ms(tbt)} (runs ${tbts.map((t) => Math.round(t)).join(", ")})`,
    `≤ ${TBT_GOAL_MS} ms`,
    tbt <= TBT_GOAL_MS,
    [
      `median run: FCP ${ms(typical.fcp)}, app started ${typical.appStarted === null ? "never" : ms(typical.appStarted)}; long tasks:`,
      ...typical.longTasks.map(({ start, duration }) => `  ${ms(duration)} from ${ms(start)} to ${ms(start + duration)}`),
    ],
  );
  report.info("home DOM elements (server)", String(median(home.map((run) => run.elements))));
}

export const GENERATED = "/compare/web-developers-vs-software-developers?area=CA";
// A generated pair that the sitemap lists, so a static host has its prerendered file.
export const SITEMAP_PAIR = "/compare/facilities-managers-vs-security-managers";

/** First visits on a static host (no server): prerendered pages, and the app shell for the rest. */
export async function measureStaticPages(report, browser, origin, snapshots) {
  report.section(`First visits, static host without our server (CPU ×${CPU_SLOWDOWN}; LCP ${LCP_RUNS} alternating runs, CLS ${RUNS} runs)`);
  // The pages must be what their names say: one pair prerendered, the other not.
  const sitemap = await (await fetch(`${origin}/sitemap.xml`)).text();
  const listed = (path) => sitemap.includes(`${path.split("?")[0]}</loc>`);
  if (!listed(SITEMAP_PAIR) || listed(GENERATED)) throw new Error(`sitemap.xml must list ${SITEMAP_PAIR} and not ${GENERATED}`);
  await lcpAgainstSnapshots(report, browser, [
    {
      name: "generated pair via the app shell (static)",
      url: origin + GENERATED,
      snapshot: origin + snapshots.generated,
      goal: LCP_RATIO_STATIC_SHELL,
    },
  ]);
  for (const [name, path] of [
    ["home / (static)", "/"],
    ["curated article (static)", "/compare/producer-vs-product-manager"],
    ["generated pair in sitemap (static)", SITEMAP_PAIR],
  ]) {
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await visit(browser, origin + path));
    layoutShiftLine(report, name, runs);
  }
}
