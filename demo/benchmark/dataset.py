"""The benchmark's data set: the demo site grown to ten times a large think
tank's archive (at ``scale=1``: 3,000 reports and 3,000 news items in three
languages, 300 people, 1,000 events, 20 topics), with pictures and PDFs.

Pages are written in bulk: the tree paths are computed here (treebeard's
materialised paths, four base-36 characters per level) and each page type's
own table is filled with one INSERT per batch, so the full set takes about a
minute instead of hours of ``add_child`` and ``publish``. Pictures and PDFs
are shared by many pages (their files are the demo's).
"""

import datetime
import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from bbg_site.models import HomePage, Topic
from events.models import EventIndexPage, EventPage, EventSpeaker
from people.models import PeopleIndexPage, PersonPage
from projects.models import ProjectIndexPage
from publications.models import (
    NewsIndexPage,
    NewsPage,
    PublicationIndexPage,
    ReportAuthor,
    ReportDownload,
    ReportPage,
    ReportType,
)

FULL = {"reports": 3000, "news": 3000, "people": 300, "events": 1000, "topics": 20}
LANGS = ("en", "sq", "sr_latn")
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
BATCH = 500
WORDS = {
    lang: words.split()
    for lang, words in {
        "en": "dialogue north court municipality agreement policy rule law election minority "
        "integration energy visa reform budget security police media youth trust",
        "sq": "dialog veri gjykatë komunë marrëveshje politikë sundim ligj zgjedhje pakicë "
        "integrim energji viza reformë buxhet siguri polici media rini besim",
        "sr_latn": "dijalog sever sud opština sporazum politika vladavina zakon izbori manjina "
        "integracija energija vize reforma budžet bezbednost policija mediji mladi poverenje",
    }.items()
}


def targets(scale: float) -> dict[str, int]:
    return {name: max(1, round(count * scale)) for name, count in FULL.items()}


def _path_step(number: int) -> str:
    digits = ""
    while True:
        number, rest = divmod(number, 36)
        digits = ALPHABET[rest] + digits
        if not number:
            return digits.rjust(4, "0")


class Words:
    """Plausible, varied text in each language, the same on every run."""

    def __init__(self, seed: int = 7):
        self.random = random.Random(seed)

    def phrase(self, lang: str, count: int) -> str:
        return " ".join(self.random.choice(WORDS[lang]) for _ in range(count)).capitalize()

    def paragraphs(self, lang: str, count: int, length: int = 60):
        return [
            {
                "type": "paragraph",
                "value": f"<p>{self.phrase(lang, length)}.</p>",
                "id": str(uuid.UUID(int=self.random.getrandbits(128))),
            }
            for _ in range(count)
        ]


def add_pages(parent: Page, model, rows: list[dict]) -> list[Page]:
    """Add live ``model`` pages under ``parent``; each row has ``title`` and
    ``slug`` per language (``{"en": …}``) and the model's own fields."""
    parent.refresh_from_db()
    content_type = ContentType.objects.get_for_model(model)
    locale = Locale.get_default()
    now = timezone.now()
    start = parent.numchild
    page_fields = {f.attname for f in Page._meta.concrete_fields}
    pages = []
    for offset, row in enumerate(rows, start=1):
        titles, slugs = row.pop("title"), row.pop("slug")
        page = model(
            path=parent.path + _path_step(start + offset),
            depth=parent.depth + 1,
            numchild=0,
            content_type=content_type,
            locale=locale,
            translation_key=uuid.uuid4(),
            live=True,
            has_unpublished_changes=False,
            first_published_at=now,
            last_published_at=now,
            title=titles["en"],
            draft_title=titles["en"],
            slug=slugs["en"],
            url_path=f"{parent.url_path}{slugs['en']}/",
            **row,
        )
        for lang in LANGS:
            setattr(page, f"title_{lang}", titles[lang])
            setattr(page, f"slug_{lang}", slugs[lang])
            parent_path = getattr(parent, f"url_path_{lang}") or parent.url_path
            setattr(page, f"url_path_{lang}", f"{parent_path}{slugs[lang]}/")
        pages.append(page)
    with transaction.atomic():
        for first in range(0, len(pages), BATCH):
            batch = pages[first : first + BATCH]
            base_rows = [
                Page(**{name: getattr(page, name) for name in page_fields if name != "id"})
                for page in batch
            ]
            Page.objects.bulk_create(base_rows)
            for page, base in zip(batch, base_rows, strict=True):
                page.pk = page.page_ptr_id = base.pk
            # The page type's own table (Django cannot bulk-create a
            # multi-table child, hence the queryset's insert).
            model._base_manager._insert(
                list(batch), fields=model._meta.local_concrete_fields, using="default"
            )
        Page.objects.filter(pk=parent.pk).update(numchild=start + len(pages))
    return pages


def _credit(model, owner: str, pages, people, guest: str) -> None:
    """Two authors or speakers per page: a profile and a guest's name."""
    model.objects.bulk_create(
        [
            credit
            for n, page in enumerate(pages)
            for credit in (
                model(**{owner: page.pk}, person=people[n % len(people)], sort_order=0),
                model(**{owner: page.pk}, name=guest, sort_order=1),
            )
        ]
    )


def _index(model):
    return model.objects.get()


def _ensure_demo_site() -> HomePage:
    if not HomePage.objects.exists():
        call_command("load_demo_content", verbosity=0)
    return HomePage.objects.get()


def build(scale: float = 1.0, *, stdout=None) -> dict[str, int]:
    """Grow the demo site to ``scale`` × the full data set; idempotent (only
    what is missing is added). Returns the number of pages of each kind."""
    _ensure_demo_site()
    want = targets(scale)
    words = Words()
    rng = random.Random(11)
    images = list(get_image_model().objects.order_by("pk")) or [None]
    documents = list(get_document_model().objects.order_by("pk")[:3])

    topics = list(Topic.objects.order_by("pk"))
    for n in range(len(topics), want["topics"]):
        topics.append(
            Topic.objects.create(
                slug=f"bench-topic-{n}",
                name_en=f"Topic {n} {words.phrase('en', 2)}",
                name_sq=f"Tema {n} {words.phrase('sq', 2)}",
                name_sr_latn=f"Tema {n} {words.phrase('sr_latn', 2)}",
            )
        )

    people_index = _index(PeopleIndexPage)
    missing = want["people"] - PersonPage.objects.count()
    if missing > 0:
        rows = []
        for n in range(missing):
            first, last = f"Person{n}", words.phrase("en", 1).capitalize()
            slug = f"bench-person-{n}"
            rows.append(
                {
                    "title": dict.fromkeys(LANGS, f"{first} {last}"),
                    "slug": dict.fromkeys(LANGS, slug),
                    "first_name": first,
                    "last_name": last,
                    "group": ("staff", "board", "fellows", "alumni")[n % 4],
                    "photo": images[n % len(images)],
                    **{f"position_{lang}": words.phrase(lang, 3) for lang in LANGS},
                    **{f"short_bio_{lang}": words.phrase(lang, 25) for lang in LANGS},
                    **{f"biography_{lang}": words.paragraphs(lang, 3) for lang in LANGS},
                }
            )
        added = add_pages(people_index, PersonPage, rows)
        through = PersonPage.expertise.through
        through.objects.bulk_create(
            [
                through(personpage_id=p.pk, topic_id=t.pk)
                for p in added
                for t in rng.sample(topics, 2)
            ]
        )
    people = list(PersonPage.objects.order_by("pk"))
    projects = list(_index(ProjectIndexPage).get_children().specific()) or [None]

    report_types = list(ReportType.objects.all())
    library = _index(PublicationIndexPage)
    missing = want["reports"] - ReportPage.objects.count()
    if missing > 0:
        day = datetime.date(2026, 11, 1)
        rows = []
        for n in range(missing):
            title = {lang: f"{words.phrase(lang, 6)} {n}" for lang in LANGS}
            rows.append(
                {
                    "title": title,
                    "slug": {lang: f"bench-report-{n}-{lang.replace('_', '-')}" for lang in LANGS},
                    "publication_date": day - datetime.timedelta(days=n % 4000),
                    "report_type": report_types[n % len(report_types)],
                    "project": projects[n % len(projects)],
                    "cover_image": images[n % len(images)],
                    **{f"subtitle_{lang}": words.phrase(lang, 5) for lang in LANGS},
                    **{f"summary_{lang}": f"<p>{words.phrase(lang, 60)}.</p>" for lang in LANGS},
                    **{f"body_{lang}": words.paragraphs(lang, 6) for lang in LANGS},
                }
            )
        added = add_pages(library, ReportPage, rows)
        _credit(ReportAuthor, "report_id", added, people, "Guest Author")
        ReportDownload.objects.bulk_create(
            [
                ReportDownload(report_id=report.pk, language=code, document=document, sort_order=i)
                for report in added
                for i, (code, document) in enumerate(
                    zip(("en", "sq", "sr-latn"), documents, strict=False)
                )
            ]
        )
        through = ReportPage.topics.through
        through.objects.bulk_create(
            [
                through(reportpage_id=r.pk, topic_id=t.pk)
                for r in added
                for t in rng.sample(topics, 2)
            ]
        )

    news_index = _index(NewsIndexPage)
    missing = want["news"] - NewsPage.objects.count()
    if missing > 0:
        day = datetime.date(2026, 11, 20)
        rows = [
            {
                "title": {lang: f"{words.phrase(lang, 7)} {n}" for lang in LANGS},
                "slug": {lang: f"bench-news-{n}-{lang.replace('_', '-')}" for lang in LANGS},
                "date": day - datetime.timedelta(days=n % 4000),
                "category": ("announcement", "press-release", "in-the-media", "statement")[n % 4],
                "image": images[n % len(images)],
                **{f"summary_{lang}": words.phrase(lang, 30) for lang in LANGS},
                **{f"body_{lang}": words.paragraphs(lang, 4) for lang in LANGS},
            }
            for n in range(missing)
        ]
        added = add_pages(news_index, NewsPage, rows)
        through = NewsPage.topics.through
        through.objects.bulk_create(
            [through(newspage_id=p.pk, topic_id=rng.choice(topics).pk) for p in added]
        )

    event_index = _index(EventIndexPage)
    missing = want["events"] - EventPage.objects.count()
    if missing > 0:
        first = timezone.now().replace(minute=0, second=0, microsecond=0)
        rows = []
        for n in range(missing):
            start = first + datetime.timedelta(days=30 - n * 3, hours=n % 8)
            rows.append(
                {
                    "title": {lang: f"{words.phrase(lang, 5)} {n}" for lang in LANGS},
                    "slug": {lang: f"bench-event-{n}-{lang.replace('_', '-')}" for lang in LANGS},
                    "start": start,
                    "end": start + datetime.timedelta(hours=2),
                    "event_type": ("roundtable", "conference", "report-launch", "workshop")[n % 4],
                    "image": images[n % len(images)],
                    "project": projects[n % len(projects)],
                    **{f"summary_{lang}": words.phrase(lang, 30) for lang in LANGS},
                    **{f"venue_name_{lang}": "Hotel Sirius, Prishtina" for lang in LANGS},
                    **{f"body_{lang}": words.paragraphs(lang, 3) for lang in LANGS},
                }
            )
        added = add_pages(event_index, EventPage, rows)
        _credit(EventSpeaker, "event_id", added, people, "Guest Speaker")

    from bbg_site import content_cache

    content_cache.new_generation()
    counts = {
        "reports": ReportPage.objects.count(),
        "news": NewsPage.objects.count(),
        "people": PersonPage.objects.count(),
        "events": EventPage.objects.count(),
        "topics": Topic.objects.count(),
    }
    if stdout:
        stdout.write(f"Data set: {counts}")
    return counts
