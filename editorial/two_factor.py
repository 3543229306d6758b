"""Two-factor sign-in to the admin: TOTP authenticator apps with recovery codes.

The devices, codes and session verification are django-otp's (TOTPDevice,
StaticDevice, ``django_otp.login``); this module decides who must use them.
Administrators (and superusers) must: until they have an authenticator app
they are sent to set one up. Everyone else may: once a user has set one up,
every sign-in asks for a code.
"""

import base64
import math
from urllib.parse import urlencode

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import slugify
from django.utils.translation import gettext
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from editorial.roles import is_administrator

RECOVERY_CODE_COUNT = 10
APP_DEVICE_NAME = "Authenticator app"
RECOVERY_DEVICE_NAME = "Recovery codes"

# Admin views an unverified user may still open: signing in and out, and the
# assets every admin page fetches (the icon sprite, the script translations),
# which hold nothing private.
OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "editorial_two_factor_enrol",
    "editorial_two_factor_verify",
}


def two_factor_required(user) -> bool:
    return is_administrator(user)


def authenticator(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def recovery_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def seconds_to_wait(devices) -> int:
    """How long django-otp's growing delay after a wrong code still refuses
    every code, right or wrong, for these devices (0: a code may be tried)."""
    now = timezone.now()
    waits = [
        (data["locked_until"] - now).total_seconds()
        for allowed, data in (device.verify_is_allowed() for device in devices)
        if not allowed and data and data.get("locked_until")
    ]
    return max((math.ceil(wait) for wait in waits), default=0)


def seconds_to_wait_for(user) -> int:
    return seconds_to_wait(devices_for_user(user, confirmed=True))


def pending_authenticator(user) -> TOTPDevice:
    """The app being set up (not confirmed until a first code is right)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)


def confirm_authenticator(device) -> list[str]:
    """Makes ``device`` the user's only authenticator app and gives them fresh
    recovery codes, which are returned to be shown once."""
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save()
    return new_recovery_codes(device.user)


def new_recovery_codes(user) -> list[str]:
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def recovery_codes_file(user, codes) -> tuple[str, str]:
    """The name and text of the file a person downloads (or copies) to keep
    their recovery codes: which site and account they are for, and when."""
    site = getattr(settings, "WAGTAIL_SITE_NAME", "BPRG")
    header = gettext(
        "%(site)s: recovery codes for %(username)s, made on %(date)s. "
        "Each code works once, instead of a code from the authenticator app."
    ) % {
        "site": site,
        "username": user.get_username(),
        "date": date_format(timezone.localtime(), "DATE_FORMAT"),
    }
    filename = f"{slugify(site) or 'site'}-recovery-codes-{slugify(user.get_username())}.txt"
    return filename, "\n".join([header, "", *codes, ""])


def remove_two_factor(user):
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()


def secret_for_typing(device) -> str:
    """The key as authenticator apps accept it when typed (base32, in groups of four)."""
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_code_svg(device) -> str:
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    svg = image.to_string(encoding="unicode")
    return svg[svg.index("<svg") :]  # without the XML declaration, to inline it


def safe_next(request, default=None) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return default or reverse("wagtailadmin_home")


def is_page_request(request) -> bool:
    """A request a person makes by opening an address (a navigation), as
    opposed to one the admin's scripts make (fetch/XHR) or an image, style or
    script a page loads. Only pages may be redirected to the two-factor
    pages: a script that asked for the icon sprite and got the set-up page
    pasted it into the page, twice over."""
    mode = request.headers.get("Sec-Fetch-Mode")
    if mode is not None:
        return mode == "navigate"
    if request.headers.get("X-Requested-With") == "XMLHttpRequest":
        return False
    accept = request.headers.get("Accept", "")
    return not accept or "text/html" in accept or "*/*" in accept


class TwoFactorMiddleware:
    """Sends signed-in admin users who still owe a code to the code page, and
    Administrators without an authenticator app to its set-up page. Requests
    that are not page navigations are refused (403) instead of redirected."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        admin_root = reverse("wagtailadmin_home")
        if not request.path.startswith(admin_root):
            return None
        match = getattr(request, "resolver_match", None)
        if match is not None and match.url_name in OPEN_URL_NAMES:
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_verified():
            return None
        if authenticator(user) is not None:
            target = "editorial_two_factor_verify"
        elif two_factor_required(user):
            target = "editorial_two_factor_enrol"
        else:
            return None
        if not is_page_request(request):
            return HttpResponse(
                gettext("Two-factor sign-in is needed first."),
                status=403,
                content_type="text/plain; charset=utf-8",
            )
        query = urlencode({"next": request.get_full_path()}) if request.method == "GET" else ""
        return redirect(reverse(target) + (f"?{query}" if query else ""))
