"""Reach tests count in the real Redis (127.0.0.1:6379, database 9) under a
key prefix of their own, removed afterwards."""

import datetime
import uuid

import pytest
import redis
from django.contrib.auth.models import Group

from editorial.roles import COMMUNICATIONS
from reach import counting
from tests.factories import (
    make_event,
    make_event_index,
    make_library,
    make_news,
    make_news_index,
    make_project,
    make_project_index,
    make_report,
)

REDIS_URL = "redis://127.0.0.1:6379/9"
BROWSER = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0 Safari/537.36"
)
LANGS = ("en", "sq", "sr-latn", "sr-cyrl")


@pytest.fixture
def reach_redis(settings):
    prefix = f"reachtest-{uuid.uuid4().hex[:12]}"
    settings.REACH_REDIS_URL = REDIS_URL
    settings.REACH_KEY_PREFIX = prefix
    counting.reset()
    connection = redis.Redis.from_url(REDIS_URL)
    yield connection
    keys = list(connection.scan_iter(match=f"{prefix}:*", count=1000))
    if keys:
        connection.delete(*keys)
    counting.reset()


@pytest.fixture
def project_content(site):
    """A project with a report (PDFs in every language), a news item and an
    event, plus a report of no project."""
    D = datetime.date
    projects = make_project_index(site.home)
    elevate = make_project(projects, "elevate-peace", "Elevate Peace", start=D(2024, 9, 1))
    library = make_library(site.home)
    report = make_report(
        library, "bridge", "The bridge", date=D(2025, 11, 3), project=elevate, pdfs=LANGS
    )
    other = make_report(library, "courts", "Courts in the north", date=D(2025, 4, 20), pdfs=())
    news = make_news(
        make_news_index(site.home),
        "sida",
        "Partnership with Sida",
        date=D(2025, 10, 1),
        project=elevate,
    )
    event = make_event(
        make_event_index(site.home),
        "roundtable",
        "Roundtable on the bridge",
        start=datetime.datetime(2025, 12, 1, 10, tzinfo=datetime.UTC),
        project=elevate,
    )
    return {"project": elevate, "report": report, "other": other, "news": news, "event": event}


@pytest.fixture
def report_with_pdfs(site):
    """A report with a PDF in every language, nothing else."""
    return make_report(
        make_library(site.home), "bridge", "The bridge", date=datetime.date(2025, 11, 3), pdfs=LANGS
    )


@pytest.fixture
def communications_user(django_user_model):
    user = django_user_model.objects.create_user("comms", "comms@example.org", "x" * 14)
    user.groups.add(Group.objects.get(name=COMMUNICATIONS))
    return user


def beacon(client, page, lang, *, agent=BROWSER, address="198.51.100.7", referrer="", **extra):
    return client.post(
        "/reach/view/",
        {"p": str(page.pk), "l": lang, "r": referrer, **extra},
        HTTP_USER_AGENT=agent,
        REMOTE_ADDR=address,
    )
