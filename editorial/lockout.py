"""Sign-in lockout (django-axes): who is locked out, how it looks, how it ends.

- Five wrong passwords for one account *from one address* lock that account
  at that address (``AXES_LOCKOUT_PARAMETERS``): a stranger who knows a
  username can no longer lock its owner out by failing from elsewhere.
- ``ADDRESS_FAILURE_LIMIT`` wrong passwords from one address, for any
  accounts, lock the address: guessing many accounts from one place stops.
  It is higher than five because a whole office signs in from one address.
- A locked person still gets in with the right password when their account
  has a second factor, which they must then type (``LockoutHandler``); or by
  resetting their password, which clears their failures
  (``UnlockOnPasswordChange``).
"""

import math
from datetime import timedelta

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_ip_address
from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Sum
from django.shortcuts import render
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

ADDRESS_FAILURE_LIMIT = 20


def cool_off() -> timedelta:
    return timedelta(hours=float(settings.AXES_COOLOFF_TIME))


def failures_from_address(address: str | None) -> int:
    if not address:
        return 0
    recent = AccessAttempt.objects.filter(
        ip_address=address, attempt_time__gte=timezone.now() - cool_off()
    )
    return recent.aggregate(total=Sum("failures_since_start"))["total"] or 0


def has_password_and_second_factor(credentials) -> bool:
    credentials = credentials or {}
    username, password = credentials.get("username"), credentials.get("password")
    if not username or not password:
        return False
    user = get_user_model().objects.filter(username=username).first()
    return (
        user is not None
        and TOTPDevice.objects.filter(user=user, confirmed=True).exists()
        and user.check_password(password)
    )


def _address_locked(request) -> bool:
    address = getattr(request, "axes_ip_address", None) or get_client_ip_address(request)
    return failures_from_address(address) >= ADDRESS_FAILURE_LIMIT


class LockoutHandler(AxesDatabaseHandler):
    def is_locked(self, request, credentials=None) -> bool:
        if _address_locked(request):
            return True
        if not super().is_locked(request, credentials):
            return False
        return not has_password_and_second_factor(credentials)

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        super().user_login_failed(sender, credentials, request, **kwargs)
        # Axes shows its lockout page only for its own parameters' limit.
        if request is not None and _address_locked(request):
            request.axes_locked_out = True


class UnlockOnPasswordChange:
    """Listed with the password validators for Django's ``password_changed``
    hook: a new password (from a reset link, or set by an Administrator)
    clears the account's failed sign-ins."""

    def validate(self, password, user=None):
        return None

    def password_changed(self, password, user=None):
        if user is not None:
            reset(username=user.get_username())

    def get_help_text(self):
        return ""


def lockout_minutes() -> int:
    return math.ceil(cool_off().total_seconds() / 60)


def lockout_response(request, original_response=None, credentials=None):
    return render(
        request,
        "editorial/lockout.html",
        {"minutes": lockout_minutes(), "failure_limit": settings.AXES_FAILURE_LIMIT},
        status=429,
    )
