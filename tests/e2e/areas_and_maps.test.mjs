// Part 6: pay where the reader lives (any of 528 metro and nonmetro areas), where each job is
// done (industries), and where the jobs are (a map of the states and the top areas).
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, closeClean, appStarted, chooseArea } from "./support.mjs";

const app = useApp({ server: "rust" });
const PAIR = "software-developers-vs-web-developers";
const areaBox = (page) => page.getByRole("combobox", { name: "Pay and jobs in" });

test("choosing a metro area by typing part of its name shows pay there, and the URL keeps it", async () => {
  const page = await app.open(`/compare/${PAIR}`);
  await appStarted(page);
  const box = areaBox(page);
  await box.fill("");
  await box.pressSequentially("austin");
  const option = page.getByRole("option", { name: /Austin-Round Rock-San Marcos, TX/ });
  await option.waitFor();
  await option.click();
  await page.waitForFunction(() => new URLSearchParams(location.search).get("area") === "austin-tx");
  const salary = page.locator("section[aria-labelledby=salary]");
  await salary.getByText(/In Austin-Round Rock-San Marcos, TX, the median annual wage/).waitFor();
  await salary.getByRole("table").getByText("Median", { exact: true }).waitFor();
  assert.equal(await areaBox(page).inputValue(), "Austin-Round Rock-San Marcos, TX");
  await page.reload();
  await page.locator("section[aria-labelledby=salary]").getByText(/In Austin-Round Rock-San Marcos, TX/).waitFor();
  await closeClean(page);
});

test("the area box works with the keyboard alone, and nonmetro areas say which part of which state", async () => {
  const page = await app.open(`/compare/${PAIR}`);
  await appStarted(page);
  const box = areaBox(page);
  await box.focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("northwest alabama");
  const option = page.getByRole("option", { name: /Northwest Alabama nonmetropolitan area/ });
  await option.waitFor();
  assert.match(await option.innerText(), /Alabama/);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => new URLSearchParams(location.search).get("area") === "northwest-alabama-nonmetro");
  await page.locator("section[aria-labelledby=salary]").getByText(/Northwest Alabama nonmetropolitan area/).first().waitFor();
  await closeClean(page);
});

test("an unknown area falls back to national figures and says so", async () => {
  const page = await app.open(`/compare/${PAIR}?area=qqxqq`);
  await page.getByText("We have no figures for an area called “qqxqq”, so these are national figures.").waitFor();
  await page.locator("section[aria-labelledby=salary]").getByText(/In the United States/).waitFor();
  await closeClean(page);
});

test("the maps have a shape per state, each titled with its figure, a legend and a table", async () => {
  const page = await app.open(`/compare/${PAIR}`);
  const maps = page.locator("section[aria-labelledby=where-the-jobs-are] figure.us-map");
  assert.equal(await maps.count(), 2, "one map per role");
  for (const map of await maps.all()) {
    const titles = await map.locator("svg path title").allTextContents();
    assert.equal(titles.length, 51, "50 states and DC");
    assert.ok(titles.every((t) => /^[A-Z][A-Za-z .]+: (.+ jobs per 1,000|jobs per 1,000 not published)$/.test(t)), titles.join("\n"));
    assert.match(await map.locator("svg").getAttribute("aria-label"), /jobs per 1,000 jobs/);
  }
  assert.ok((await page.locator(".map-legend li").count()) >= 6, "five shades and 'not published'");
  await page.getByText("The maps as a table").click();
  const rows = page.locator("section[aria-labelledby=where-the-jobs-are] .map-table tbody tr");
  assert.equal(await rows.count(), 51);
  await page.locator("section[aria-labelledby=where-the-jobs-are] .top-areas").first().getByText(/as concentrated as in the country as a whole/).first().waitFor();
  await closeClean(page);
});

test("the maps switch between jobs per 1,000 and median pay, and the URL reproduces it", async () => {
  const page = await app.open(`/compare/${PAIR}`);
  await appStarted(page);
  await page.getByRole("navigation", { name: "Shade the maps by" }).getByRole("link", { name: "Median pay" }).click();
  await page.waitForFunction(() => location.search.includes("map=pay") && location.hash === "#where-the-jobs-are");
  const first = page.locator("figure.us-map").first().locator("svg path title").first();
  await page.waitForFunction(() => /median/.test(document.querySelector("figure.us-map svg path title")?.textContent ?? ""));
  assert.match(await first.textContent(), /median (\$[\d,]+|≥ \$239,200)|not published|by the hour/);
  // The address alone reproduces the view: area, shading and section.
  const direct = await app.open(`/compare/${PAIR}?area=TX&map=pay#where-the-jobs-are`);
  assert.equal(await areaBox(direct).inputValue(), "Texas");
  assert.equal(
    await direct.getByRole("navigation", { name: "Shade the maps by" }).getByRole("link", { name: "Median pay" }).getAttribute("aria-current"),
    "true",
  );
  await direct.waitForFunction(() => {
    const heading = document.getElementById("where-the-jobs-are");
    const box = heading?.getBoundingClientRect();
    return box && box.top >= 0 && box.top < innerHeight;
  });
  await closeClean(direct);
  await closeClean(page);
});

test("where they work: both roles' industries side by side, shared ones marked", async () => {
  const page = await app.open(`/compare/${PAIR}`);
  const section = page.locator("section[aria-labelledby=work-environment]");
  const columns = section.locator(".role-points-column");
  assert.equal(await columns.count(), 2);
  for (const column of await columns.all()) {
    const items = column.locator("ol.industries li");
    assert.ok((await items.count()) >= 3);
    assert.match(await items.first().innerText(), /\d+\.\d%/);
  }
  const shared = section.locator("li.shared");
  assert.ok((await shared.count()) >= 2, "industries both employ are marked in both columns");
  assert.match(await shared.first().innerText(), /Both roles/);
  await closeClean(page);
});

test("a curated article shows its official occupations' industries and map", async () => {
  const page = await app.open("/compare/producer-vs-product-manager");
  await page.getByRole("heading", { name: "Where they work: official data" }).waitFor();
  await page.getByRole("heading", { level: 3, name: "Where the Jobs Are" }).waitFor();
  assert.equal(await page.locator("figure.us-map svg path").count(), 102, "two maps of 51 shapes");
  await page.getByText("Map: U.S. Census Bureau cartographic boundary files, via us-atlas.").waitFor();
  await closeClean(page);
});

test("an area rendered by the app from fetched data matches the server's page", async () => {
  // Start on the national page (adopted), then move to a metro: the app renders it.
  const page = await app.open(`/compare/${PAIR}`);
  await chooseArea(page, "san jose", /San Jose/);
  await page.waitForFunction(() => /area=san-jose/.test(location.search));
  await page.locator("section[aria-labelledby=salary]").getByText(/San Jose/).first().waitFor();
  const appText = await page.locator("main section[aria-labelledby=salary]").innerText();
  const served = await app.open(new URL(page.url()).pathname + new URL(page.url()).search);
  const servedText = await served.locator("main section[aria-labelledby=salary]").innerText();
  assert.equal(appText, servedText, "the same salary section either way");
  await closeClean(served);
  await closeClean(page);
});
