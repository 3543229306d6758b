"""Selectors behind the library and the news index: reading the filters from
the query string, validating them, and building one queryset each.

An unknown filter value or page number is a 404 (our translated "page not
found"), never a 500; the free-text filter accepts anything.
"""

from typing import NamedTuple

from django.conf import settings
from django.db.models import Q
from modeltranslation.utils import build_localized_fieldname, get_language

from bbg_site.content_cache import remember
from bbg_site.i18n import in_every_language
from bbg_site.models import Topic
from bbg_site.pagination import chosen_option, paginate
from bbg_site.views import clean_query
from people.models import PersonPage
from projects.models import ProjectPage

from .models import NewsCategory, NewsPage, ReportAuthor, ReportDownload, ReportPage, ReportType

PER_PAGE = 12


class Option(NamedTuple):
    """One choice of a filter: what the address carries, what the reader
    reads, and the row it stands for."""

    value: str
    label: str
    pk: int


def _value(option: Option) -> str:
    return option.value


def _titles(pages):
    """Pages with only what an option needs (id, English slug, titles)."""
    return pages.only("id", "slug_en", *in_every_language("title"))


LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def _text_filter(query: str, fields: list[str]) -> Q:
    """Match every word in any language's version of the fields."""
    condition = Q()
    for word in query.split():
        word_match = Q()
        for field in fields:
            for code in LANGUAGE_CODES:
                word_match |= Q(**{f"{build_localized_fieldname(field, code)}__icontains": word})
        condition &= word_match
    return condition


class Library:
    """The reports under one ``PublicationIndexPage``, filtered by the request."""

    FILTERS = ("type", "topic", "project", "author", "year", "language", "q")

    def __init__(self, index, request):
        self.index = index
        self.request = request
        params = request.GET
        self.selected = {name: params.get(name, "").strip() for name in self.FILTERS}
        self.selected["q"] = clean_query(params.get("q", ""))
        base = ReportPage.objects.child_of(index).live().public()
        self.types, self.topics, self.projects, self.authors, self.years = remember(
            f"library-options:{index.pk}:{get_language()}", lambda: self._options(base)
        )
        self.languages = settings.LANGUAGES
        # The cards load what ``report_card.html`` shows, as on every listing.
        reports = self._filter(ReportPage.for_listing().child_of(index))
        self.page = paginate(request, reports, PER_PAGE)

    @classmethod
    def _options(cls, base):
        """What the filters offer, in the reader's language: only values some
        report has. Kept in the content cache as plain ``Option`` tuples,
        which unpickle thirty times faster than the pages and snippets they
        name (300 profiles were a millisecond a request)."""
        topics = Topic.objects.filter(reports__in=base).distinct().order_by("name_en")
        projects = ProjectPage.objects.filter(pk__in=base.values("project_id"))
        authors = PersonPage.objects.live().filter(
            pk__in=ReportAuthor.objects.filter(report__in=base).values("person_id")
        )
        return (
            [
                Option(t.slug, str(t.name), t.pk)
                for t in ReportType.objects.filter(reports__in=base).distinct()
            ],
            [Option(t.slug, str(t.name), t.pk) for t in topics],
            [Option(p.slug_en, p.title, p.pk) for p in _titles(projects).order_by("title_en")],
            [
                Option(p.slug_en, p.title, p.pk)
                for p in _titles(authors).order_by("last_name", "first_name")
            ],
            [d.year for d in base.dates("publication_date", "year", order="DESC")],
        )

    def _choose(self, name, options, key=str):
        return chosen_option(self.selected[name], options, key)

    def _filter(self, reports):
        chosen_type = self._choose("type", self.types, _value)
        topic = self._choose("topic", self.topics, _value)
        project = self._choose("project", self.projects, _value)
        author = self._choose("author", self.authors, _value)
        year = self._choose("year", self.years)
        language = self._choose("language", LANGUAGE_CODES)
        if chosen_type:
            reports = reports.filter(report_type_id=chosen_type.pk)
        # Filters on a report's lists are subqueries, not joins: a join could
        # repeat a report, and DISTINCT over every column of a page (its body
        # in three languages) made the library five times slower.
        if topic:
            tagged = ReportPage.topics.through.objects.filter(topic_id=topic.pk)
            reports = reports.filter(pk__in=tagged.values("reportpage_id"))
        if project:
            reports = reports.filter(project_id=project.pk)
        if author:
            reports = reports.filter(
                pk__in=ReportAuthor.objects.filter(person_id=author.pk).values("report_id")
            )
        if year:
            reports = reports.filter(publication_date__year=year)
        if language:
            reports = reports.filter(
                pk__in=ReportDownload.objects.filter(language=language).values("report_id")
            )
        if self.selected["q"]:
            reports = reports.filter(
                _text_filter(self.selected["q"], ["title", "subtitle", "summary"])
            )
        self.chosen = {
            "type": chosen_type,
            "topic": topic,
            "project": project,
            "author": author,
            "year": year,
            "language": language,
        }
        return reports

    @property
    def is_filtered(self) -> bool:
        return any(self.selected.values())


class NewsListing:
    """The news under one ``NewsIndexPage``, filtered by category and topic."""

    def __init__(self, index, request):
        params = request.GET
        self.selected = {name: params.get(name, "").strip() for name in ("category", "topic")}
        base = NewsPage.objects.child_of(index).live().public()
        self.categories = NewsCategory.choices
        self.topics = remember(
            f"news-topics:{index.pk}",
            lambda: list(Topic.objects.filter(news_items__in=base).distinct().order_by("name_en")),
        )
        news = base
        category = chosen_option(self.selected["category"], NewsCategory.values)
        if category:
            news = news.filter(category=category)
        self.topic = chosen_option(self.selected["topic"], self.topics, key=lambda t: t.slug)
        if self.topic is not None:
            news = news.filter(topics=self.topic)
        self.page = paginate(
            request,
            news.defer_streamfields()
            .select_related("image")
            .prefetch_related("topics")
            .order_by("-date", "-pk"),
            PER_PAGE,
        )

    @property
    def is_filtered(self) -> bool:
        return any(self.selected.values())
