"""In Chromium, in each language: English fallback text carries its language
(WCAG 3.1.2) as the browser computes it for assistive technology; the
search page's language switcher keeps the search; its two search forms have
names; a report's PDF declares the language it is written in."""

import datetime

import pytest
from playwright.sync_api import expect

from tests.factories import make_report
from tests.helpers import url_in

pytestmark = pytest.mark.browser

LANGS = ["en", "sq", "sr-latn"]
PAGE_LANG = {"en": "en", "sq": "sq", "sr-latn": "sr-Latn"}
NAMES = {
    "en": ("Site search", "Search the results"),
    "sq": ("Kërkimi në sajt", "Kërko në rezultate"),
    "sr-latn": ("Pretraga sajta", "Pretražite rezultate"),
}
# The language of an element's text: the nearest lang attribute up the tree.
LANG_OF = "el => el.closest('[lang]').getAttribute('lang')"


@pytest.fixture
def untranslated(live_server, catalogue):
    from demo.pictures import ensure_demo_image

    return make_report(
        catalogue["library"],
        "english-only",
        "Only in English",
        date=datetime.date(2026, 2, 1),
        translated=False,
        subtitle={"en": "An English subtitle"},
        cover_image=ensure_demo_image("Cover", seed=3, size=(300, 420)),
        cover_alt={"en": "Cover of the publication “Only in English”"},
        pdfs=("en", "sq"),
    )


@pytest.mark.parametrize("lang", LANGS)
def test_english_fallback_text_is_marked_english(
    browser_page, live_server, catalogue, untranslated, lang
):
    page = browser_page
    page.goto(live_server.url + url_in(untranslated, lang))
    assert page.evaluate("document.documentElement.lang") == PAGE_LANG[lang]
    english = [
        "h1",
        ".report__subtitle",
        ".report__summary p",
        ".report__main .prose p",
        ".breadcrumbs [aria-current=page]",
        "img.report__cover",
        ".cite dd i",
    ]
    for selector in english:
        assert page.locator(selector).first.evaluate(LANG_OF) == "en", selector
    # What the interface says stays in the reader's language.
    for selector in ("#summary-heading", "#cite-heading", ".downloads h2"):
        assert page.locator(selector).evaluate(LANG_OF) == PAGE_LANG[lang], selector

    # The card in the library: title and subtitle both English.
    page.goto(live_server.url + url_in(catalogue["library"], lang))
    card = page.locator("article.report-card", has_text="Only in English")
    assert card.locator(".card__title a").evaluate(LANG_OF) == "en"
    assert card.locator(".card__subtitle").evaluate(LANG_OF) == "en"
    mitrovica = url_in(catalogue["reports"]["mitrovica"], lang)
    translated = page.locator("article.report-card").filter(
        has=page.locator(f"a[href='{mitrovica}']")
    )
    assert translated.locator(".card__subtitle").evaluate(LANG_OF) == PAGE_LANG[lang]


@pytest.mark.parametrize("lang", LANGS)
def test_search_switcher_keeps_the_search_and_search_forms_are_named(
    browser_page, live_server, catalogue, lang
):
    from bbg_site.search.indexing import rebuild

    rebuild()
    page = browser_page
    page.goto(f"{live_server.url}/{lang}/search/?q=bridge")
    site_name, results_name = NAMES[lang]
    expect(page.get_by_role("search", name=site_name)).to_have_count(1)
    expect(page.get_by_role("search", name=results_name)).to_have_count(1)
    for other in LANGS:
        link = page.locator(f".language-switcher a[hreflang='{PAGE_LANG[other]}']")
        assert link.get_attribute("href") == f"/{other}/search/?q=bridge"
    other = LANGS[(LANGS.index(lang) + 1) % 3]
    page.locator(f".language-switcher a[hreflang='{PAGE_LANG[other]}']").click()
    page.wait_for_url(f"**/{other}/search/?q=bridge")
    assert page.evaluate("document.documentElement.lang") == PAGE_LANG[other]
    expect(page.locator("#search-q")).to_have_value("bridge")
    expect(page.get_by_role("search", name=NAMES[other][1])).to_have_count(1)


@pytest.mark.parametrize("lang", ["en", "sq"])
def test_report_pdf_declares_its_language(browser_page, live_server, untranslated, lang):
    page = browser_page
    page.goto(live_server.url + url_in(untranslated, "sq"))
    href = page.locator(f"a.download[hreflang='{lang}']").get_attribute("href")
    body = page.request.get(live_server.url + href).body()
    assert body.startswith(b"%PDF")
    assert f"/Lang ({lang})".encode() in body
    assert b"/StructTreeRoot" in body
