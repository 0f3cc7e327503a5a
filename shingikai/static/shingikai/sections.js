// The consultation form shows only the sections the chosen grounds need: each ground's
// checkbox names its fields (data-fields); with no ground chosen, the form's default set.
// Hidden fields keep their values; the server shows and checks only the chosen sections.
(function () {
  "use strict";
  function words(text) {
    return (text || "").split(" ").filter(function (w) { return w; });
  }
  function update(form) {
    var names = new Set();
    var chosen = form.querySelectorAll("input[name=grounds]:checked");
    chosen.forEach(function (box) { words(box.dataset.fields).forEach(function (n) { names.add(n); }); });
    if (!chosen.length) {
      words(form.dataset.defaultFields).forEach(function (n) { names.add(n); });
    }
    var number = 0;
    form.querySelectorAll("section[data-section]").forEach(function (section) {
      var shown = false;
      section.querySelectorAll("[data-field]").forEach(function (field) {
        var on = names.has(field.dataset.field);
        field.hidden = !on;
        shown = shown || on;
      });
      section.hidden = !shown;
      if (shown) {
        number += 1;
        section.querySelector(".number").textContent = number + ". ";
      }
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("consultation-form");
    if (!form) { return; }
    form.addEventListener("change", function (event) {
      if (event.target.name === "grounds") { update(form); }
    });
  });
})();
