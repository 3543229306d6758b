"""The HTTP cache in front of the app (Varnish, docker/varnish/default.vcl).

Two halves, both here:

``SharedCacheHeadersMiddleware`` says what a shared cache may keep. A public
``GET`` (a page under a reader language prefix, the sitemap, robots.txt) by a
reader with no session and no pending message, answered with no cookie,
carries ``Cache-Control: public, max-age=EDGE_BROWSER_SECONDS,
s-maxage=EDGE_CACHE_SECONDS`` and no ``Vary: Cookie`` (the same page for
every such reader; the language is in the URL). Everything for a signed-in
user or a reader with a message, previews, and any answer that sets a cookie
is ``private, no-store``; "/" (which redirects by the reader's language
cookie and browser) is ``private``. The cache in front keeps only what says
``public`` and passes every request with a session or message cookie.

The purge sends Wagtail's ``frontend_cache`` (``WAGTAILFRONTENDCACHE``, set
from ``FRONTEND_CACHE_URL``; unset: nothing is sent) every URL that changes
when a page is published, unpublished or deleted, *in every language*
(Wagtail alone purges only the active language's URL, and with
modeltranslation each language has its own slugs): the page, its ancestors
(the home page and the listing it is in), the feeds and the sitemap. Pages
that show it indirectly (a profile listing its author's reports, related
reports elsewhere) refresh within ``EDGE_CACHE_SECONDS``. What cannot be
traced to a few URLs bans everything the cache holds: a page moved (every
descendant's URL changes), and any snippet, site setting, menu item, image,
document, view restriction or redirect saved or deleted (they show on many
pages; the same events start a new content generation,
bbg_site/content_cache.py).
Purges run after the transaction commits, so the cache never refetches the
old content.
"""

import logging
from urllib.error import URLError
from urllib.request import Request, urlopen

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_cache_control
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.utils import get_backends, purge_urls_from_cache
from wagtail.signals import page_published, page_unpublished, post_page_move

from bbg_site.i18n import language_codes

logger = logging.getLogger("wagtail.frontendcache")

PUBLIC_STATUSES = {200, 301, 404, 410}
PUBLIC_PATHS = ("/sitemap.xml", "/robots.txt")
NOT_SHARED = ("private", "no-store", "no-cache", "max-age=0")


# --- Headers ---------------------------------------------------------------


def _personal_request(request) -> bool:
    """A request whose answer may belong to one person."""
    return (
        settings.SESSION_COOKIE_NAME in request.COOKIES
        or "messages" in request.COOKIES
        or getattr(request, "is_preview", False)
        or getattr(request, "is_dummy", False)
    )


class SharedCacheHeadersMiddleware:
    """Outside the session, CSRF and locale middleware (they add ``Vary:
    Cookie`` and cookies on the way out), inside WhiteNoise (static files
    keep their own year-long headers)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = tuple(f"/{code}/" for code in language_codes())

    def __call__(self, request):
        response = self.get_response(request)
        if request.method not in ("GET", "HEAD") or _personal_request(request) or response.cookies:
            add_never_cache_headers(response)
            return response
        if request.path == "/":
            patch_cache_control(response, private=True)
            return response
        if self._shareable(request, response):
            patch_cache_control(
                response,
                public=True,
                max_age=settings.EDGE_BROWSER_SECONDS,
                s_maxage=settings.EDGE_CACHE_SECONDS,
            )
            vary = [
                value.strip()
                for value in response.get("Vary", "").split(",")
                if value.strip() and value.strip().lower() != "cookie"
            ]
            if vary:
                response["Vary"] = ", ".join(vary)
            elif "Vary" in response:
                del response["Vary"]
        return response

    def _shareable(self, request, response) -> bool:
        control = response.get("Cache-Control", "")
        return (
            response.status_code in PUBLIC_STATUSES
            and (request.path.startswith(self.prefixes) or request.path in PUBLIC_PATHS)
            and not any(word in control for word in NOT_SHARED)
        )


# --- Purge -----------------------------------------------------------------


class VarnishBackend(HTTPBackend):
    """Wagtail's HTTP backend (a ``PURGE`` per URL) that can also empty the
    whole cache with one ``BAN`` (docker/varnish/default.vcl allows both
    only from the app's network)."""

    def __init__(self, params):
        self.location = params["LOCATION"].rstrip("/")
        super().__init__(params)

    def ban_all(self) -> None:
        request = Request(f"{self.location}/", method="BAN", headers={"X-Ban-Url": "."})
        try:
            urlopen(request, timeout=5)  # noqa: S310 - our own configured cache
        except (URLError, OSError) as error:
            logger.error("Couldn't empty the HTTP cache: %s", error)


def enabled() -> bool:
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def page_urls(page) -> set[str]:
    """The full URLs of ``page`` in every language (with its routable
    sub-pages, ``get_cached_paths``)."""
    urls = set()
    for code in language_codes():
        with translation.override(code):
            url = page.get_full_url()
            if url:
                urls.update(url + path.lstrip("/") for path in page.get_cached_paths())
    return urls


def _site_root(page) -> str | None:
    site = page.get_site()
    return site.root_url if site else None


def affected_urls(page) -> set[str]:
    """What readers see change when ``page`` is published, unpublished or
    deleted: the page and its ancestors (home, listing) in every language,
    the feeds in every language and the sitemap."""
    page = page.specific_deferred
    urls = page_urls(page)
    for ancestor in page.get_ancestors().filter(depth__gt=1).specific(defer=True):
        urls |= page_urls(ancestor)
    root = _site_root(page)
    if root:
        topics = getattr(page, "topics", None)
        slugs = [topic.slug for topic in topics.all()] if topics is not None else []
        for code in language_codes():
            with translation.override(code):
                names = ["feed_publications", "feed_news", "feed_events_ics"]
                urls.update(root + reverse(name) for name in names)
                urls.update(root + reverse("feed_topic", args=[slug]) for slug in slugs)
        urls.add(root + reverse("sitemap"))
    return urls


def purge_urls(urls) -> None:
    if enabled() and urls:
        purge_urls_from_cache(sorted(urls))


def purge_page(page) -> None:
    """Only ``page`` in every language (an event's free seats)."""
    if enabled():
        purge_urls(page_urls(page.specific_deferred))


def ban_all(**_kwargs) -> None:
    if not enabled():
        return
    for backend in get_backends().values():
        if hasattr(backend, "ban_all"):
            backend.ban_all()
        else:  # a CDN's API: the caller says which URLs (see docs/operations.md)
            logger.warning("%s cannot empty its whole cache", type(backend).__name__)


def _after_commit(action) -> None:
    transaction.on_commit(action)


def _page_changed(sender, instance, **kwargs) -> None:
    if enabled():
        urls = affected_urls(instance)
        _after_commit(lambda: purge_urls(urls))


def _page_deleting(sender, instance, **kwargs) -> None:
    from wagtail.models import Page

    if enabled() and isinstance(instance, Page) and instance.live:
        urls = affected_urls(instance)
        _after_commit(lambda: purge_urls(urls))


def _page_moved(sender, **kwargs) -> None:
    if enabled():
        _after_commit(ban_all)


def _row_saved_or_deleted(sender, **kwargs) -> None:
    from wagtail.contrib.redirects.models import Redirect

    from bbg_site.content_cache import content_models

    # A redirect turns a cached 404 (or another page) into a redirect.
    if enabled() and (sender in content_models() or sender is Redirect):
        _after_commit(ban_all)


def connect() -> None:
    page_published.connect(_page_changed, dispatch_uid="bbg-edge-published")
    page_unpublished.connect(_page_changed, dispatch_uid="bbg-edge-unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="bbg-edge-moved")
    pre_delete.connect(_page_deleting, dispatch_uid="bbg-edge-page-deleted")
    post_save.connect(_row_saved_or_deleted, dispatch_uid="bbg-edge-saved")
    post_delete.connect(_row_saved_or_deleted, dispatch_uid="bbg-edge-deleted")
