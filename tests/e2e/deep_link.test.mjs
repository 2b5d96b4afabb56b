import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, articleReady, closeClean } from "./support.mjs";

const app = useApp();
const TITLE = "Producer vs. Product Manager: What Are the Differences?";

const salaryInView = (page) =>
  page.locator("#salary").evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= -1 && box.top < innerHeight / 2;
  });

test("opening and reloading a deep link lands on the section", async () => {
  const page = await app.open("/compare/producer-vs-product-manager#salary", { viewport: { width: 390, height: 700 } });
  await articleReady(page, TITLE);
  await page.waitForFunction(() => document.getElementById("salary")?.getBoundingClientRect().top < innerHeight / 2);
  assert.ok(await salaryInView(page), "Salary is at the top of the screen after opening the link");
  assert.ok(await page.evaluate(() => scrollY > 500), "the page scrolled down to it");

  await page.reload();
  await articleReady(page, TITLE);
  await page.waitForFunction(() => document.getElementById("salary")?.getBoundingClientRect().top < innerHeight / 2);
  assert.ok(await salaryInView(page), "Salary is at the top of the screen after a reload");
  assert.equal(new URL(page.url()).hash, "#salary");
  await closeClean(page);
});
