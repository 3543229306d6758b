"""Two-factor sign-in: enrolment, codes, recovery codes, who must use it."""

import datetime
import re
import time

import pytest
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from freezegun import freeze_time

from tests.helpers import soup


def later():
    """A whole second a few minutes from now: frozen clocks must not go back
    past the time step of a code already used at enrolment (django-otp refuses
    a TOTP step at or before the last one it accepted)."""
    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    return now + datetime.timedelta(minutes=5)


pytestmark = pytest.mark.django_db

PASSWORD = "a-long-enough-password"
HOME = "/admin/"
VERIFY = "/admin/two-factor/code/"
ENROL = "/admin/two-factor/set-up/"


def code_for(device, steps_ahead=0):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def sign_in(client, username, **extra):
    response = client.post(
        reverse("wagtailadmin_login"), {"username": username, "password": PASSWORD}, **extra
    )
    assert response.status_code == 302, response.content.decode()[:1000]
    return response


def enrol(client, user):
    """Sets up an authenticator app through the admin; returns (device, recovery codes)."""
    response = client.get(ENROL)
    assert response.status_code == 200
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    response = client.post(ENROL, {"code": code_for(device), "next": HOME})
    assert response.status_code == 200
    codes = [c.get_text(strip=True) for c in soup(response).select("[data-recovery-codes] code")]
    device.refresh_from_db()
    assert device.confirmed
    return device, codes


def test_administrators_are_sent_to_set_up_an_app_before_anything_else(client, administrator):
    sign_in(client, "chief")
    response = client.get(reverse("wagtailadmin_explore_root"))
    assert response.status_code == 302
    assert response["Location"].startswith(ENROL)
    assert client.get(reverse("wagtailusers_users:index"))["Location"].startswith(ENROL)
    page = client.get(ENROL)
    html = soup(page)
    assert html.select_one("svg") is not None  # the QR code, drawn here, fetched from nowhere
    secret = html.select_one("[data-secret]").get_text(strip=True).replace(" ", "")
    assert re.fullmatch(r"[A-Z2-7]{32}", secret)
    assert "Administrators must sign in with a code" in page.content.decode()


def test_enrolment_refuses_a_wrong_code_then_accepts_the_right_one(client, administrator):
    sign_in(client, "chief")
    client.get(ENROL)
    device = TOTPDevice.objects.get(user=administrator)
    response = client.post(ENROL, {"code": "000000" if code_for(device) != "000000" else "111111"})
    assert response.status_code == 400
    assert "That code is not right" in response.content.decode()
    device.refresh_from_db()
    assert not device.confirmed
    with freeze_time(datetime.timedelta(seconds=5), tick=True):  # past django-otp's throttle
        device, codes = enrol(client, administrator)
        assert len(codes) == 10
        assert len(set(codes)) == 10
        # Signed in and verified now: the admin opens.
        assert client.get(reverse("wagtailusers_users:index")).status_code == 200


def test_sign_in_asks_for_a_code_and_refuses_a_wrong_one(client, administrator):
    sign_in(client, "chief")
    device, _codes = enrol(client, administrator)
    client.logout()

    sign_in(client, "chief")
    response = client.get(reverse("wagtailadmin_explore_root"))
    assert response["Location"].startswith(VERIFY)
    wrong = client.post(VERIFY, {"code": "12345678"})
    assert wrong.status_code == 400
    assert "That code is not right" in wrong.content.decode()
    assert client.get(HOME)["Location"].startswith(VERIFY)

    with freeze_time(datetime.timedelta(seconds=40), tick=True):
        aging = "/admin/reports/aging-pages/"
        right = client.post(VERIFY, {"code": code_for(device), "next": aging})
        assert right.status_code == 302
        assert right["Location"] == aging
        assert client.get(HOME).status_code == 200


def test_a_recovery_code_works_once(client, administrator):
    sign_in(client, "chief")
    _device, codes = enrol(client, administrator)
    client.logout()

    sign_in(client, "chief")
    response = client.post(VERIFY, {"code": codes[0], "next": HOME}, follow=True)
    assert response.status_code == 200
    assert "Recovery codes left: 9" in response.content.decode()
    assert StaticToken.objects.filter(token=codes[0]).count() == 0
    client.logout()

    sign_in(client, "chief")
    with freeze_time(datetime.timedelta(seconds=5), tick=True):
        again = client.post(VERIFY, {"code": codes[0]})
        assert again.status_code == 400
        assert client.get(HOME)["Location"].startswith(VERIFY)
    with freeze_time(datetime.timedelta(seconds=20), tick=True):
        assert client.post(VERIFY, {"code": codes[1], "next": HOME}).status_code == 302


def test_verification_does_not_follow_a_next_address_to_another_site(client, administrator):
    sign_in(client, "chief")
    device, _codes = enrol(client, administrator)
    client.logout()
    sign_in(client, "chief")
    with freeze_time(datetime.timedelta(seconds=40), tick=True):
        response = client.post(VERIFY, {"code": code_for(device), "next": "https://evil.example/"})
    assert response["Location"] == HOME


def test_communications_may_sign_in_without_a_second_factor(client, communications_user):
    sign_in(client, "comms")
    assert client.get(HOME).status_code == 200
    # Offered from the account page.
    assert reverse("editorial_two_factor") in client.get("/admin/account/").content.decode()
    overview = client.get(reverse("editorial_two_factor"))
    assert soup(overview).select_one("[data-two-factor-status]")["data-two-factor-status"] == "off"


def test_once_set_up_communications_are_asked_for_a_code_too(client, communications_user):
    sign_in(client, "comms")
    enrol(client, communications_user)
    client.logout()
    sign_in(client, "comms")
    assert client.get(HOME)["Location"].startswith(VERIFY)


def test_communications_can_turn_it_off_administrators_cannot(
    client, communications_user, administrator
):
    client.force_login(communications_user)  # verified
    assert client.post(reverse("editorial_two_factor_disable")).status_code == 302
    assert not TOTPDevice.objects.filter(user=communications_user).exists()
    client.logout()
    client.force_login(administrator)
    assert client.post(reverse("editorial_two_factor_disable")).status_code in (302, 403)
    assert TOTPDevice.objects.filter(user=administrator).exists()


def test_new_recovery_codes_replace_the_old_ones(client, communications_user):
    sign_in(client, "comms")
    _device, old = enrol(client, communications_user)
    response = client.post(reverse("editorial_two_factor_codes"))
    new = [c.get_text(strip=True) for c in soup(response).select("[data-recovery-codes] code")]
    assert len(new) == 10
    assert not set(new) & set(old)
    assert StaticToken.objects.filter(token__in=old).count() == 0


def test_superusers_must_use_it_too(client, django_user_model):
    django_user_model.objects.create_superuser("root", "root@example.org", PASSWORD)
    sign_in(client, "root")
    assert client.get(HOME)["Location"].startswith(ENROL)


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("en", "Enter your sign-in code"),
        ("sq", "Shkruani kodin e hyrjes"),
        ("sr-latn", "Unesite kod za prijavu"),
    ],
)
def test_code_page_in_the_admin_language(client, administrator, language, heading):
    from wagtail.users.models import UserProfile

    sign_in(client, "chief")
    enrol(client, administrator)
    profile = UserProfile.get_for_user(administrator)
    profile.preferred_language = language
    profile.save()
    client.logout()
    sign_in(client, "chief")
    html = soup(client.get(VERIFY))
    assert html.h1.get_text(strip=True) == heading


def test_a_lost_phone_is_reset_from_the_command_line(client, administrator):
    from io import StringIO

    from django.core.management import CommandError, call_command

    sign_in(client, "chief")
    enrol(client, administrator)
    client.logout()
    out = StringIO()
    call_command("reset_two_factor", "chief", stdout=out)
    assert "must set up a new app" in out.getvalue()
    assert not TOTPDevice.objects.filter(user=administrator).exists()
    assert not StaticToken.objects.filter(device__user=administrator).exists()
    sign_in(client, "chief")
    assert client.get(HOME)["Location"].startswith(ENROL)
    with pytest.raises(CommandError):
        call_command("reset_two_factor", "nobody")


def test_only_page_requests_are_sent_to_the_two_factor_pages(client, administrator):
    """The admin's scripts fetch the icon sprite and other addresses; given
    the set-up page instead, they pasted it into the page (two forms, no
    icons, a submit that landed on the sprite's XML)."""
    sign_in(client, "chief")
    sprite = client.get(reverse("wagtailadmin_sprite"), headers={"Sec-Fetch-Mode": "cors"})
    assert sprite.status_code == 200
    assert sprite["Content-Type"].startswith("image/svg+xml")
    assert b"<symbol" in sprite.content
    # Without the fetch metadata headers (an older browser) too.
    assert client.get(reverse("wagtailadmin_sprite")).status_code == 200

    explore = reverse("wagtailadmin_explore_root")
    fetched = client.get(explore, headers={"Sec-Fetch-Mode": "cors", "Sec-Fetch-Dest": "empty"})
    assert fetched.status_code == 403
    assert "Two-factor sign-in is needed first" in fetched.content.decode()
    xhr = client.get(explore, headers={"X-Requested-With": "XMLHttpRequest"})
    assert xhr.status_code == 403
    json_only = client.get(explore, headers={"Accept": "application/json"})
    assert json_only.status_code == 403
    # An image the page loads is not a page either.
    image = client.get(explore, headers={"Sec-Fetch-Mode": "no-cors", "Sec-Fetch-Dest": "image"})
    assert image.status_code == 403

    navigation = client.get(
        explore,
        headers={"Sec-Fetch-Mode": "navigate", "Sec-Fetch-Dest": "document", "Accept": "text/html"},
    )
    assert navigation.status_code == 302
    assert navigation["Location"].startswith(ENROL)


def test_the_set_up_page_has_one_form(client, administrator):
    sign_in(client, "chief")
    html = soup(client.get(ENROL))
    assert len(html.select("form.login-form")) == 1
    assert len(html.select("#id_code")) == 1


@pytest.mark.parametrize(
    ("language", "wait_text"),
    [
        ("en", "Wait 2 seconds, then type the code your app shows now"),
        ("sq", "Prisni 2 sekonda"),
        ("sr-latn", "Sačekajte 2 sekunde"),
    ],
)
def test_a_right_code_too_soon_after_a_wrong_one_is_told_to_wait(
    client, administrator, language, wait_text
):
    from wagtail.users.models import UserProfile

    sign_in(client, "chief")
    device, _codes = enrol(client, administrator)
    profile = UserProfile.get_for_user(administrator)
    profile.preferred_language = language
    profile.save()
    client.logout()
    sign_in(client, "chief")
    start = later()
    with freeze_time(start):
        wrong = "000000" if code_for(device) != "000000" else "111111"
        first = client.post(VERIFY, {"code": wrong})
        assert first.status_code == 400
    with freeze_time(start + datetime.timedelta(seconds=1)):
        second = client.post(VERIFY, {"code": wrong})  # one second later: still waiting
        assert second.status_code == 400
    with freeze_time(start + datetime.timedelta(seconds=1)):
        # Two failures: django-otp refuses every code for two seconds.
        right = client.post(VERIFY, {"code": code_for(device)})
    assert right.status_code == 400
    text = right.content.decode()
    assert wait_text in text
    assert "not right" not in text and "nuk është" not in text and "nije tačan" not in text
    assert client.get(HOME)["Location"].startswith(VERIFY)
    with freeze_time(start + datetime.timedelta(seconds=4)):
        assert client.post(VERIFY, {"code": code_for(device), "next": HOME}).status_code == 302


def test_set_up_says_to_wait_after_a_wrong_code(client, administrator):
    sign_in(client, "chief")
    client.get(ENROL)
    device = TOTPDevice.objects.get(user=administrator)
    with freeze_time(later()):
        wrong = "000000" if code_for(device) != "000000" else "111111"
        assert client.post(ENROL, {"code": wrong}).status_code == 400
        too_soon = client.post(ENROL, {"code": code_for(device)})
    assert too_soon.status_code == 400
    assert "Wait 1 second, then type" in too_soon.content.decode()
    device.refresh_from_db()
    assert not device.confirmed


def test_recovery_codes_can_be_downloaded_as_a_file(client, administrator):
    from urllib.parse import unquote

    sign_in(client, "chief")
    response = client.get(ENROL)
    device = TOTPDevice.objects.get(user=administrator)
    response = client.post(ENROL, {"code": code_for(device), "next": HOME})
    html = soup(response)
    codes = [c.get_text(strip=True) for c in html.select("[data-recovery-codes] code")]
    link = html.select_one("[data-download-codes]")
    assert link["download"].endswith("-recovery-codes-chief.txt")
    prefix = "data:text/plain;charset=utf-8,"
    assert link["href"].startswith(prefix)
    text = unquote(link["href"][len(prefix) :])
    assert "recovery codes for chief" in text
    assert text.split("\n")[2:12] == codes
    assert html.select_one("[data-copy-codes]")["data-copy-text"] == text
