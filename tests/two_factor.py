"""Test sessions that have passed two-factor sign-in (editorial/two_factor.py)."""

from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

_force_login = Client.force_login


def mark_verified(client, user):
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Test app", confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


def force_login_verified(client, user, backend=None):
    """``Client.force_login`` as if the user had also typed their code: tests
    that are not about signing in need not go through two-factor sign-in
    (tests/editorial/test_two_factor.py tests the real thing)."""
    _force_login(client, user, backend)
    mark_verified(client, user)
