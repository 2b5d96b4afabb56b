import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, headings, articleReady, closeClean, textInView } from "./support.mjs";

const app = useApp();
const TITLE = "Producer vs. Product Manager: What Are the Differences?";

test("the Producer vs. Product Manager article shows its headings in order and both salaries", async () => {
  const page = await app.open("/compare/producer-vs-product-manager");
  await articleReady(page, TITLE);

  assert.deepEqual(await headings(page), [
    TITLE,
    "What is a Producer?",
    "What is a Product Manager?",
    "Producer vs. Product Manager",
    "Job Duties", "Producer", "Product Manager",
    "Job Requirements", "Producer", "Product Manager",
    "Work Environment", "Producer", "Product Manager",
    "Where they work: official data", "Producer", "Product Manager",
    "Skills", "Producer", "Product Manager",
    "Salary",
    "Where the Jobs Are",
    "Metro and nonmetro areas with the most jobs and the best pay", "Producer", "Product Manager",
    "Sources",
    "Compare any two roles",
  ]);
  const salary = page.getByRole("region", { name: "Salary" });
  const salaryText = await textInView(salary);
  assert.match(salaryText, /\$62,193/);
  assert.match(salaryText, /\$98,439/);
  assert.match(salaryText, /Difference: \$36,246 a year/);
  assert.match(salaryText, /Indeed/);
  // The official figures of each role's closest occupation, labelled as such.
  assert.match(salaryText, /Producer: official data\s*Closest official occupation: Producers and Directors\. National median \$\d{2},\d{3}/);
  assert.match(salaryText, /Product Manager: official data\s*Closest official occupation: Marketing Managers\./);
  assert.match(await page.locator("section.sources").innerText(), /O\*NET 29\.2 Database .* CC BY 4\.0/);

  const chart = page.getByRole("img", { name: /Bar chart of annual salary: Producer \$62,193, Product Manager \$98,439/ });
  await chart.waitFor();

  assert.equal(await page.title(), `${TITLE} | Role Compare`);
  const description = await page.locator('meta[name="description"]').last().getAttribute("content");
  assert.match(description, /producers work in entertainment/);
  await closeClean(page);
});

test("the contents list links to every section", async () => {
  const page = await app.open("/compare/producer-vs-product-manager");
  await articleReady(page, TITLE);
  const contents = page.getByRole("navigation", { name: "On this page" });
  const hrefs = await contents.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  assert.deepEqual(hrefs, [
    "#what-is-producer", "#what-is-product-manager", "#differences",
    "#job-duties", "#job-requirements", "#work-environment", "#skills", "#salary",
    "#where-the-jobs-are",
  ]);
  await contents.getByRole("link", { name: "Work Environment" }).click();
  await page.waitForFunction(() => location.hash === "#work-environment");
  const inView = await page.locator("#work-environment").evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.top < innerHeight;
  });
  assert.ok(inView, "the Work Environment heading is scrolled into view");
  await closeClean(page);
});

test("the article reads well on a 320 px phone without sideways scrolling", async () => {
  const page = await app.open("/compare/producer-vs-product-manager", { viewport: { width: 320, height: 640 } });
  await articleReady(page, TITLE);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await closeClean(page);
});
