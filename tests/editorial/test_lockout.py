"""Sign-in is refused for a while after repeated failures, with a clear message."""

import pytest
from axes.models import AccessAttempt
from django.test import override_settings
from django.urls import reverse

from bbg_site.abuse import client_address as client_ip_address
from editorial import lockout

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


def attempt(client, username, password, **extra):
    return client.post(LOGIN, {"username": username, "password": password}, **extra)


@pytest.fixture
def editor(communications_user):
    return communications_user  # password: a-long-enough-password


def test_a_wrong_password_is_an_ordinary_error_before_the_limit(client, editor):
    for _ in range(4):
        response = attempt(client, "comms", "wrong")
        assert response.status_code == 200
    response = attempt(client, "comms", "a-long-enough-password")
    assert response.status_code == 302  # the fifth attempt is right: in
    # and the count starts again
    assert not AccessAttempt.objects.filter(username="comms").exists()


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "Too many failed sign-in attempts"),
        ("sq", "Shumë përpjekje të dështuara"),
        ("sr-latn", "Previše neuspešnih pokušaja"),
    ],
)
def test_five_failures_lock_the_account_even_with_the_right_password(
    client, editor, language, message
):
    for _ in range(5):
        attempt(client, "comms", "wrong", HTTP_ACCEPT_LANGUAGE=language)
    response = attempt(client, "comms", "a-long-enough-password", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 429
    html = response.content.decode()
    assert message in html
    assert "15" in html
    assert reverse("wagtailadmin_login") in html
    # Not signed in.
    assert client.get(reverse("wagtailadmin_home")).status_code == 302


def test_failures_from_one_address_lock_that_address_for_other_accounts(
    client, editor, django_user_model, monkeypatch
):
    monkeypatch.setattr(lockout, "ADDRESS_FAILURE_LIMIT", 6)
    django_user_model.objects.create_user("other", "o@example.org", "another-long-password")
    for name in ("a", "b", "c", "d", "e", "f"):
        attempt(client, name, "guess", REMOTE_ADDR="203.0.113.9")
    assert (
        attempt(client, "other", "another-long-password", REMOTE_ADDR="203.0.113.9").status_code
        == 429
    )
    # Someone else, elsewhere, signs in as usual.
    assert (
        attempt(client, "other", "another-long-password", REMOTE_ADDR="198.51.100.4").status_code
        == 302
    )


def test_an_office_behind_one_address_is_not_locked_out_by_a_few_typos(
    client, editor, django_user_model
):
    for name in ("ana", "besa", "milan"):
        django_user_model.objects.create_user(name, f"{name}@example.org", "their-long-password")
        for _ in range(4):
            attempt(client, name, "typo", REMOTE_ADDR="192.0.2.50")
    assert (
        attempt(client, "comms", "a-long-enough-password", REMOTE_ADDR="192.0.2.50").status_code
        == 302
    )


def test_a_stranger_cannot_lock_someone_out_by_failing_from_other_addresses(client, editor):
    """Five wrong passwords for one username from five addresses used to lock
    the account everywhere (429 for its owner with the right password)."""
    for n in range(5):
        attempt(client, "comms", "guess", REMOTE_ADDR=f"203.0.113.{n}")
    response = attempt(client, "comms", "a-long-enough-password", REMOTE_ADDR="198.51.100.4")
    assert response.status_code == 302
    # At an address that failed five times, the account is locked.
    for _ in range(5):
        attempt(client, "comms", "guess", REMOTE_ADDR="203.0.113.77")
    client.logout()
    locked = attempt(client, "comms", "a-long-enough-password", REMOTE_ADDR="203.0.113.77")
    assert locked.status_code == 429


def test_a_locked_person_with_a_second_factor_gets_in_with_the_right_password(client, editor):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.objects.create(user=editor, name="Authenticator app", confirmed=True)
    for _ in range(5):
        attempt(client, "comms", "wrong")
    assert attempt(client, "comms", "still-wrong").status_code == 429
    response = attempt(client, "comms", "a-long-enough-password")
    assert response.status_code == 302
    # ... to the code page: the second factor is still ahead.
    assert client.get(reverse("wagtailadmin_home"))["Location"].startswith(
        "/admin/two-factor/code/"
    )


def test_a_new_password_ends_the_lockout(client, editor):
    for _ in range(5):
        attempt(client, "comms", "wrong")
    assert attempt(client, "comms", "a-long-enough-password").status_code == 429
    lockout_page = attempt(client, "comms", "a-long-enough-password").content.decode()
    assert reverse("wagtailadmin_password_reset") in lockout_page
    editor.set_password("a-brand-new-long-password")
    editor.save()  # as the reset link's form does
    assert attempt(client, "comms", "a-brand-new-long-password").status_code == 302


def test_the_lockout_lasts_fifteen_minutes(client, editor, django_user_model):
    """Two people locked out at the same moment: one tries again after 14½
    minutes and is still refused, the other after 15½ and gets in. (One
    person trying twice would restart the wait: see the next test.)"""
    from datetime import timedelta

    from django.utils import timezone
    from freezegun import freeze_time

    assert lockout.lockout_minutes() == 15  # what the page tells the person
    django_user_model.objects.create_user("besa", "b@example.org", "besa-long-password")
    start = timezone.now()
    with freeze_time(start) as clock:
        for _ in range(5):
            attempt(client, "comms", "wrong", REMOTE_ADDR="192.0.2.1")
            attempt(client, "besa", "wrong", REMOTE_ADDR="192.0.2.2")
        clock.move_to(start + timedelta(minutes=14, seconds=30))
        early = attempt(client, "comms", "a-long-enough-password", REMOTE_ADDR="192.0.2.1")
        assert early.status_code == 429
        clock.move_to(start + timedelta(minutes=15, seconds=30))
        later = attempt(client, "besa", "besa-long-password", REMOTE_ADDR="192.0.2.2")
        assert later.status_code == 302


def test_each_further_attempt_restarts_the_wait(client, editor):
    """A script that keeps guessing stays locked out: each attempt while
    locked starts the 15 minutes again."""
    from datetime import timedelta

    from django.utils import timezone
    from freezegun import freeze_time

    start = timezone.now()
    with freeze_time(start) as clock:
        for _ in range(5):
            attempt(client, "comms", "wrong")
        clock.move_to(start + timedelta(minutes=10))
        assert attempt(client, "comms", "still-wrong").status_code == 429
        # 20 minutes after the fifth failure, but 10 after the last attempt.
        clock.move_to(start + timedelta(minutes=20))
        assert attempt(client, "comms", "a-long-enough-password").status_code == 429
        # 15 minutes after that last attempt, the right password gets in.
        clock.move_to(start + timedelta(minutes=35, seconds=30))
        assert attempt(client, "comms", "a-long-enough-password").status_code == 302


class FakeRequest:
    def __init__(self, remote, forwarded=None):
        self.META = {"REMOTE_ADDR": remote}
        if forwarded:
            self.META["HTTP_X_FORWARDED_FOR"] = forwarded


def test_client_address_is_remote_addr_unless_proxies_are_trusted():
    assert client_ip_address(FakeRequest("10.0.0.2", "1.2.3.4")) == "10.0.0.2"
    with override_settings(TRUSTED_PROXY_COUNT=1):
        # A forged first entry is ignored: the proxy appends the real client.
        assert client_ip_address(FakeRequest("10.0.0.2", "6.6.6.6, 192.0.2.7")) == "192.0.2.7"
        assert client_ip_address(FakeRequest("10.0.0.2")) == "10.0.0.2"
