"""Every public page type renders in at most 15 SQL queries, and in the same
number whether the site holds a handful of items or three times as many."""

import datetime
import itertools
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from demo.pictures import ensure_demo_image
from tests.factories import (
    make_event,
    make_event_index,
    make_news,
    make_person,
    make_project,
    make_report,
    make_topic,
)
from tests.helpers import url_in

pytestmark = pytest.mark.django_db

BUDGET = 15
LANGS = ("en", "sq", "sr-latn", "sr-cyrl")  # sr-cyrl: the same queries, in Cyrillic
D = datetime.date
TZ = datetime.UTC
_serial = itertools.count()


def image(n):
    return ensure_demo_image(f"Budget picture {n}", seed=n, size=(320, 180))


def add_content(portal, n):
    """``n`` more of everything a listing or a detail page shows."""
    catalogue = portal["catalogue"]
    people = []
    for _ in range(n):
        i = next(_serial)
        topic = make_topic(f"topic-{i}", f"Topic {i}", f"Tema {i}", f"Tema {i} (sr)")
        person = make_person(
            portal["people_index"],
            f"Person{i}",
            "Budget",
            expertise=[topic, catalogue["topics"]["law"]],
            photo=image(i),
            group=("staff", "board", "alumni")[i % 3],
        )
        people.append(person)
        project = make_project(
            portal["project_index"], f"project-{i}", f"Project {i}", start=D(2024, 1, 1)
        )
        make_report(
            catalogue["library"],
            f"report-{i}",
            f"Report {i}",
            date=D(2024, 1, 1) + datetime.timedelta(days=i),
            authors=[person, catalogue["people"]["arber"], ("Guest", "Elsewhere")],
            topics=[topic, catalogue["topics"]["north"]],
            project=project,
            pdfs=("en", "sq"),
            cover_image=image(i),
        )
        make_news(
            portal["news_index"],
            f"news-{i}",
            f"News {i}",
            date=D(2025, 1, 1) + datetime.timedelta(days=i),
            topics=[topic],
            image=image(i),
        )
        make_event(
            portal["event_index"],
            f"event-{i}",
            f"Event {i}",
            start=datetime.datetime(2025, 1, 1, 10, tzinfo=TZ) + datetime.timedelta(days=i),
            speakers=[person, ("Guest", "Elsewhere")],
            image=image(i),
        )
    return people


@pytest.fixture
def portal(site, catalogue, newsroom):
    from tests.factories import make_event_index as _  # noqa: F401

    portal = {
        "site": site,
        "catalogue": catalogue,
        "news_index": newsroom[0],
        "people_index": catalogue["people"]["arber"].get_parent().specific,
        "project_index": catalogue["projects"]["elevate"].get_parent().specific,
        "event_index": make_event_index(site.home),
    }
    add_content(portal, 1)
    return portal


def pages(portal):
    """Every public page type, by name: (page, query string)."""
    catalogue = portal["catalogue"]
    from events.models import EventPage
    from publications.models import NewsPage

    return {
        "home": (portal["site"].home, ""),
        "standard": (portal["site"].careers, ""),
        "contact": (portal["site"].contact, ""),
        "library": (catalogue["library"], ""),
        "library-filtered": (catalogue["library"], "?topic=northern-kosovo&year=2024"),
        "report": (catalogue["reports"]["mitrovica"], ""),
        "news-index": (portal["news_index"], ""),
        "news": (NewsPage.objects.live().order_by("pk").last(), ""),
        "people-index": (portal["people_index"], ""),
        "profile": (catalogue["people"]["arber"], ""),
        "project-index": (portal["project_index"], ""),
        "project": (catalogue["projects"]["elevate"], ""),
        "event-index": (portal["event_index"], ""),
        "event": (EventPage.objects.live().order_by("pk").last(), ""),
    }


def count_queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries), ctx.captured_queries


PAGE_TYPES = [
    "home",
    "standard",
    "contact",
    "library",
    "library-filtered",
    "report",
    "news-index",
    "news",
    "people-index",
    "profile",
    "project-index",
    "project",
    "event-index",
    "event",
]


def counts_in_every_language(client, portal, name):
    counts = {}
    for lang in LANGS:
        page, query = pages(portal)[name]
        url = url_in(page, lang) + query
        client.get(url)  # warm the caches a running site has warm (content types, menu)
        counts[lang], captured = count_queries(client, url)
        assert counts[lang] <= BUDGET, "\n".join(q["sql"] for q in captured)
    return counts


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_page_renders_within_the_query_budget_whatever_the_amount_of_content(client, portal, name):
    small = counts_in_every_language(client, portal, name)
    add_content(portal, 2)  # three times as many people, reports, news, events, topics
    assert counts_in_every_language(client, portal, name) == small


def search_counts(client):
    from bbg_site.search import indexing

    indexing.rebuild()
    counts = {}
    for lang in LANGS:
        url = f"/{lang}/search/?q=report"
        # Results are listed (titles carry a serial shared by the whole module).
        assert re.search(
            r'class="search-result__title"><a [^>]*>(Report|Репорт) \d+',
            client.get(url).content.decode(),
        )
        counts[lang], captured = count_queries(client, url)
        assert counts[lang] <= BUDGET, "\n".join(q["sql"] for q in captured)
    return counts


def test_search_results_page_within_the_query_budget_whatever_the_amount_of_content(client, portal):
    small = search_counts(client)
    add_content(portal, 2)
    assert search_counts(client) == small


def cold_counts_in_every_language(client, portal, name):
    """The first reader after a publish: nothing cached (the content cache,
    cards and pages, Wagtail's site paths and renditions) before the request."""
    from django.core.cache import caches

    counts = {}
    for lang in LANGS:
        page, query = pages(portal)[name]
        url = url_in(page, lang) + query
        client.get(url)  # the process's own caches (content types) stay warm
        for alias in caches:
            caches[alias].clear()
        counts[lang], captured = count_queries(client, url)
        assert counts[lang] <= BUDGET, f"{name} [{lang}] {counts[lang]} queries:\n" + "\n".join(
            q["sql"] for q in captured
        )
    return counts


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_page_renders_within_the_query_budget_with_the_cache_empty(client, portal, name):
    small = cold_counts_in_every_language(client, portal, name)
    add_content(portal, 2)
    assert cold_counts_in_every_language(client, portal, name) == small
