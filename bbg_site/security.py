"""Content-Security-Policy for the public site, in one small middleware.

Why not django-csp: the whole policy is one fixed string, plus two exceptions
(the Wagtail admin and the pages it previews in an iframe). Twenty lines we
can read beat a dependency and its settings API, which changed completely in
django-csp 4.0.

No per-request nonce: public pages are shared by the HTTP cache in front
(docs/performance.md, "The cache in front"), so nothing in them or in their
headers may belong to one reader. The one inline script is allowed by its
SHA-256 hash (``INLINE_SCRIPTS``, rendered by the ``inline_script`` tag so the
markup and the hash cannot drift apart); JSON-LD blocks are data, not
scripts, and need nothing.

The other headers come from Django itself (``SecurityMiddleware``:
``X-Content-Type-Options: nosniff``, ``Referrer-Policy``;
``XFrameOptionsMiddleware``: ``X-Frame-Options: DENY``), see settings/base.py.
"""

import base64
import hashlib

# The inline scripts a public page may run, by name, exactly as rendered.
INLINE_SCRIPTS = {
    # Before the first paint: the phone menu and the filters start collapsed.
    "js_class": 'document.documentElement.classList.add("js")',
}


def script_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


SCRIPT_HASHES = " ".join(script_hash(source) for source in INLINE_SCRIPTS.values())

# No inline script except those hashed above, no inline style, nothing from
# another origin, no plugins, no framing, forms post only to this site.
PUBLIC_POLICY = (
    "default-src 'self'; "
    f"script-src 'self' {SCRIPT_HASHES}; "
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
    """Gives every response a policy, unless the view set its own (documents
    are served with ``default-src 'none'`` by Wagtail)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" in response:
            return response
        if request.path.startswith(ADMIN_PREFIX):
            response["Content-Security-Policy"] = ADMIN_POLICY
            return response
        # A page previewed in the admin is framed by the admin (same origin).
        previewed = getattr(request, "is_preview", False) or getattr(request, "is_dummy", False)
        response["Content-Security-Policy"] = PUBLIC_POLICY.format(
            ancestors="'self'" if previewed else "'none'"
        )
        return response
