// wagtail-modeltranslation's "Copy content from" buttons, put right
// (editorial/wagtail_hooks.py loads this after its copy_stream_fields.js).
// Its script adds them to every nested panel whose id has an underscore or
// not: authors, PDFs and related reports got them, and a Serbian field
// ("body_sr_latn", split at the last underscore) was offered Serbian onto
// itself with buttons naming fields that do not exist. Here the buttons are
// rebuilt for translated StreamFields only, one per *other* language that
// has something to copy, wherever the field is (the page editor has one tab
// per language: "panel-child-sq-body_sq-section"). The label and the
// language names come translated from the script tag's data attributes.
(function () {
  "use strict";
  var script = document.currentScript;
  var copyLabel = (script && script.dataset.copyLabel) || "Copy content from";
  var names = {};
  try {
    names = JSON.parse((script && script.dataset.languageNames) || "{}");
  } catch (error) {
    names = {};
  }
  function rebuild() {
    var config = window.wagtailModelTranslations;
    if (!config || !window.jQuery || typeof window.requestCopyField !== "function") return;
    var languages = config.languages.map(function (code) { return code.replace(/-/g, "_"); });
    // Longest first, so "sr_latn" is found before a shorter code could be.
    var byLength = languages.slice().sort(function (a, b) { return b.length - a.length; });
    document.querySelectorAll(".translation-field-copy-wrapper").forEach(function (el) { el.remove(); });
    document.querySelectorAll("section.w-panel--nested[id^='panel-child-'][id$='-section']").forEach(function (panel) {
      var parts = panel.id.split("-"); // panel-child-<tab>-<field>-section; field names have no "-"
      var name = parts[parts.length - 2];
      var lang = byLength.find(function (code) { return name.endsWith("_" + code); });
      if (!lang) return;
      var field = name.slice(0, -(lang.length + 1));
      if (!document.querySelector("input[name='" + field + "_" + lang + "-count']")) return; // not a StreamField
      var header = panel.querySelector(":scope > .w-panel__header");
      if (!header) return;
      var others = languages.filter(function (code) {
        if (code === lang) return false;
        var count = document.querySelector("input[name='" + field + "_" + code + "-count']");
        return count && Number(count.value) > 0; // nothing to copy from an empty field
      });
      if (!others.length) return;
      var wrapper = document.createElement("div");
      wrapper.className = "translation-field-copy-wrapper";
      wrapper.textContent = copyLabel + ": ";
      others.forEach(function (code) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "button translation-field-copy";
        button.dataset.copyFrom = field + "_" + code;
        var language = config.languages[languages.indexOf(code)];
        button.textContent = names[language] || language;
        button.addEventListener("click", function (event) {
          event.preventDefault();
          window.requestCopyField(field + "_" + code, field + "_" + lang);
        });
        wrapper.appendChild(button);
      });
      header.appendChild(wrapper);
    });
  }
  if (document.readyState === "complete") rebuild();
  else window.addEventListener("load", rebuild);
})();
