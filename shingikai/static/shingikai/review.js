/* Review of imported minutes: when a field gets focus, mark where its value stands in the
   source text beside the form, so the secretariat checks a reading against the minutes
   without searching for it. Values are matched as the parser reads them: full-width and
   half-width forms alike (NFKC) and spaces ignored (letter-spaced PDF text, 「会 長」).
   Progressive enhancement only: without this script the page works the same. */
(function () {
  "use strict";

  var MIN_LENGTH = 2; // one character would match almost anywhere
  var MAX_LENGTH = 40; // long texts (a turn, an opinion) are found by their opening

  function foldedWithPositions(text) {
    // The text folded (NFKC, no spaces) and, per folded character, its index in the text.
    var folded = "";
    var positions = [];
    for (var i = 0; i < text.length; i++) {
      var code = text.charCodeAt(i);
      var ch = text[i];
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) ch = text.slice(i, i + 2);
      var norm = ch.normalize("NFKC");
      for (var k = 0; k < norm.length; k++) {
        if (/\s/.test(norm[k])) continue;
        folded += norm[k];
        positions.push(i);
      }
      i += ch.length - 1;
    }
    return { folded: folded, positions: positions };
  }

  function needleOf(value) {
    var first = value.split("\n").map(function (l) { return l.trim(); })
      .filter(function (l) { return l && !/^-{3,}$/.test(l); })[0] || "";
    var folded = first.normalize("NFKC").replace(/\s+/g, "");
    return folded.slice(0, MAX_LENGTH);
  }

  function init() {
    var form = document.getElementById("review-form");
    var source = document.getElementById("source-text");
    var hint = document.getElementById("source-hint");
    if (!form || !source) return;
    var text = source.textContent;
    var index = foldedWithPositions(text);
    var hintText = hint ? hint.textContent : "";

    function show(start, end) {
      source.textContent = "";
      source.appendChild(document.createTextNode(text.slice(0, start)));
      if (end > start) {
        var mark = document.createElement("mark");
        mark.id = "source-mark";
        mark.textContent = text.slice(start, end);
        source.appendChild(mark);
        source.appendChild(document.createTextNode(text.slice(end)));
        var offset = mark.getBoundingClientRect().top - source.getBoundingClientRect().top;
        source.scrollTop += offset - source.clientHeight / 3;
      } else {
        source.appendChild(document.createTextNode(text.slice(end)));
      }
    }

    function locate(field, needle) {
      // A speaker's name stands in many places (the member list, other turns): the one
      // meant is the last before the words of its own turn.
      var turn = /^(item-\d+-turn-\d+)-speaker$/.exec(field.name);
      var words = turn && form.elements[turn[1] + "-text"];
      var wordsAt = words ? index.folded.indexOf(needleOf(words.value)) : -1;
      if (wordsAt > 0) {
        var before = index.folded.lastIndexOf(needle, wordsAt - 1);
        if (before >= 0) return before;
      }
      return index.folded.indexOf(needle);
    }

    form.addEventListener("focusin", function (event) {
      var field = event.target;
      if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return;
      if (field.type === "checkbox") return;
      var needle = needleOf(field.value);
      var at = needle.length >= MIN_LENGTH ? locate(field, needle) : -1;
      if (at < 0) {
        show(0, 0);
        if (hint && needle.length >= MIN_LENGTH) hint.textContent = hint.dataset.notFound || hintText;
        return;
      }
      if (hint) hint.textContent = hintText;
      var last = index.positions[at + needle.length - 1];
      var code = text.charCodeAt(last);
      show(index.positions[at], last + (code >= 0xd800 && code <= 0xdbff ? 2 : 1));
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
