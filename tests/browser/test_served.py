"""What readers and editors get in a real browser that the test client
cannot show: the admin's slug made from a title as it is typed, and a page
served from the page cache that still runs its scripts and posts its form."""

import datetime

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.test_journeys import give_second_factor, log_in
from tests.factories import make_event, make_event_index
from tests.helpers import url_in

pytestmark = pytest.mark.browser


def test_albanian_and_serbian_titles_make_ascii_slugs_in_the_admin_page_form(
    chromium, live_server, site, django_user_model
):
    """Readers type the address: a title with ë, ç, š, ž, đ gets a slug in
    plain letters (WAGTAIL_ALLOW_UNICODE_SLUGS = False), made by the admin's
    page form as the editor types the title; the saved page is then served
    there."""
    from bbg_site.models import StandardPage

    editor = django_user_model.objects.create_superuser("chief", "c@example.org", "chief-pw-12345")
    give_second_factor(editor)
    context = chromium.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        log_in(page, live_server.url, "chief", "chief-pw-12345", second_factor=True)
        page.goto(
            live_server.url
            + reverse("wagtailadmin_pages:add", args=["bbg_site", "standardpage", site.about.id])
        )
        titles = {
            "en": "Report on Mitrovica",
            "sq": "Raporti për Prishtinën e Çarshisë",
            "sr_latn": "Izveštaj o Đakovici i Žabljaku",
        }
        tabs = {"en": "English", "sq": "Albanian (Shqip)", "sr_latn": "Serbian (Srpski)"}
        for suffix, title in titles.items():
            page.get_by_role("tab", name=tabs[suffix]).click()  # a tab per language
            field = page.locator(f"#id_title_{suffix}")
            field.fill(title)
            field.blur()
        slugs = {
            "en": "report-on-mitrovica",
            "sq": "raporti-per-prishtinen-e-carshise",
            "sr_latn": "izvestaj-o-djakovici-i-zabljaku",
        }
        for suffix, slug in slugs.items():
            expect(page.locator(f"#id_slug_{suffix}")).to_have_value(slug)
        # Save draft (the footer's main button).
        page.locator("footer button.button-longrunning[type='submit']").first.click()
        page.wait_for_url(lambda url: "/add/" not in url)
        created = StandardPage.objects.get(title_en="Report on Mitrovica")
        created.save_revision().publish()
        assert (created.slug_sq, created.slug_sr_latn) == (slugs["sq"], slugs["sr_latn"])
        assert page.request.get(
            live_server.url + "/sq/rreth-nesh/raporti-per-prishtinen-e-carshise/"
        ).ok
    finally:
        context.close()


def test_a_reader_registers_from_pages_served_by_the_page_cache(chromium, live_server, site):
    """Readers get pages from the page cache: the cached event page runs its
    scripts, blocked by nothing in its Content-Security-Policy, and its form posts
    (each reader's own CSRF token)."""
    from events.models import Registration

    event = make_event(
        make_event_index(site.home),
        "bridge-roundtable",
        "Roundtable on the bridge",
        start=timezone.now() + datetime.timedelta(days=12),
        registration_open=True,
        capacity=40,
    )
    url = live_server.url + url_in(event, "sq")
    with override_settings(PAGE_CACHE_SECONDS=300):
        readers = {}
        for name in ("Milica Petrović", "Arben Gashi"):
            context = chromium.new_context(locale="sq", viewport={"width": 412, "height": 823})
            page = context.new_page()
            errors = []
            page.on("console", lambda m, e=errors: e.append(m.text) if m.type == "error" else None)
            readers[name] = (context, page, errors, page.goto(url))
        try:
            # The first reader filled the cache, the second is served from it.
            first, second = (reader[3] for reader in readers.values())
            assert first.headers.get("x-page-cache") == "miss"
            assert second.headers.get("x-page-cache") == "hit"
            for name, (_context, page, errors, _response) in readers.items():
                # The page's script ran.
                assert page.evaluate("document.documentElement.classList.contains('js')")
                page.locator("#id_name").fill(name)
                page.locator("#id_email").fill(name.split()[0].lower() + "@example.org")
                page.locator("#id_consent").check()
                page.locator("#registration form button[type='submit']").click()
                expect(page.locator(".message")).to_be_visible()
                assert [e for e in errors if "Content Security Policy" in e] == []
        finally:
            for context, *_rest in readers.values():
                context.close()
    assert sorted(Registration.objects.values_list("name", flat=True)) == [
        "Arben Gashi",
        "Milica Petrović",
    ]
