import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, closeClean } from "./support.mjs";

const app = useApp();

test("an unknown pair says what was not found and suggests comparisons", async () => {
  const page = await app.open("/compare/unknown-vs-pair");
  await page.getByRole("heading", { level: 1, name: "Comparison not found" }).waitFor();
  await page.getByText("We do not know the role “unknown” or “pair”.").waitFor();
  const suggestions = page.getByRole("region", { name: "Closest comparisons" }).getByRole("link");
  await suggestions.first().waitFor();
  assert.equal(await suggestions.count(), 3);
  await page.getByRole("link", { name: "Browse all comparisons" }).waitFor();
  assert.equal(await page.title(), "Comparison not found | Role Compare");
  await closeClean(page);
});

test("suggestions are the comparisons with the closest titles", async () => {
  const page = await app.open("/compare/nurse-vs-practitioner");
  await page.getByRole("heading", { level: 1, name: "Comparison not found" }).waitFor();
  const first = page.getByRole("region", { name: "Closest comparisons" }).getByRole("link").first();
  assert.equal(await first.innerText(), "Registered Nurse vs. Nurse Practitioner");
  await first.click();
  await page.getByRole("heading", { level: 1, name: "Registered Nurse vs. Nurse Practitioner: What Are the Differences?" }).waitFor();
  await closeClean(page);
});

test("any other address shows the Not Found page with a way back", async () => {
  for (const path of ["/nope", "/compare/producer", "/compare/lawyer-vs-lawyer"]) {
    const page = await app.open(path);
    await page.getByRole("heading", { level: 1, name: /not found/ }).waitFor();
    await page.getByRole("region", { name: "Closest comparisons" }).getByRole("link").first().waitFor();
    await page.getByRole("link", { name: "Browse all comparisons" }).click();
    await page.getByRole("heading", { level: 1, name: "Compare careers side by side" }).waitFor();
    await closeClean(page);
  }
});
