"""Layout shift on a phone (412×823), in Chromium: report, profile and event
pages of the demo site (which has cover pictures, portraits and speakers'
photos) stay still while they load, in every language.

A `layout-shift` PerformanceObserver, registered before the page's first
byte, adds up every shift the reader did not cause (Cumulative Layout
Shift); above 0.1 counts as poor, and each page must stay under 0.05. A
failure names the elements that moved.

One test loads the demo content once and measures two pages of each type in
each language."""

import time
from io import StringIO
from urllib.parse import urlparse

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.browser

LANGS = ["en", "sq", "sr-latn"]
PHONE = {"width": 412, "height": 823}
LIMIT = 0.05
PAGES_PER_TYPE = 2
# Seconds each picture and script takes to arrive.
LATE = 0.4
# The English section of each page type's URL: /en/publications/<report>/.
SECTIONS = {"report": "publications", "profile": "people", "event": "events"}

OBSERVE_JS = """
window.__shifts = [];
new PerformanceObserver(list => {
    for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        window.__shifts.push({
            value: entry.value,
            sources: (entry.sources || []).map(s => {
                const n = s.node;
                if (!n || !n.tagName) return "#text";
                return n.tagName.toLowerCase() + (n.className ? "." + String(n.className) : "")
                    + ` ${JSON.stringify(s.previousRect)}→${JSON.stringify(s.currentRect)}`;
            }),
        });
    }
}).observe({type: "layout-shift", buffered: true});
"""


@pytest.fixture
def demo_site(live_server, transactional_db):
    call_command("load_demo_content", stdout=StringIO())
    return live_server.url


def pages_of_each_type(page, base) -> dict:
    """Two report, profile and event pages per language, from the sitemap
    (the English page's section names the type; the other languages' pages
    are the same pages' translations, found through the language switcher's
    hreflang links)."""
    page.goto(base + "/sitemap.xml")
    locs = page.evaluate("[...document.getElementsByTagName('loc')].map(n => n.textContent)")
    paths = [urlparse(loc).path for loc in locs]
    chosen = {}
    for kind, section in SECTIONS.items():
        english = [p for p in paths if p.startswith(f"/en/{section}/") and p.count("/") == 4]
        assert len(english) >= PAGES_PER_TYPE, (kind, english)
        chosen[kind] = english[:PAGES_PER_TYPE]
    return chosen


def translations(page, base, path) -> dict:
    page.goto(base + path, wait_until="domcontentloaded")
    links = page.evaluate(
        """[...document.querySelectorAll('link[rel=alternate][hreflang]')]
            .map(l => [l.hreflang, l.href])"""
    )
    found = {
        lang: urlparse(href).path
        for code, href in links
        for lang in LANGS
        if code.lower() == lang.lower()
    }
    assert set(found) >= set(LANGS), (path, links)
    return found


def test_report_profile_and_event_pages_do_not_shift_while_loading_on_a_phone(chromium, demo_site):
    context = chromium.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    context.add_init_script(OBSERVE_JS)
    page = context.new_page()
    page.set_default_timeout(20000)

    # A phone's network: pictures and the deferred site.js arrive after the
    # page's first paint (on the test's own machine they would come before
    # it, hiding any shift they cause). The stylesheet blocks the first paint
    # anyway and is not delayed.
    def arrive_late(route):
        time.sleep(LATE)
        route.continue_()

    context.route("**/media/**", arrive_late)
    context.route("**/static/js/**", arrive_late)

    try:
        measured, shifting = [], []
        for kind, paths in pages_of_each_type(page, demo_site).items():
            for english in paths:
                for lang, path in translations(page, demo_site, english).items():
                    # A new load, as a reader's first visit: pictures and
                    # the stylesheet are fetched again.
                    page.goto("about:blank")
                    context.clear_cookies()
                    page.goto(demo_site + path, wait_until="load")
                    page.wait_for_load_state("networkidle")
                    page.wait_for_timeout(300)
                    shifts = page.evaluate("window.__shifts")
                    total = sum(s["value"] for s in shifts)
                    measured.append((kind, lang, path, total))
                    if total >= LIMIT:
                        sources = sorted({src for s in shifts for src in s["sources"]})
                        shifting.append(f"{kind} {path}: {total:.3f} — {sources[:6]}")
        assert {(kind, lang) for kind, lang, _, _ in measured} == {
            (kind, lang) for kind in SECTIONS for lang in LANGS
        }
        assert not shifting, "\n".join(shifting)
    finally:
        context.close()
