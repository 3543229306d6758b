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

// Listings (bbg_site/listings.py). "Load more" fetches the next page, appends
// its new items and writes that page into the address, which the server
// renders from the first item: Back and reload find the list as it was left.
// A chosen filter applies at once: the results are fetched and replaced in
// place, the page stays where it is and the address says what is shown. On
// narrow screens "Filters (n)" opens the filters. Without JavaScript the
// links and the "Show" button do the same with whole pages.
(function () {
    "use strict";
    if (!window.fetch || !window.DOMParser || !window.URLSearchParams) return;

    function fetchPage(url) {
        return fetch(url, { headers: { "X-Requested-With": "fetch" } })
            .then(function (response) {
                if (!response.ok) throw new Error(response.status);
                return response.text();
            })
            .then(function (html) {
                return new DOMParser().parseFromString(html, "text/html");
            });
    }

    function adopt(nodes) {
        return Array.prototype.slice.call(nodes).map(function (node) {
            return document.adoptNode(node);
        });
    }

    // The language switcher keeps the list the reader is looking at: its
    // links carry the address's query (filters, page; their values are the
    // same in every language), also after a filter or "Load more" changed it.
    function followAddress(url) {
        window.history.replaceState(window.history.state, "", url);
        var search = window.location.search;
        document.querySelectorAll(".language-switcher a").forEach(function (a) {
            a.href = a.href.split("?")[0] + search;
        });
    }

    function bindLoadMore(link) {
        link.addEventListener("click", function (event) {
            var list = document.getElementById(link.dataset.loadMore);
            if (!list) return;
            event.preventDefault();
            var url = link.href;
            link.setAttribute("aria-busy", "true");
            fetchPage(url)
                .then(function (doc) {
                    var incoming = doc.getElementById(list.id);
                    // Items are numbered from the list's data-first: append
                    // only those after the last one shown.
                    var shown = Number(list.dataset.first || 1) + list.children.length - 1;
                    var first = incoming ? Number(incoming.dataset.first || 1) : 0;
                    var items = incoming ? adopt(incoming.children).filter(function (item, index) {
                        return first + index > shown;
                    }) : [];
                    items.forEach(function (item) { list.appendChild(item); });
                    var next = doc.querySelector('[data-load-more="' + list.id + '"]');
                    var nav = link.closest(".load-more");
                    if (next) {
                        link.href = next.getAttribute("href");
                        link.removeAttribute("aria-busy");
                    } else if (nav) {
                        nav.remove();
                    }
                    followAddress(url);
                    // Keyboard and screen-reader users continue at the first new item.
                    var firstLink = items[0] && items[0].querySelector("a");
                    if (firstLink) firstLink.focus();
                })
                .catch(function () {
                    window.location.href = url;
                });
        });
    }

    function bindFilters(form) {
        var toggle = form.querySelector("[data-filters-toggle]");
        var panel = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
        if (toggle && panel) {
            toggle.addEventListener("click", function () {
                var open = toggle.getAttribute("aria-expanded") === "true";
                toggle.setAttribute("aria-expanded", String(!open));
                panel.classList.toggle("is-open", !open);
            });
        }
        var region = document.getElementById(form.dataset.listingFilters + "-region");
        if (!region) return;
        var announcer = document.createElement("p");
        announcer.className = "visually-hidden";
        announcer.setAttribute("aria-live", "polite");
        form.appendChild(announcer);

        function apply() {
            var params = new URLSearchParams();
            new FormData(form).forEach(function (value, name) {
                if (value) params.append(name, value);
            });
            var query = params.toString();
            var url = form.action.split("?")[0] + (query ? "?" + query : "");
            region.setAttribute("aria-busy", "true");
            fetchPage(url)
                .then(function (doc) {
                    var fresh = doc.getElementById(region.id);
                    var freshForm = doc.querySelector('[data-listing-filters="' + form.dataset.listingFilters + '"]');
                    if (!fresh || !freshForm) throw new Error("no listing");
                    region.replaceChildren.apply(region, adopt(fresh.childNodes));
                    region.removeAttribute("aria-busy");
                    var mine = form.querySelector(".filters__count");
                    var theirs = freshForm.querySelector(".filters__count");
                    if (mine && theirs) mine.replaceWith(document.adoptNode(theirs));
                    // Only the "Clear filters" link changes among the actions: the
                    // "Show" button stays the same element, so a keyboard user who
                    // tabbed to it while the results loaded keeps the focus there.
                    var actions = form.querySelector(".filters__actions");
                    var freshActions = freshForm.querySelector(".filters__actions");
                    if (actions && freshActions) {
                        actions.querySelectorAll("a").forEach(function (link) { link.remove(); });
                        freshActions.querySelectorAll("a").forEach(function (link) {
                            actions.appendChild(document.adoptNode(link));
                        });
                    }
                    region.querySelectorAll("[data-load-more]").forEach(bindLoadMore);
                    followAddress(url);
                    var count = region.querySelector(".result-count");
                    announcer.textContent = count ? count.textContent : "";
                })
                .catch(function () {
                    form.submit();
                });
        }

        form.addEventListener("change", function (event) {
            if (event.target.tagName === "SELECT") apply();
        });
        form.addEventListener("submit", function (event) {
            event.preventDefault();
            apply();
        });
    }

    document.querySelectorAll("[data-load-more]").forEach(bindLoadMore);
    document.querySelectorAll("[data-listing-filters]").forEach(bindFilters);
})();

// The language switcher remembers the reader's choice: "/" then opens the
// chosen language rather than the browser's (LocaleMiddleware reads the
// cookie before Accept-Language). Set on the reader's own click only, so a
// page served from a shared cache sets no cookie.
(function () {
    "use strict";
    var switcher = document.querySelector("[data-language-cookie]");
    if (!switcher) return;
    switcher.addEventListener("click", function (event) {
        var link = event.target.closest("a[hreflang]");
        if (!link) return;
        var code = link.pathname.split("/")[1];
        if (!/^[a-z]{2}(-[a-z]+)?$/.test(code)) return;
        document.cookie = switcher.dataset.languageCookie + "=" + code +
            "; path=/; max-age=31536000; samesite=lax" +
            (location.protocol === "https:" ? "; secure" : "");
    });
})();

// After a form is sent, the page says what happened where the reader is:
// the error summary of a refused form, or the confirmation, takes the focus
// (so a screen reader reads it) — the first such element of the page.
(function () {
    "use strict";
    var target = document.querySelector("[data-focus-on-load]");
    if (!target) return;
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    // After the load: a form's address ends in a fragment (#registration, for
    // readers without JavaScript), and going to a fragment moves the focus.
    window.addEventListener("load", function () {
        window.setTimeout(function () { target.focus(); }, 0);
    });
})();

// Reach (reach/views.py): one privacy-respecting count of this page view.
// Only pages rendered for anonymous readers carry data-reach-page; the
// beacon sends the page id, its language, the referring site's host only
// (never its full address) and whether the link came from our newsletter.
// Nothing is stored in the browser. Not sent when the browser asks not to
// be tracked (Do Not Track, Global Privacy Control).
(function () {
    "use strict";
    var body = document.body;
    var page = body && body.dataset.reachPage;
    if (!page || !navigator.sendBeacon) return;
    if (navigator.doNotTrack === "1" || navigator.globalPrivacyControl === true) return;
    var host = "";
    try {
        host = document.referrer ? new URL(document.referrer).host : "";
    } catch (error) {
        host = "";
    }
    var query = new URLSearchParams(window.location.search);
    var data = new URLSearchParams();
    data.set("p", page);
    data.set("l", body.dataset.reachLang || "");
    data.set("r", host);
    if (query.get("utm_source") === "newsletter" || query.has("bprg_nl")) data.set("n", "1");
    navigator.sendBeacon(body.dataset.reachUrl || "/reach/view/", data);
})();
