// Recovery codes page: a Copy button (the Download link works without script).
(function () {
  "use strict";
  var button = document.querySelector("[data-copy-codes]");
  var status = document.querySelector("[data-copy-status]");
  var codes = document.querySelector("[data-recovery-codes]");
  if (!button || !status || !codes) return;

  function selectCodes() {
    var range = document.createRange();
    range.selectNodeContents(codes);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  button.hidden = false;
  button.addEventListener("click", function () {
    var text = button.getAttribute("data-copy-text");
    var copied = navigator.clipboard && window.isSecureContext
      ? navigator.clipboard.writeText(text)
      : Promise.reject(new Error("no clipboard"));
    copied.then(
      function () { status.textContent = button.getAttribute("data-copied"); },
      function () {
        // No clipboard access (plain http, or refused): select the codes so
        // that Ctrl+C / long-press copies them, and say so.
        selectCodes();
        status.textContent = button.getAttribute("data-select-instead");
      }
    );
  });
})();
