"""A communications officer edits a report's Albanian title in its own tab
of the page editor, in Chromium at 1440x900, and publishes it."""

import datetime

import pytest
from playwright.sync_api import expect

from tests.browser.test_journeys import communications_officer, log_in, record_server_errors
from tests.factories import make_library, make_report
from tests.helpers import url_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_officer_edits_the_albanian_title_in_its_tab_and_publishes(
    chromium, live_server, site, django_user_model
):
    from publications.models import ReportPage

    communications_officer(django_user_model, "besa", "besa-pw-1234")
    report = make_report(
        make_library(site.home),
        "eu-visa",
        "Visa liberalisation one year on",
        date=datetime.date(2024, 12, 15),
    )

    context = chromium.new_context(locale="en-GB", viewport={"width": 1440, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20_000)
    errors = record_server_errors(page)
    try:
        log_in(page, live_server.url, "besa", "besa-pw-1234")
        page.goto(f"{live_server.url}/admin/pages/{report.pk}/edit/")
        tabs = page.get_by_role("tab")
        expect(tabs.nth(0)).to_have_accessible_name("English")
        expect(tabs.nth(1)).to_have_accessible_name("Albanian (Shqip)")
        expect(tabs.nth(2)).to_have_accessible_name("Serbian (Srpski)")
        # The English tab is open: its title, not the Albanian one.
        expect(page.locator("#id_title_en")).to_be_visible()
        expect(page.locator("#id_title_sq")).to_be_hidden()

        page.get_by_role("tab", name="Albanian (Shqip)").click()
        albanian = page.get_by_role("tabpanel", name="Albanian (Shqip)")
        title = albanian.get_by_role("textbox", name="Title", exact=True)
        expect(title).to_have_value(ReportPage.objects.get(pk=report.pk).title_sq)
        expect(title).not_to_have_attribute("placeholder", "Page title*")  # optional here
        expect(page.locator("#id_title_en")).to_be_hidden()
        # The body's ⊕ says what it does.
        expect(albanian.get_by_role("button", name="Add block").first).to_be_visible()
        # "Copy content from" only on the body, from the other languages that
        # have one; none on the shared fields (authors, PDFs, related reports).
        copy_from = page.locator(".translation-field-copy")
        expect(copy_from).to_have_count(6)  # each body, from each other language
        expect(albanian.locator(".translation-field-copy")).to_have_text(["English", "Serbian"])
        assert {b.get_attribute("data-copy-from") for b in copy_from.all()} == {
            "body_en",
            "body_sq",
            "body_sr_latn",
        }
        expect(page.locator("#tab-content .translation-field-copy")).to_have_count(0)
        # wagtail-modeltranslation's "View / edit fields for" bar is not needed.
        expect(page.locator(".locale-picker")).to_have_count(0)
        title.fill("Liberalizimi i vizave, një vit më vonë")

        page.get_by_role("button", name="Publish").click()
        expect(page.locator(".messages")).to_contain_text("published")
        report = ReportPage.objects.get(pk=report.pk)
        assert report.live and report.title_sq == "Liberalizimi i vizave, një vit më vonë"
        assert report.title_en == "Visa liberalisation one year on"
        page.goto(live_server.url + url_in(report, "sq"))
        expect(page.locator("h1")).to_have_text("Liberalizimi i vizave, një vit më vonë")
    finally:
        context.close()
    assert not errors, errors


@pytest.mark.parametrize(
    ("language", "add_block", "albanian_tab"),
    [
        ("en", "Add block", "Albanian (Shqip)"),
        ("sq", "Shto bllok", "Shqip"),
        ("sr-latn", "Dodaj blok", "Albanski (Shqip)"),
    ],
)
def test_the_body_add_button_is_labelled_in_the_admin_language(
    chromium, live_server, site, django_user_model, language, add_block, albanian_tab
):
    communications_officer(django_user_model, "ana", "ana-pw-12345", admin_language=language)
    context = chromium.new_context(locale="en-GB", viewport={"width": 1440, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20_000)
    try:
        log_in(page, live_server.url, "ana", "ana-pw-12345")
        page.goto(f"{live_server.url}/admin/pages/{site.about.pk}/edit/")
        page.get_by_role("tab", name=albanian_tab).click()
        body = page.locator("#panel-child-sq-body_sq-section")
        add = body.get_by_role("button", name=add_block).first
        expect(add).to_be_visible()
        expect(add).to_have_text(add_block)  # visible text, not only a tooltip
        # A block added later gets its label too.
        count = body.get_by_role("button", name=add_block).count()
        add.click()
        page.get_by_role("option").first.click()
        expect(body.get_by_role("button", name=add_block)).to_have_count(count + 1)
    finally:
        context.close()
