"""What the five section listings (library, news, people, projects, events)
share: their filters, their pages and "Load more".

Each index page (``bbg_site.models.IndexPage``) names a ``FilterSet`` of
its own app (``publications/filters.py``, ``people/filters.py``…) built on
``ListingFilter``; the index's ``get_context`` builds it on the index's
pages, refuses what it does not know and paginates what it keeps. The
templates render the form with ``includes/listing_filters.html`` and the
pages with ``includes/load_more.html``.

An unknown filter value or page number is a 404 (our translated "page not
found"), never a 500 and never silently ignored; the free-text filter
accepts anything.
"""

from collections.abc import Callable, Iterable
from typing import NamedTuple

import django_filters
from django import forms
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Q
from django.http import Http404
from django_filters.fields import ChoiceField
from modeltranslation.utils import build_localized_fieldname

from bbg_site.abuse import CONTROL_CHARACTERS
from bbg_site.i18n import content_language_codes

MAX_QUERY_LENGTH = 200


def clean_query(raw: str) -> str:
    """Typed words without control characters, cut to ``MAX_QUERY_LENGTH``."""
    return " ".join(CONTROL_CHARACTERS.sub(" ", raw).split())[:MAX_QUERY_LENGTH]


# "Load more" writes the page it reached into the address (?page=3, see
# static/js/site.js); that address shows every item from the first up to the
# end of that page, so a reload or Back finds the list as the reader left it,
# at the same place. Past this many pages it shows the one page only (with a
# link to the previous one), which keeps a page's size bounded.
PAGES_FROM_START = 10


def paginate(request, items, page_size: int, count: int | None = None, from_start=False):
    """The requested page of ``items``; ``count``, when the caller knows it,
    spares the counting query.

    With ``from_start`` (the listings' "Load more"), page ``n`` up to
    ``PAGES_FROM_START`` holds the items of pages 1 to ``n``. The page says
    which item it starts with (``first_shown``, from 1) and whether it
    starts with the first (``from_start``)."""
    paginator = Paginator(items, page_size)
    if count is not None:
        paginator.count = count  # a cached_property: the instance value wins
    raw = request.GET.get("page", "1")
    try:
        page = paginator.page(raw)
    except (PageNotAnInteger, EmptyPage, ValueError) as exc:
        raise Http404("No such page of results") from exc
    page.from_start = page.number == 1
    if from_start and 1 < page.number <= PAGES_FROM_START:
        page.object_list = items[: page.end_index()]
        page.from_start = True
    page.first_shown = 1 if page.from_start else page.start_index()
    return page


def chosen_option(value: str, options: Iterable, key: Callable = str):
    """The option a parameter names (None when it is not used), for a view
    without a filter form (the site search).

    ``key`` gives the value an option is known by in the address; by default
    the option itself (for plain choice values)."""
    if not value:
        return None
    for option in options:
        if key(option) == value:
            return option
    raise Http404("Unknown filter value")


class Option(NamedTuple):
    """One choice of a filter: what the address carries, what the reader
    reads, and the row it stands for. The options a listing's content
    decides (topics, authors, years…) are kept in the content cache as these
    plain tuples, which unpickle thirty times faster than the pages and
    snippets they name."""

    value: str
    label: str
    pk: int | None = None


# --- form fields --------------------------------------------------------------


class OptionField(ChoiceField):
    """A select: its first option (``empty_label``, e.g. "All topics") is the
    filter not used. Spaces around a value are ignored; the form shows the
    value it used. Given ``options`` (``Option``s), the cleaned value is the
    chosen ``Option``, else the chosen value."""

    def __init__(self, *args, options=None, options_in_their_language=False, **kwargs):
        self.options = {option.value: option for option in options or ()}
        # Options that are languages are named in themselves (lang="sq").
        self.options_in_their_language = options_in_their_language
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        return super().to_python(value).strip()

    def bound_data(self, data, initial):
        return self.to_python(data)

    def clean(self, value):
        value = super().clean(value)
        return self.options.get(value, value)


class QueryField(forms.CharField):
    """Words to look for: anything is accepted, control characters are
    dropped and the text is cut to ``MAX_QUERY_LENGTH``."""

    widget = forms.SearchInput

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", MAX_QUERY_LENGTH)
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        return clean_query(super().to_python(value))

    def bound_data(self, data, initial):
        return self.to_python(data)


# --- filters ------------------------------------------------------------------


class OptionFilter(django_filters.ChoiceFilter):
    """One select of a listing. Its choices are fixed (``choices=``, e.g. a
    model's ``TextChoices``) or the ``Option``s the filterset's
    ``get_options()`` gives it.

    It filters ``field_name`` by the chosen value, or by the chosen option's
    row (``Option.pk``); a ``method`` of the filterset, given the value or
    the ``Option``, does anything else."""

    field_class = OptionField

    def filter(self, qs, value):
        if isinstance(value, Option):
            return qs.filter(**{self.field_name: value.pk})
        return super().filter(qs, value)


class QueryFilter(django_filters.CharFilter):
    """Every typed word in any language's version of one of ``fields``."""

    field_class = QueryField

    def __init__(self, *args, fields: Iterable[str], **kwargs):
        self.fields = tuple(fields)
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        condition = Q()
        for word in value.split():
            word_match = Q()
            for field in self.fields:
                for code in content_language_codes():
                    lookup = f"{build_localized_fieldname(field, code)}__icontains"
                    word_match |= Q(**{lookup: word})
            condition &= word_match
        return qs.filter(condition) if value else qs


class ListingForm(forms.Form):
    """The filter form: fields are ``filter-<name>`` in the page."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "filter-%s")
        super().__init__(*args, **kwargs)


class ListingFilter(django_filters.FilterSet):
    """The filters of one index page (``index``), over its pages.

    Subclasses declare ``OptionFilter``s and ``QueryFilter``s; those whose
    options the content decides are filled from ``get_options()``. Filtering
    happens in SQL; a filter on a list that may name a row twice (a report's
    authors or PDFs) is a subquery, not a join, which would repeat a page."""

    class Meta:
        form = ListingForm

    def __init__(self, data, queryset, *, index, request=None):
        self.index = index
        super().__init__(data, queryset, request=request)
        for name, options in self.get_options().items():
            self.filters[name].extra.update(
                choices=[(option.value, option.label) for option in options], options=options
            )

    def get_options(self) -> dict[str, list[Option]]:
        """The options of the filters that depend on the content, by filter
        name, in the reader's language; cache them (``remember``) under a
        key naming the index and the language."""
        return {}

    @classmethod
    def for_request(cls, index, request, queryset):
        """The filters the request chose, checked: a 404 for a value that is
        no option."""
        filterset = cls(request.GET, queryset, index=index, request=request)
        if not filterset.is_valid():
            raise Http404("Unknown filter value")
        return filterset

    @property
    def chosen_count(self) -> int:
        """How many filters other than the words are used: the "Filters (2)"
        button that opens them on a phone."""
        return sum(
            1
            for name, value in self.form.cleaned_data.items()
            if value and not isinstance(self.filters[name], QueryFilter)
        )

    @property
    def is_filtered(self) -> bool:
        """True when a filter is used (the form offers to clear them)."""
        return any(self.form.cleaned_data.values())
