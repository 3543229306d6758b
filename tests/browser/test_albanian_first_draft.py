"""Drafts in any language, in Chromium: a communications officer whose admin
is in Albanian starts a report in Albanian only, saves it as a draft, is
told beside the fields what publishing still needs, publishes it, and
readers find it at /sq/ (as written) and at /en/ (in Albanian, with the
notice)."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_journeys import communications_officer, log_in, record_server_errors
from tests.helpers import url_in

pytestmark = pytest.mark.browser

TITLE = "Ura mbi Ibër: një vit pas hapjes"
SUMMARY = "Tri rekomandime për Mitrovicën."
REQUIRED = "Kjo fushë është e domosdoshme."  # Django's "This field is required." in Albanian


def test_an_albanian_first_report_is_saved_as_a_draft_then_published(
    chromium, live_server, site, django_user_model
):
    from publications.models import ReportPage
    from tests.factories import make_library

    library = make_library(site.home)
    communications_officer(
        django_user_model, "drita", "officer-password-123", admin_language="sq", first_name="Drita"
    )

    context = chromium.new_context(locale="sq", viewport={"width": 1440, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20_000)
    server_errors = record_server_errors(page)
    try:
        log_in(page, live_server.url, "drita", "officer-password-123")
        page.goto(live_server.url + f"/admin/pages/add/publications/reportpage/{library.id}/")
        # The Albanian fields are in the "Shqip" tab.
        page.get_by_role("tab", name="Shqip", exact=True).click()
        title = page.locator("#id_title_sq")
        title.fill(TITLE)
        title.blur()
        editor = page.locator("[data-field-input]:has(#id_summary_sq) [contenteditable='true']")
        editor.click()
        expect(editor).to_be_focused()
        page.keyboard.type(SUMMARY)
        expect(editor).to_have_text(SUMMARY)
        # Draftail writes its field a moment after the typing stops.
        expect(page.locator("#id_summary_sq")).to_have_value(re.compile("Tri rekomandime"))

        # Save draft: in "More actions" for an officer, whose main button is Publish.
        page.locator("footer [data-w-dropdown-target='toggle']").first.click()
        page.locator("footer button.action-save").click()
        page.wait_for_url("**/admin/pages/*/edit/")
        report = ReportPage.objects.get(title_sq=TITLE)
        assert not report.live and not report.title_en, server_errors
        assert report.slug_sq == "ura-mbi-iber-nje-vit-pas-hapjes"
        assert SUMMARY in report.summary_sq, report.summary_sq
        expect(page.locator("#id_title_sq")).to_have_value(TITLE)
        expect(page.locator("#id_title_en")).to_have_value("")

        # Publishing asks for the type and the date, beside each, in Albanian
        # (in the tab of the fields all languages share).
        page.locator("footer button[name='action-publish']").click()
        page.get_by_role("tab", name=re.compile("^Të gjitha gjuhët")).click()
        type_error = page.locator("[data-contentpath='report_type'] .error-message")
        expect(type_error).to_have_text(REQUIRED)
        date_error = page.locator("[data-contentpath='publication_date'] .error-message")
        expect(date_error).to_have_text(REQUIRED)
        expect(page.locator("[data-contentpath='title_en'] .error-message")).to_have_count(0)
        expect(page.locator(".messages .error").first).to_contain_text(
            "Faqja nuk u ruajt për shkak të gabimeve në formular."
        )
        assert not ReportPage.objects.get(pk=report.pk).live

        page.locator(
            "[data-field-input]:has(#id_report_type) [data-chooser-action-choose]"
        ).first.click()
        page.locator(".modal-dialog").get_by_role("link", name="Raport", exact=True).click()
        expect(page.locator(".modal-dialog")).to_have_count(0)
        page.locator("#id_publication_date").fill("2026-11-20")
        page.keyboard.press("Escape")
        page.locator("footer button[name='action-publish']").click()
        page.wait_for_url(f"**/admin/pages/{library.id}/")
        report = ReportPage.objects.get(pk=report.pk)
        assert report.live, server_errors
        assert not report.title_en
        assert SUMMARY in report.summary_sq, report.summary_sq
        assert not server_errors

        # /sq/: as written, no notice.
        page.goto(live_server.url + url_in(library, "sq"))
        page.get_by_role("link", name=TITLE).click()
        expect(page.locator("h1")).to_have_text(TITLE)
        expect(page.locator("main")).to_contain_text(SUMMARY)
        expect(page.locator(".notice--translation")).to_have_count(0)

        # /en/: listed in the library with its Albanian title (marked), the
        # page in Albanian with the notice in English naming the language.
        page.goto(live_server.url + url_in(library, "en"))
        card = page.locator("#library-results .card__title a", has_text=TITLE)
        expect(card).to_have_attribute("lang", "sq")
        card.click()
        expect(page.locator("html")).to_have_attribute("lang", "en")
        expect(page.locator("h1")).to_have_text(TITLE)
        expect(page.locator("h1")).to_have_attribute("lang", "sq")
        expect(page.locator(".notice--translation")).to_have_text(
            "This page is not yet available in your language. You are reading the Albanian version."
        )
        assert page.url == live_server.url + url_in(report, "en")
    finally:
        context.close()
