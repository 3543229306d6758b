// The StreamField's "insert a block" button is a bare ⊕ in Wagtail, named
// only by an English tooltip. Each one gets a visible label in the editor's
// admin language ("Add block"; "Add item" on a list's own button), also as
// its tooltip, including the buttons Wagtail draws later (after a block is
// added, in a tab opened later). The labels come translated from this
// script tag's data attributes (editorial/wagtail_hooks.py).
(function () {
  "use strict";
  var script = document.currentScript;
  var blockLabel = (script && script.dataset.addBlockLabel) || "Add block";
  var itemLabel = (script && script.dataset.addItemLabel) || "Add item";

  function label(button) {
    if (button.querySelector(".bprg-add-label")) return;
    var text = button.hasAttribute("data-streamfield-list-add") ? itemLabel : blockLabel;
    var span = document.createElement("span");
    span.className = "bprg-add-label";
    span.textContent = text;
    button.appendChild(span);
    button.title = text;
    button.classList.add("bprg-add-button");
  }

  function labelWithin(node) {
    if (node.nodeType !== 1) return;
    if (node.matches(".c-sf-add-button")) label(node);
    node.querySelectorAll(".c-sf-add-button").forEach(label);
  }

  function start() {
    labelWithin(document.body);
    new MutationObserver(function (records) {
      records.forEach(function (record) {
        record.addedNodes.forEach(labelWithin);
      });
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
