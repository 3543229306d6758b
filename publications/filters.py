"""The filters of the library (``PublicationIndexPage``) and of the news
(``NewsIndexPage``); what they share is in ``bbg_site.listings``."""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from bbg_site import cache_keys
from bbg_site.content_cache import remember
from bbg_site.i18n import content_language, content_language_codes, in_every_language
from bbg_site.listings import ListingFilter, Option, OptionFilter, QueryFilter
from bbg_site.models import Topic
from people.models import PersonPage
from projects.models import ProjectPage

from .models import (
    LANGUAGE_CHOICES,
    NewsCategory,
    NewsPage,
    ReportAuthor,
    ReportDownload,
    ReportPage,
)


def _titles(pages):
    """Pages with only what an option needs (id, slugs, titles)."""
    return pages.only("id", *in_every_language("slug"), *in_every_language("title"))


def _filter_value(page) -> str:
    """A page's value in filter addresses, the same in every language: its
    English slug, or, for a page written in Albanian or Serbian first (no
    English yet), the first slug it has."""
    return next((getattr(page, n) for n in in_every_language("slug") if getattr(page, n)), "")


def _in_language(values: list[str]) -> str:
    """Of a name's values in every language (English first), the reader's,
    else the English one: what the translated field would read."""
    languages = content_language_codes()
    language = content_language(get_language())
    own = values[languages.index(language)] if language in languages else ""
    return own or values[0]


class LibraryFilter(ListingFilter):
    """The reports of the library, by words, type, topic, project, author,
    year and the languages of their PDFs."""

    q = QueryFilter(
        label=_("Words in the title or summary"), fields=("title", "subtitle", "summary")
    )
    type = OptionFilter("report_type_id", label=_("Type"), empty_label=_("All types"))
    topic = OptionFilter(label=_("Topic"), empty_label=_("All topics"), method="by_topic")
    project = OptionFilter("project_id", label=_("Project"), empty_label=_("All projects"))
    author = OptionFilter(label=_("Author"), empty_label=_("All authors"), method="by_author")
    year = OptionFilter(label=_("Year"), empty_label=_("All years"), method="by_year")
    language = OptionFilter(
        label=_("PDF available in"),
        empty_label=_("Any language"),
        choices=LANGUAGE_CHOICES,
        options_in_their_language=True,
        method="by_language",
    )

    def get_options(self):
        """Only values some report has, in the reader's language."""
        return remember(cache_keys.listing(self.index.pk, "options"), self._options)

    def _options(self):
        base = ReportPage.objects.child_of(self.index).live().public()
        topics = Topic.objects.filter(reports__in=base).distinct().order_by("name_en")
        projects = ProjectPage.objects.filter(pk__in=base.values("project_id"))
        authors = PersonPage.objects.live().filter(
            pk__in=ReportAuthor.objects.filter(report__in=base).values("person_id")
        )
        # The types and the years in one query (the first reader after a
        # publish pays for every option).
        type_columns = ("report_type_id", "report_type__slug", "report_type__sort_order")
        names = [f"report_type__{field}" for field in in_every_language("name")]
        rows = base.order_by().values_list("publication_date__year", *type_columns, *names)
        types, years = {}, set()
        for year, type_id, slug, sort_order, *labels in rows.distinct():
            years.add(year)
            if type_id is not None:
                types[type_id] = (sort_order, labels[0], slug, _in_language(labels))
        return {
            "type": [
                Option(slug, label, type_id)
                for type_id, (_order, _english, slug, label) in sorted(
                    types.items(), key=lambda item: item[1][:2]
                )
            ],
            "topic": [Option(t.slug, str(t.name), t.pk) for t in topics],
            "project": [
                Option(_filter_value(p), p.title, p.pk)
                for p in _titles(projects).order_by("title_en")
            ],
            "author": [
                Option(_filter_value(p), p.title, p.pk)
                for p in _titles(authors).order_by("last_name", "first_name")
            ],
            "year": [Option(str(year), str(year)) for year in sorted(years, reverse=True)],
        }

    # A filter on a report's lists is a subquery, not a join: a join could
    # repeat a report, and DISTINCT over every column of a page (its body in
    # three languages) made the library five times slower.
    def by_topic(self, reports, _name, topic):
        tagged = ReportPage.topics.through.objects.filter(topic_id=topic.pk)
        return reports.filter(pk__in=tagged.values("reportpage_id"))

    def by_author(self, reports, _name, author):
        written = ReportAuthor.objects.filter(person_id=author.pk)
        return reports.filter(pk__in=written.values("report_id"))

    def by_year(self, reports, _name, year):
        return reports.filter(publication_date__year=int(year.value))

    def by_language(self, reports, _name, language):
        pdfs = ReportDownload.objects.filter(language=language)
        return reports.filter(pk__in=pdfs.values("report_id"))


class NewsFilter(ListingFilter):
    """The news, by category and topic."""

    category = OptionFilter(
        label=_("Category"), empty_label=_("All categories"), choices=NewsCategory.choices
    )
    topic = OptionFilter("topics", label=_("Topic"), empty_label=_("All topics"))

    def get_options(self):
        def topics():
            news = NewsPage.objects.child_of(self.index).live().public()
            found = Topic.objects.filter(news_items__in=news).distinct().order_by("name_en")
            return [Option(t.slug, str(t.name), t.pk) for t in found]

        return {"topic": remember(cache_keys.listing(self.index.pk, "topics"), topics)}
