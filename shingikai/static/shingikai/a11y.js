/* Accessibility glue shared by every page (JIS X 8341-3 / WCAG 2.x AA):
   - tables scroll inside their own focusable box instead of widening the page (1.4.10 reflow);
   - the menu collapses behind a button on narrow screens;
   - after an htmx update, focus returns to the control the person used (or to the updated
     region) instead of falling to <body>, and the region's [data-announce] text is read out;
   - after a submit that failed validation, focus goes to the first field in error. */
(function () {
  "use strict";

  function labelFor(table) {
    var caption = table.querySelector("caption");
    if (caption) return caption.textContent.trim();
    if (table.getAttribute("aria-label")) return table.getAttribute("aria-label");
    var node = table;
    while (node && node !== document.body) {
      var prev = node.previousElementSibling;
      while (prev) {
        if (/^H[1-6]$/.test(prev.tagName)) return prev.textContent.trim();
        var inner = prev.querySelector && prev.querySelector("h1,h2,h3,h4,h5,h6");
        if (inner) return inner.textContent.trim();
        prev = prev.previousElementSibling;
      }
      node = node.parentElement;
    }
    return document.title.split("|")[0].trim();
  }

  function wrapTables(root) {
    (root || document).querySelectorAll("main table").forEach(function (table) {
      if (table.parentElement.classList.contains("table-scroll")) return;
      var box = document.createElement("div");
      box.className = "table-scroll";
      box.setAttribute("role", "region");
      box.setAttribute("tabindex", "0");
      box.setAttribute("aria-label", labelFor(table));
      table.parentNode.insertBefore(box, table);
      box.appendChild(table);
    });
  }

  function setUpMenu() {
    var toggle = document.querySelector(".menu-toggle");
    if (!toggle) return;
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") === "true";
      toggle.setAttribute("aria-expanded", open ? "false" : "true");
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
        toggle.setAttribute("aria-expanded", "false");
        toggle.focus();
      }
    });
  }

  var lastAnnounced = null;
  function announce(text) {
    var region = document.getElementById("live-status");
    text = (text || "").replace(/\s+/g, " ").trim();
    // The checklist refreshes while the person types: speak only when the result changed.
    if (!region || !text || text === lastAnnounced) return;
    lastAnnounced = text;
    region.textContent = "";
    // A fresh text node after a tick is announced even when the words repeat.
    window.setTimeout(function () { region.textContent = text; }, 50);
  }

  // What the person was using when an htmx request started, to find it again after the swap.
  var lastFocus = null;
  function describe(element) {
    if (!element || element === document.body) return null;
    var form = element.closest("[hx-post],[hx-get],form");
    return {
      id: element.id || null,
      name: element.getAttribute("name"),
      tag: element.tagName,
      source: form ? (form.getAttribute("hx-post") || form.getAttribute("hx-get") || form.getAttribute("action")) : null,
    };
  }
  function find(description, scope) {
    if (!description) return null;
    if (description.id) {
      var byId = document.getElementById(description.id);
      if (byId) return byId;
    }
    if (!description.source) return null;
    var candidates = scope.querySelectorAll("[hx-post],[hx-get],form");
    for (var i = 0; i < candidates.length; i++) {
      var c = candidates[i];
      var src = c.getAttribute("hx-post") || c.getAttribute("hx-get") || c.getAttribute("action");
      if (src !== description.source) continue;
      var selector = description.tag.toLowerCase() + (description.name ? '[name="' + description.name + '"]' : "");
      return c.matches(selector) ? c : c.querySelector(selector) || c.querySelector("button,input,select,textarea");
    }
    return null;
  }

  function focusRegion(region) {
    if (!region) return;
    if (!region.hasAttribute("tabindex")) region.setAttribute("tabindex", "-1");
    region.focus({ preventScroll: true });
  }

  document.addEventListener("htmx:beforeRequest", function () {
    lastFocus = describe(document.activeElement);
  });
  document.addEventListener("htmx:afterSettle", function (event) {
    var region = event.detail.target && document.contains(event.detail.target)
      ? event.detail.target : (event.detail.elt && document.contains(event.detail.elt) ? event.detail.elt : null);
    wrapTables(region || document);
    var scope = region && region.parentElement ? region.parentElement : document;
    var active = document.activeElement;
    if (!active || active === document.body) {
      var again = find(lastFocus, scope) || find(lastFocus, document);
      if (again) again.focus({ preventScroll: true });
      else focusRegion(region);
    }
    var announcer = region && (region.matches("[data-announce]") ? region : region.querySelector("[data-announce]"));
    if (announcer) announce(announcer.getAttribute("data-announce") || announcer.textContent.trim());
  });

  function focusFirstError() {
    var invalid = document.querySelector("main .has-error input, main .has-error select, main .has-error textarea, main [aria-invalid=true]");
    if (invalid) { invalid.focus(); return; }
    var error = document.querySelector("main form .errorlist.nonfield, main form p.error");
    if (error) focusRegion(error);
  }

  document.addEventListener("DOMContentLoaded", function () {
    wrapTables(document);
    setUpMenu();
    focusFirstError();
  });
})();
