import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, closeClean, appStarted } from "./support.mjs";

const app = useApp();

const titles = (page) => page.locator(".article-list li a").allTextContents();

test("the home page lists every comparison and search narrows it as you type", async () => {
  const page = await app.open("/");
  await appStarted(page);
  await page.getByRole("heading", { level: 1, name: "Compare careers side by side" }).waitFor();
  await page.getByText("12 comparisons").waitFor();
  assert.equal((await titles(page)).length, 12);
  assert.equal(await page.title(), "Compare careers side by side | Role Compare");

  const search = page.getByRole("searchbox", { name: "Search comparisons" });
  await search.pressSequentially("nurse");
  await page.getByText("1 of 12 comparisons match “nurse”").waitFor();
  assert.deepEqual(await titles(page), ["Registered Nurse vs. Nurse Practitioner"]);
  assert.equal(new URL(page.url()).search, "?q=nurse");

  await search.fill("ANALYST");
  await page.getByText("2 of 12 comparisons match “ANALYST”").waitFor();
  assert.deepEqual(await titles(page), ["Accountant vs. Financial Analyst", "Sales Analyst vs. Business Analyst"]);

  await search.fill("prodücer");
  await page.getByText("1 of 12 comparisons match “prodücer”").waitFor();

  await search.fill("zzz");
  await page.getByText("No comparisons match “zzz”.").waitFor();
  assert.deepEqual(await titles(page), []);

  await search.fill("");
  await page.getByText("12 comparisons").waitFor();
  await closeClean(page);
});

test("a search in the URL is restored and its results open articles", async () => {
  const page = await app.open("/?q=lawyer");
  await appStarted(page);
  await page.getByText("1 of 12 comparisons match “lawyer”").waitFor();
  assert.equal(await page.getByRole("searchbox", { name: "Search comparisons" }).inputValue(), "lawyer");
  await page.getByRole("link", { name: "Paralegal vs. Lawyer" }).click();
  await page.getByRole("heading", { level: 1, name: "Paralegal vs. Lawyer: What Are the Differences?" }).waitFor();
  await closeClean(page);
});
