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

// "Load more": fetch the next page of a listing and append its items. The
// link is a plain pagination link, so without JavaScript it simply opens the
// next page.
(function () {
    "use strict";
    function bind(link) {
        link.addEventListener("click", function (event) {
            var list = document.getElementById(link.dataset.loadMore);
            if (!list || !window.fetch || !window.DOMParser) return;
            event.preventDefault();
            link.setAttribute("aria-busy", "true");
            fetch(link.href, { headers: { "X-Requested-With": "fetch" } })
                .then(function (response) {
                    if (!response.ok) throw new Error(response.status);
                    return response.text();
                })
                .then(function (html) {
                    var doc = new DOMParser().parseFromString(html, "text/html");
                    var incoming = doc.getElementById(list.id);
                    var items = incoming ? Array.prototype.slice.call(incoming.children) : [];
                    items.forEach(function (item) { list.appendChild(document.adoptNode(item)); });
                    var first = items[0] && items[0].querySelector("a");
                    var next = doc.querySelector('[data-load-more="' + list.id + '"]');
                    var nav = link.closest(".load-more");
                    if (next) {
                        link.href = next.getAttribute("href");
                        link.removeAttribute("aria-busy");
                    } else if (nav) {
                        nav.remove();
                    }
                    // Keyboard and screen-reader users continue at the first new item.
                    if (first) first.focus();
                })
                .catch(function () {
                    window.location.href = link.href;
                });
        });
    }
    document.querySelectorAll("[data-load-more]").forEach(bind);
})();
