"""Cross-site request protection for the public forms without a token.

The public pages are shared by the HTTP cache in front (docs/performance.md,
"The cache in front"), so their HTML cannot carry a CSRF token of one reader,
and the reader must not get a ``csrftoken`` cookie (a response that sets a
cookie is never shared). The forms readers send from those pages (newsletter
in every footer, event registration, contact, and the confirm/cancel pages
reached by an emailed token) post to URLs under a reader language prefix
(``/en/``, ``/sq/``…); for those, this middleware replaces Django's token check
by a check of where the request comes from, as browsers tell it:

- ``Sec-Fetch-Site`` (every current browser sends it): only ``same-origin``
  (or ``none``, typed by the user) passes; ``cross-site`` and ``same-site``
  (another subdomain) are refused;
- else ``Origin`` (browsers send it with every cross-origin POST since
  2020): it must be this site (or one of ``CSRF_TRUSTED_ORIGINS``);
- a request with neither comes from something that is not a browser (or a
  browser older than 2020); it could fetch a token just as well, so a token
  would not stop it either: it passes, as in Go's ``CrossOriginProtection``
  and Rails' and Laravel's ``Sec-Fetch-Site`` checks.

What a forged form could do there is small and guarded elsewhere: every one of
these forms only records what the reader typed, a subscription or a
registration needs the confirmation link sent to the address (double opt-in),
and each form has its honeypot and per-address rate limit
(``bbg_site.abuse``). No public form acts with the rights of a signed-in
user. Everything else (the admin with its personal-data erasure, sign-in,
everything outside the language prefixes) keeps Django's token check.
"""

from django.conf import settings
from django.urls import get_callable

from bbg_site import upstream
from bbg_site.i18n import language_codes

SAME_ORIGIN_FETCH = {"same-origin", "none"}


def public_form_prefixes() -> tuple[str, ...]:
    return tuple(f"/{code}/" for code in language_codes())


def cross_origin_reason(request) -> str | None:
    """Why this request comes from another site, or None when it does not."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site:
        if fetch_site.lower() in SAME_ORIGIN_FETCH:
            return None
        return f"Sec-Fetch-Site is {fetch_site!r}."
    origin = request.headers.get("Origin")
    if origin is None:
        return None
    scheme = "https" if request.is_secure() else "http"
    if origin == f"{scheme}://{request.get_host()}" or origin in settings.CSRF_TRUSTED_ORIGINS:
        return None
    return f"Origin {origin!r} is another site."


class PublicFormsOriginMiddleware:
    """Just before Django's ``CsrfViewMiddleware``: for a POST to the public
    site (under a reader language prefix) it checks the origin and, when it
    is this site, tells Django's middleware the check is done; from another
    site it answers with the CSRF failure page. Everything else is left to
    Django's token check."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.public_prefixes = public_form_prefixes()

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, callback, callback_args, callback_kwargs):
        if request.method in ("GET", "HEAD", "OPTIONS", "TRACE") or not request.path.startswith(
            self.public_prefixes
        ):
            return None
        reason = cross_origin_reason(request)
        if reason is not None:
            return get_callable(settings.CSRF_FAILURE_VIEW)(request, reason=reason)
        upstream.mark_csrf_checked(request)
        return None
