"""One way to paginate every listing: a malformed or out-of-range ``?page=``
is a 404, never a 500 (STYLE.md: pagination in one place)."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404


def paginate(request, items, per_page: int):
    paginator = Paginator(items, per_page)
    raw = request.GET.get("page", "1")
    try:
        return paginator.page(raw)
    except (PageNotAnInteger, EmptyPage, ValueError) as exc:
        raise Http404("No such page of results") from exc
