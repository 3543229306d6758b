"""The beacon: ``POST /reach/view/`` from static/js/site.js on a public page.

Why a beacon rather than counting in the page's own request: anonymous pages
are served from caches (Django's page cache, and an HTTP cache or CDN in
front of the site) that never reach Django's views. The page only carries
its id and language (``data-reach-*`` on ``<body>``, rendered for anonymous
readers only, never in a preview), and the reader's browser reports the view
to this endpoint, which does no database query: it checks the id's format
only (``manage.py flush_reach`` drops ids that are not live pages) and adds
to counters in Redis (``reach.counting``).

Exempt from CSRF: a beacon changes nothing a reader owns or sees, and a
forged one can do no more than a reader loading the page. It sets no
cookie, answers 204 with ``Cache-Control: no-store`` whether or not the
view was counted, and 400 for a malformed page id or language.
"""

from django.http import HttpResponse, HttpResponseBadRequest
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from reach import counting


def _no_store(response):
    add_never_cache_headers(response)
    return response


@csrf_exempt
@require_POST
def view_beacon(request):
    page_id = request.POST.get("p", "")
    language = request.POST.get("l", "")
    if not counting.valid_page_id(page_id) or not counting.valid_language(language):
        return _no_store(HttpResponseBadRequest(_("Unknown page or language.")))
    if counting.should_count(request):
        source = counting.referral_source(
            request.POST.get("r", ""), request.POST.get("n") == "1", request.get_host()
        )
        counting.record(counting.VIEW, int(page_id), language, request, source)
    return _no_store(HttpResponse(status=204))
