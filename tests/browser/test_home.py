import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_reader_switches_the_home_page_to_albanian(browser_page, live_site):
    site, base_url = live_site
    browser_page.goto(f"{base_url}/en/")
    expect(browser_page.locator("h1")).to_have_text("Strengthening Peace and State-building")
    expect(browser_page.locator("html")).to_have_attribute("lang", "en")

    browser_page.locator(".language-switcher").get_by_role("link", name="Shqip").click()

    browser_page.wait_for_url(f"{base_url}/sq/")
    expect(browser_page.locator("html")).to_have_attribute("lang", "sq")
    expect(browser_page.locator("h1")).to_have_text("Forcimi i paqes dhe i ndërtimit të shtetit")
    expect(browser_page.locator(".main-nav")).to_contain_text("Rreth nesh")
    expect(browser_page.locator("footer")).to_contain_text("Na ndiqni")


def test_switcher_keeps_the_reader_on_the_same_page(browser_page, live_site):
    site, base_url = live_site
    browser_page.goto(f"{base_url}/sq/rreth-nesh/karriera/")
    browser_page.locator(".language-switcher").get_by_role("link", name="Srpski").click()
    browser_page.wait_for_url(f"{base_url}/sr-latn/o-nama/karijera/")
    expect(browser_page.locator("h1")).to_have_text("Karijera")


def test_skip_link_is_the_first_stop_for_the_keyboard(browser_page, live_site):
    site, base_url = live_site
    browser_page.goto(f"{base_url}/sr-latn/")
    browser_page.keyboard.press("Tab")
    focused = browser_page.locator(":focus")
    expect(focused).to_have_text("Pređi na glavni sadržaj")
    expect(focused).to_be_visible()
    browser_page.keyboard.press("Enter")
    assert browser_page.evaluate("document.activeElement.id") == "main-content"


def test_menu_opens_from_the_keyboard_on_a_phone(chromium, live_site):
    site, base_url = live_site
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        page.goto(f"{base_url}/sq/")
        toggle = page.get_by_role("button", name="Menyja")
        expect(toggle).to_be_visible()
        expect(page.locator(".main-nav")).to_be_hidden()
        toggle.focus()
        page.keyboard.press("Enter")
        expect(toggle).to_have_attribute("aria-expanded", "true")
        expect(page.locator(".main-nav")).to_contain_text("Kontakti")
        page.keyboard.press("Escape")
        expect(page.locator(".main-nav")).to_be_hidden()
    finally:
        context.close()


@pytest.mark.parametrize(
    "path",
    [
        "/en/",
        "/sq/",
        "/sr-latn/",
        "/en/about/",
        "/sq/kontakti/",
        "/sr-latn/no-such-page/",
        "/sr-cyrl/kontakt/",  # the Cyrillic edition
    ],
)
def test_axe_finds_no_accessibility_violations(browser_page, live_site, path):
    site, base_url = live_site
    browser_page.goto(f"{base_url}{path}")
    results = Axe().run(browser_page)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("path", ["/en/", "/sq/kontakti/"])
def test_pages_load_nothing_from_other_origins(browser_page, live_site, path):
    site, base_url = live_site
    requested = []
    browser_page.on("request", lambda request: requested.append(request.url))
    browser_page.goto(f"{base_url}{path}")
    browser_page.wait_for_load_state("networkidle")
    assert requested, "the page made no requests at all"
    assert any(url.endswith(".css") for url in requested)
    assert [url for url in requested if not url.startswith(base_url)] == []


def test_keyboard_focus_is_visible(browser_page, live_site):
    site, base_url = live_site
    browser_page.goto(f"{base_url}/en/")
    for _ in range(3):  # skip link, brand, first menu item
        browser_page.keyboard.press("Tab")
    outline = browser_page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, s.outlineWidth]; })()"
    )
    assert outline[0] != "none"
    assert float(outline[1].rstrip("px")) >= 2
