import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, closeClean, appStarted } from "./support.mjs";

const app = useApp();

test("the picker reaches a pair with the keyboard alone", async () => {
  const page = await app.open("/");
  await appStarted(page);
  const first = page.getByRole("combobox", { name: "First role" });
  await first.focus();
  await page.keyboard.type("softwre dev");
  const options = page.getByRole("listbox", { name: "First role" }).getByRole("option");
  await options.first().waitFor();
  // The typo still finds both the curated role and the official occupation.
  assert.match(await options.nth(0).innerText(), /^Software Developer\nRole Compare article/);
  assert.match(await options.nth(1).innerText(), /^Software Developers\nComputer and Mathematical Occupations/);
  assert.equal(await first.getAttribute("aria-expanded"), "true");
  assert.equal(await first.getAttribute("aria-activedescendant"), "role-a-option-0");
  await page.keyboard.press("ArrowDown");
  assert.equal(await first.getAttribute("aria-activedescendant"), "role-a-option-1");
  assert.equal(await options.nth(1).getAttribute("aria-selected"), "true");
  await page.keyboard.press("Enter");
  assert.equal(await first.inputValue(), "Software Developers");
  assert.equal(await first.getAttribute("aria-expanded"), "false");

  await page.keyboard.press("Tab");
  await page.keyboard.type("actors");
  await page.getByRole("listbox", { name: "Second role" }).getByRole("option").first().waitFor();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: "Software Developers vs. Actors: What Are the Differences?" }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/compare/software-developers-vs-actors");
  await closeClean(page);
});

test("matches are highlighted, accents and case are ignored, and Escape closes the list", async () => {
  const page = await app.open("/");
  await appStarted(page);
  const first = page.getByRole("combobox", { name: "First role" });
  await first.focus();
  await page.keyboard.type("PRODÚCER");
  const option = page.getByRole("listbox", { name: "First role" }).getByRole("option").first();
  await option.waitFor();
  assert.equal(await option.locator("mark").first().innerText(), "Producer");
  await page.keyboard.press("Escape");
  assert.equal(await first.getAttribute("aria-expanded"), "false");
  await closeClean(page);
});

test("a list changed key by key reads as one written at once, and keeps its option elements", async () => {
  const page = await app.open("/");
  await appStarted(page);
  const first = page.getByRole("combobox", { name: "First role" });
  const list = page.getByRole("listbox", { name: "First role" });
  await first.focus();
  await page.keyboard.type("soft");
  await list.getByRole("option").first().waitFor();
  await list.evaluate((ul) => { window.firstOption = ul.firstElementChild; });
  await page.keyboard.type("w");
  // The app rewrote the marked letters of the option it had, not a new element.
  assert.equal(await list.evaluate((ul) => ul.firstElementChild === window.firstOption), true);
  assert.equal(await list.getByRole("option").first().locator("mark").innerText(), "Softw");
  const shownAfter = {};
  // Shorter and longer lists, a query cleared (the list closes) and one with no match.
  for (const [keys, query] of [[["Backspace", "Backspace", "Backspace", "Backspace", "Backspace"], null], ["nurse p", "nurse p"], ["ractitoner", "nurse practitoner"], [["Control+A", "Backspace"], null], ["qxzv", null], [["Control+A", "Backspace"], null], ["mechanic", "mechanic"]]) {
    if (Array.isArray(keys)) for (const key of keys) await page.keyboard.press(key);
    else await page.keyboard.type(keys);
    assert.equal(await first.getAttribute("aria-expanded"), query ? "true" : "false", `after ${keys}`);
    if (query) shownAfter[query] = await list.innerHTML();
  }
  for (const [query, html] of Object.entries(shownAfter)) {
    const fresh = await app.open("/");
    await appStarted(fresh);
    // One input event with the whole query: the list is written at once.
    await fresh.getByRole("combobox", { name: "First role" }).fill(query);
    const freshList = fresh.getByRole("listbox", { name: "First role" });
    await freshList.getByRole("option").first().waitFor();
    assert.equal(html, await freshList.innerHTML(), `the options for “${query}”`);
    await closeClean(fresh);
  }
  await closeClean(page);
});

test("the home page lists occupation groups to browse, each parsed when it opens", async () => {
  const page = await app.open("/");
  const groups = page.getByRole("region", { name: "Browse occupations by group" });
  const closed = await groups.locator("details.group").count();
  assert.ok(closed > 20, `${closed} groups`);
  // The load parsed none of the groups' links: each list is held as text until it opens.
  assert.equal(await groups.locator("a").count(), 0);
  await groups.getByText("Management Occupations", { exact: false }).first().click();
  const link = groups.getByRole("link", { name: "Chief Executives" });
  assert.match(await link.getAttribute("href"), /^\/compare\/chief-executives-vs-/);
  assert.ok(await link.isVisible());
  const management = groups.locator("details.group[open]");
  const listed = Number((await management.locator("summary").innerText()).match(/\((\d+)\)/)[1]);
  assert.equal(await management.locator("li > a").count(), listed, "every occupation the summary counts");
  assert.equal(await groups.locator("a").count(), listed, "the closed groups stay unparsed");
  // Opened another way than by its summary (find in page, a script), a group lists too.
  await page.evaluate(() => { document.querySelectorAll("details.group")[1].open = true; });
  await groups.locator("details.group").nth(1).locator("li > a").first().waitFor();
  // Closed and opened again, a group keeps the one list it has.
  await groups.locator("details.group summary").first().click();
  await groups.locator("details.group summary").first().click();
  assert.equal(await groups.locator("details.group").first().locator("ul").count(), 1);
  assert.equal(await groups.locator("details.group").first().locator("li > a").count(), listed);
  await closeClean(page);
});

test("without JavaScript the home page's groups list their occupations", async () => {
  const context = await app.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(app.url("/"));
  const groups = page.getByRole("region", { name: "Browse occupations by group" });
  await groups.getByText("Management Occupations", { exact: false }).first().click();
  const link = groups.getByRole("link", { name: "Chief Executives" });
  assert.ok(await link.isVisible());
  assert.match(await link.getAttribute("href"), /^\/compare\/chief-executives-vs-/);
  await context.close();
});
