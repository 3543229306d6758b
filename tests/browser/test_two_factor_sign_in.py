"""An administrator's first sign-in in Chromium: set up the authenticator
app, keep the recovery codes (copy and download), reach the dashboard; then
a later sign-in with a code, including one typed too soon after a wrong one.

Before the fix, the two-factor check answered the admin's own fetch of its
icon sprite with the set-up page, which the admin's script pasted into the
page: two forms, no icons, and a submit that ended on the sprite's XML."""

import datetime
import time
from pathlib import Path

import pytest
from django.db.models import F
from django_otp.oath import TOTP
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PASSWORD = "chief-password-123"


def code_for(device, steps_ahead=0):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def assert_one_form_and_every_icon(page):
    expect(page.locator("form.login-form")).to_have_count(1)
    expect(page.locator("[data-sprite] form")).to_have_count(0)
    # Wagtail's icons.js puts the sprite into [data-sprite]; every <use> the
    # page draws must find its symbol there.
    page.wait_for_function("document.querySelectorAll('[data-sprite] svg symbol').length > 50")
    missing = page.evaluate(
        """() => [...document.querySelectorAll('svg use')]
            .map(u => u.getAttribute('href') || u.getAttribute('xlink:href'))
            .filter(h => h && h.startsWith('#') && !document.querySelector(h))"""
    )
    assert missing == []


def shift_last_failure(user, delta):
    """Moves the time of the last wrong code (django-otp's throttle) on every
    device of the user's: forward to hold the wait, back to end it."""
    from django_otp.plugins.otp_static.models import StaticDevice
    from django_otp.plugins.otp_totp.models import TOTPDevice

    for model in (TOTPDevice, StaticDevice):
        model.objects.filter(user=user, throttling_failure_timestamp__isnull=False).update(
            throttling_failure_timestamp=F("throttling_failure_timestamp") + delta
        )


def sign_in_with_password(page, base_url):
    page.goto(base_url + "/admin/login/")
    page.locator("#id_username").fill("chief")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type='submit']").click()
    page.wait_for_url(lambda url: "/admin/login/" not in url)


def test_an_administrators_first_and_later_sign_in(chromium, live_server, site, django_user_model):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    chief = django_user_model.objects.create_superuser("chief", "chief@example.org", PASSWORD)
    context = chromium.new_context(
        locale="en-GB", viewport={"width": 1440, "height": 900}, accept_downloads=True
    )
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server.url)
    page = context.new_page()
    elsewhere = []
    page.on(
        "request",
        lambda r: elsewhere.append(r.url) if not r.url.startswith(live_server.url) else None,
    )
    bad_responses = []
    page.on(
        "response",
        lambda r: bad_responses.append((r.status, r.url)) if r.status >= 400 else None,
    )
    try:
        sign_in_with_password(page, live_server.url)
        page.wait_for_url("**/admin/two-factor/set-up/**")
        assert_one_form_and_every_icon(page)

        device = TOTPDevice.objects.get(user=chief, confirmed=False)
        page.locator("#id_code").fill(code_for(device))
        page.get_by_role("button", name="Turn on two-factor sign-in").click()

        expect(page.locator("h1")).to_have_text("Your recovery codes")
        codes = page.locator("[data-recovery-codes] code").all_inner_texts()
        assert len(codes) == 10

        page.get_by_role("button", name="Copy the codes").click()
        expect(page.locator("[data-copy-status]")).to_contain_text("The codes are copied")
        copied = page.evaluate("navigator.clipboard.readText()")
        assert all(code in copied for code in codes)

        with page.expect_download() as download:
            page.get_by_role("link", name="Download them as a text file").click()
        assert download.value.suggested_filename.endswith("-recovery-codes-chief.txt")
        saved = Path(download.value.path()).read_text(encoding="utf-8")
        assert saved.splitlines()[2:12] == codes

        page.get_by_role("link", name="I have saved them, continue").click()
        page.wait_for_url(live_server.url + "/admin/")
        expect(page.locator("#id_code")).to_have_count(0)
        expect(page.locator("main")).to_contain_text("Balkans Policy Research Group")

        # A later sign-in asks for a code.
        context.clear_cookies()
        sign_in_with_password(page, live_server.url)
        page.wait_for_url("**/admin/two-factor/code/**")
        assert_one_form_and_every_icon(page)
        device.refresh_from_db()
        right = code_for(device, steps_ahead=1)  # the enrolment used this step's code
        wrong = "000000" if right != "000000" else "111111"
        page.locator("#id_code").fill(wrong)
        page.get_by_role("button", name="Sign in").click()
        expect(page.locator(".login-form")).to_contain_text("That code is not right")

        # Right, but typed while django-otp still refuses every code.
        shift_last_failure(chief, datetime.timedelta(seconds=30))
        page.locator("#id_code").fill(right)
        page.get_by_role("button", name="Sign in").click()
        expect(page.locator(".login-form")).to_contain_text("then type the code your app shows")
        expect(page.locator(".login-form")).to_contain_text("seconds")
        expect(page.locator(".login-form")).not_to_contain_text("not right")

        # The wait is over.
        shift_last_failure(chief, -datetime.timedelta(minutes=5))
        page.locator("#id_code").fill(right)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(live_server.url + "/admin/")
        expect(page.locator("#id_code")).to_have_count(0)
        # Nothing the pages asked for was refused but the wrong codes (400).
        assert [r for r in bad_responses if r[0] != 400] == []
        assert "sprite" not in page.url
        assert elsewhere == []  # no avatars from gravatar.com, nothing from the network
    finally:
        context.close()
