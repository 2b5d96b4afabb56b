// Runs in the head of every embed page (/embed/compare/<pair>), before the page paints, so
// that the comparison appears in its host's theme straight away, whether the page is
// prerendered or drawn by the app. It
// - applies the options in the URL: theme=light|dark|auto, accent=<hex>, sections=<list>;
// - takes the same options later from the parent page ({ type: "role-compare:options" }),
//   and measures again when asked ({ type: "role-compare:measure" });
// - tells the parent page the height of its content whenever that changes, so the iframe
//   can be exactly as tall as the comparison: { type: "role-compare:height", height }.
// The message format is documented in docs/embedding.md. Nothing is stored: no cookies, no
// localStorage, no analytics.
(function () {
  "use strict";
  var root = document.documentElement;
  // The parts a site can choose; the same keys as EMBED_SECTIONS in crates/core/src/markup/embed.rs
  // (a prerender test keeps them in step). public/embed.css hides the ones not chosen.
  var SECTIONS = [
    "intro", "what-is", "job-duties", "job-requirements", "work-environment", "skills",
    "salary", "where-the-jobs-are", "employment", "side-by-side",
  ];
  var HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

  function luminance(hex) {
    var digits = hex.length === 3 ? hex.replace(/./g, "$&$&") : hex;
    var channels = [0, 2, 4].map(function (at) {
      var c = parseInt(digits.slice(at, at + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
  }

  // Unknown values fall back to the defaults: the system theme, our accent, every section.
  function apply(options) {
    if (options.theme === "light" || options.theme === "dark") root.setAttribute("data-theme", options.theme);
    else root.removeAttribute("data-theme");

    var accent = HEX.exec(options.accent || "");
    if (accent) {
      root.style.setProperty("--accent", "#" + accent[1]);
      // Text on the accent (buttons) in whichever of black or white reads better on it.
      root.style.setProperty("--accent-text", luminance(accent[1]) > 0.18 ? "#0b1020" : "#ffffff");
    } else {
      root.style.removeProperty("--accent");
      root.style.removeProperty("--accent-text");
    }

    var asked = String(options.sections || "").split(/[\s,]+/);
    var chosen = SECTIONS.filter(function (key) { return asked.indexOf(key) >= 0; });
    if (chosen.length) root.setAttribute("data-sections", chosen.join(" "));
    else root.removeAttribute("data-sections");
  }

  var query = new URLSearchParams(location.search);
  apply({ theme: query.get("theme"), accent: query.get("accent"), sections: query.get("sections") });

  var parent = window.parent;
  if (parent === window) return; // opened on its own, not in a frame
  var sent = -1;
  // The body's own height (it has no minimum height here, see embed.css), not the
  // document's scroll height, which can never be less than the iframe's current height.
  function postHeight(force) {
    if (!document.body) return;
    var height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === sent && !force) return;
    sent = height;
    // The height is no secret and the host may be any site, hence "*".
    parent.postMessage({ type: "role-compare:height", height: height }, "*");
  }

  // From the parent page: new options, or a request to measure again (the loader sends one
  // when the iframe's width changes, because browsers pause rendering, and so
  // ResizeObserver, in cross-origin frames that are out of view).
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.source !== parent || !data) return;
    if (data.type === "role-compare:options") apply(data);
    if (data.type === "role-compare:options" || data.type === "role-compare:measure") postHeight(true);
  });

  function start() {
    postHeight(true);
    if (window.ResizeObserver) new ResizeObserver(function () { postHeight(false); }).observe(document.body);
    // Browsers pause rendering, and so ResizeObserver, in a cross-origin frame out of view,
    // where the app may still be writing the page (the rest of its first screen, a Retry):
    // changes to the page are heard of anyway, and measured on a timer, which still runs.
    var measuring = false;
    if (window.MutationObserver) new MutationObserver(function () {
      if (measuring) return;
      measuring = true;
      setTimeout(function () {
        measuring = false;
        postHeight(false);
      }, 100);
    }).observe(document.body, { attributes: true, characterData: true, childList: true, subtree: true });
    if (document.fonts && document.fonts.ready) document.fonts.ready.then(function () { postHeight(false); });
    window.addEventListener("load", function () { postHeight(false); });
    // A change of system theme may change colours only, but the host asked to hear of it.
    if (window.matchMedia) {
      var dark = window.matchMedia("(prefers-color-scheme: dark)");
      if (dark.addEventListener) dark.addEventListener("change", function () { postHeight(true); });
    }
  }
  if (document.body) start();
  else document.addEventListener("DOMContentLoaded", start);
})();
