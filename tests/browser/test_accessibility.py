"""Accessibility and the Content-Security-Policy in a real browser, in three
languages: axe on the pages not covered by test_home/test_content (search
results, the 404 page), the language switcher and the library filters by
keyboard alone with visible focus, and no policy violation anywhere."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.helpers import url_in

pytestmark = pytest.mark.browser

LANGS = ["en", "sq", "sr-latn"]
CSP_LISTENER = (
    "window.__cspViolations = [];"
    "document.addEventListener('securitypolicyviolation', (e) =>"
    " window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"
)


def focus_outline(page):
    return page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, parseFloat(s.outlineWidth)]; })()"
    )


def assert_focus_visible(page):
    style, width = focus_outline(page)
    assert style != "none" and width >= 2, (style, width)


def tab_to(page, selector, limit=60):
    """Press Tab until the element matching ``selector`` has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement.matches({selector!r})"):
            return
    raise AssertionError(f"{selector} never got the focus")


@pytest.mark.parametrize("lang", [*LANGS, "sr-cyrl"])
def test_axe_finds_no_violations_on_search_results_and_404(
    browser_page, live_server, catalogue, lang
):
    from bbg_site.search.indexing import rebuild

    rebuild()
    axe = Axe()
    for path in (f"/{lang}/search/?q=bridge", f"/{lang}/search/?q=zzzz", f"/{lang}/no-such-page/"):
        if path.endswith("no-such-page/") and lang == "sr-latn":
            continue  # covered by test_home
        browser_page.goto(live_server.url + path)
        if "q=bridge" in path:
            expect(browser_page.locator(".search-results li").first).to_be_visible()
        results = axe.run(browser_page)
        assert results.violations_count == 0, f"{path}\n{results.generate_report()}"


@pytest.mark.parametrize(
    ("lang", "target", "target_name"),
    [
        ("en", "sq", "Shqip"),
        ("sq", "sr-latn", "Srpski"),
        ("sr-latn", "en", "English"),
    ],
)
def test_language_switcher_works_with_the_keyboard(
    browser_page, live_server, catalogue, lang, target, target_name
):
    report = catalogue["reports"]["mitrovica"]
    browser_page.goto(live_server.url + url_in(report, lang))
    tab_to(
        browser_page,
        f".language-switcher a[hreflang='{target if target != 'sr-latn' else 'sr-Latn'}']",
    )
    assert_focus_visible(browser_page)
    assert browser_page.evaluate("document.activeElement.textContent.trim()") == target_name
    browser_page.keyboard.press("Enter")
    browser_page.wait_for_url("**" + url_in(report, target))
    expected_lang = {"en": "en", "sq": "sq", "sr-latn": "sr-Latn"}[target]
    expect(browser_page.locator("html")).to_have_attribute("lang", expected_lang)


@pytest.mark.parametrize(
    ("lang", "button"),
    [
        ("en", "Show"),
        ("sq", None),
        ("sr-latn", "Prikaži"),
    ],
)
def test_library_filters_work_with_the_keyboard(browser_page, live_server, catalogue, lang, button):
    browser_page.goto(live_server.url + url_in(catalogue["library"], lang))
    # A chosen filter applies at once, in place: hold the results' answer
    # until the reader has tabbed on, so its arrival cannot race the keys.
    held = []
    browser_page.route("**/*topic=rule-of-law*", lambda route: held.append(route))
    tab_to(browser_page, "select[name='topic']")
    assert_focus_visible(browser_page)
    # Choose "Rule of law" with the keyboard: options are sorted by English name
    # (Northern Kosovo, Rule of law, The Brussels dialogue).
    browser_page.keyboard.press("ArrowDown")
    browser_page.keyboard.press("ArrowDown")
    assert browser_page.evaluate("document.activeElement.value") == "rule-of-law"
    tab_to(browser_page, "form.filters button[type='submit']")
    for _ in range(100):
        if held:
            break
        browser_page.wait_for_timeout(50)
    assert held, "choosing a topic fetched no results"
    for route in held:
        route.continue_()
    browser_page.unroute("**/*topic=rule-of-law*")
    expect(browser_page.locator("#library-results > li")).to_have_count(2)
    # The results arrived while the focus sat on "Show": it is still there.
    on_show = "document.activeElement.matches('form.filters button[type=submit]')"
    assert browser_page.evaluate(on_show)
    assert_focus_visible(browser_page)
    browser_page.keyboard.press("Enter")
    browser_page.wait_for_url("**topic=rule-of-law**")
    expect(browser_page.locator("#library-results > li")).to_have_count(2)


@pytest.mark.parametrize("lang", LANGS)
def test_no_content_security_policy_violation_on_any_kind_of_page(
    chromium, live_server, catalogue, lang
):
    """The policy is strict; the pages' own scripts, styles, images and
    fetches (Load more) must all pass it."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(CSP_LISTENER)
    page = context.new_page()
    console = []
    page.on("console", lambda m: console.append(m.text))
    person = catalogue["people"]["milica"]
    try:
        paths = [
            f"/{lang}/",
            url_in(catalogue["library"], lang) + "?topic=northern-kosovo",
            url_in(catalogue["reports"]["mitrovica"], lang),
            url_in(person, lang),
            f"/{lang}/search/?q=bridge",
            f"/{lang}/newsletter/",
            f"/{lang}/no-such-page/",
        ]
        for path in paths:
            page.goto(live_server.url + path)
            page.wait_for_load_state("networkidle")
            assert page.evaluate("window.__cspViolations") == [], path
            # The site's script ran (it marks the document).
            assert page.evaluate("document.documentElement.classList.contains('js')"), path
        assert [m for m in console if "Content Security Policy" in m] == []
    finally:
        context.close()


def test_the_editors_userbar_works_under_the_policy(chromium, live_server, site, django_user_model):
    """A signed-in editor reading the public site gets Wagtail's userbar
    (its scripts and styles come from this site, so the policy lets them run)."""
    from tests.browser.test_journeys import log_in

    django_user_model.objects.create_user(
        "editor", "editor@balkansgroup.org", "editor-password-123", is_staff=False
    ).user_permissions.add(*_admin_access())
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(CSP_LISTENER)
    page = context.new_page()
    try:
        log_in(page, live_server.url, "editor", "editor-password-123")
        page.goto(live_server.url + url_in(site.about, "sq"))
        userbar = page.locator("wagtail-userbar")
        expect(userbar).to_have_count(1)
        # The userbar's script built its button inside the component.
        expect(userbar.locator("button").first).to_be_visible()
        page.wait_for_load_state("networkidle")
        assert page.evaluate("window.__cspViolations") == []
    finally:
        context.close()


def _admin_access():
    from django.contrib.auth.models import Permission

    return list(Permission.objects.filter(codename="access_admin"))
