"""The numbers behind Reports → Reach, as tables.

Every table shown in the admin is a ``Table``; the CSV and Excel exports
write the very same object, so an export always matches the screen.

Counts of a period are the daily rows in it, plus the monthly rows (days
older than the retention period, added up) of the months it touches: a
period that starts mid-month in rolled-up time includes that whole month.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.db.models import Count as Total
from django.db.models import Q, Sum
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from bbg_site.i18n import language_codes
from reach.models import Count, Kind, Source, SubscriberSnapshot

# Longer periods are drawn and tabled month by month.
DAILY_UP_TO_DAYS = 92
TOP = 20


def language_name(code: str) -> str:
    if code == "sr-cyrl":  # Django knows "sr-latn" ("Serbian Latin") but not this one
        return _("Serbian Cyrillic")
    try:
        return capfirst(get_language_info(code)["name_translated"])
    except KeyError:
        return dict(settings.LANGUAGES).get(code, code)


def source_label(source: str) -> str:
    return {
        Source.DIRECT: _("Direct (no referring site)"),
        Source.NEWSLETTER: _("Our newsletter"),
        Source.INTERNAL: _("Another page of this site"),
    }.get(source, source)


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    @property
    def slug(self) -> str:
        return f"{self.start.isoformat()}_{self.end.isoformat()}"

    @property
    def monthly(self) -> bool:
        return (self.end - self.start).days + 1 > DAILY_UP_TO_DAYS

    def q(self) -> Q:
        return Q(monthly=False, day__gte=self.start, day__lte=self.end) | Q(
            monthly=True, day__gte=self.start.replace(day=1), day__lte=self.end
        )

    def buckets(self) -> list[date]:
        if self.monthly:
            months, current = [], self.start.replace(day=1)
            while current <= self.end:
                months.append(current)
                current = (current + timedelta(days=32)).replace(day=1)
            return months
        return [self.start + timedelta(days=n) for n in range((self.end - self.start).days + 1)]

    def bucket_of(self, day: date) -> date:
        return day.replace(day=1) if self.monthly else day

    def bucket_label(self, bucket: date) -> str:
        return date_format(bucket, "YEAR_MONTH_FORMAT" if self.monthly else "SHORT_DATE_FORMAT")


@dataclass
class Table:
    slug: str
    title: str
    headers: list
    rows: list = field(default_factory=list)
    # Per row, an admin link for the first cell (or None); not exported.
    links: list = field(default_factory=list)
    chart: dict | None = None

    def linked_rows(self):
        links = self.links or [None] * len(self.rows)
        return list(zip(links, self.rows, strict=True))


def languages_for(language: str | None) -> list[str]:
    return [language] if language else language_codes()


def counts(period: Period, language: str | None, page_ids=None):
    rows = Count.objects.filter(period.q())
    if language:
        rows = rows.filter(language=language)
    if page_ids is not None:
        rows = rows.filter(page_id__in=page_ids)
    return rows


def totals_table(period, language, page_ids=None, slug="totals") -> Table:
    sums = defaultdict(int)
    for kind, lang, n in (
        counts(period, language, page_ids)
        .filter(kind__in=[Kind.VIEW, Kind.DOWNLOAD])
        .values_list("kind", "language")
        .annotate(n=Sum("count"))
    ):
        sums[(kind, lang)] = n
    langs = languages_for(language)
    table = Table(
        slug, _("Totals by language"), [_("Language"), _("Views"), _("Downloads")], rows=[]
    )
    for lang in langs:
        table.rows.append(
            [language_name(lang), sums[(Kind.VIEW, lang)], sums[(Kind.DOWNLOAD, lang)]]
        )
    if len(langs) > 1:
        table.rows.append(
            [
                _("All languages"),
                sum(sums[(Kind.VIEW, lang)] for lang in langs),
                sum(sums[(Kind.DOWNLOAD, lang)] for lang in langs),
            ]
        )
    return table


def series_tables(period, language, page_ids=None, prefix="") -> list[Table]:
    """Views and downloads over time, one column per language, each with its chart."""
    from reach.charts import line_chart

    sums = defaultdict(int)
    for kind, lang, day, n in (
        counts(period, language, page_ids)
        .filter(kind__in=[Kind.VIEW, Kind.DOWNLOAD])
        .values_list("kind", "language", "day")
        .annotate(n=Sum("count"))
    ):
        sums[(kind, lang, period.bucket_of(day))] += n
    langs = languages_for(language)
    tables = []
    for kind, title in (
        (Kind.VIEW, _("Views over time")),
        (Kind.DOWNLOAD, _("Downloads over time")),
    ):
        buckets = period.buckets()
        table = Table(
            f"{prefix}{kind}s-over-time",
            title,
            [_("Month") if period.monthly else _("Day"), *(language_name(lang) for lang in langs)],
        )
        for bucket in buckets:
            table.rows.append(
                [period.bucket_label(bucket), *(sums[(kind, lang, bucket)] for lang in langs)]
            )
        table.chart = line_chart(
            title,
            [period.bucket_label(b) for b in buckets],
            [(language_name(lang), [sums[(kind, lang, b)] for b in buckets]) for lang in langs],
        )
        tables.append(table)
    return tables


def _per_page(period, language, page_ids=None) -> dict:
    sums = defaultdict(lambda: defaultdict(int))
    for page_id, kind, lang, n in (
        counts(period, language, page_ids)
        .filter(kind__in=[Kind.VIEW, Kind.DOWNLOAD])
        .values_list("page_id", "kind", "language")
        .annotate(n=Sum("count"))
    ):
        sums[page_id][(kind, lang)] += n
    return sums


def top_pages_table(period, language, edit_url) -> Table:
    sums = _per_page(period, language)
    langs = languages_for(language)

    def views(page_id):
        return sum(sums[page_id][(Kind.VIEW, lang)] for lang in langs)

    def downloads(page_id):
        return sum(sums[page_id][(Kind.DOWNLOAD, lang)] for lang in langs)

    top = sorted(sums, key=lambda page_id: (-views(page_id), -downloads(page_id), page_id))[:TOP]
    titles = dict(Page.objects.filter(pk__in=top).values_list("pk", "title"))
    table = Table("top-pages", _("Top pages"), [_("Page"), _("Views"), _("Downloads")])
    for page_id in top:
        table.rows.append([titles.get(page_id, page_id), views(page_id), downloads(page_id)])
        table.links.append(edit_url(page_id))
    return table


def referrers_table(period, language, page_ids=None, slug="top-referrers") -> Table:
    rows = (
        counts(period, language, page_ids)
        .filter(kind=Kind.REFERRAL)
        .values_list("source")
        .annotate(n=Sum("count"))
        .order_by("-n", "source")[:TOP]
    )
    table = Table(slug, _("Top referrers"), [_("Came from"), _("Views")])
    table.rows = [[source_label(source), n] for source, n in rows]
    return table


def items_table(period, language, pages, edit_url, slug="items", title=None) -> Table:
    """One row per page: its type, then views and downloads in each language."""
    langs = languages_for(language)
    sums = _per_page(period, language, [page.pk for page in pages])
    headers = [_("Page"), _("Type")]
    headers += [_("Views: %(language)s") % {"language": language_name(lang)} for lang in langs]
    headers += [_("Downloads: %(language)s") % {"language": language_name(lang)} for lang in langs]
    table = Table(slug, title or _("What belongs to the project"), headers)
    for page in pages:
        row = [page.title, capfirst(page._meta.verbose_name)]
        row += [sums[page.pk][(Kind.VIEW, lang)] for lang in langs]
        row += [sums[page.pk][(Kind.DOWNLOAD, lang)] for lang in langs]
        table.rows.append(row)
        table.links.append(edit_url(page.pk))
    if len(pages) > 1:
        total = [_("Total"), ""]
        total += [sum(sums[p.pk][(Kind.VIEW, lang)] for p in pages) for lang in langs]
        total += [sum(sums[p.pk][(Kind.DOWNLOAD, lang)] for p in pages) for lang in langs]
        table.rows.append(total)
        table.links.append(None)
    return table


def events_table(events, edit_url, language=None, slug="events") -> Table:
    """Registrations per event from the registrations themselves (anonymised
    ones included: the counts outlive the names), in ``language`` if given
    (the language the person registered in)."""
    from events.models import Registration

    registrations = Registration.objects.filter(event__in=events)
    if language:
        registrations = registrations.filter(language=language)
    by_event = defaultdict(lambda: defaultdict(int))
    for event_id, status, n in (
        registrations.values("event_id", "status")
        .annotate(n=Total("pk"))
        .values_list("event_id", "status", "n")
    ):
        by_event[event_id][status] = n
    table = Table(
        slug,
        _("Event registrations"),
        [_("Event"), _("Date"), _("Registered"), _("Waiting list"), _("Cancelled")],
    )
    status = Registration.Status
    for event in events:
        found = by_event[event.pk]
        table.rows.append(
            [
                event.title,
                date_format(event.start, "SHORT_DATE_FORMAT") if event.start else "",
                found[status.CONFIRMED],
                found[status.WAITING],
                found[status.CANCELLED],
            ]
        )
        table.links.append(edit_url(event.pk))
    return table


def subscribers_table(period, language) -> Table:
    from reach.charts import line_chart

    langs = languages_for(language)
    found = defaultdict(int)
    rows = SubscriberSnapshot.objects.filter(day__gte=period.start, day__lte=period.end)
    for day, lang, confirmed in rows.values_list("day", "language", "confirmed"):
        # The last snapshot of a month stands for the month.
        found[(period.bucket_of(day), lang)] = confirmed
    buckets = sorted({bucket for bucket, _lang in found})
    table = Table(
        "subscribers",
        _("Confirmed newsletter subscribers"),
        [_("Month") if period.monthly else _("Day"), *(language_name(lang) for lang in langs)],
    )
    for bucket in buckets:
        table.rows.append([period.bucket_label(bucket), *(found[(bucket, lang)] for lang in langs)])
    if buckets:
        table.chart = line_chart(
            table.title,
            [period.bucket_label(b) for b in buckets],
            [(language_name(lang), [found[(b, lang)] for b in buckets]) for lang in langs],
        )
    return table
