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

test("the home page lists occupation groups to browse", async () => {
  const page = await app.open("/");
  const groups = page.getByRole("region", { name: "Browse occupations by group" });
  await groups.getByText("Management Occupations", { exact: false }).first().click();
  const link = groups.getByRole("link", { name: "Chief Executives" });
  assert.match(await link.getAttribute("href"), /^\/compare\/chief-executives-vs-/);
  await closeClean(page);
});
