"""What keeps robots out of the public forms: a honeypot field and a limit on
submissions per address (counted in the cache, so shared by every app
server when the cache is Redis)."""

import logging

from django import forms
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

RATE_LIMIT = 5  # submissions
RATE_WINDOW = 10 * 60  # seconds, per address and form


class HoneypotFormMixin(forms.Form):
    # A field people do not see (it is moved off screen): robots fill it in.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get("website"))


def client_address(request) -> str:
    # Behind the proxy the first X-Forwarded-For entry is the reader.
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[0].strip() or request.META.get("REMOTE_ADDR", "unknown")


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
