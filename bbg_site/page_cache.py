"""Whole pages cached for anonymous readers.

Only a plain ``GET`` of a page under a language prefix (``/en/…``, ``/sq/…``,
``/sr-latn/…``) without a query string, from a reader with no session (so
never a logged-in editor, and never the admin's previews, which are not under
a language prefix), answered with a 200 that sets no cookie of its own, is
stored. Entries live under the content generation (``bbg_site.content_cache``),
so publishing, unpublishing, moving or deleting anything purges every
language's URL of it and every listing that shows it.

A public page holds nothing that belongs to one reader (no CSRF token, no
script nonce: bbg_site/csrf.py, bbg_site/security.py), so the stored HTML is
served as it is, here and by the HTTP cache in front (bbg_site/edge_cache.py),
which this cache stands behind: a page the cache in front has to fetch again
is then usually still here.
"""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers

from bbg_site import cache_keys, content_cache, edge_cache
from bbg_site.i18n import language_codes

KEPT_HEADERS = ("Content-Type", "Content-Language", "Vary", "X-Robots-Tag")


HOSTS_KEY = cache_keys.PAGE_CACHE_HOSTS


def _page_key(host: str, path: str) -> str:
    return content_cache.key(cache_keys.page(host, path))


def _remember_host(host: str) -> None:
    hosts = cache.get(HOSTS_KEY) or set()
    if host not in hosts:
        cache.set(HOSTS_KEY, hosts | {host}, timeout=None)


def forget(page) -> None:
    """Drop the cached copies of one page, in every language and under every
    host name it was served as, and nothing else: for what only that page
    shows (an event's free seats after a registration), where starting a new
    content generation would empty the whole cache."""
    hosts = cache.get(HOSTS_KEY) or set()
    keys = []
    for code in language_codes():
        with translation.override(code):
            parts = page.get_url_parts()
        if parts:
            keys += [_page_key(host, parts[2]) for host in hosts]
    cache.delete_many(keys)
    edge_cache.purge_page(page)


def _cacheable_request(request, prefixes) -> bool:
    return (
        request.method == "GET"
        # Wagtail's previews and moderation views render through a dummy
        # request at the page's own URL.
        and not getattr(request, "is_dummy", False)
        and not request.META.get("QUERY_STRING")
        and request.path.startswith(prefixes)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


class AnonymousPageCacheMiddleware:
    """Sits after the CSRF and authentication middleware; ``X-Page-Cache``
    says ``hit`` or ``miss`` on every page it could cache."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = tuple(f"/{code}/" for code in language_codes())

    @property
    def timeout(self) -> int:
        # Read on each request (a settings look-up): a test, or a live
        # server started before the test, can turn the cache on and off.
        return settings.PAGE_CACHE_SECONDS

    def __call__(self, request):
        if request.method not in ("GET", "HEAD"):
            # The answer to a form (its errors, with what the person typed)
            # belongs to that person: no cache, ours or in front, keeps it.
            response = self.get_response(request)
            add_never_cache_headers(response)
            return response
        if not self.timeout or not _cacheable_request(request, self.prefixes):
            return self.get_response(request)
        key = _page_key(request.get_host(), request.path)
        stored = cache.get(key)
        if stored is not None:
            return self._from_cache(request, stored)
        response = self.get_response(request)
        if self._storable(request, response):
            cache.set(key, self._to_cache(request, response), self.timeout)
            _remember_host(request.get_host())
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _storable(request, response) -> bool:
        return (
            response.status_code == 200
            and not response.streaming
            and not getattr(request, "is_preview", False)
            and "private" not in response.get("Cache-Control", "")
            and "no-cache" not in response.get("Cache-Control", "")
            and not response.cookies
            and response.get("Content-Type", "").startswith("text/html")
        )

    @staticmethod
    def _to_cache(request, response) -> dict:
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        html = response.content.decode(response.charset)
        headers = {name: response[name] for name in KEPT_HEADERS if name in response}
        return {"html": html, "headers": headers}

    @staticmethod
    def _from_cache(request, stored) -> HttpResponse:
        response = HttpResponse(stored["html"])
        for name, value in stored["headers"].items():
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return response
