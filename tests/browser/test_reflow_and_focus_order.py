"""Reflow at 320 CSS px (WCAG 1.4.10) and focus order (2.4.3) over the demo
site, every page type in every language, in Chromium:

- no page scrolls sideways at 320 px wide (up to six pages of each type in
  each language from the sitemap, so that long report URLs in "Cite this"
  and long email addresses on profiles are met; the search with and without
  results, the newsletter page, the 404 page), nor with the phone menu open
  (the header search box shrinks to fit);
- at phone width, Tab moves down the page: within the main content the
  focused element's top never goes back up (the event and report sidebars
  once came visually first while their links came last in the DOM).

One test loads the demo content once (a minute) and walks it all; a failure
lists every page and element at fault."""

from io import StringIO
from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.core.management import call_command

pytestmark = pytest.mark.browser

# Every reader language, the Cyrillic edition included.
LANGS = [code for code, _name in settings.LANGUAGES]
PHONE = {"width": 320, "height": 720}
# Tolerance for elements on one line whose boxes start a few pixels apart
# (a button beside a link): far less than a line of text.
SAME_LINE_PX = 8
PAGES_PER_TYPE = 6

OVERFLOW_JS = """() => {
    const width = document.documentElement.clientWidth;
    const wide = [];
    if (document.documentElement.scrollWidth > width) {
        for (const el of document.querySelectorAll("body *")) {
            const box = el.getBoundingClientRect();
            const hidden = el.closest(".visually-hidden, .skip-link, .form__trap");
            if (box.width && box.right > width + 0.5 && !hidden) {
                const name = `${el.tagName.toLowerCase()}.${el.className}`;
                wide.push(`${name} ends at ${Math.round(box.right)}px`);
            }
        }
    }
    return {scroll: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5)};
}"""

FOCUSED_JS = """() => {
    const el = document.activeElement;
    const main = document.getElementById("main-content");
    if (!el || el === document.body || !main.contains(el) || el === main) return null;
    const box = el.getBoundingClientRect();
    return {top: box.top + window.scrollY,
            what: el.tagName.toLowerCase() + " "
                  + (el.textContent || el.name || "").trim().slice(0, 40)};
}"""


@pytest.fixture
def demo_site(live_server, transactional_db):
    from bbg_site.search.indexing import rebuild

    call_command("load_demo_content", stdout=StringIO())
    rebuild()
    return live_server.url


def sitemap_paths(page, base) -> list[str]:
    page.goto(base + "/sitemap.xml")
    locs = page.evaluate("[...document.getElementsByTagName('loc')].map(n => n.textContent)")
    return [urlparse(loc).path for loc in locs]


def page_type(path: str) -> tuple:
    """Pages of one type share their URL's depth and section: /sq/publikimet/x/."""
    parts = [p for p in path.split("/") if p]
    return (parts[0], parts[1] if len(parts) > 1 else "", len(parts))


def other_paths(lang: str) -> list[str]:
    return [
        f"/{lang}/search/?q=kosovo",
        f"/{lang}/search/?q=zzzzqqq",
        f"/{lang}/search/",
        f"/{lang}/newsletter/",
        f"/{lang}/no-such-page/",
    ]


def overflow(page) -> dict:
    return page.evaluate(OVERFLOW_JS)


def focus_walk(page, limit=200) -> list[str]:
    """Tab from the start of the main content to its end; the steps where
    the focus went back up the page."""
    page.focus("#main-content")
    previous, backwards = None, []
    for _ in range(limit):
        page.keyboard.press("Tab")
        here = page.evaluate(FOCUSED_JS)
        if here is None:
            break
        if previous and here["top"] < previous["top"] - SAME_LINE_PX:
            backwards.append(
                f"{previous['what']!r} at {previous['top']:.0f}px → "
                f"{here['what']!r} at {here['top']:.0f}px"
            )
        previous = here
    return backwards


def test_every_page_type_reflows_at_320px_and_tabs_down_the_page(chromium, demo_site):
    context = chromium.new_context(viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(15000)
    paths = sitemap_paths(page, demo_site)
    assert {p.split("/")[1] for p in paths} == set(LANGS)
    assert len(paths) > 150

    by_type = {}
    for path in paths + [p for lang in LANGS for p in other_paths(lang)]:
        by_type.setdefault(page_type(path.split("?")[0]) + (("?" in path),), []).append(path)

    wide, menu_wide, wrong_order, seen_types = [], [], [], set()
    for kind, path in [(k, p) for k, group in by_type.items() for p in group[:PAGES_PER_TYPE]]:
        # Deferred scripts (site.js) have run by DOMContentLoaded; pictures
        # have their width and height in the markup.
        page.goto(demo_site + path, wait_until="domcontentloaded")
        found = overflow(page)
        if found["scroll"] > found["width"]:
            wide.append(f"{path}: {found}")
        if kind in seen_types:
            continue
        # One page of each type in each language: the menu, and the keyboard.
        seen_types.add(kind)
        page.click(".nav-toggle")
        assert page.get_attribute(".nav-toggle", "aria-expanded") == "true"
        found = overflow(page)
        button = page.locator(".search-box button").bounding_box()
        if found["scroll"] > found["width"] or button["x"] + button["width"] > PHONE["width"]:
            menu_wide.append(f"{path}: {found}, search button ends at {button}")
        page.click(".nav-toggle")
        backwards = focus_walk(page)
        if backwards:
            wrong_order.append(f"{path}: {backwards[:3]}")
    context.close()

    assert len(seen_types) >= 3 * 14, sorted(seen_types)
    assert not wide, "\n".join(wide)
    assert not menu_wide, "\n".join(menu_wide)
    assert not wrong_order, "\n".join(wrong_order)
