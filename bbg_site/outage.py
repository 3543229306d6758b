"""When PostgreSQL is unreachable, readers get a translated "503, try again"
page instead of a traceback or a generic error, and the site recovers by
itself: Django drops a broken connection at the end of the request
(``close_old_connections``) and opens a new one on the next.

Two places catch the error, because a database call can fail in a view (a
page being served) or in a middleware (Wagtail's redirects, our slug
fallback): ``DatabaseOutageMiddleware.process_exception`` for the first,
``server_error`` (the project's ``handler500``) for the second.
"""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation

from bbg_site import views

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 60
OUTAGE_ERRORS = (OperationalError, InterfaceError)


def is_outage(exception) -> bool:
    return isinstance(exception, OUTAGE_ERRORS)


def unavailable(request) -> HttpResponse:
    """The 503 page, in the language of the address. Rendered without the
    request's context processors: none of them may touch the database."""
    language = translation.get_language_from_path(request.path_info) or (
        translation.get_language() or "en"
    )
    with translation.override(language):
        body = render_to_string(
            "503.html",
            {"retry_url": request.get_full_path() if request.method == "GET" else f"/{language}/"},
        )
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseOutageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_outage(exception):
            return None
        logger.error("Database unavailable for %s: %s", request.path, exception)
        return unavailable(request)


def server_error(request):
    """``handler500``: a database outage raised outside a view is a 503 too;
    anything else is the translated 500 page."""
    if is_outage(sys.exc_info()[1]):
        return unavailable(request)
    return views.server_error(request)
