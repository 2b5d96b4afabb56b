// The Embed page (/embed-builder/?pair=<a>-vs-<b>): choose theme, accent, sections and area,
// see a live preview (through the loader, public/embed.js, as a host site would), and copy
// either snippet. The choices are kept in the page's own URL, so a builder view can be
// shared too. The page's markup, including the sections and areas it offers, is written by
// crates/render (embed_pages.rs); this script only wires it up.
(function () {
  "use strict";
  var form = document.querySelector("form.embed-builder");
  if (!form) return;
  var origin = location.origin;
  var query = new URLSearchParams(location.search);
  var pair = (query.get("pair") || "").trim().toLowerCase();
  var DEFAULT_ACCENT = "#1d4ed8";
  var BACKGROUNDS = { light: "#ffffff", dark: "#12151c" }; // --bg of style/main.css
  var HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;
  var kind = null; // "curated" or "generated" once the pair is known
  var title = "";
  var accentChosen = false;
  var previewHeight = 0;
  var status = document.getElementById("builder-pair");
  var preview = document.getElementById("builder-preview");

  function escapeHtml(text) {
    return String(text).replace(/[&<>"]/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c];
    });
  }

  function channel(value) {
    var c = value / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
  function luminance(hex) {
    var n = parseInt(hex.slice(1), 16);
    return 0.2126 * channel(n >> 16) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
  }
  function contrast(a, b) {
    var la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  // ---- reading the form ----
  function checked(name) {
    return Array.prototype.filter.call(form.querySelectorAll("input[name=" + name + "]"),
      function (input) { return input.checked && !input.closest("[hidden]"); })
      .map(function (input) { return input.value; });
  }
  function sectionBoxes() {
    return form.querySelectorAll('fieldset[data-kind="' + kind + '"] input[name=sections]');
  }
  function options() {
    var theme = checked("theme")[0] || "auto";
    var sections = checked("sections");
    var all = sectionBoxes().length;
    return {
      theme: theme === "auto" ? "" : theme,
      accent: accentChosen ? form.elements.accent.value.toLowerCase() : "",
      // Every section (or, by mistake, none) is the whole comparison: no list needed.
      sections: sections.length === all || sections.length === 0 ? "" : sections.join(","),
      area: kind === "generated" && form.elements.area.value !== "US" ? form.elements.area.value : "",
    };
  }

  // ---- writing snippets, preview and URL ----
  function embedUrl(o) {
    var url = new URL("/embed/compare/" + pair, origin);
    if (o.theme) url.searchParams.set("theme", o.theme);
    if (o.accent) url.searchParams.set("accent", o.accent.slice(1));
    if (o.sections) url.searchParams.set("sections", o.sections);
    if (o.area) url.searchParams.set("area", o.area);
    return url.href;
  }
  function loaderSnippet(o) {
    var attributes = ' data-role-compare="' + escapeHtml(pair) + '"';
    if (o.theme) attributes += ' data-theme="' + o.theme + '"';
    if (o.accent) attributes += ' data-accent="' + o.accent + '"';
    if (o.sections) attributes += ' data-sections="' + o.sections + '"';
    if (o.area) attributes += ' data-area="' + o.area + '"';
    attributes += ' data-title="' + escapeHtml(title) + '"';
    return "<div" + attributes + ">\n" +
      '  <a href="' + origin + "/compare/" + escapeHtml(pair) + '">' + escapeHtml(title) + "</a>\n" +
      "</div>\n" +
      '<script async src="' + origin + '/embed.js"></script>';
  }
  function iframeSnippet(o) {
    return '<iframe src="' + escapeHtml(embedUrl(o)) + '" title="' + escapeHtml(title) +
      '" width="100%" height="' + (previewHeight || 900) + '" loading="lazy" style="border:0"' +
      ' sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>';
  }

  function showContrast(o) {
    var note = document.getElementById("accent-contrast");
    var accent = form.elements.accent.value;
    var themes = o.theme ? [o.theme] : ["light", "dark"];
    var low = themes.filter(function (t) { return contrast(accent, BACKGROUNDS[t]) < 4.5; });
    if (!accentChosen) note.textContent = "The default accent suits both themes.";
    else if (low.length) {
      note.textContent = "Links in this colour are hard to read on the " + low.join(" and ") +
        " background (" + low.map(function (t) { return contrast(accent, BACKGROUNDS[t]).toFixed(1) + ":1"; }).join(", ") +
        "; 4.5:1 is needed). Pick a " + (low[0] === "light" ? "darker" : "lighter") + " colour or a fixed theme.";
    } else note.textContent = "Readable on the " + themes.join(" and ") + " background.";
  }

  function update() {
    if (!kind) return;
    var o = options();
    document.getElementById("snippet-loader").value = loaderSnippet(o);
    document.getElementById("snippet-iframe").value = iframeSnippet(o);
    showContrast(o);
    var host = preview.querySelector("[data-role-compare]");
    if (!host) {
      host = document.createElement("div");
      host.setAttribute("data-role-compare", pair);
      host.setAttribute("data-title", title);
      preview.appendChild(host);
    }
    [["data-theme", o.theme], ["data-accent", o.accent], ["data-sections", o.sections], ["data-area", o.area]]
      .forEach(function (attribute) {
        if (attribute[1]) host.setAttribute(attribute[0], attribute[1]);
        else host.removeAttribute(attribute[0]);
      });
    var state = new URLSearchParams({ pair: pair });
    ["theme", "accent", "sections", "area"].forEach(function (name) {
      if (o[name]) state.set(name, name === "accent" ? o[name].slice(1) : o[name]);
    });
    history.replaceState(null, "", "?" + state.toString());
  }

  // ---- the choices in the URL come back into the form ----
  function restore() {
    var theme = query.get("theme");
    var radio = form.querySelector('input[name=theme][value="' + (theme === "light" || theme === "dark" ? theme : "auto") + '"]');
    if (radio) radio.checked = true;
    var accent = HEX.exec(query.get("accent") || "");
    if (accent) {
      var digits = accent[1].length === 3 ? accent[1].replace(/./g, "$&$&") : accent[1];
      form.elements.accent.value = "#" + digits.toLowerCase();
      accentChosen = true;
    }
    var sections = (query.get("sections") || "").split(/[\s,]+/);
    var boxes = sectionBoxes();
    var known = Array.prototype.filter.call(boxes, function (box) { return sections.indexOf(box.value) >= 0; });
    if (known.length) Array.prototype.forEach.call(boxes, function (box) { box.checked = known.indexOf(box) >= 0; });
    // Area keys are a USPS code or a metro or nonmetro key such as austin-tx: letters,
    // digits and dashes, so nothing else can reach the selector.
    var area = query.get("area");
    if (area && /^[A-Za-z0-9-]+$/.test(area) && form.querySelector('#area option[value="' + area + '"]')) {
      form.elements.area.value = area;
    }
  }

  function showPair(found) {
    kind = found.kind;
    title = found.title;
    Array.prototype.forEach.call(document.querySelectorAll("[data-kind]"), function (part) {
      part.hidden = part.getAttribute("data-kind") !== kind;
    });
    status.textContent = "";
    var link = document.createElement("a");
    link.href = "/compare/" + pair;
    link.textContent = title;
    status.append("Embedding ", link, ".");
    document.title = "Embed " + title + " | Role Compare";
    restore();
    update();
  }

  function showProblem(message) {
    status.textContent = message + " ";
    var link = document.createElement("a");
    link.href = "/";
    link.textContent = "Choose a comparison";
    status.append(link, ", then use its Embed button.");
    form.hidden = true;
  }

  function getJson(path) {
    return fetch(path).then(function (response) {
      if (!response.ok) throw new Error(path + ": HTTP " + response.status);
      return response.json();
    });
  }

  // A pair is a curated article, or two known roles compared from official data.
  function findPair() {
    if (!/^[a-z0-9-]+-vs-[a-z0-9-]+$/.test(pair)) {
      return Promise.resolve(null);
    }
    return getJson("/data/articles.json").then(function (index) {
      var article = (index.articles || []).filter(function (a) { return a.role_a + "-vs-" + a.role_b === pair; })[0];
      if (article) return { kind: "curated", title: article.title };
      return getJson("/data/occupations.json").then(function (catalog) {
        var titles = {};
        (catalog.occupations || []).concat(catalog.curated || []).forEach(function (row) { titles[row.slug] = row.title; });
        var parts = pair.split("-vs-");
        for (var at = 1; at < parts.length; at++) {
          var a = parts.slice(0, at).join("-vs-"), b = parts.slice(at).join("-vs-");
          if (titles[a] && titles[b] && a !== b) return { kind: "generated", title: titles[a] + " vs. " + titles[b] };
        }
        return null;
      });
    });
  }

  function load() {
    findPair().then(function (found) {
      if (found) showPair(found);
      else showProblem(pair ? "There is no comparison called “" + pair + "”." : "No comparison was chosen.");
    }, function () {
      status.textContent = "The comparison could not be loaded. ";
      var retry = document.createElement("button");
      retry.type = "button";
      retry.className = "button button-secondary";
      retry.textContent = "Try again";
      retry.addEventListener("click", load);
      status.append(retry);
    });
  }

  form.addEventListener("input", function (event) {
    if (event.target.name === "accent") accentChosen = true;
    update();
  });
  form.addEventListener("change", update);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  document.getElementById("accent-reset").addEventListener("click", function () {
    form.elements.accent.value = DEFAULT_ACCENT;
    accentChosen = false;
    update();
  });

  // The plain iframe snippet gets the preview's real height.
  window.addEventListener("message", function (event) {
    var frame = preview.querySelector("iframe");
    var data = event.data;
    if (event.origin !== origin || !frame || event.source !== frame.contentWindow) return;
    if (data && data.type === "role-compare:height" && data.height > 0) {
      previewHeight = Math.ceil(data.height);
      if (kind) document.getElementById("snippet-iframe").value = iframeSnippet(options());
    }
  });

  var copyStatus = document.getElementById("copy-status");
  Array.prototype.forEach.call(document.querySelectorAll("[data-copy]"), function (button) {
    button.addEventListener("click", function () {
      var box = document.getElementById(button.getAttribute("data-copy"));
      var label = box.labels && box.labels[0] ? box.labels[0].textContent : "Snippet";
      var done = function () { copyStatus.textContent = "Copied: " + label + "."; };
      var manual = function () {
        box.focus();
        box.select();
        copyStatus.textContent = "Press Ctrl+C (or ⌘C) to copy the selected snippet.";
      };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(box.value).then(done, manual);
      else manual();
    });
  });

  load();
})();
