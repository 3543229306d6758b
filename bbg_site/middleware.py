from django.conf import settings
from django.http import Http404, HttpResponsePermanentRedirect
from django.utils import translation
from wagtail.models import Site

from bbg_site.i18n import language_codes


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
