// An app shell's first request for its pair: the two occupations' data files, asked for as
// the shell is parsed (preload links), while the wasm is still downloading. The app asks for
// the same files first thing once it runs (src/api.rs, first_screen_facts) and is given
// these, so on a phone network its first screen waits one round trip less (README, "App
// shell on a static host"). Only the app shells (404.html, embed/shell.html) include it;
// pages rendered whole carry their data in their HTML.
//
// It reads the address as the app does (crates/core: routes, pair slugs, file paths; a
// render test checks the names below against them). A curated role's file is found through
// the catalogue, so it is left to the app, as is anything that is not a pair of slugs.
(function () {
  "use strict";
  var SEPARATOR = "-vs-";
  var SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  var pair = /^\/(?:embed\/)?compare\/([^/]+)\/*$/.exec(location.pathname);
  var roles = pair ? pair[1].split(SEPARATOR) : [];
  if (roles.length !== 2 || roles[0] === roles[1] || !SLUG.test(roles[0]) || !SLUG.test(roles[1])) return;

  function preload() {
    var main = document.getElementById("main");
    // Run after the app has started (a fast start, a slow script), a preload would be a
    // second request for each file, which the app's Retry could later be given while it
    // never answers: the app asks for its files itself.
    if (!main || main.hasAttribute("data-app-started")) return;
    var curated = (main.getAttribute("data-curated-roles") || "").split(" ");
    roles.forEach(function (slug) {
      if (curated.indexOf(slug) !== -1) return;
      var link = document.createElement("link");
      link.rel = "preload";
      link.as = "fetch";
      // The app's requests are same-origin CORS fetches; a preload is used only if it matches.
      link.crossOrigin = "anonymous";
      link.href = "/data/occupations/" + slug + ".json";
      document.head.appendChild(link);
    });
  }

  // An async script may run before the parser has reached <main> and its curated roles.
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", preload);
  else preload();
})();
