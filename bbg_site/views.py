import re

from django.shortcuts import render
from django.views.decorators.csrf import requires_csrf_token
from wagtail.models import Page

from bbg_site.pagination import paginate

# Control characters (NUL makes PostgreSQL raise DataError) are never useful
# in a query; they are dropped before the query reaches the database.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def clean_query(raw: str) -> str:
    return " ".join(_CONTROL_CHARACTERS.sub(" ", raw).split())[:MAX_QUERY_LENGTH]


def search(request):
    """Site search over every live public page (improved in the search issue)."""
    query = clean_query(request.GET.get("q", ""))
    results = None
    if query:
        pages = Page.objects.live().public().specific().search(query)
        results = paginate(request, pages, RESULTS_PER_PAGE)
    return render(request, "pages/search.html", {"query": query, "results": results})


@requires_csrf_token
def server_error(request):
    """A translated 500 page that needs neither the database nor site settings."""
    return render(request, "500.html", status=500)
