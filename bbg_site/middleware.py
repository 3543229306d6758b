from django.conf import settings
from django.db import DatabaseError
from django.http import Http404, HttpResponsePermanentRedirect
from django.utils import translation
from wagtail.models import Site

from bbg_site import upstream
from bbg_site.i18n import CYRILLIC, language_codes
from bbg_site.page_lookups import cached_site


class SiteMiddleware:
    """The request's Wagtail site, with its home page, from the content cache:
    ``Site.find_for_request`` (Wagtail's serving, ``page.get_url``, the
    settings) then asks the database nothing. Without it, Wagtail reads the
    site, its root page and the root's specific page on every request.
    When the database is down, nothing is set: Wagtail's own lookup then
    fails inside the view, where the outage middleware answers."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.languages = language_codes()

    def __call__(self, request):
        try:
            site = cached_site(request)
            upstream.prime_translated_site_root_paths(self.languages)
        except DatabaseError:
            pass
        else:
            upstream.set_site_for_request(request, site)
        return self.get_response(request)


class EnglishSlugFallbackMiddleware:
    """Turns "/sq/about/careers/" (a prefix swapped by hand, or the redirect
    of an unprefixed English link for an Albanian browser) into a redirect to
    "/sq/rreth-nesh/karriera/" instead of a 404: when a page is not found
    under its translated slugs, its English slugs are tried."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.languages = language_codes()

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        parts = [part for part in request.path.split("/") if part]
        if len(parts) < 2 or parts[0] not in self.languages or parts[0] == settings.LANGUAGE_CODE:
            return response
        language = parts[0]
        site = Site.find_for_request(request)
        if site is None:
            return response
        with translation.override(settings.LANGUAGE_CODE):
            try:
                route = site.root_page.specific.route(request, parts[1:])
            except Http404:
                return response
        page = route[0] if isinstance(route, tuple) else route.page
        with translation.override(language):
            target = page.get_url(request)
        if not target or target == request.path:
            return response
        query = request.META.get("QUERY_STRING")
        return HttpResponsePermanentRedirect(f"{target}?{query}" if query else target)


class CyrillicMiddleware:
    """The Cyrillic edition (``/sr-cyrl/…``): LocaleMiddleware has made
    ``sr-cyrl`` the active language, so the page is found by its Serbian
    slugs, reads the Serbian Latin fields (``upstream.read_content_language``)
    and the ``sr_Cyrl`` interface strings, and links to ``/sr-cyrl/``; here
    the finished HTML's text is turned into Cyrillic (``bbg_site.cyrillic``).
    Inside the page cache, so that happens once per content change."""

    prefix = f"/{CYRILLIC}/"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.path.startswith(self.prefix)
            and not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
        ):
            to_cyrillic(response, request)
        return response


def to_cyrillic(response, request=None) -> None:
    """A rendered HTML response's text in Cyrillic (also for the admin's
    Cyrillic preview mode), keeping the words of the request's site (the
    site SiteMiddleware has set: no query)."""
    from bbg_site.cyrillic import kept_words, page_to_cyrillic

    if hasattr(response, "render") and not response.is_rendered:
        response.render()
    site = None
    if request is not None:
        try:
            site = Site.find_for_request(request)
        except DatabaseError:
            site = None
    response.content = page_to_cyrillic(response.content, response.charset, kept_words(site))
