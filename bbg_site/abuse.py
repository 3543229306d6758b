"""What keeps robots out of the public forms: a honeypot field and limits
that tell a crowd from a script (counted in the cache, so shared by every
app server when the cache is Redis).

Two limits, both in settings (``FORM_LIMITS``):

- per address and form, generous: a room of guests on the venue's Wi-Fi, or
  readers behind a mobile carrier's NAT, share one address, so 25 people
  signing up one after another must all get through; a script sending
  dozens of submissions from one address is still refused;
- per email address and form, strict: a person does not subscribe five
  times in an hour, and nobody can flood someone else's inbox with
  confirmation emails by typing their address again and again. It counts
  only submissions that are otherwise valid, so a typo does not use it up.
"""

import logging
import re

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from bbg_site import cache_keys

logger = logging.getLogger(__name__)

# Control characters (and Unicode line separators) are never useful in what
# a reader types in a one-line field or a search; a NUL even makes
# PostgreSQL raise DataError.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]")


class HoneypotFormMixin(forms.Form):
    # A field people do not see (it is moved off screen): robots fill it in.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get("website"))


class SingleLineField(forms.CharField):
    """A one-line text (a name, a subject): line breaks and other control
    characters become spaces. In an email header a line break is refused by
    Django (the contact form once answered 500), and in a body it let a
    sender write fake lines such as ``Bcc: …``."""

    def to_python(self, value):
        value = super().to_python(value)
        return " ".join(CONTROL_CHARACTERS.sub(" ", value).split()) if value else value


def client_address(request) -> str | None:
    """The reader's address, for every purpose (form limits, sign-in
    lockout): ``REMOTE_ADDR``, or behind ``TRUSTED_PROXY_COUNT`` proxies the
    address the outermost of them saw, counted from the right of
    ``X-Forwarded-For``. The entries to its left are the client's own words:
    trusting the left-most one let anyone lift the form limits by sending a
    made-up header."""
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if count and forwarded:
        addresses = [part.strip() for part in forwarded.split(",") if part.strip()]
        if len(addresses) >= count:
            return addresses[-count]
    return request.META.get("REMOTE_ADDR")


def _count(key: str, window: int) -> int:
    """Count one more submission under ``key`` for ``window`` seconds."""
    cache.add(key, 0, window)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)
        return 1


def over_rate_limit(request, scope: str) -> bool:
    """Count this submission; True once the address went over its limit."""
    limit, window = settings.FORM_LIMITS["address"]
    return _count(cache_keys.rate(scope, client_address(request)), window) > limit


def over_email_limit(email: str, scope: str) -> bool:
    """Count a submission for ``email``; True once it went over its limit."""
    limit, window = settings.FORM_LIMITS["email"]
    key = cache_keys.rate(f"{scope}:email", email.strip().lower())
    return _count(key, window) > limit


def email_limit_message() -> str:
    minutes = settings.FORM_LIMITS["email"][1] // 60
    return gettext(
        "This form was sent too often with this email address. "
        "Please try again in %(minutes)s minutes."
    ) % {"minutes": minutes}


def refusal(request, form, scope: str, *, spam_message, limit_message, email_scope=None):
    """Why a submission is refused, as ``(status, message)``, or None when it
    may go on. First the honeypot, then the limit per address (every
    attempt counts), then, for a form that is otherwise valid, the limit per
    email address and ``email_scope`` (the form, or one event's
    registration; ``scope`` unless given). The caller shows the message on
    the form, which keeps what the person typed."""
    if form.is_spam:
        logger.info("Honeypot filled in the %s form from %s", scope, client_address(request))
        return 400, spam_message
    if over_rate_limit(request, scope):
        return 429, limit_message
    if form.is_valid() and over_email_limit(form.cleaned_data["email"], email_scope or scope):
        logger.info("Email limit reached in the %s form from %s", scope, client_address(request))
        return 429, email_limit_message()
    return None
