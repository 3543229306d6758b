"""Readers' journeys through the library, reports and profiles in Chromium."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from publications.models import PublicationIndexPage
from tests.factories import make_people_index, make_person
from tests.helpers import url_in

pytestmark = pytest.mark.browser


def test_load_more_appends_the_next_page_in_place(
    browser_page, live_server, catalogue, monkeypatch
):
    monkeypatch.setattr(PublicationIndexPage, "page_size", 2)
    browser_page.goto(live_server.url + url_in(catalogue["library"], "sq"))
    cards = browser_page.locator("#library-results > li")
    expect(cards).to_have_count(2)
    more = browser_page.get_by_role("link", name="Ngarko më shumë")
    more.focus()
    browser_page.keyboard.press("Enter")
    expect(cards).to_have_count(4)
    # The items were appended in place, and the address names the page
    # reached (a reload or Back shows the list from the first item to it).
    assert browser_page.url.endswith(url_in(catalogue["library"], "sq") + "?page=2")
    # Focus moved to the first new item, for keyboard and screen-reader users.
    assert browser_page.evaluate(
        "document.activeElement.closest('li')"
        " === document.querySelectorAll('#library-results > li')[2]"
    )
    more.click()
    expect(cards).to_have_count(5)
    expect(more).to_have_count(0)


def test_reader_filters_the_library_by_topic_and_opens_a_report(
    browser_page, live_server, catalogue
):
    browser_page.goto(live_server.url + url_in(catalogue["library"], "sr-latn"))
    browser_page.get_by_label("Tema").select_option(label="Vladavina prava")
    browser_page.get_by_role("button", name="Prikaži").click()
    expect(browser_page.locator("#library-results > li")).to_have_count(2)
    assert "topic=rule-of-law" in browser_page.url
    browser_page.get_by_role("link", name="Courts in the north (sr)").click()
    expect(browser_page.locator("h1")).to_have_text("Courts in the north (sr)")
    expect(browser_page.locator(".download-list")).to_contain_text("engleski")
    with browser_page.expect_download() as download:
        browser_page.get_by_role("link", name="Preuzmi RIS (EndNote, Zotero, Mendeley)").click()
    assert download.value.suggested_filename.endswith(".ris")


def test_protected_email_becomes_a_link_with_javascript(browser_page, live_server, site):
    index = make_people_index(site.home)
    person = make_person(index, "Vjosa", "Berisha", email="vjosa.berisha@balkansgroup.org")
    browser_page.goto(live_server.url + url_in(person, "sq"))
    link = browser_page.locator(".profile__facts a[href^='mailto:']")
    expect(link).to_have_text("vjosa.berisha@balkansgroup.org")
    expect(link).to_have_attribute("href", "mailto:vjosa.berisha@balkansgroup.org")


# sr-cyrl: the Cyrillic edition, the same pages read in Cyrillic.
@pytest.mark.parametrize("lang", ["en", "sq", "sr-latn", "sr-cyrl"])
def test_axe_finds_no_violations_on_content_pages(browser_page, live_server, catalogue, lang):
    pages = [
        url_in(catalogue["library"], lang) + "?topic=northern-kosovo&language=en",
        url_in(catalogue["reports"]["mitrovica"], lang),
        url_in(catalogue["people"]["milica"], lang),
        url_in(catalogue["people"]["milica"].get_parent(), lang),
        url_in(catalogue["projects"]["elevate"], lang),
        url_in(catalogue["projects"]["elevate"].get_parent(), lang),
    ]
    axe = Axe()
    for path in pages:
        browser_page.goto(live_server.url + path)
        results = axe.run(browser_page)
        assert results.violations_count == 0, f"{path}\n{results.generate_report()}"


def test_reader_registers_for_an_event_with_the_keyboard(browser_page, live_server, open_event):
    from events.models import Registration

    event = open_event
    browser_page.goto(live_server.url + url_in(event, "sq"))
    form = browser_page.locator("#registration form")
    # A first try without consent keeps what was typed and says what to fix.
    browser_page.locator("#id_name").fill("Besa Krasniqi")
    browser_page.locator("#id_email").fill("besa@example.org")
    browser_page.get_by_role("button", name="Regjistrohuni").click()
    expect(browser_page.locator("#id_consent-error")).to_have_text(
        "Ju lutemi pajtohuni që të mund t’ju regjistrojmë."
    )
    expect(browser_page.locator("#id_name")).to_have_value("Besa Krasniqi")
    browser_page.locator("#id_consent").check()
    browser_page.locator("#id_consent").press("Enter")
    expect(browser_page.locator(".message")).to_have_text(
        "Pothuajse gati: ju lutemi konfirmoni me lidhjen që ju kemi dërguar me email. "
        "Jua mbajmë një vend për 30 minuta."
    )
    registration = Registration.objects.get()
    assert registration.email == "besa@example.org"
    assert registration.status == "pending"  # until the emailed link is followed
    assert form.count() == 0  # a page of its own, no second form
    results = Axe().run(browser_page)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("lang", ["en", "sq", "sr-latn", "sr-cyrl"])
def test_axe_finds_no_violations_on_event_pages(browser_page, live_server, site, lang):
    import datetime

    from django.utils import timezone

    from tests.factories import make_event, make_event_index

    index = make_event_index(site.home)
    event = make_event(
        index,
        "launch",
        "Report launch",
        start=timezone.now() + datetime.timedelta(days=5),
        registration_open=True,
        capacity=10,
    )
    make_event(index, "past", "Past workshop", start=timezone.now() - datetime.timedelta(days=50))
    axe = Axe()
    for path in (url_in(index, lang), url_in(event, lang)):
        browser_page.goto(live_server.url + path)
        results = axe.run(browser_page)
        assert results.violations_count == 0, f"{path}\n{results.generate_report()}"
