// The hostile data corpus (tests/hostile-data/) in the app: every case of a hand-written file
// and the built-file cases marked `browser`, each file replaced with Playwright on the plain
// app shell (so the app fetches and renders the page itself). A refused file shows exactly
// the corpus's message, without Retry, and the site keeps working (the header's link to all
// comparisons still leads somewhere). An accepted file with HTML or script in its texts
// shows them as text: no element, handler or style of theirs reaches the page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, closeClean } from "./support.mjs";
import { cases } from "../hostile-data/corpus.mjs";

const app = useApp();
const CURATED = "/compare/producer-vs-product-manager";
const GENERATED = "/compare/producers-and-directors-vs-software-developers";

const handWritten = (file) => file === "articles.json" || /^(roles|articles)\//.test(file);

/** The page that fetches the case's file first. */
function pageFor(testCase) {
  if (testCase.open) return testCase.open;
  if (testCase.file === "areas.json") return `${GENERATED}?area=austin`; // a name: looked up in the index
  if (testCase.file.startsWith("areas/")) return `${GENERATED}?area=austin-tx`;
  if (testCase.file.startsWith("occupations")) return GENERATED;
  return CURATED;
}

/** Elements, handlers and styles a payload would bring if it were parsed as HTML. */
function injected(page) {
  return page.evaluate(() => {
    const found = [...document.querySelectorAll("main script, main iframe, main style, main img[src='x'], main a[href^='javascript:']")]
      .map((element) => element.outerHTML.slice(0, 80));
    for (const element of document.querySelectorAll("*")) {
      for (const attribute of element.getAttributeNames()) {
        if (attribute.startsWith("on")) found.push(`${element.tagName} ${attribute}`);
      }
    }
    if (window.__hostile !== undefined) found.push(`ran: ${window.__hostile}`);
    return found;
  });
}

/** Everything a reader can read on the page: its text, its inputs' values and labels. */
function readable(page) {
  return page.evaluate(() => {
    const main = document.querySelector("main");
    const values = [...main.querySelectorAll("input")].map((input) => input.value);
    const labels = [...main.querySelectorAll("[aria-label], [title]")].map((e) => `${e.getAttribute("aria-label")} ${e.getAttribute("title")}`);
    return [main.textContent, ...values, ...labels].join("\n");
  });
}

const chosen = cases().filter((c) => handWritten(c.file) || c.browser);

for (const testCase of chosen) {
  test(`${testCase.name}: ${testCase.about}`, async (t) => {
    t.diagnostic(`${testCase.url} → ${testCase.expected ?? "accepted, shown as text"}`);
    const path = pageFor(testCase);
    const page = await app.open(path, {
      shell: true,
      before: async (page) => {
        await page.route(`**${testCase.url}`, (route) =>
          testCase.text === null
            ? route.fulfill({ status: 404, contentType: "text/plain", body: "Not found" })
            : route.fulfill({ status: 200, contentType: "application/json", body: testCase.text }),
        );
      },
    });
    const nav = page.getByRole("navigation", { name: "Site" });
    if (testCase.expected !== null) {
      const alert = page.getByRole("alert");
      await alert.waitFor();
      assert.ok((await alert.innerText()).includes(testCase.expected), `${await alert.innerText()}\n≠ ${testCase.expected}`);
      assert.equal(await alert.getByRole("button", { name: "Retry" }).count(), 0, "retrying cannot mend broken data");
      // The site still works: its header leads to the list of comparisons (which, without
      // the index, says why it is missing).
      await nav.getByRole("link", { name: "All comparisons" }).click();
      await page.waitForURL(app.url("/"));
      if (testCase.file === "articles.json") {
        await page.getByRole("heading", { name: "The list of comparisons could not be loaded" }).waitFor();
        assert.ok((await page.getByRole("alert").first().innerText()).includes(testCase.expected));
      } else {
        await page.getByText("12 comparisons").waitFor();
      }
    } else {
      if (path === "/") await page.getByText("12 comparisons").waitFor();
      else await page.getByRole("heading", { level: 1 }).waitFor();
      assert.equal(await page.getByRole("alert").count(), 0);
      const text = await readable(page);
      for (const payload of testCase.shows) assert.ok(text.includes(payload), `${JSON.stringify(payload)} is shown as text`);
      assert.deepEqual(await injected(page), [], "nothing of the payloads became markup");
      await nav.getByRole("link", { name: "All comparisons" }).click();
      await page.getByText("12 comparisons").waitFor();
      assert.deepEqual(await injected(page), []);
    }
    await closeClean(page);
  });
}
