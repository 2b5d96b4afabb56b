import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { useApp, headings, closeClean, chooseArea, areaShown, textInView, layoutShift, appStarted, articleReady } from "./support.mjs";

const app = useApp();
const occupation = (slug) =>
  JSON.parse(readFileSync(new URL(`../../public/data/occupations/${slug}.json`, import.meta.url), "utf8"));
const usd = (n) => `$${n.toLocaleString("en-US")}`;
const TITLE = "Producers and Directors vs. Software Developers: What Are the Differences?";

/** The cells of the wages table as { "Median": [a, b], … }. */
async function figures(page) {
  const rows = await page.locator("table.figures").first().locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((cell) => cell.textContent)),
  );
  return Object.fromEntries(rows.map(([label, ...cells]) => [label, cells]));
}

test("a generated pair shows both titles, O*NET descriptions and the national medians from OEWS", async () => {
  const producers = occupation("producers-and-directors");
  const developers = occupation("software-developers");
  const page = await app.open("/compare/producers-and-directors-vs-software-developers");
  await articleReady(page, TITLE);
  const outline = await headings(page);
  for (const heading of ["What do Producers and Directors do?", "What do Software Developers do?", "Salary", "Employment", "Side by side", "Sources"]) {
    assert.ok(outline.includes(heading), `missing heading ${heading}`);
  }
  // Every section's words, drawn or not (those below the screen are drawn as they come near it).
  const text = await page.locator("main").textContent();
  assert.ok(text.includes(producers.description), "the O*NET description of producers");
  assert.ok(text.includes(developers.description), "the O*NET description of developers");
  const national = await figures(page);
  assert.deepEqual(national["Median"], [usd(producers.wages.US[3]), usd(developers.wages.US[3])]);
  assert.deepEqual(national["Employment"], [producers.wages.US[0].toLocaleString("en-US"), developers.wages.US[0].toLocaleString("en-US")]);
  assert.match(text, /the median annual wage of Software Developers is \$45,620 \(50%\) higher than that of Producers and Directors/);
  assert.match(text, /O\*NET 29\.2 Database by the U\.S\. Department of Labor/);
  assert.match(text, /Occupational Employment and Wage Statistics, May 2025/);
  assert.equal(await page.title(), `${TITLE} | Role Compare`);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  assert.equal(new URL(canonical).pathname, "/compare/producers-and-directors-vs-software-developers");
  await closeClean(page);
});

test("changing the area updates the chart, the table and the URL, and a reload restores it", async () => {
  const developers = occupation("software-developers");
  const page = await app.open("/compare/producers-and-directors-vs-software-developers");
  await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
  await chooseArea(page, "californ", /^California/);
  await page.waitForFunction(() => location.search === "?area=CA");
  await page.getByText("Annual wages in California", { exact: false }).waitFor();
  assert.equal((await figures(page))["Median"][1], usd(developers.wages.CA[3]));
  assert.match(await textInView(page.locator("table.figures caption").first()), /California/);

  await page.reload();
  await articleReady(page, TITLE);
  assert.equal(await areaShown(page), "California");
  assert.equal((await figures(page))["Median"][1], usd(developers.wages.CA[3]));

  const unknownArea = await app.open("/compare/producers-and-directors-vs-software-developers?area=ZZ");
  await unknownArea.getByRole("heading", { level: 1, name: TITLE }).waitFor();
  assert.equal(await areaShown(unknownArea), "National", "unknown areas fall back to national");
  await closeClean(unknownArea);
  await closeClean(page);
});

test("swap reverses the pair and keeps the area; both orders share one canonical URL", async () => {
  const page = await app.open("/compare/producers-and-directors-vs-software-developers?area=TX");
  await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
  await page.getByRole("link", { name: "Swap order" }).click();
  await page.getByRole("heading", { level: 1, name: "Software Developers vs. Producers and Directors: What Are the Differences?" }).waitFor();
  assert.equal(new URL(page.url()).pathname + new URL(page.url()).search, "/compare/software-developers-vs-producers-and-directors?area=TX");
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  assert.equal(new URL(canonical).pathname, "/compare/producers-and-directors-vs-software-developers");
  await closeClean(page);
});

test("Next and Previous keep role A and step role B through the catalogue", async () => {
  const page = await app.open("/compare/web-developers-vs-software-developers");
  await page.getByRole("heading", { level: 1, name: "Web Developers vs. Software Developers: What Are the Differences?" }).waitFor();
  assert.equal(await page.locator('a[rel="next"]').getAttribute("href"), "/compare/web-developers-vs-software-quality-assurance-analysts-and-testers");
  assert.equal(await page.locator('a[rel="prev"]').getAttribute("href"), "/compare/web-developers-vs-computer-programmers");
  await page.locator('a[rel="next"]').click();
  // The page left stays in <main>, hidden, until the frame after the new one is shown.
  await articleReady(page, "Web Developers vs. Software Quality Assurance Analysts and Testers: What Are the Differences?");
  // Next from here would be Web Developers itself: it is skipped.
  assert.notEqual(await page.locator('a[rel="next"]').getAttribute("href"), "/compare/web-developers-vs-web-developers");
  await page.keyboard.press("ArrowLeft");
  await page.getByRole("heading", { level: 1, name: "Web Developers vs. Software Developers: What Are the Differences?" }).waitFor();
  await page.keyboard.press("ArrowLeft");
  await page.getByRole("heading", { level: 1, name: "Web Developers vs. Computer Programmers: What Are the Differences?" }).waitFor();
  await closeClean(page);
});

test("two quick presses of ← step back two comparisons", async () => {
  // The second press comes before the page shown by the first has set up its own keys: it
  // must follow that page's Previous link, not the one of the page left.
  const page = await app.open("/compare/web-developers-vs-software-quality-assurance-analysts-and-testers");
  await articleReady(page, "Web Developers vs. Software Quality Assurance Analysts and Testers: What Are the Differences?");
  // Both neighbours of the first step are prepared ahead when the browser is idle.
  await page.waitForFunction(() => document.documentElement.dataset.app === "running");
  await page.evaluate(() => new Promise((done) => requestIdleCallback(() => requestIdleCallback(done))));
  await page.waitForTimeout(300);
  // Two presses handled before the next frame, as a browser does with input queued behind
  // a busy main thread.
  await page.evaluate(() => {
    for (let i = 0; i < 2; i++) dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowLeft", bubbles: true, cancelable: true }));
  });
  await page.getByRole("heading", { level: 1, name: "Web Developers vs. Computer Programmers: What Are the Differences?" }).waitFor({ timeout: 10_000 });
  assert.equal(new URL(page.url()).pathname, "/compare/web-developers-vs-computer-programmers");
  await closeClean(page);
});

test("hourly-only occupations show no annual figure anywhere", async () => {
  const actors = occupation("actors");
  const page = await app.open("/compare/actors-vs-software-developers");
  await articleReady(page, "Actors vs. Software Developers: What Are the Differences?");
  const table = await figures(page);
  for (const row of ["10th percentile", "25th percentile", "Median", "75th percentile", "90th percentile", "Mean (average)"]) {
    assert.equal(table[row][0], "hourly pay only", row);
  }
  assert.equal(table["Median hourly wage"][0], `$${(actors.wages.US[7] / 100).toFixed(2)} an hour`);
  // Read as drawn: the salary section is laid out only once it comes near the screen.
  assert.match(await textInView(page.locator('section[aria-labelledby="salary"]')), /Actors are paid by the hour or not year-round/);
  await closeClean(page);
});

test("a pair opened through the app shell asks for each data file once, and for none that is missing", async () => {
  // A curated role (its own file under roles/) with an official occupation: the app asks for
  // the occupation's file before it has decoded the catalogue, but not for one the role has not.
  const asked = [];
  const page = await app.open("/compare/producer-vs-software-developers", {
    shell: true,
    before: (page) => page.on("response", (response) => {
      const path = new URL(response.url()).pathname;
      if (path.startsWith("/data/")) asked.push(`${response.status()} ${path}`);
    }),
  });
  await page.getByRole("heading", { level: 1, name: "Producer vs. Software Developers: What Are the Differences?" }).waitFor();
  await page.waitForLoadState("networkidle");
  assert.deepEqual(asked.filter((line) => !line.startsWith("200 ")), [], "every data file asked for is there");
  assert.deepEqual(asked, [...new Set(asked)], "no data file is asked for twice");
  for (const file of ["/data/roles/producer.json", "/data/occupations/software-developers.json"]) {
    assert.ok(asked.includes(`200 ${file}`), `asked for ${file}: ${asked.join(", ")}`);
  }
  assert.ok(!asked.some((line) => line.includes("/data/occupations/producer.json")));
  await closeClean(page);
});

test("an app shell asks for its pair's occupation files while the app is still on its way, once", async () => {
  // The wasm is held until both files have been asked for (10 s at most): so the shell's own
  // script asked for them (public/pair-files.js), and the app then uses what it asked for.
  const files = ["/data/occupations/web-developers.json", "/data/occupations/software-developers.json"];
  const asked = [];
  let askedBoth;
  const bothAsked = new Promise((resolve) => (askedBoth = resolve));
  let askedBeforeTheApp = null;
  const page = await app.open("/compare/web-developers-vs-software-developers", {
    shell: true,
    before: async (page) => {
      page.on("request", (request) => {
        const path = new URL(request.url()).pathname;
        if (!path.startsWith("/data/")) return;
        asked.push(path);
        if (files.every((file) => asked.includes(file))) askedBoth();
      });
      await page.route("**/*_bg.wasm", async (route) => {
        const timeUp = new Promise((resolve) => setTimeout(() => resolve(false), 10_000));
        askedBeforeTheApp = await Promise.race([bothAsked.then(() => true), timeUp]);
        await route.continue();
      });
    },
  });
  await page.getByRole("heading", { level: 1, name: "Web Developers vs. Software Developers: What Are the Differences?" }).waitFor();
  assert.equal(askedBeforeTheApp, true, `asked before the wasm arrived: ${asked.join(", ")}`);
  await page.waitForLoadState("networkidle");
  for (const file of files) assert.equal(asked.filter((path) => path === file).length, 1, `${file} asked for once`);
  await closeClean(page);
});

test("through the app shell, a pair's first screen is written first, the rest joins it a frame later, and nothing shifts", async () => {
  const page = await app.open("/compare/web-developers-vs-software-developers", {
    shell: true,
    viewport: { width: 412, height: 823 },
    before: (page) =>
      page.addInitScript(() => {
        // What the app wrote, as it wrote it: read in the microtask after its render.
        window.firstWritten = new Promise((resolve) => {
          new MutationObserver((_, observer) => {
            if (!document.querySelector("main h1")) return;
            observer.disconnect();
            // The first screen's largest text, whose paint is the page's LCP.
            window.firstDescription = document.querySelector("#what-is-web-developers + p");
            resolve({
              sections: [...document.querySelectorAll("main h2")].map((h2) => h2.textContent),
              differences: document.getElementById("differences") !== null,
              holding: document.querySelector("main").hasAttribute("data-holding"),
              footerBelowScreen: document.querySelector("body > footer").getBoundingClientRect().top >= innerHeight,
              tabTitle: document.title,
            });
          }).observe(document, { subtree: true, childList: true });
        });
      }),
  });
  const written = await page.evaluate(() => window.firstWritten);
  assert.deepEqual(written, {
    sections: ["What do Web Developers do?", "What do Software Developers do?"],
    differences: false,
    holding: true,
    footerBelowScreen: true,
    // The tab is named once the first screen is painted, out of that paint's way.
    tabTitle: "Role Compare: career comparisons, side by side",
  });
  await page.waitForFunction(() => document.getElementById("differences") && !document.querySelector("main [data-held-back], main[data-holding]"));
  assert.equal(await page.title(), "Web Developers vs. Software Developers: What Are the Differences? | Role Compare");
  assert.ok(await page.evaluate(() => window.firstDescription.isConnected), "the first screen's nodes stay: the rest is added after them");
  assert.equal(await page.locator("main h1").count(), 1);
  assert.equal(await page.locator("#what-is-web-developers").count(), 1);
  const shift = await layoutShift(page);
  assert.ok(shift <= 0.02, `layout shift ${shift}`);
  const compare = page.getByRole("button", { name: "Compare" });
  await compare.scrollIntoViewIfNeeded();
  assert.ok(await compare.isVisible(), "the picker at the end of the page is shown");
  await closeClean(page);
});

test("an app shell's skeleton starts where it starts, however much of it has been parsed", async () => {
  // A frame can be painted while the parser is inside the skeleton (a slow phone): what it
  // has added so far must not move when the rest comes. The wasm is held, so the shell stays.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  const page = await app.open("/compare/web-developers-vs-software-developers", {
    shell: true,
    viewport: { width: 412, height: 823 },
    before: (page) =>
      page.route("**/*_bg.wasm", async (route) => {
        await held;
        await route.continue();
      }),
  });
  await page.locator(".skeleton").waitFor();
  const tops = await page.evaluate(() => {
    const top = (selector) => document.querySelector(selector).getBoundingClientRect().top;
    const whole = { page: top("main .page"), skeleton: top(".skeleton") };
    // As it was before the parser reached the lines: the status line only.
    for (const part of [...document.querySelector(".skeleton").children].slice(1)) part.remove();
    return { whole, partial: { page: top("main .page"), skeleton: top(".skeleton") } };
  });
  assert.deepEqual(tops.partial, tops.whole);
  release();
  await closeClean(page);
});

test("through the app shell in a hidden tab, which paints nothing, the first screen names the tab as it is written", async () => {
  const page = await app.open("/compare/web-developers-vs-software-developers", {
    shell: true,
    before: (page) =>
      page.addInitScript(() => {
        Object.defineProperty(document, "hidden", { get: () => true });
        window.firstTitle = new Promise((resolve) => {
          new MutationObserver((_, observer) => {
            if (!document.querySelector("main h1")) return;
            observer.disconnect();
            resolve(document.title);
          }).observe(document, { subtree: true, childList: true });
        });
      }),
  });
  assert.equal(await page.evaluate(() => window.firstTitle), "Web Developers vs. Software Developers: What Are the Differences? | Role Compare");
  await appStarted(page);
  await closeClean(page);
});

test("through the app shell, a pair's first screen comes from the roles' own files, before the index and the catalogue", async () => {
  // The article index and the catalogue held back: the two occupations' files and the map
  // (for the state's name) are enough for the first screen, as the shell lists the curated
  // roles; the rest of the page waits for the two.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  const hold = async (route) => {
    await held;
    await route.continue();
  };
  const page = await app.open("/compare/web-developers-vs-software-developers?area=CA", {
    shell: true,
    viewport: { width: 412, height: 823 },
    before: async (page) => {
      await page.route("**/data/occupations.json", hold);
      await page.route("**/data/articles.json", hold);
    },
  });
  await page.getByRole("heading", { level: 1, name: "Web Developers vs. Software Developers: What Are the Differences?" }).waitFor();
  assert.equal(await areaShown(page), "California");
  assert.deepEqual(await page.locator("main h2").allTextContents(), ["What do Web Developers do?", "What do Software Developers do?"]);
  const description = occupation("web-developers").description;
  assert.equal(await page.locator("#what-is-web-developers + p").textContent(), description);
  await page.waitForTimeout(300);
  assert.equal(await page.locator("#differences").count(), 0, "the rest waits for the index and the catalogue");
  release();
  await page.waitForFunction(() => document.getElementById("differences") && !document.querySelector("main[data-holding]"));
  assert.equal((await figures(page))["Median"][1], usd(occupation("software-developers").wages.CA[3]));
  assert.equal(await page.locator("main h1").count(), 1);
  assert.equal(await areaShown(page), "California");
  await appStarted(page);
  await closeClean(page);
});

test("a page written while the reader is scrolled down shows every part at once, where they were", async () => {
  const page = await app.open("/compare/producers-and-directors-vs-software-developers", { viewport: { width: 412, height: 823 } });
  await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
  await appStarted(page);
  await page.evaluate(() => scrollTo(0, 150));
  await page.waitForFunction(() => scrollY === 150);
  // Held back for a frame only from the top of a page: here the first screen is lower down.
  await page.evaluate(() => {
    window.heldBack = 0;
    new MutationObserver(() => (window.heldBack += document.querySelectorAll("main [data-held-back], main[data-holding]").length)).observe(
      document.querySelector("main"),
      { subtree: true, childList: true, attributes: true },
    );
  });
  await chooseArea(page, "californ", /^California/);
  await page.getByText("Annual wages in California", { exact: false }).waitFor();
  assert.equal(await page.evaluate(() => window.heldBack), 0, "nothing was held back");
  assert.equal(await page.evaluate(() => scrollY), 150, "the reader stays where they were");
  await closeClean(page);
});

test("an unknown slug offers the closest roles, and a role compared with itself is explained", async () => {
  const page = await app.open("/compare/sofware-developers-vs-actors");
  await page.getByRole("heading", { level: 1, name: "Comparison not found" }).waitFor();
  await page.getByText("We do not know the role “sofware developers”.").waitFor();
  const first = page.getByRole("region", { name: "Did you mean" }).getByRole("link").first();
  assert.equal(await first.innerText(), "Software Developers");
  await first.click();
  await page.getByRole("heading", { level: 1, name: "Software Developers vs. Actors: What Are the Differences?" }).waitFor();
  await closeClean(page);

  const same = await app.open("/compare/actors-vs-actors");
  await same.getByRole("heading", { level: 1, name: "Comparison not found" }).waitFor();
  await same.getByText("compares a role with itself", { exact: false }).waitFor();
  await closeClean(same);
});

test("a URL with area, view and section reproduces that view; unknown values fall back", async () => {
  const developers = occupation("software-developers");
  const page = await app.open("/compare/producers-and-directors-vs-software-developers?area=CA&view=table#all-figures", {
    viewport: { width: 390, height: 700 },
  });
  await page.getByRole("heading", { level: 2, name: "All figures side by side" }).waitFor();
  assert.equal(await areaShown(page), "California");
  assert.equal(await page.getByRole("navigation", { name: "View" }).getByRole("link", { name: "Table" }).getAttribute("aria-current"), "page");
  assert.match(await textInView(page.locator("table.figures caption").first()), /California/);
  assert.equal((await figures(page))["Median"][1], usd(developers.wages.CA[3]));
  assert.equal(await page.getByRole("heading", { name: "Salary" }).count(), 0, "the table view has no article sections");
  await page.waitForFunction(() => document.getElementById("all-figures")?.getBoundingClientRect().top < innerHeight / 2);

  await page.getByRole("navigation", { name: "View" }).getByRole("link", { name: "Article" }).click();
  await page.getByRole("heading", { level: 3, name: "Salary" }).waitFor();
  assert.equal(new URL(page.url()).search, "?area=CA");
  await closeClean(page);

  const odd = await app.open("/compare/producers-and-directors-vs-software-developers?area=ZZ&view=chart");
  await odd.getByRole("heading", { level: 3, name: "Salary" }).waitFor();
  assert.equal(await areaShown(odd), "National");
  await closeClean(odd);
});
