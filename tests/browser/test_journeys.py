"""Whole journeys in Chromium: a reader, a communications officer and an
administrator, each doing what they come to the site for."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.factories import make_event, make_event_index
from tests.helpers import url_in

pytestmark = pytest.mark.browser


def test_reader_journey(browser_page, live_server, catalogue, site):
    """Home → library → filter by topic → a report → its Albanian PDF →
    the same report in Serbian → search → a result → register for an event."""
    from bbg_site.search.indexing import rebuild
    from events.models import Registration

    events = make_event_index(site.home)
    event = make_event(
        events,
        "bridge-roundtable",
        "Roundtable on the bridge",
        start=timezone.now() + datetime.timedelta(days=12),
        registration_open=True,
        capacity=40,
    )
    rebuild()
    page = browser_page
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    page.goto(live_server.url + "/en/")
    page.get_by_role("link", name="All publications").click()
    expect(page.locator("h1")).to_have_text("Publications")

    page.get_by_label("Topic").select_option(label="Northern Kosovo")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url("**topic=northern-kosovo**")  # applied in place, then in the address
    expect(page.locator("#library-results > li")).to_have_count(3)
    page.get_by_role("link", name="The Mitrovica bridge").click()
    expect(page.locator("h1")).to_have_text("The Mitrovica bridge")

    albanian_pdf = page.locator(".download-list a[hreflang='sq']")
    expect(albanian_pdf).to_contain_text("PDF in Albanian")
    response = page.request.get(live_server.url + albanian_pdf.get_attribute("href"))
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF-")
    # The Albanian file, under a readable name in its language.
    assert response.headers["content-disposition"].endswith('-mitrovica-bridge-sq.pdf"')

    page.locator(".language-switcher").get_by_role("link", name="Srpski").click()
    expect(page.locator("html")).to_have_attribute("lang", "sr-Latn")
    assert page.url.endswith(url_in(catalogue["reports"]["mitrovica"], "sr-latn"))
    expect(page.locator("h1")).to_have_text("The Mitrovica bridge (sr)")

    page.get_by_label("Pretražite sajt").fill("Mitrovica")
    page.get_by_label("Pretražite sajt").press("Enter")
    assert "/sr-latn/search/?q=Mitrovica" in page.url
    result = page.locator(".search-results a", has_text="The Mitrovica bridge (sr)")
    expect(result).to_be_visible()
    result.click()
    expect(page.locator("h1")).to_have_text("The Mitrovica bridge (sr)")

    page.goto(live_server.url + url_in(events, "sr-latn"))
    page.get_by_role("link", name="Roundtable on the bridge (sr)").click()
    page.locator("#id_name").fill("Milica Petrović")
    page.locator("#id_email").fill("milica@example.org")
    page.locator("#id_consent").check()
    page.locator("#registration form button[type='submit']").click()
    expect(page.locator(".message")).to_be_visible()
    registration = Registration.objects.get()
    assert registration.event_id == event.id
    assert registration.email == "milica@example.org"
    assert registration.language == "sr-latn"
    # The strict Content-Security-Policy blocked nothing the pages need.
    assert [e for e in errors if "Content Security Policy" in e] == []


RECOVERY_CODE = "journeycode1"


def give_second_factor(user):
    """Administrators must sign in with a second factor (editorial/): give
    this one a recovery code to type on the code page."""
    from django.conf import settings

    if "django_otp.plugins.otp_static" not in settings.INSTALLED_APPS:
        return
    from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
    device = StaticDevice.objects.create(user=user, name="Recovery codes", confirmed=True)
    StaticToken.objects.create(device=device, token=RECOVERY_CODE)


def log_in(page, base_url, username, password, *, second_factor=False):
    """Sign in through the form; with ``second_factor`` (a user given one by
    ``give_second_factor``) the code page must come next and take the
    recovery code. Each step waits for the page it leads to, not for the
    one it leaves (on a loaded machine the old page can still be there)."""
    page.goto(base_url + "/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("form button[type='submit']").click()
    page.wait_for_url(lambda url: "/admin/login/" not in url)
    if second_factor:
        code = page.locator("#id_code")
        expect(code).to_be_visible()
        code.fill(RECOVERY_CODE)
        code.press("Enter")
        page.wait_for_url(lambda url: "/two-factor/" not in url)
    expect(page.locator("#id_password, #id_code")).to_have_count(0)


def communications_officer(django_user_model, username, password, *, admin_language="", **fields):
    """A member of Communications (the groups' permissions granted again after
    the flush of browser tests), with their admin in ``admin_language``."""
    from django.contrib.auth.models import Group
    from wagtail.users.models import UserProfile

    from editorial.roles import COMMUNICATIONS, grant_role_permissions

    grant_role_permissions()
    officer = django_user_model.objects.create_user(
        username, f"{username}@balkansgroup.org", password, **fields
    )
    officer.groups.add(Group.objects.get(name=COMMUNICATIONS))
    if admin_language:
        profile = UserProfile.get_for_user(officer)
        profile.preferred_language = admin_language
        profile.save()
    return officer


def record_server_errors(page) -> list[str]:
    """What the live server answers with 5xx, for a failure message."""
    errors = []
    page.on(
        "response",
        lambda r: (
            errors.append(f"{r.status} {r.request.method} {r.url}") if r.status >= 500 else None
        ),
    )
    return errors


def test_admin_journey(chromium, live_server, site, django_user_model):
    """An administrator creates a user in the Communications group; that user
    logs in and is refused user management."""
    from django.contrib.auth.models import Group

    from editorial.roles import COMMUNICATIONS, grant_role_permissions

    grant_role_permissions()  # the data migration's groups, after the flush
    assert Group.objects.filter(name=COMMUNICATIONS).exists()
    chief = django_user_model.objects.create_superuser(
        "chief", "chief@example.org", "chief-password-123"
    )
    give_second_factor(chief)

    context = chromium.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        log_in(page, live_server.url, "chief", "chief-password-123", second_factor=True)
        page.goto(live_server.url + "/admin/users/")
        expect(page.get_by_role("table")).to_contain_text("chief")
        page.goto(live_server.url + "/admin/users/new/")
        page.locator("#id_username").fill("besa")
        page.locator("#id_email").fill("besa@balkansgroup.org")
        page.locator("#id_first_name").fill("Besa")
        page.locator("#id_last_name").fill("Gashi")
        page.locator("#id_password1").fill("a-long-new-password-42")
        page.locator("#id_password2").fill("a-long-new-password-42")
        page.locator("#tab-label-roles").click()
        page.get_by_label(COMMUNICATIONS, exact=True).check()
        page.locator("footer button.button-longrunning[type='submit']").first.click()
        page.wait_for_url("**/admin/users/")
        expect(page.locator(".messages")).to_contain_text("besa")
        besa = django_user_model.objects.get(username="besa")
        assert list(besa.groups.values_list("name", flat=True)) == [COMMUNICATIONS]
        assert not besa.is_superuser
        context.clear_cookies()

        log_in(page, live_server.url, "besa", "a-long-new-password-42")
        expect(page.locator("body")).to_contain_text("Besa")
        # No way to user management in the menu, and the address is refused.
        expect(page.locator("a[href='/admin/users/']")).to_have_count(0)
        response = page.goto(live_server.url + "/admin/users/")
        assert "/admin/users/" not in page.url or response.status == 403
        expect(page.locator("body")).to_contain_text("permission")
        page.goto(live_server.url + "/admin/users/new/")
        expect(page.locator("#id_password1")).to_have_count(0)
        assert page.goto(live_server.url + "/admin/groups/").url.rstrip("/").endswith("/admin")
    finally:
        context.close()


def tiny_pdf(label: str) -> bytes:
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% " + label.encode() + b"\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )


REPORT = {
    "en": ("Water sharing on the Ibar", "Who runs the water of the north."),
    "sq": ("Ndarja e ujit në Ibër", "Kush e menaxhon ujin e veriut."),
    "sr-latn": ("Podela vode na Ibru", "Ko upravlja vodom na severu."),
}
SUFFIX = {"en": "en", "sq": "sq", "sr-latn": "sr_latn"}
# The page editor's tab of each language (bbg_site/edit_form.py).
TAB = {"en": "English", "sq": "Albanian (Shqip)", "sr-latn": "Serbian (Srpski)"}


def test_communications_officer_journey(chromium, live_server, site, django_user_model, tmp_path):
    """Log in through the form → a report with text in three languages and a
    PDF per language → preview → publish → live in the library in each language."""
    from publications.models import ReportPage, ReportType
    from tests.factories import make_library

    library = make_library(site.home)
    ReportType.objects.get_or_create(slug="report", defaults={"name_en": "Report"})
    communications_officer(django_user_model, "arta", "officer-password-123", first_name="Arta")

    context = chromium.new_context(locale="en-GB", viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(20_000)
    server_errors = record_server_errors(page)
    try:
        log_in(page, live_server.url, "arta", "officer-password-123")
        page.goto(live_server.url + f"/admin/pages/add/publications/reportpage/{library.id}/")
        for lang, (title, summary) in REPORT.items():
            suffix = SUFFIX[lang]
            page.get_by_role("tab", name=TAB[lang]).click()
            page.locator(f"#id_title_{suffix}").fill(title)
            editor = page.locator(
                f"[data-field-input]:has(#id_summary_{suffix}) [contenteditable='true']"
            )
            editor.click()
            expect(editor).to_be_focused()
            page.keyboard.type(summary)
            expect(editor).to_have_text(summary)
        # The type, date and PDFs are the same in every language.
        page.get_by_role("tab", name="All languages").click()
        page.locator(
            "[data-field-input]:has(#id_report_type) [data-chooser-action-choose]"
        ).first.click()
        page.locator(".modal-dialog").get_by_role("link", name="Report", exact=True).click()
        expect(page.locator(".modal-dialog")).to_have_count(0)
        page.locator("#id_publication_date").fill("2026-11-20")
        page.keyboard.press("Escape")

        for index, lang in enumerate(REPORT):
            page.get_by_role("button", name="Add PDF").click()
            page.locator(f"#id_downloads-{index}-language").select_option(lang)
            page.locator(
                f"#id_downloads-{index}-document-chooser .chooser__choose-button, "
                f"[data-chooser-url]:has(#id_downloads-{index}-document)"
                " [data-chooser-action-choose], "
                f"[data-field-input]:has(#id_downloads-{index}-document)"
                " [data-chooser-action-choose]"
            ).first.click()
            modal = page.locator(".modal-dialog")
            modal.get_by_role("tab", name="Upload").click()
            pdf = tmp_path / f"water-{lang}.pdf"
            pdf.write_bytes(tiny_pdf(lang))
            modal.locator("input[type='file']").set_input_files(str(pdf))
            modal.locator("input[name$='title']").fill(f"Water sharing ({lang})")
            modal.locator("form button[type='submit']").last.click()
            expect(modal).to_have_count(0)

        # Slugs for the three languages (at the end of each language's tab).
        for lang, slug in (("en", "water-ibar"), ("sq", "uji-iber"), ("sr-latn", "voda-ibar")):
            page.get_by_role("tab", name=TAB[lang]).click()
            page.locator(f"#id_slug_{SUFFIX[lang]}").fill(slug)
        page.get_by_role("tab", name="English").click()

        # Preview, in English and then in Albanian.
        page.locator("[data-side-panel-toggle='preview']").click()
        frame = page.frame_locator("#w-preview-iframe")
        expect(frame.locator("h1")).to_have_text(REPORT["en"][0], timeout=20_000)
        # Wagtail ignores a mode chosen while an earlier preview update is
        # still running (it returns that update instead): choose it again
        # until the Albanian preview shows, as an editor would.
        mode = page.locator("#id_preview_mode, select[name='preview_mode']").first
        for _attempt in range(5):
            mode.select_option("sq")
            try:
                expect(frame.locator("h1")).to_have_text(REPORT["sq"][0], timeout=8_000)
                break
            except AssertionError:
                continue
        expect(frame.locator("h1")).to_have_text(REPORT["sq"][0])
        assert not ReportPage.objects.filter(live=True).exists()

        # Publish is the main button for Communications (editorial.wagtail_hooks).
        page.locator("footer button[name='action-publish']").click()
        # Published from the add form, Wagtail lists the library's pages.
        page.wait_for_url(f"**/admin/pages/{library.id}/")
        report = ReportPage.objects.get(slug_en="water-ibar")
        assert report.live, server_errors
        assert not server_errors
        assert sorted(report.downloads.values_list("language", flat=True)) == sorted(REPORT)

        for lang, (title, summary) in REPORT.items():
            page.goto(live_server.url + url_in(library, lang))
            page.get_by_role("link", name=title).click()
            expect(page.locator("h1")).to_have_text(title)
            expect(page.locator("main")).to_contain_text(summary)
            download = page.locator(f".download-list a[hreflang='{lang}']")
            expect(download).to_have_count(1)
            response = page.request.get(live_server.url + download.get_attribute("href"))
            assert response.status == 200
            assert response.body() == tiny_pdf(lang)  # the file uploaded for that language
    finally:
        context.close()
