"""A reader on a phone (390×844), in each language: the library's filters,
"Load more" and Back, the report page's order, the language switcher and
the remembered language, the registration form's errors and confirmation."""

import pytest
from playwright.sync_api import expect

from publications.models import PublicationIndexPage
from tests.helpers import url_in

pytestmark = pytest.mark.browser

LANGUAGES = ["en", "sq", "sr-latn"]
FILTERS = {"en": "Filters", "sq": "Filtrat", "sr-latn": "Filteri"}
SHOW = {"en": "Show", "sq": "Shfaq", "sr-latn": "Prikaži"}
BROWSER_LOCALE = {"en": "en-GB", "sq": "sq-AL", "sr-latn": "sr-Latn-RS"}


@pytest.fixture
def phone(chromium, request):
    """A phone-sized page; ``request.param`` (when given) is the browser's
    language, else Albanian, as for the reader in Prishtina."""
    language = getattr(request, "param", "sq")
    context = chromium.new_context(
        locale=BROWSER_LOCALE[language],
        viewport={"width": 390, "height": 844},
        is_mobile=True,
        has_touch=True,
    )
    page = context.new_page()
    yield page
    context.close()


def scroll_to(page, selector):
    page.evaluate(
        "s => window.scrollTo(0, document.querySelector(s).getBoundingClientRect().top"
        " + window.scrollY - 10)",
        selector,
    )
    return page.evaluate("window.scrollY")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_library_filters_open_from_a_button_and_apply_at_once_in_place(
    phone, live_server, catalogue, lang
):
    library = live_server.url + url_in(catalogue["library"], lang)
    phone.goto(library)
    cards = phone.locator("#library-results > li")
    expect(cards).to_have_count(5)
    toggle = phone.locator("[data-filters-toggle]")
    # The words field and the button show; the seven filters wait behind it.
    expect(phone.locator("#filter-q")).to_be_visible()
    expect(toggle).to_have_text(FILTERS[lang])
    expect(phone.locator("#filter-topic")).to_be_hidden()
    assert phone.locator(".filters").bounding_box()["height"] < 844 / 2

    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(phone.locator("#filter-topic")).to_be_visible()
    before = scroll_to(phone, "#filter-topic")
    assert before > 0
    phone.evaluate("window.notReloaded = true")
    phone.locator("#filter-topic").select_option("rule-of-law")

    expect(cards).to_have_count(2)
    assert "topic=rule-of-law" in phone.url
    expect(toggle).to_have_text(f"{FILTERS[lang]} (1)")
    # In place: no new page, the reader's place kept, the panel still open.
    assert phone.evaluate("window.notReloaded") is True
    assert abs(phone.evaluate("window.scrollY") - before) <= 2
    expect(phone.locator("#filter-topic")).to_be_visible()
    # The language switcher now leads to the same filtered list.
    for link in phone.locator(".language-switcher a").all():
        assert link.get_attribute("href").endswith("?topic=rule-of-law"), link.get_attribute("href")
    # The address is the filtered list: a reload shows the same.
    phone.reload()
    expect(cards).to_have_count(2)
    expect(phone.locator("#filter-topic")).to_have_value("rule-of-law")


def test_without_javascript_the_filters_show_and_the_button_sends_them(
    chromium, live_server, catalogue
):
    context = chromium.new_context(
        locale="sq-AL", viewport={"width": 390, "height": 844}, java_script_enabled=False
    )
    page = context.new_page()
    try:
        page.goto(live_server.url + url_in(catalogue["library"], "sq"))
        expect(page.locator("[data-filters-toggle]")).to_be_hidden()
        page.locator("#filter-topic").select_option("rule-of-law")
        page.get_by_role("button", name=SHOW["sq"]).click()
        page.wait_for_url("**topic=rule-of-law**")
        expect(page.locator("#library-results > li")).to_have_count(2)
    finally:
        context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_back_after_load_more_restores_the_list_and_the_place(
    phone, live_server, catalogue, monkeypatch, lang
):
    monkeypatch.setattr(PublicationIndexPage, "page_size", 2)
    library = live_server.url + url_in(catalogue["library"], lang)
    phone.goto(library)
    cards = phone.locator("#library-results > li")
    expect(cards).to_have_count(2)
    phone.locator("[data-load-more]").click()
    expect(cards).to_have_count(4)
    assert phone.url == library + "?page=2"
    place = scroll_to(phone, "#library-results > li:nth-child(4)")
    assert place > 0
    opened = cards.nth(3).locator("a").first
    title = opened.inner_text()
    opened.click()
    expect(phone.locator("h1")).to_have_text(title)

    phone.go_back()
    expect(cards).to_have_count(4)
    assert phone.url == library + "?page=2"
    phone.wait_for_function(f"Math.abs(window.scrollY - {place}) < 60")
    # "Load more" goes on from there, without repeating an item.
    phone.locator("[data-load-more]").click()
    expect(cards).to_have_count(5)
    texts = cards.locator("h3, .card__title").all_inner_texts()
    assert len(set(texts)) == len(texts) == 5
    assert phone.url == library + "?page=3"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_report_on_a_phone_offers_the_downloads_before_the_cover_and_the_text(
    phone, live_server, catalogue, lang
):
    phone.goto(live_server.url + url_in(catalogue["reports"]["mitrovica"], lang))
    top = lambda selector: phone.locator(selector).first.bounding_box()["y"]  # noqa: E731
    downloads = top(".download-list")
    assert downloads < top(".report__summary") < top(".report__aside")
    assert downloads < 844  # on the first screen
    expect(phone.locator(".availability")).to_have_count(0)  # the buttons say it all
    expect(phone.locator(".download-list a")).to_have_count(3)


@pytest.mark.parametrize("phone", ["sq"], indirect=True)
def test_the_language_switcher_stays_in_the_header_and_its_choice_is_remembered(
    phone, live_server, site
):
    phone.goto(live_server.url + "/")
    phone.wait_for_url("**/sq/")
    switcher = phone.locator(".language-switcher")
    expect(switcher).to_be_visible()  # without opening the menu
    expect(phone.locator("#site-nav")).to_be_hidden()
    assert switcher.bounding_box()["y"] < 200
    switcher.get_by_role("link", name="Srpski").click()
    phone.wait_for_url("**/sr-latn/")
    # The browser still asks for Albanian; "/" now opens the reader's choice.
    phone.goto(live_server.url + "/")
    phone.wait_for_url("**/sr-latn/")
    phone.locator(".language-switcher").get_by_role("link", name="English").click()
    phone.wait_for_url("**/en/")
    phone.goto(live_server.url + "/")
    phone.wait_for_url("**/en/")
    # Nothing scrolls sideways with the switcher in the bar.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390


@pytest.mark.parametrize("lang", LANGUAGES)
def test_registration_on_a_phone_speaks_its_errors_and_confirms_on_its_own_page(
    phone, live_server, open_event, lang
):
    from django.utils import translation
    from django.utils.translation import gettext

    from events.models import Registration

    event = open_event
    event_url = live_server.url + url_in(event, lang)
    phone.goto(event_url)
    phone.locator("#id_name").fill("Besa Krasniqi")
    phone.locator("#id_email").fill("besa@example.org")
    phone.locator("#registration form button[type='submit']").click()

    with translation.override(lang):
        error = gettext("Error:")
        heading = gettext("Check your email to finish registering")
    # The summary takes the focus and links to the field; the title says so.
    expect(phone.locator(".error-summary")).to_be_focused()
    assert phone.title().startswith(f"{error} ")
    phone.locator(".error-summary a[href='#id_consent']").click()
    expect(phone.locator("#id_consent")).to_be_focused()
    # The consent text keeps the form's width under its error.
    form_width = phone.locator("#registration form").bounding_box()["width"]
    label = phone.locator("label[for='id_consent']").bounding_box()
    assert label["width"] > form_width * 0.75
    expect(phone.locator("#id_name")).to_have_value("Besa Krasniqi")

    phone.locator("#id_consent").check()
    phone.locator("#registration form button[type='submit']").click()
    phone.wait_for_url(event_url + "registered/#registration-result")
    expect(phone.locator("h1")).to_have_text(heading)
    expect(phone.locator("h1")).to_be_focused()
    expect(phone.locator("main form")).to_have_count(0)
    with translation.override(lang):
        calendar = event.calendar_url
    expect(phone.locator(f"main a[href='{calendar}']")).to_be_visible()
    phone.reload()
    expect(phone.locator("h1")).to_have_text(heading)
    assert Registration.objects.get().email == "besa@example.org"
