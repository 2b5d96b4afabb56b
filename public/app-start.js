// Starts the app on a served page when the reader first does something. A served page
// (crates/render) is complete HTML: its links, forms and disclosure widgets work as they
// are, so a reader who only reads downloads no app at all. The first sign of interaction
// (a pointer over or on the page, a key, focus) loads the app, which then adopts the page
// (src/adopt.rs) and makes navigation instant. The plain app shell (404.html) starts the
// app at once instead, since there the app draws the page.
//
// The page names the app's files on this script's element: data-glue (the wasm-bindgen
// JS) and data-wasm. Until the app runs, the arrow keys follow the Previous/Next links as
// plain links, and a control that needs the app is clicked again once it is there.
(function () {
  "use strict";
  // A served home page holds each occupation group's list in <noscript> (GroupMembers in
  // crates/core/src/markup/page.rs): with scripts on, the browser keeps it as text, so the
  // page's load parses none of the 1,016 links. A group's list is parsed when the group
  // first opens: on the click on its summary, before the browser opens it and paints, or on
  // the toggle when a script opened it. (Find in page cannot open one: it does not search
  // text held in <noscript>; the picker searches every occupation.)
  function listGroup(group) {
    var held = group && group.querySelector(":scope > noscript");
    if (held) held.outerHTML = held.textContent;
  }
  addEventListener("click", function (event) {
    var summary = event.target && event.target.closest && event.target.closest("details.group > summary");
    if (summary && !summary.parentElement.open) listGroup(summary.parentElement);
  }, true);
  // `toggle` does not bubble: it is heard on its way down.
  addEventListener("toggle", function (event) {
    if (event.target.open) listGroup(event.target);
  }, true);

  var script = document.querySelector("script[data-glue]");
  if (!script) return;
  var glue = script.getAttribute("data-glue");
  var wasm = script.getAttribute("data-wasm");
  var INTENT = ["pointerover", "pointerdown", "keydown", "focusin", "touchstart"];
  var started = null;
  var ready = false;

  function start() {
    if (started) return started;
    INTENT.forEach(function (type) { removeEventListener(type, onIntent, true); });
    started = import(glue).then(function (bindings) {
      return bindings.default({ module_or_path: wasm }).then(function () {
        window.wasmBindings = bindings;
        ready = true;
      });
    });
    return started;
  }

  function typingInField(event) {
    var target = event.target;
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  function onIntent(event) {
    start();
    // The arrow keys move between comparisons before the app runs too.
    if (event.type === "keydown" && !typingInField(event) && !event.altKey && !event.ctrlKey &&
        !event.metaKey && !event.shiftKey) {
      var rel = { ArrowLeft: "prev", ArrowRight: "next" }[event.key];
      var link = rel && document.querySelector("main a[rel=" + rel + "]");
      if (link) {
        event.preventDefault();
        location.assign(link.href);
      }
    }
  }

  // A button that needs the app (Share, Retry, a copy-link anchor) is pressed again once
  // the app is there, instead of doing nothing.
  addEventListener("click", function (event) {
    if (ready) return;
    var control = event.target && event.target.closest && event.target.closest("button[data-action], a[data-action]");
    if (!control) return;
    event.preventDefault();
    start().then(function () { control.click(); });
  }, true);

  INTENT.forEach(function (type) {
    addEventListener(type, onIntent, { capture: true, passive: type !== "keydown" });
  });
})();
