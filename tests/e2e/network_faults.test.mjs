// Network faults on every file the app fetches: for each, a 404, a 500, an aborted request,
// a request that never answers (the app gives up after 15 s: the page's clock is run
// forward) and the browser going offline. Each time the page says which file could not be
// had and offers Retry; once the fault is lifted, Retry brings the page. A file that is not
// there and is named by another file (a role by its article, an occupation by its role) is
// that file's fault: no Retry, and a reload once the file is back. Then racing navigations:
// a page whose data answers after the next page was asked for never replaces it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp, closeClean, articleReady, openDataRequests, requestsSteady } from "./support.mjs";

const app = useApp();
const CURATED = "/compare/producer-vs-product-manager";
const CURATED_TITLE = "Producer vs. Product Manager: What Are the Differences?";
const GENERATED = "/compare/producers-and-directors-vs-software-developers";

const curatedReady = (page) => articleReady(page, CURATED_TITLE);
const generatedReady = (page) =>
  page.getByRole("heading", { level: 1, name: /Producers and Directors vs\. Software Developers/ }).waitFor();
const inAustin = async (page) => {
  await generatedReady(page);
  await page.waitForFunction(() => new URL(location.href).searchParams.get("area") === "austin-tx");
  await page.locator("main").getByText(/Austin-Round Rock-San Marcos, TX/).first().waitFor();
};

/** Every file the app fetches, the page that fetches it, and how that page looks when whole. */
const FILES = [
  { file: "articles.json", open: "/", ready: (page) => page.getByText("12 comparisons").waitFor() },
  { file: "articles/producer-vs-product-manager.json", open: CURATED, ready: curatedReady },
  {
    file: "roles/producer.json",
    open: CURATED,
    ready: curatedReady,
    missing: "The data file “/data/articles/producer-vs-product-manager.json” could not be used: it names the role “producer”, which has no data file.",
  },
  {
    file: "occupations/producers-and-directors.json",
    open: CURATED,
    ready: curatedReady,
    missing: "The data file “/data/roles/producer.json” could not be used: it names the occupation “producers-and-directors”, which has no data file.",
  },
  { file: "us-states.json", open: CURATED, ready: curatedReady },
  { file: "occupations.json", open: GENERATED, ready: generatedReady },
  { file: "occupations/software-developers.json", open: GENERATED, ready: generatedReady },
  { file: "areas/austin-tx.json", open: `${GENERATED}?area=austin-tx`, ready: inAustin },
  // A place asked for by name: its key is looked up in the area index.
  { file: "areas.json", open: `${GENERATED}?area=austin`, ready: inAustin },
];

/** What each fault does to a request, and what the page must then say about `url`. */
const FAULTS = {
  404: {
    answer: (route) => route.fulfill({ status: 404, contentType: "text/plain", body: "Not found" }),
    says: (url) => `The server answered “404 Not Found” for “${url}”.`,
  },
  500: {
    answer: (route) => route.fulfill({ status: 500, contentType: "text/plain", body: "Internal error" }),
    says: (url) => `The server answered “500 Internal Server Error” for “${url}”.`,
  },
  abort: {
    answer: (route) => route.abort("connectionreset"),
    says: (url) => new RegExp(`“${url}” could not be downloaded \\(.+\\)\\. Check your connection and try again\\.`),
  },
  // Never answered; the page's clock is run past the app's 15 s.
  timeout: {
    answer: () => {},
    says: (url) => `“${url}” could not be downloaded (it took longer than 15 s). Check your connection and try again.`,
  },
  // Held until every other file has arrived, then the browser is taken offline and the
  // request let go: it fails as every request does offline.
  offline: {
    answer: () => {},
    release: async (route, page) => {
      await page.context().setOffline(true);
      await route.continue().catch(() => {});
    },
    says: (url) => new RegExp(`“${url}” could not be downloaded \\(.+\\)\\. Check your connection and try again\\.`),
  },
};

/**
 * Waits until the data requests still open are all `url`'s, for 200 ms on end: an app
 * shell's preload of a pair's occupation file (public/pair-files.js) and the app's own
 * request for it are one request or, where the app asked first, the app's alone.
 */
function onlyOneLeft(page, open, url) {
  return requestsSteady(page, open, () => open.size > 0 && [...open].every((request) => new URL(request.url()).pathname === url));
}

for (const { file, open, ready, missing } of FILES) {
  for (const [name, fault] of Object.entries(FAULTS)) {
    const dataFault = name === "404" && missing;
    test(`${file}: ${name} → ${dataFault ? "the naming file's fault, then a reload" : "an error with Retry, then the page"}`, async () => {
      const url = `/data/${file}`;
      let faulty = true;
      let inFlight, held;
      const page = await app.open(open, {
        shell: true,
        before: async (page) => {
          if (name === "timeout") await page.clock.install();
          inFlight = openDataRequests(page);
          await page.route(`**${url}`, (route) => {
            if (!faulty) return route.continue();
            held = route;
            return fault.answer(route, page);
          });
        },
      });
      // Every other file first: the clock's jump or going offline would fail them too.
      if (name === "timeout") {
        await onlyOneLeft(page, inFlight, url);
        await page.clock.runFor(16_000);
      } else if (name === "offline") {
        await onlyOneLeft(page, inFlight, url);
        await fault.release(held, page);
      }
      const alert = page.getByRole("alert");
      await alert.waitFor();
      const message = await alert.innerText();
      const expected = dataFault ? missing : fault.says(url);
      if (typeof expected === "string") assert.ok(message.includes(expected), `${message}\n≠ ${expected}`);
      else assert.match(message, expected);

      faulty = false;
      if (name === "offline") await page.context().setOffline(false);
      if (dataFault) {
        assert.equal(await alert.getByRole("button", { name: "Retry" }).count(), 0, "retrying cannot bring a file another names");
        await page.reload();
      } else {
        await alert.getByRole("button", { name: "Retry" }).click();
      }
      await ready(page);
      assert.equal(await page.getByRole("alert").count(), 0, "the error is gone");
      await closeClean(page);
    });
  }
}

test("the area box says when the area index cannot be had, and tries again when used again", async () => {
  let faulty = true;
  const page = await app.open(GENERATED, {
    shell: true,
    before: (page) => page.route("**/data/areas.json", (route) => (faulty ? route.abort("connectionreset") : route.continue())),
  });
  await generatedReady(page);
  const box = page.getByRole("combobox", { name: "Pay and jobs in" });
  await box.fill("");
  await box.pressSequentially("aus");
  await page.locator("main").getByText(/“\/data\/areas\.json” could not be downloaded/).waitFor();
  faulty = false;
  await box.pressSequentially("t");
  await page.getByRole("option", { name: /Austin-Round Rock-San Marcos, TX/ }).first().click();
  await inAustin(page);
  await closeClean(page);
});

/** Holds every request for `url` until `release()` is called. */
async function hold(page, url) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  let asked = 0;
  await page.route(`**${url}`, async (route) => {
    asked++;
    await released;
    await route.continue().catch(() => {});
  });
  return { release, asked: () => asked };
}

test("racing navigations: a page whose data answers last never replaces the page asked for after it", async () => {
  const page = await app.open("/", { shell: true });
  await page.getByText("12 comparisons").waitFor();
  const slow = await hold(page, "/data/articles/data-scientist-vs-statistician.json");
  await page.getByRole("link", { name: "Data Scientist vs. Statistician" }).first().click();
  await page.waitForURL(app.url("/compare/data-scientist-vs-statistician"));
  assert.equal(slow.asked(), 1, "the first page's article was asked for");
  // While it is held, the reader goes on to another comparison (the list is still shown).
  await page.getByRole("link", { name: "Sales Analyst vs. Business Analyst" }).first().click();
  await articleReady(page, "Sales Analyst vs. Business Analyst: What Are the Differences?");
  slow.release();
  // The first page's data arrives now; give it time to (wrongly) be shown.
  await page.waitForResponse((response) => response.url().endsWith("data-scientist-vs-statistician.json"));
  await page.waitForTimeout(500);
  assert.equal(await page.getByRole("heading", { level: 1 }).innerText(), "Sales Analyst vs. Business Analyst: What Are the Differences?");
  assert.equal(page.url(), app.url("/compare/sales-analyst-vs-business-analyst"));
  await closeClean(page);
});

test("racing navigations: a comparison still loading when the reader goes home stays away", async () => {
  // Held from the start: the app fetches Next's data ahead when idle, which could otherwise
  // have it in before the hold.
  let slow;
  const page = await app.open(CURATED, {
    shell: true,
    before: async (page) => (slow = await hold(page, "/data/occupations/construction-managers.json")),
  });
  await curatedReady(page);
  // Next (construction superintendent vs. foreman) waits for its roles' occupations …
  await page.locator('a[rel="next"]').click();
  await page.waitForURL(app.url("/compare/construction-superintendent-vs-foreman"));
  // … while the reader goes to the list.
  await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "All comparisons" }).click();
  await page.getByText("12 comparisons").waitFor();
  slow.release();
  await page.waitForResponse((response) => response.url().endsWith("construction-managers.json"));
  await page.waitForTimeout(500);
  assert.equal(page.url(), app.url("/"));
  assert.equal(await page.getByRole("heading", { name: /Construction Superintendent vs\. Foreman/ }).count(), 0);
  await page.getByText("12 comparisons").waitFor();
  await closeClean(page);
});

test("a shell's preload script that runs after the app has asked for nothing, so Retry after a stalled file brings the page", async () => {
  // The script is held until the app has asked for the file that never answers: a late
  // preload would be a second request, still open when Retry asks for the file again.
  const url = "/data/occupations/software-developers.json";
  const asked = [];
  let faulty = true;
  let appAsked;
  const askedByTheApp = new Promise((resolve) => (appAsked = resolve));
  const page = await app.open(GENERATED, {
    shell: true,
    before: async (page) => {
      await page.clock.install();
      page.on("request", (request) => new URL(request.url()).pathname === url && asked.push(request));
      await page.route(`**${url}`, (route) => {
        appAsked();
        if (!faulty) return route.continue();
      });
      await page.route("**/pair-files.js", async (route) => {
        await askedByTheApp;
        await route.continue();
      });
    },
  });
  // The load event waits for async scripts to have run; then a request would be under way.
  await page.waitForLoadState("load");
  await page.waitForTimeout(300);
  assert.equal(asked.length, 1, `one request for ${url}, the app's`);
  await page.clock.runFor(16_000);
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.innerText(), /took longer than 15 s/);
  faulty = false;
  await alert.getByRole("button", { name: "Retry" }).click();
  await generatedReady(page);
  assert.equal(await page.getByRole("alert").count(), 0, "the error is gone");
  await closeClean(page);
});
