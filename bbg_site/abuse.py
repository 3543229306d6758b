"""What keeps robots out of the public forms: a honeypot field and a limit on
submissions per address (counted in the cache, so shared by every app
server when the cache is Redis)."""

import logging
import re

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

# Control characters (and Unicode line separators) are never useful in what
# a reader types in a one-line field or a search; a NUL even makes
# PostgreSQL raise DataError.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]")

RATE_LIMIT = 5  # submissions
RATE_WINDOW = 10 * 60  # seconds, per address and form


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


def over_rate_limit(request, scope: str, limit: int | None = None) -> bool:
    """Count this submission; True once the address went over the limit."""
    key = f"rate:{scope}:{client_address(request)}"
    cache.add(key, 0, RATE_WINDOW)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, RATE_WINDOW)
        count = 1
    return count > (limit if limit is not None else RATE_LIMIT)


def refusal(request, form, scope: str, *, spam_message, limit_message, limit: int | None = None):
    """Why a submission is refused before it is even validated, as
    ``(status, message)``, or None when it may go on. The caller shows the
    message on the form, which keeps what the person typed."""
    if form.is_spam:
        logger.info("Honeypot filled in the %s form from %s", scope, client_address(request))
        return 400, spam_message
    if over_rate_limit(request, scope, limit):
        return 429, limit_message
    return None
