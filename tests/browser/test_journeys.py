"""Whole journeys in Chromium: a reader, a communications officer and an
administrator, each doing what they come to the site for."""

import datetime

import pytest
from django.utils import timezone, translation
from playwright.sync_api import expect

from tests.factories import make_event, make_event_index

pytestmark = pytest.mark.browser


def url_in(page, lang):
    with translation.override(lang):
        return page.get_url()


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
    assert "topic=northern-kosovo" in page.url
    expect(page.locator("#library-results > li")).to_have_count(3)
    page.get_by_role("link", name="The Mitrovica bridge").click()
    expect(page.locator("h1")).to_have_text("The Mitrovica bridge")

    albanian_pdf = page.locator(".download-list a[hreflang='sq']")
    expect(albanian_pdf).to_contain_text("PDF in Albanian")
    response = page.request.get(live_server.url + albanian_pdf.get_attribute("href"))
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF-")
    assert "the-mitrovica-bridge--sq" in response.url  # the Albanian file

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


def log_in(page, base_url, username, password):
    page.goto(base_url + "/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("form button[type='submit']").click()
    expect(page.locator("#id_password")).to_have_count(0)
    if "/two-factor/code/" in page.url:
        page.locator("#id_code").first.fill(RECOVERY_CODE)
        page.locator("#id_code").first.press("Enter")
        expect(page.locator("#id_code")).to_have_count(0)


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
        log_in(page, live_server.url, "chief", "chief-password-123")
        page.goto(live_server.url + "/admin/users/")
        expect(page.locator("main")).to_contain_text("chief")
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
