// Embeds on hostile or careless host pages. Random postMessage traffic (seeded, so a failure
// can be replayed) from the host page, from a frame of the host's origin, from a frame of our
// own origin that is not an embed, and malformed heights from the embeds themselves, must
// change no iframe's height and raise no error anywhere; garbage options from the host page
// raise none in the embeds. The loader (public/embed.js) must never throw, whatever the
// page gives it: missing, empty, repeated and garbage attributes, elements that cannot hold
// a frame, an element removed while its frame loads or changed after it left the page, a
// global already taken, and the loader included twice and late.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { useApp, closeClean } from "./support.mjs";

const app = useApp();
const CURATED = "producer-vs-product-manager";
const GENERATED = "producers-and-directors-vs-software-developers";
const SEED = 20261128;
const MESSAGES_PER_SOURCE = 1000;

function hostSite(appUrl) {
  const loader = `<script async src="${appUrl}/embed.js"></script>`;
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>`;
  const pages = {
    "/": `${head}<body style="margin:0 auto;max-width:900px">
      <div id="first" data-role-compare="${CURATED}"></div>
      <div id="second" data-role-compare="${GENERATED}" data-area="TX"></div>
      ${loader}</body></html>`,
    "/blank": `${head}<body>a frame of the host's own</body></html>`,
    // Everything odd a page can give the loader, before it runs.
    "/odd": `${head}<body data-role-compare="${CURATED}">
      <p id="kept">The host page's own text.</p>
      <div id="RoleCompareEmbed">An element whose id is the loader's global name.</div>
      <div id="missing"></div>
      <div id="empty" data-role-compare=""></div>
      <div id="spaces" data-role-compare="   "></div>
      <div id="garbage" data-role-compare="&lt;script&gt;alert(1)&lt;/script&gt;-vs-?#&amp;" data-theme="&lt;script&gt;" data-accent="javascript:alert(1)" data-sections=",, salary,,nope, salary ;;" data-area="&quot;&gt;&lt;img src=x&gt;"></div>
      <div id="repeated-1" data-role-compare="${CURATED}" data-role-compare="nothing-vs-anything"></div>
      <div id="repeated-2" data-role-compare="${CURATED}" data-theme="dark" data-theme="light"></div>
      <span id="inline" data-role-compare="${CURATED}"></span>
      <div id="outer" data-role-compare="${CURATED}"><div id="inner" data-role-compare="${GENERATED}"></div></div>
      <img id="void" alt="" data-role-compare="${CURATED}">
      <textarea id="textarea" data-role-compare="${CURATED}"></textarea>
      <svg><g id="svg" data-role-compare="${CURATED}"></g></svg>
      <template><div data-role-compare="${CURATED}"></div></template>
      ${loader}</body></html>`,
    // No loader until the test adds it, long after the page has loaded.
    "/late": `${head}<body><div id="late" data-role-compare="${CURATED}"></div></body></html>`,
  };
  const server = createServer((request, response) => {
    const body = pages[new URL(request.url, "http://x").pathname];
    response.writeHead(body ? 200 : 404, { "content-type": "text/html; charset=utf-8" }).end(body ?? "");
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) }),
    ),
  );
}

let host;
after(() => host?.close());

async function openHost(path) {
  host ??= await hostSite(app.url(""));
  const context = await app.browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  page.errors = [];
  page.on("pageerror", (error) => page.errors.push(error.message));
  page.on("console", (message) => {
    if (/panicked at|Content Security Policy|Refused to frame/.test(message.text())) page.errors.push(message.text());
  });
  await page.goto(`${host.url}${path}`);
  return page;
}

/** Heights of the loader's iframes, by the id of their element. */
function iframeHeights(page) {
  return page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll("[data-role-compare] > iframe")].map((f) => [f.parentElement.id, f.getBoundingClientRect().height])),
  );
}

/** Waits until every loader iframe is as tall as its content says, i.e. has reported. */
async function settled(page) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const sizes = [];
    for (const handle of await page.locator("[data-role-compare] > iframe").elementHandles()) {
      const frame = await handle.contentFrame();
      const content = await frame.evaluate(() => document.body?.getBoundingClientRect().height ?? 0).catch(() => 0);
      sizes.push({ iframe: await handle.evaluate((e) => e.getBoundingClientRect().height), content });
    }
    if (sizes.length && sizes.every(({ iframe, content }) => content > 100 && Math.abs(iframe - content) <= 2)) return;
    if (Date.now() > deadline) assert.fail(`iframes never matched their content: ${JSON.stringify(sizes)}`);
    await page.waitForTimeout(100);
  }
}

/** Collects errors thrown in a frame (Playwright reports the top page's only). */
const watchErrors = (frame) =>
  frame.evaluate(() => {
    window.__errors = [];
    addEventListener("error", (event) => window.__errors.push(String(event.message)));
    addEventListener("unhandledrejection", (event) => window.__errors.push(String(event.reason)));
  });
const errorsIn = (frame) => frame.evaluate(() => window.__errors);

/**
 * Posts `count` random messages (seeded) from the window of `frame` to `target`
 * ("parent", "self" or "frames": every child frame), each to origin "*".
 */
function fuzz(frame, target, count, seed) {
  return frame.evaluate(
    ({ target, count, seed }) => {
      let state = seed >>> 0;
      const random = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      const pick = (list) => list[Math.floor(random() * list.length)];
      const text = () => pick(["", "role-compare:height", "role-compare:options", "role-compare:measure", "<script>", "\u202e\u200b", "x".repeat(Math.floor(random() * 50))]);
      const height = () =>
        pick([Math.floor(random() * 99_999) + 1, random() * 5000, 0, -1, -5000, NaN, Infinity, -Infinity, 1e9, 100_000, "640", "tall", "", null, undefined, true, [300], { valueOf: 1 }, 2 ** 53, Number.MIN_VALUE]);
      const shapes = [
        () => text(),
        () => random() * 1e6,
        () => pick([null, undefined, true, false, 0, -0, NaN, 10n ** 30n]),
        () => ({ type: "role-compare:height", height: height() }),
        () => ({ type: "role-compare:height", height: height(), extra: text() }),
        () => ({ type: pick(["role-compare:options", "role-compare:measure"]), theme: pick(["dark", "light", 7, null, {}]), accent: pick(["#ff0000", "zz", 3, []]), sections: pick(["salary", ",,", 5, ["skills"], null]) }),
        () => ({ type: pick([7, null, ["role-compare:height"], { toString: "role-compare:height" }]), height: height() }),
        () => [height(), text(), { type: "role-compare:height" }],
        () => new Map([["type", "role-compare:height"], ["height", 300]]),
        () => new Date(random() * 1e13),
        () => /role-compare:height/g,
        () => new Uint8Array(Math.floor(random() * 4096)),
        () => ({ type: "role-compare:height", height: 300, payload: "x".repeat(1 << 20) }),
        () => Array.from({ length: 20_000 }, (_, i) => i),
        () => {
          let deep = { type: "role-compare:height", height: 200 };
          for (let i = 0; i < 200; i++) deep = { type: "role-compare:height", height: deep };
          return deep;
        },
      ];
      const targets = target === "parent" ? [parent] : target === "self" ? [window] : [...Array(frames.length).keys()].map((i) => frames[i]);
      const tally = {};
      for (let i = 0; i < count; i++) {
        const shape = Math.floor(random() * shapes.length);
        tally[shape] = (tally[shape] ?? 0) + 1;
        const message = shapes[shape]();
        for (const to of targets) to.postMessage(message, "*");
      }
      return tally;
    },
    { target, count, seed },
  );
}

test(`random postMessage traffic (${MESSAGES_PER_SOURCE} messages from each of 3 other senders, bad heights from the embeds) changes no height and raises no error`, async (t) => {
  const page = await openHost("/");
  for (const id of ["first", "second"]) {
    await page.locator(`#${id} iframe`).scrollIntoViewIfNeeded();
    await page.frameLocator(`#${id} iframe`).getByRole("heading", { level: 1 }).waitFor();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await settled(page);
  const before = await iframeHeights(page);
  t.diagnostic(`heights before: ${JSON.stringify(before)}`);

  // Other senders: a frame of the host's origin, and a page of ours that is not an embed.
  await page.evaluate(
    ([blank, ours]) =>
      Promise.all(
        [blank, ours].map((src) => {
          const frame = document.createElement("iframe");
          frame.src = src;
          frame.className = "sender";
          document.body.append(frame);
          return new Promise((resolve) => frame.addEventListener("load", resolve));
        }),
      ),
    [`${host.url}/blank`, app.url("/embed/compare/astronaut-vs-wizard")],
  );
  const [hostFrame, ourFrame] = await Promise.all(
    ["/blank", "/embed/compare/astronaut-vs-wizard"].map(async (path) => {
      const handle = await page.locator(`iframe.sender[src$="${path}"]`).elementHandle();
      return handle.contentFrame();
    }),
  );
  const embeds = [];
  for (const id of ["first", "second"]) embeds.push(await (await page.locator(`#${id} iframe`).elementHandle()).contentFrame());
  for (const frame of [page.mainFrame(), hostFrame, ourFrame, ...embeds]) await watchErrors(frame);

  const senders = [
    ["the host page itself", page.mainFrame(), "self"],
    ["a frame of the host's origin", hostFrame, "parent"],
    ["a page of our origin that is not an embed", ourFrame, "parent"],
  ];
  let seed = SEED;
  for (const [who, frame, target] of senders) {
    const tally = await fuzz(frame, target, MESSAGES_PER_SOURCE, seed++);
    t.diagnostic(`${who}: ${MESSAGES_PER_SOURCE} messages (seed ${seed - 1}), by shape ${JSON.stringify(tally)}`);
  }
  // The embeds themselves, with heights that are not heights.
  for (const embed of embeds) {
    await embed.evaluate(() => {
      for (const height of [0, -1, -640, NaN, Infinity, -Infinity, 100_000, 1e9, "tall", "", null, undefined, [], {}, true])
        parent.postMessage({ type: "role-compare:height", height }, "*");
    });
  }
  await page.waitForTimeout(1000);
  assert.deepEqual(await iframeHeights(page), before, "no iframe changed height");
  for (const frame of [page.mainFrame(), hostFrame, ourFrame, ...embeds]) assert.deepEqual(await errorsIn(frame), [], `errors in ${frame.url()}`);

  // Garbage sent to the embeds by their parent: options of every type, and anything else.
  const tally = await fuzz(page.mainFrame(), "frames", 300, seed);
  t.diagnostic(`the host page to each of its frames: 300 messages (seed ${seed})`);
  await page.waitForTimeout(500);
  for (const frame of embeds) assert.deepEqual(await errorsIn(frame), [], `errors in ${frame.url()} after ${JSON.stringify(tally)}`);
  // The embeds still answer: options set back to the defaults, they measure and report again.
  await page.locator("#first").evaluate((element) => element.setAttribute("data-sections", "salary"));
  await settled(page);
  await closeClean(page);
});

test("the loader never throws on an odd host page, and frames only what can hold a frame", async () => {
  const page = await openHost("/odd");
  await page.waitForFunction(() => window.RoleCompareEmbed && typeof window.RoleCompareEmbed.scan === "function");
  const framed = () => page.evaluate(() => [...document.querySelectorAll("iframe")].map((f) => f.parentElement.id || f.parentElement.tagName));
  assert.deepEqual(await framed(), ["garbage", "repeated-1", "repeated-2", "inline", "outer"]);
  assert.ok(await page.locator("#kept").isVisible(), "the page itself is untouched");
  assert.equal(await page.locator("#repeated-2 iframe").evaluate((f) => new URL(f.src).searchParams.get("theme")), "dark", "the first of repeated attributes counts");
  const garbage = await page.locator("#garbage iframe").evaluate((f) => ({ src: f.src, title: f.title }));
  assert.equal(new URL(garbage.src).origin, app.url(""), "the frame stays on our origin");
  assert.equal(garbage.title, "<Script>Alert(1)</Script> vs. ?#&: a comparison by Role Compare", "set as text");
  const garbageFrame = page.frameLocator("#garbage iframe");
  await garbageFrame.getByRole("heading", { name: "Comparison not found" }).waitFor();
  assert.equal(await garbageFrame.locator("html").getAttribute("data-theme"), null);
  assert.equal(await garbageFrame.locator("html").getAttribute("data-sections"), "salary");

  // Made by the page's own scripts after the loader ran.
  const made = await page.evaluate(async () => {
    const tick = () => new Promise((resolve) => setTimeout(resolve, 50));
    const add = (pair, id) => {
      const element = document.createElement("div");
      element.id = id;
      element.setAttribute("data-role-compare", pair);
      document.body.append(element);
      return element;
    };
    add("\ud800-vs-\udfff", "lone-surrogates"); // cannot be put in an address
    add(`a-vs-${"b".repeat(5000)}`, "very-long");
    // Removed while its frame loads, then put back elsewhere.
    const moved = add("producer-vs-product-manager", "moved");
    await tick();
    moved.remove();
    await tick();
    document.querySelector("#kept").after(moved);
    // Once its comparison has loaded (and reported its height), removed and changed in the
    // same moment, before the loader has noticed it left.
    const gone = add("producer-vs-product-manager", "gone");
    gone.scrollIntoView(); // the frame is lazy
    // The loader frames it on its next scan; until it reports, the frame has its first 640px.
    const reported = () => (gone.querySelector("iframe")?.style.height ?? "640px") !== "640px";
    for (let waited = 0; waited < 15_000 && !reported(); waited += 50) await tick();
    if (!reported()) throw new Error("the frame never reported its height");
    gone.remove();
    gone.setAttribute("data-theme", "light");
    gone.setAttribute("data-sections", "salary");
    // Changed to nothing, and to something that cannot be put in an address.
    const changed = add("producer-vs-product-manager", "changed");
    await tick();
    changed.setAttribute("data-role-compare", "\udc00");
    changed.setAttribute("data-theme", "\ud800");
    await tick();
    return [...document.querySelectorAll("iframe")].map((f) => f.parentElement.id || f.parentElement.tagName);
  });
  assert.deepEqual(made, ["moved", "garbage", "repeated-1", "repeated-2", "inline", "outer", "very-long", "changed"]);
  // Put back, it was framed anew; its frame is lazy, so it loads once in view.
  await page.locator("#moved").scrollIntoViewIfNeeded();
  await page.frameLocator("#moved iframe").getByRole("heading", { level: 1, name: /Producer vs\. Product Manager/ }).waitFor();

  // The loader included twice more, late: nothing is framed twice.
  await page.evaluate((src) => {
    for (let i = 0; i < 2; i++) {
      const script = document.createElement("script");
      script.src = src;
      document.body.append(script);
    }
    return new Promise((resolve) => setTimeout(resolve, 500));
  }, app.url("/embed.js"));
  assert.equal(await page.locator("#repeated-1 iframe").count(), 1);
  assert.equal(await page.locator("iframe").count(), 8);
  await closeClean(page);
});

test("a loader added long after the page loaded, where the page took its global name, still frames the page", async () => {
  const page = await openHost("/late");
  await page.evaluate((src) => {
    Object.defineProperty(window, "RoleCompareEmbed", { value: Object.freeze({ taken: true }), writable: false, configurable: false });
    const script = document.createElement("script");
    script.src = src;
    document.head.append(script);
    return new Promise((resolve) => script.addEventListener("load", resolve));
  }, app.url("/embed.js"));
  await page.frameLocator("#late iframe").getByRole("heading", { level: 1, name: /Producer vs\. Product Manager/ }).waitFor();
  await settled(page);
  await closeClean(page);
});
