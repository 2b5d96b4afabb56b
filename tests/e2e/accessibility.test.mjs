// Accessibility without exceptions: axe-core with its default rules (WCAG 2 A and AA and best
// practices, plus its retired duplicate-id rules) on every kind of page, in the light and the
// dark theme, as our server serves them. The pages keep their Content-Security-Policy: axe is
// evaluated through the browser's debugging protocol, which the policy does not govern,
// rather than added as a script tag (which the policy would refuse).
//
// Beside axe, what it cannot measure: the contrast of text in SVG charts, of placeholders, of
// text boxes' outlines (3:1, WCAG 1.4.11) and of the keyboard focus ring on what lies around it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { useApp, articleReady, appStarted, closeClean } from "./support.mjs";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const dist = new URL("../../dist/", import.meta.url).pathname;

const app = useApp({ server: "rust" });
const CURATED = "producer-vs-product-manager";
const CURATED_TITLE = "Producer vs. Product Manager: What Are the Differences?";
const GENERATED = "producers-and-directors-vs-software-developers";
const GENERATED_TITLE = "Producers and Directors vs. Software Developers: What Are the Differences?";
const THEMES = ["light", "dark"];

/** One violation per line: rule, impact, what it is about, and each element it found. */
function describe(violations) {
  return violations
    .map(({ id, impact, help, nodes }) => {
      const where = nodes.map((node) => `    ${node.target.join(" ")}: ${node.failureSummary?.split("\n").slice(1).join(" ").trim()}`);
      return `  ${id} (${impact}): ${help}\n${where.join("\n")}`;
    })
    .join("\n");
}

/** Runs axe on the page as it is now, its frames included; returns the violations. */
async function axe(page) {
  for (const frame of page.frames()) {
    if (!(await frame.evaluate(() => typeof window.axe === "object"))) await frame.evaluate(AXE);
  }
  return page.evaluate(async () => {
    // Maps and sections below the first screen are laid out as they come near it
    // (content-visibility: auto); axe measures what it checks, so all of it is laid out.
    for (const element of document.querySelectorAll("*")) {
      if (getComputedStyle(element).contentVisibility === "auto") element.style.contentVisibility = "visible";
    }
    const results = await window.axe.run(document, {
      resultTypes: ["violations"],
      rules: { "duplicate-id": { enabled: true }, "duplicate-id-active": { enabled: true } },
    });
    // A repeated id that ARIA refers to is "to review" in axe; here it is a violation.
    const repeatedIds = results.incomplete.filter((result) => result.id === "duplicate-id-aria");
    return [...results.violations, ...repeatedIds];
  });
}

/** Contrast that axe leaves alone, measured in the page. Returns what falls short. */
function contrastAxeCannotMeasure(page) {
  return page.evaluate(() => {
    const canvas = document.createElement("canvas").getContext("2d", { willReadFrequently: true });
    const rgb = (colour) => {
      canvas.clearRect(0, 0, 1, 1);
      canvas.fillStyle = colour;
      canvas.fillRect(0, 0, 1, 1);
      return [...canvas.getImageData(0, 0, 1, 1).data];
    };
    const luminance = (colour) =>
      rgb(colour)
        .slice(0, 3)
        .map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
    const ratio = (a, b) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (light + 0.05) / (dark + 0.05);
    };
    const background = (element) => {
      for (let e = element; e; e = e.parentElement) {
        const colour = getComputedStyle(e).backgroundColor;
        if (rgb(colour)[3] > 0) return colour;
      }
      return getComputedStyle(document.documentElement).backgroundColor;
    };
    const shown = (element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility === "visible";
    const describe = (element) => element.id ? `#${element.id}` : `${element.localName}.${[...element.classList].join(".")}`;
    const short = [];
    const need = (what, element, got, minimum) => {
      if (got < minimum) short.push(`${what} ${describe(element)}: ${got.toFixed(2)}:1, needs ${minimum}:1`);
    };
    for (const text of document.querySelectorAll("svg text")) {
      if (shown(text)) need("chart text", text, ratio(getComputedStyle(text).fill, background(text.closest("svg"))), 4.5);
    }
    for (const field of document.querySelectorAll("input[placeholder], textarea[placeholder]")) {
      if (shown(field)) need("placeholder", field, ratio(getComputedStyle(field, "::placeholder").color, background(field)), 4.5);
    }
    for (const field of document.querySelectorAll("input:not([type]), input[type=text], input[type=search], input[type=color], textarea")) {
      if (shown(field)) need("outline of", field, ratio(getComputedStyle(field).borderTopColor, background(field.parentElement)), 3);
    }
    return short;
  });
}

/** Tabs through the first stops of the page; the focus ring must stand out 3:1 from behind it. */
async function focusRings(page, stops = 30) {
  const short = [];
  await page.evaluate(() => document.activeElement?.blur());
  for (let i = 0; i < stops; i += 1) {
    await page.keyboard.press("Tab");
    const problem = await page.evaluate(() => {
      const element = document.activeElement;
      // In an iframe the focus is in the frame's own page (embeds are checked on their own).
      if (!element || element === document.body || element.localName === "iframe") return null;
      const style = getComputedStyle(element);
      const what = element.id ? `#${element.id}` : `${element.localName}.${[...element.classList].join(".")}`;
      if (style.outlineStyle === "none" || parseFloat(style.outlineWidth) < 2) return `${what} shows no focus ring`;
      const canvas = document.createElement("canvas").getContext("2d");
      const rgb = (colour) => {
        canvas.clearRect(0, 0, 1, 1);
        canvas.fillStyle = colour;
        canvas.fillRect(0, 0, 1, 1);
        return [...canvas.getImageData(0, 0, 1, 1).data];
      };
      const luminance = (c) => rgb(c).slice(0, 3).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
      // The ring is drawn outside the element (outline-offset), on its parent's background.
      let behind = getComputedStyle(document.documentElement).backgroundColor;
      for (let e = element.parentElement; e; e = e.parentElement) {
        const colour = getComputedStyle(e).backgroundColor;
        if (rgb(colour)[3] > 0) {
          behind = colour;
          break;
        }
      }
      const [a, b] = [luminance(style.outlineColor), luminance(behind)].sort((x, y) => y - x);
      const ratio = (a + 0.05) / (b + 0.05);
      return ratio < 3 ? `focus ring of ${what}: ${ratio.toFixed(2)}:1 on its background, needs 3:1` : null;
    });
    if (problem) short.push(problem);
  }
  return [...new Set(short)];
}

/**
 * Checks the page in both themes (the system's colour scheme). Collects every failure, so
 * one run shows them all. `focus` tabs through the page too (not for pages whose state the
 * focus would change, such as an open list).
 */
async function audit(page, label, failures, { focus = true } = {}) {
  for (const colorScheme of THEMES) {
    await page.emulateMedia({ colorScheme });
    // Let transitions (the busy page's dimming) finish before colours are measured.
    await page.waitForTimeout(50);
    const violations = await axe(page);
    if (violations.length) failures.push(`${label}, ${colorScheme} theme:\n${describe(violations)}`);
    const short = await contrastAxeCannotMeasure(page);
    if (focus) short.push(...(await focusRings(page)));
    if (short.length) failures.push(`${label}, ${colorScheme} theme, contrast:\n    ${short.join("\n    ")}`);
  }
}

function assertNone(failures) {
  assert.equal(failures.length, 0, `accessibility violations:\n${failures.join("\n")}`);
}

/** Opens `path`, runs `prepare`, then audits it in both themes; returns the failures. */
async function check(path, label, { prepare, focus, ...options } = {}) {
  const failures = [];
  const page = await app.open(path, options);
  if (prepare) await prepare(page);
  await audit(page, label, failures, { focus });
  await closeClean(page);
  return failures;
}

const started = (page) => appStarted(page);

test("served pages and the pages the app adopts have no violations", async () => {
  const failures = [
    ...(await check("/", "home page (served)")),
    ...(await check("/?q=analyst", "home page with a search (adopted)", { prepare: started })),
    ...(await check(`/compare/${CURATED}`, "curated article (adopted)", {
      prepare: async (page) => {
        await articleReady(page, CURATED_TITLE);
        await appStarted(page);
      },
    })),
    ...(await check(`/compare/${GENERATED}?area=TX`, "generated pair in a state", { prepare: started })),
    ...(await check(`/compare/${GENERATED}?area=austin-tx`, "generated pair in a metro", { prepare: started })),
    ...(await check(`/compare/${GENERATED}?area=CA&view=table`, "table view", { prepare: started })),
    ...(await check(`/compare/${GENERATED}?map=pay`, "maps shaded by pay", { prepare: started })),
  ];
  assertNone(failures);
});

test("pages the app renders itself have no violations", async () => {
  const failures = [
    ...(await check(`/compare/${CURATED}`, "Next, rendered by the app", {
      prepare: async (page) => {
        await articleReady(page, CURATED_TITLE);
        await appStarted(page);
        await page.locator('a[rel="next"]').click();
        await articleReady(page, "Construction Superintendent vs. Foreman: What Are the Differences?");
      },
    })),
    ...(await check(`/compare/${GENERATED}?area=austin-tx`, "generated pair in a metro, rendered by the app", {
      shell: true,
      prepare: (page) => articleReady(page, GENERATED_TITLE),
    })),
    ...(await check("/no-such-page", "not found, rendered by the app", {
      shell: true,
      prepare: (page) => page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor(),
    })),
    // A static host answers an unknown embed with the embed app (embed/shell.html).
    ...(await check(`/embed/compare/${GENERATED}?area=TX&theme=dark`, "generated embed, rendered by the app", {
      before: (page) =>
        page.route(/\/embed\/compare\//, (route) => route.fulfill({ path: `${dist}/embed/shell.html`, contentType: "text/html" })),
      prepare: (page) => articleReady(page, GENERATED_TITLE),
    })),
  ];
  assertNone(failures);
});

test("not-found pages have no violations", async () => {
  const failures = [
    ...(await check("/no-such-page", "unknown address")),
    ...(await check("/compare/astronaut-vs-wizard", "unknown pair")),
    ...(await check("/compare/web-developers-vs-unicorn-wranglers", "pair with one unknown role")),
  ];
  assertNone(failures);
});

test("embeds and the snippet builder have no violations", async () => {
  const failures = [];
  for (const [path, label] of [
    [`/embed/compare/${CURATED}`, "curated embed"],
    [`/embed/compare/${GENERATED}?area=TX`, "generated embed"],
  ]) {
    failures.push(...(await check(path, label)));
    for (const theme of THEMES) {
      const themed = `${path}${path.includes("?") ? "&" : "?"}theme=${theme}`;
      failures.push(...(await check(themed, `${label} (?theme=${theme})`)));
    }
  }
  for (const pair of [CURATED, GENERATED]) {
    failures.push(
      ...(await check(`/embed-builder/?pair=${pair}`, `snippet builder for ${pair} (with its preview)`, {
        prepare: (page) => page.frameLocator("#builder-preview iframe").locator("main h1").waitFor(),
      })),
    );
  }
  assertNone(failures);
});

test("the open group list and the open lists of the picker and the area box have no violations", async () => {
  const failures = [
    ...(await check("/", "home page with a group open", {
      prepare: async (page) => {
        await appStarted(page);
        await page.getByRole("region", { name: "Browse occupations by group" }).getByText("Management Occupations").first().click();
        await page.getByRole("link", { name: "Chief Executives" }).waitFor();
      },
    })),
    ...(await check("/", "home page with the picker's list open", {
      focus: false,
      prepare: async (page) => {
        await appStarted(page);
        await page.getByRole("combobox", { name: "First role" }).focus();
        await page.keyboard.type("softwre dev");
        await page.getByRole("listbox", { name: "First role" }).getByRole("option").first().waitFor();
        await page.keyboard.press("ArrowDown");
      },
    })),
    ...(await check(`/compare/${GENERATED}`, "area box with its list open", {
      focus: false,
      prepare: async (page) => {
        await appStarted(page);
        const box = page.getByRole("combobox", { name: "Pay and jobs in" });
        await box.fill("");
        await box.pressSequentially("aus");
        await page.getByRole("option").first().waitFor();
      },
    })),
  ];
  assertNone(failures);
});
