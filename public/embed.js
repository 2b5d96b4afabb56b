// Role Compare embed loader, for other sites:
//
//   <div data-role-compare="producer-vs-product-manager" data-theme="dark"></div>
//   <script async src="https://<our host>/embed.js"></script>
//
// turns each such element into an iframe of /embed/compare/<pair> from the host this script
// was loaded from, and keeps the iframe exactly as tall as the comparison in it. Options are
// data attributes: data-theme (light|dark|auto), data-accent (#hex), data-sections (a list,
// e.g. "salary,skills") and data-area (CA, austin-tx: a key of /data/areas.json). Changing data-theme,
// data-accent or data-sections later updates the comparison in place; data-area or the pair
// reloads it. Elements added later are picked up too.
//
// Height messages are accepted only from our own origin, only from the iframe they are
// about, and only as a number. Including this script more than once is harmless: later copies
// only look for new elements. Odd pages are no reason to throw: an element that cannot hold a
// frame (the page's <html>, <head> or <body>, an <img>, a <textarea>, SVG …) or whose pair
// cannot be put in an address is left alone, and one that leaves the page is forgotten.
// Plain JavaScript, no dependencies, no cookies or storage. Message format:
// docs/embedding.md.
(function () {
  "use strict";
  var existing = window.RoleCompareEmbed;
  if (existing && typeof existing.scan === "function") {
    existing.scan();
    return;
  }

  // Our own address, from this script's (a copy added by another script may not be current).
  var script = document.currentScript || document.querySelector('script[src$="/embed.js"]');
  var base = new URL(script && script.src ? script.src : "/embed.js", location.href);
  var origin = base.origin;
  var frames = []; // { host, iframe }
  var OPTIONS = ["data-theme", "data-accent", "data-sections"];
  // Elements whose content is not shown, or is the page itself.
  var CANNOT_HOLD = /^(HTML|HEAD|BODY|AREA|BASE|BR|COL|EMBED|HR|IMG|INPUT|LINK|META|SOURCE|TRACK|WBR|SCRIPT|STYLE|TEMPLATE|TEXTAREA|TITLE|IFRAME|OBJECT|SELECT|OPTION|NOSCRIPT|VIDEO|AUDIO|CANVAS)$/;

  function option(host, name) {
    return (host.getAttribute(name) || "").trim();
  }

  // Throws for a pair that cannot be put in an address (text with a lone surrogate).
  function embedUrl(host) {
    var url = new URL("/embed/compare/" + encodeURIComponent(option(host, "data-role-compare")), origin);
    [["theme", "data-theme"], ["accent", "data-accent"], ["sections", "data-sections"], ["area", "data-area"]]
      .forEach(function (pair) {
        var value = option(host, pair[1]).replace(/^#/, "");
        if (value) url.searchParams.set(pair[0], value);
      });
    return url.href;
  }

  function title(host) {
    var pair = option(host, "data-role-compare").split("-vs-");
    var words = function (slug) {
      return slug.replace(/-/g, " ").replace(/\b\w/g, function (c) { return c.toUpperCase(); });
    };
    return pair.length === 2
      ? words(pair[0]) + " vs. " + words(pair[1]) + ": a comparison by Role Compare"
      : "A career comparison by Role Compare";
  }

  function frameOf(host) {
    for (var i = 0; i < frames.length; i++) if (frames[i].host === host) return frames[i];
    return null;
  }

  function canHold(host) {
    return host.isConnected && host.namespaceURI === "http://www.w3.org/1999/xhtml" && !CANNOT_HOLD.test(host.tagName);
  }

  function build(host) {
    if (!option(host, "data-role-compare") || !canHold(host)) return;
    var src;
    try {
      src = embedUrl(host);
    } catch (error) {
      return;
    }
    var iframe = document.createElement("iframe");
    iframe.src = src;
    iframe.title = option(host, "data-title") || title(host);
    iframe.loading = "lazy";
    // The comparison needs its scripts and its own origin (for its data), and opens links in
    // new tabs; it can never navigate or script the host page.
    iframe.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox");
    iframe.setAttribute("width", "100%");
    // Until the comparison reports its height; then exactly that.
    iframe.style.cssText = "display:block;width:100%;height:640px;border:0;color-scheme:normal";
    // Fallback content (a link for readers without JavaScript) makes way for the frame.
    while (host.firstChild) host.removeChild(host.firstChild);
    host.appendChild(iframe);
    var frame = { host: host, iframe: iframe, src: iframe.src, ready: false };
    frames.push(frame);
    watch.observe(host, { attributes: true });
    if (widths) widths.observe(iframe);
  }

  function scan() {
    var hosts = document.querySelectorAll("[data-role-compare]");
    for (var i = 0; i < hosts.length; i++) if (!frameOf(hosts[i])) build(hosts[i]);
    // Forget frames whose element has left the page.
    frames = frames.filter(function (frame) { return frame.host.isConnected; });
  }

  // The address without the options that can change in place: pair and area.
  function pageOf(src) {
    var url = new URL(src);
    OPTIONS.forEach(function (name) { url.searchParams.delete(name.slice(5)); });
    return url.href;
  }

  // Options change in place; a new pair or area is a new page.
  function update(frame) {
    var target = frame.iframe.contentWindow;
    // Gone from the page (the next scan forgets it), or changed to no address at all.
    if (!frame.host.isConnected || !target) return;
    var src;
    try {
      src = embedUrl(frame.host);
    } catch (error) {
      return;
    }
    if (src === frame.src) return;
    var samePage = pageOf(src) === pageOf(frame.src);
    frame.src = src;
    // Before the comparison has loaded (and said so with its first height) a message could
    // go unheard, so the frame loads the new address instead.
    if (samePage && frame.ready) {
      target.postMessage({
        type: "role-compare:options",
        theme: option(frame.host, "data-theme"),
        accent: option(frame.host, "data-accent"),
        sections: option(frame.host, "data-sections"),
      }, origin);
    } else {
      frame.ready = false;
      frame.iframe.src = src;
    }
  }
  var watch = new MutationObserver(function (changes) {
    changes.forEach(function (change) {
      var frame = frameOf(change.target);
      if (frame) update(frame);
    });
  });

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== "role-compare:height") return;
    // A number, not anything that converts to one (`true` is 1, `[300]` is 300).
    var height = data.height;
    if (typeof height !== "number" || !(height > 0 && height < 100000)) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].iframe.contentWindow === event.source) {
        frames[i].ready = true;
        frames[i].iframe.style.height = Math.ceil(height) + "px";
        return;
      }
    }
  });

  // A new width reflows the comparison. Browsers pause rendering in cross-origin frames out of
  // view, so the frame may not notice until it is scrolled to; it is asked to measure now.
  var widths = window.ResizeObserver && new ResizeObserver(function (entries) {
    entries.forEach(function (entry) {
      for (var i = 0; i < frames.length; i++) {
        var frame = frames[i];
        if (frame.iframe !== entry.target) continue;
        var width = Math.round(entry.contentRect.width);
        var target = frame.iframe.contentWindow;
        if (frame.ready && width !== frame.width && target) {
          target.postMessage({ type: "role-compare:measure" }, origin);
        }
        frame.width = width;
      }
    });
  });

  // Host pages that add comparisons later (single-page apps) get them too.
  var pending = false;
  new MutationObserver(function () {
    if (pending) return;
    pending = true;
    Promise.resolve().then(function () {
      pending = false;
      scan();
    });
  }).observe(document.documentElement, { childList: true, subtree: true });

  try {
    window.RoleCompareEmbed = { scan: scan, origin: origin };
  } catch (error) {
    // The page made the name read-only: later copies of this script will not find this one.
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
  else scan();
})();
