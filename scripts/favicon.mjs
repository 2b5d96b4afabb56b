// Draws public/favicon.png from public/favicon.svg, the icon's source: run it after editing
// the SVG (`node scripts/favicon.mjs`). Pages link the PNG because Chromium draws an SVG icon
// as a document of its own on the main thread while the page starts (38 ms at ×4 CPU in a
// trace of the app shell); a 48-pixel PNG is a plain image decode (README, measured choices).
import { readFileSync } from "node:fs";
import { launchChromium } from "../tests/e2e/chromium.mjs";

const SIZE = 48;
const svg = readFileSync(new URL("../public/favicon.svg", import.meta.url));
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  await page.setContent(
    `<style>html, body { margin: 0; background: transparent; }</style>` +
      `<img alt="" width="${SIZE}" height="${SIZE}" src="data:image/svg+xml;base64,${svg.toString("base64")}">`,
  );
  await page.screenshot({ path: new URL("../public/favicon.png", import.meta.url).pathname, omitBackground: true });
} finally {
  await browser.close();
}
