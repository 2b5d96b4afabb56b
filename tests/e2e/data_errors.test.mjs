import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { useApp, articleReady, closeClean, appStarted } from "./support.mjs";

const app = useApp();
const fixture = (name) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const serve = (body) => (route) => route.fulfill({ status: 200, contentType: "application/json", body });

test("a malformed article file shows which file is broken and the rest of the site still works", async () => {
  const page = await app.open("/compare/producer-vs-product-manager", {
    shell: true,
    before: (page) => page.route("**/data/articles/producer-vs-product-manager.json", serve(fixture("truncated-article.json"))),
  });
  const alert = page.getByRole("alert");
  await alert.getByRole("heading", { name: "This comparison could not be loaded" }).waitFor();
  const message = await alert.innerText();
  assert.match(message, /The data file “\/data\/articles\/producer-vs-product-manager\.json” could not be used: it is not valid JSON: EOF while parsing a list at line 6 column 12\./);
  assert.equal(await alert.getByRole("button", { name: "Retry" }).count(), 0, "retrying cannot fix broken data");
  assert.match(await page.locator("header.site-header").innerText(), /Role Compare/);

  await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "All comparisons" }).click();
  await page.getByText("12 comparisons").waitFor();
  await page.getByRole("link", { name: "Sales Analyst vs. Business Analyst" }).click();
  await articleReady(page, "Sales Analyst vs. Business Analyst: What Are the Differences?");
  await page.locator('a[rel="next"]').click();
  await alert.waitFor();
  await closeClean(page);
});

test("a role file missing a field names the file and the field", async () => {
  const page = await app.open("/compare/producer-vs-product-manager", {
    shell: true,
    before: (page) => page.route("**/data/roles/producer.json", serve(fixture("role-missing-title.json"))),
  });
  await page.getByRole("alert").waitFor();
  assert.match(
    await page.getByRole("alert").innerText(),
    /The data file “\/data\/roles\/producer\.json” could not be used: missing field `title`/,
  );
  await closeClean(page);
});

test("a data file that is not UTF-8 names the file and where its text breaks", async () => {
  // The catalogue as built, with one byte that is no character in the first title.
  const built = readFileSync(new URL("../../public/data/occupations.json", import.meta.url));
  const at = built.indexOf("Chief Executives");
  const broken = Buffer.concat([built.subarray(0, at), Buffer.from([0xff]), built.subarray(at)]);
  const page = await app.open("/compare/web-developers-vs-software-developers", {
    shell: true,
    before: (page) => page.route("**/data/occupations.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body: broken })),
  });
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.match(
    await alert.innerText(),
    new RegExp(`The data file “/data/occupations\\.json” could not be used: it is not UTF-8 text \\(byte ${at} is not part of a character\\)\\.`),
  );
  assert.equal(await alert.getByRole("button", { name: "Retry" }).count(), 0, "retrying cannot fix broken data");
  await closeClean(page);
});

test("an article naming a role that does not exist says so", async () => {
  const page = await app.open("/compare/producer-vs-product-manager", {
    shell: true,
    before: (page) => page.route("**/data/roles/product-manager.json", (route) => route.fulfill({ status: 404, body: "Not found" })),
  });
  await page.getByRole("alert").waitFor();
  assert.match(
    await page.getByRole("alert").innerText(),
    /“\/data\/articles\/producer-vs-product-manager\.json” could not be used: it names the role “product-manager”, which has no data file/,
  );
  await closeClean(page);
});

test("Retry recovers after a failed request", async () => {
  let failures = 0;
  const page = await app.open("/compare/producer-vs-product-manager", {
    shell: true,
    before: (page) =>
      page.route("**/data/articles/producer-vs-product-manager.json", (route) => {
        if (failures++ === 0) return route.abort("internetdisconnected");
        return route.continue();
      }),
  });
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.innerText(), /“\/data\/articles\/producer-vs-product-manager\.json” could not be downloaded/);
  await alert.getByRole("button", { name: "Retry" }).click();
  await articleReady(page, "Producer vs. Product Manager: What Are the Differences?");
  assert.equal(await page.getByRole("alert").count(), 0);
  await closeClean(page);
});

test("a server error on the index is shown on the home page and Retry loads it", async () => {
  let failures = 0;
  const page = await app.open("/", {
    shell: true,
    before: (page) =>
      page.route("**/data/articles.json", (route) => {
        if (failures++ === 0) return route.fulfill({ status: 503, body: "busy" });
        return route.continue();
      }),
  });
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.innerText(), /The server answered “503 Service Unavailable” for “\/data\/articles\.json”/);
  await alert.getByRole("button", { name: "Retry" }).click();
  await page.getByText("12 comparisons").waitFor();
  await closeClean(page);
});

test("if the app itself crashes, the page says so and offers a reload", async () => {
  const page = await app.open("/compare/producer-vs-product-manager");
  await articleReady(page, "Producer vs. Product Manager: What Are the Differences?");
  await appStarted(page);
  // What a wasm trap (a panic in a release build) raises in the page.
  await page.evaluate(() =>
    window.dispatchEvent(new ErrorEvent("error", { error: new WebAssembly.RuntimeError("unreachable") })),
  );
  const notice = page.getByRole("alert");
  await notice.waitFor();
  assert.match(await notice.innerText(), /Something went wrong and this page stopped working\. Reload the page\./);
  assert.equal(await notice.getByRole("link", { name: "Reload the page" }).getAttribute("href"), page.url());
  await page.context().close();
});
