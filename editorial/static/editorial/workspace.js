// The translation workspace (editorial/workspace_views.py): moving from
// segment to segment by keyboard, the progress count as the translator types,
// and "Copy source". No inline script: the admin may get a strict CSP.
(function () {
  "use strict";
  var root = document.querySelector("[data-workspace]");
  if (!root) return;
  var targets = Array.prototype.slice.call(root.querySelectorAll("[data-target]"));
  var progress = root.querySelector("[data-progress]");
  var meter = root.querySelector("[data-meter]");
  var template = progress ? progress.textContent.trim() : "";
  var initialDone = meter ? Number(meter.value) : 0;

  function segmentOf(el) { return el.closest("[data-segment]"); }
  function isEmpty(el) { return !el.value.replace(/<[^>]*>/g, "").trim(); }

  function update(el) {
    var segment = segmentOf(el);
    segment.classList.toggle("segment--untranslated", isEmpty(el));
    var done = targets.filter(function (t) { return !isEmpty(t); }).length;
    if (meter) meter.value = done;
    if (progress) {
      // The server's sentence with its first number replaced: stays translated.
      progress.textContent = template.replace(String(initialDone), String(done));
    }
  }

  function move(from, step, onlyOpen) {
    var index = targets.indexOf(from);
    for (var i = index + step; i >= 0 && i < targets.length; i += step) {
      var candidate = targets[i];
      var seg = segmentOf(candidate);
      if (!onlyOpen || isEmpty(candidate) || seg.hasAttribute("data-changed")) {
        candidate.focus();
        seg.scrollIntoView({ block: "center" });
        return true;
      }
    }
    return false;
  }

  targets.forEach(function (el) {
    el.addEventListener("input", function () { update(el); });
    el.addEventListener("keydown", function (event) {
      if (event.altKey && event.key === "ArrowDown") { event.preventDefault(); move(el, 1, false); }
      else if (event.altKey && event.key === "ArrowUp") { event.preventDefault(); move(el, -1, false); }
      else if (event.altKey && event.key === "PageDown") { event.preventDefault(); move(el, 1, true); }
      else if (event.key === "Enter" && (el.tagName === "INPUT" || event.ctrlKey)) {
        event.preventDefault();
        move(el, 1, false);
      }
    });
  });

  root.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy-source]");
    if (!button) return;
    var segment = segmentOf(button);
    var target = segment.querySelector("[data-target]");
    var markup = segment.querySelector("[data-source-markup]");
    target.value = markup.content.textContent;
    update(target);
    target.focus();
  });

  // Start where the work is: the first untranslated or changed segment.
  var first = targets.filter(function (t) {
    return isEmpty(t) || segmentOf(t).hasAttribute("data-changed");
  })[0];
  if (first && !root.querySelector(".error-message")) first.focus({ preventScroll: false });
})();
