// Progressive enhancement only: without JavaScript the navigation is always shown.
(function () {
    "use strict";
    document.documentElement.classList.add("js");
    var toggle = document.querySelector(".nav-toggle");
    var nav = document.getElementById("site-nav");
    if (!toggle || !nav) return;
    toggle.addEventListener("click", function () {
        var open = toggle.getAttribute("aria-expanded") === "true";
        toggle.setAttribute("aria-expanded", String(!open));
        nav.classList.toggle("is-open", !open);
    });
    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && nav.classList.contains("is-open")) {
            toggle.setAttribute("aria-expanded", "false");
            nav.classList.remove("is-open");
            toggle.focus();
        }
    });
})();

// Email addresses are written backwards in data attributes (see the
// protected_email template tag) so that robots cannot harvest them.
(function () {
    "use strict";
    document.querySelectorAll(".protected-email").forEach(function (node) {
        var address = node.dataset.u.split("").reverse().join("") + "@" +
            node.dataset.d.split("").reverse().join("");
        var link = document.createElement("a");
        link.href = "mailto:" + address;
        link.textContent = address;
        node.replaceWith(link);
    });
})();
