"""WordPress's plain addresses (``/?p=12``, ``/?page_id=3``, ``/?attachment_id=5``)
keep working: the home page answers "/", so Wagtail's redirect middleware,
which only acts on a 404, never sees them."""

from django.http import HttpResponsePermanentRedirect
from wagtail.contrib.redirects.models import Redirect

KEYS = ("p", "page_id", "attachment_id")


class WordPressQueryRedirectMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == "/" and request.GET:
            for key in KEYS:
                value = request.GET.get(key, "")
                if value.isdigit():
                    redirect = (
                        Redirect.objects.filter(old_path=f"/?{key}={value}")
                        .order_by("site_id")
                        .first()
                    )
                    if redirect is not None and redirect.link:
                        return HttpResponsePermanentRedirect(redirect.link)
        return self.get_response(request)
