"""What every listing shares (pagination in one place): a malformed
or out-of-range ``?page=`` and an unknown filter value are a 404, never a 500."""

from collections.abc import Callable, Iterable

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404


def paginate(request, items, per_page: int, count: int | None = None):
    """The requested page of ``items``; ``count``, when the caller knows it,
    spares the counting query."""
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.count = count  # a cached_property: the instance value wins
    raw = request.GET.get("page", "1")
    try:
        return paginator.page(raw)
    except (PageNotAnInteger, EmptyPage, ValueError) as exc:
        raise Http404("No such page of results") from exc


def chosen_option(value: str, options: Iterable, key: Callable = str):
    """The option a filter value names (None when the filter is not used).

    ``key`` gives the value an option is known by in the address, e.g. a
    topic's slug; by default the option itself (for plain choice values)."""
    if not value:
        return None
    for option in options:
        if key(option) == value:
            return option
    raise Http404("Unknown filter value")
