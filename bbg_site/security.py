"""Content-Security-Policy for the public site, in one small middleware.

Why not django-csp: the whole policy is one string with a per-request nonce,
plus two exceptions (the Wagtail admin and the pages it previews in an
iframe). Twenty lines we can read beat a dependency and its settings API,
which changed completely in django-csp 4.0.

The other headers come from Django itself (``SecurityMiddleware``:
``X-Content-Type-Options: nosniff``, ``Referrer-Policy``;
``XFrameOptionsMiddleware``: ``X-Frame-Options: DENY``), see settings/base.py.
"""

import secrets

from django.utils.functional import SimpleLazyObject

# No inline script except by nonce, no inline style, nothing from another
# origin, no plugins, no framing, forms post only to this site.
PUBLIC_POLICY = (
    "default-src 'self'; "
    "script-src 'self' 'nonce-{nonce}'; "
    "style-src 'self'; "
    "img-src 'self' data:; "
    "font-src 'self'; "
    "connect-src 'self'; "
    "object-src 'none'; "
    "base-uri 'self'; "
    "form-action 'self'; "
    "frame-ancestors {ancestors}"
)
# The Wagtail admin runs its own inline scripts and styles: it only gets
# frame protection (its preview panel frames the site itself).
ADMIN_POLICY = "frame-ancestors 'self'"
ADMIN_PREFIX = "/admin/"


class ContentSecurityPolicyMiddleware:
    """Gives every request a nonce (``request.csp_nonce``, used by the
    templates' inline ``<script>`` tags) and every response a policy,
    unless the view set its own (documents are served with
    ``default-src 'none'`` by Wagtail)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.csp_nonce = SimpleLazyObject(lambda: secrets.token_urlsafe(18))
        response = self.get_response(request)
        if "Content-Security-Policy" in response:
            return response
        if request.path.startswith(ADMIN_PREFIX):
            response["Content-Security-Policy"] = ADMIN_POLICY
            return response
        # A page previewed in the admin is framed by the admin (same origin).
        previewed = getattr(request, "is_preview", False) or getattr(request, "is_dummy", False)
        response["Content-Security-Policy"] = PUBLIC_POLICY.format(
            nonce=str(request.csp_nonce),
            ancestors="'self'" if previewed else "'none'",
        )
        return response
