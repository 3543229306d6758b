"""A translator in the translation workspace, in Chromium: Albanian beside the
English, by keyboard, published; then the English changes and the segment is
marked "source changed" in the workspace and in the Translation status report."""

import datetime

import pytest
from playwright.sync_api import expect

from tests.browser.test_journeys import communications_officer, log_in, record_server_errors
from tests.factories import make_library, make_report
from tests.helpers import url_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_translator_translates_a_report_into_albanian_and_publishes(
    chromium, live_server, site, django_user_model
):
    from publications.models import ReportPage

    communications_officer(django_user_model, "drita", "drita-pw-123")
    report = make_report(
        make_library(site.home),
        "eu-visa",
        "Visa liberalisation one year on",
        date=datetime.date(2024, 12, 15),
        translated=False,
    )

    context = chromium.new_context(locale="en-GB", viewport={"width": 1440, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20_000)
    errors = record_server_errors(page)
    try:
        log_in(page, live_server.url, "drita", "drita-pw-123")
        page.goto(f"{live_server.url}/admin/pages/{report.pk}/edit/")
        # "Copy content from": only on the body, only from a language with a body.
        copy_from = page.locator(".translation-field-copy")
        expect(copy_from).to_have_count(2)  # into Albanian and into Serbian, from English
        assert {b.get_attribute("data-copy-from") for b in copy_from.all()} == {"body_en"}
        page.locator("[data-translate=sq]").click()
        page.wait_for_url(f"**/admin/translate/{report.pk}/sq/")
        progress = page.locator("[data-progress]")
        expect(progress).to_contain_text("0 of 3 segments translated")  # title, summary, body

        # The first untranslated segment has the focus; Enter moves on.
        title = page.get_by_label("Title in Albanian")
        expect(title).to_be_focused()
        title.fill("Liberalizimi i vizave një vit më pas")
        title.press("Enter")
        expect(progress).to_contain_text("1 of 3 segments translated")
        summary = page.locator("textarea[name='seg-summary/0']")
        expect(summary).to_be_focused()
        summary.fill("Liberalizimi i vizave: gjetjet kryesore.")
        summary.press("Alt+ArrowDown")
        body = page.locator("textarea[name^='seg-body/']")
        expect(body).to_be_focused()
        body.press("Alt+ArrowUp")
        expect(summary).to_be_focused()
        # "Copy source" keeps the markup; the translator then types over it.
        page.locator("[data-segment]").nth(2).get_by_role("button", name="Copy source").click()
        expect(body).to_have_value("Visa liberalisation one year on: the full analysis.")
        body.fill("Liberalizimi i vizave: analiza e plotë.")
        expect(progress).to_contain_text("3 of 3 segments translated")
        expect(page.locator(".segment--untranslated")).to_have_count(0)

        page.get_by_role("button", name="Publish").click()
        expect(page.locator(".messages")).to_contain_text("Published with the Albanian translation")
        report = ReportPage.objects.get(pk=report.pk)
        assert report.live and report.title_sq == "Liberalizimi i vizave një vit më pas"
        page.goto(live_server.url + url_in(report, "sq"))
        expect(page.locator("h1")).to_have_text("Liberalizimi i vizave një vit më pas")
        expect(page.locator("html")).to_have_attribute("lang", "sq")

        # The English body changes: the Albanian body is marked, the rest not.
        # (as the page editor saves it: the same block, its text edited)
        draft = report.get_latest_revision_as_object()
        body = draft.body_en.raw_data
        body[0]["value"] = "<p>Visa liberalisation one year on: the revised analysis.</p>"
        draft.body_en = body
        draft.save_revision()
        page.goto(f"{live_server.url}/admin/translate/{report.pk}/sq/")
        changed = page.locator("[data-segment][data-changed]")
        expect(changed).to_have_count(1)
        expect(changed).to_contain_text("Source changed")
        expect(changed.locator(".segment__source")).to_have_text(
            "Visa liberalisation one year on: the revised analysis."
        )
        expect(changed.locator("textarea")).to_be_focused()  # the work starts there
        page.goto(f"{live_server.url}/admin/reports/translation-status/")
        expect(page.locator("[data-source-changed]")).to_have_text("Source changed in 1 segment")
        # At 1440 px the last column stays inside the page.
        assert page.evaluate(
            "() => document.querySelector('table thead th:last-child').getBoundingClientRect()"
            ".right <= document.documentElement.clientWidth"
        )
    finally:
        context.close()
    assert not errors, errors
