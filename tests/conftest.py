import datetime
import shutil
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.core.cache import caches
from django.utils import translation

from tests.factories import (
    build_site,
    make_library,
    make_news,
    make_news_index,
    make_people_index,
    make_person,
    make_project,
    make_project_index,
    make_report,
    make_topic,
)

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture(autouse=True)
def _english_outside_requests():
    # The test client leaves the last request's language active; a test must
    # not inherit it (untranslated field names write to the active language).
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _force_login_passes_two_factor(monkeypatch):
    # Administrators must sign in with a second factor (editorial); a session
    # made by force_login counts as having passed it.
    from django.test import Client

    from tests.two_factor import force_login_verified

    monkeypatch.setattr(Client, "force_login", force_login_verified)


@pytest.fixture(autouse=True)
def _fresh_caches():
    # wagtail-modeltranslation caches the site root paths per language in the
    # default cache; pages made by one test must not leak into the next.
    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture(scope="session", autouse=True)
def _test_media():
    yield
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture
def site(db) -> SimpleNamespace:
    """Home, an about page with a child, and a contact page, in three languages."""
    return build_site()


def pytest_collection_modifyitems(items):
    # Browser tests use a live server and a transactional database, which is
    # flushed afterwards (Wagtail's root page included): run them last.
    items.sort(key=lambda item: "tests/browser/" in str(item.fspath))


D = datetime.date


@pytest.fixture
def catalogue(site):
    """A library of five reports with known types, topics, authors, projects,
    years and PDF languages."""
    people = make_people_index(site.home)
    arber = make_person(people, "Arber", "Krasniqi")
    milica = make_person(people, "Milica", "Jovanovic")
    projects = make_project_index(site.home)
    elevate = make_project(projects, "elevate-peace", "Elevate Peace", start=D(2024, 9, 1))
    dialogue = make_topic(
        "brussels-dialogue", "The Brussels dialogue", "Dialogu i Brukselit", "Briselski dijalog"
    )
    law = make_topic("rule-of-law", "Rule of law", "Sundimi i ligjit", "Vladavina prava")
    north = make_topic("northern-kosovo", "Northern Kosovo", "Veriu i Kosovës", "Sever Kosova")
    library = make_library(site.home)
    reports = {
        "mitrovica": make_report(
            library,
            "mitrovica-bridge",
            "The Mitrovica bridge",
            date=D(2025, 11, 3),
            authors=[arber, milica],
            topics=[north, dialogue],
            project=elevate,
            pdfs=("en", "sq", "sr-latn"),
            report_number="2025/07",
            subtitle=dict(
                en="Reopening to traffic",
                sq="Rihapja për trafik",
                **{"sr-latn": "Ponovno otvaranje"},
            ),
        ),
        "courts": make_report(
            library,
            "courts-north",
            "Courts in the north",
            date=D(2025, 4, 20),
            type_slug="policy-brief",
            authors=[milica],
            topics=[law, north],
            pdfs=("en", "sr-latn"),
        ),
        "association": make_report(
            library,
            "association",
            "The Association of Serb-majority municipalities",
            date=D(2024, 6, 1),
            type_slug="policy-analysis",
            authors=[("Jane Doe", "University of Oxford")],
            topics=[dialogue],
            project=elevate,
            pdfs=("en", "sq"),
        ),
        "eu": make_report(
            library,
            "eu-visa",
            "Visa liberalisation one year on",
            date=D(2024, 12, 15),
            type_slug="commentary",
            authors=[arber],
            topics=[law],
            pdfs=("en",),
            translated=False,
        ),
        "elections": make_report(
            library,
            "local-elections",
            "Local elections 2023",
            date=D(2023, 5, 10),
            topics=[north],
            pdfs=(),
        ),
    }
    return {
        "library": library,
        "reports": reports,
        "people": {"arber": arber, "milica": milica},
        "projects": {"elevate": elevate},
        "topics": {"dialogue": dialogue, "law": law, "north": north},
    }


@pytest.fixture
def newsroom(site, catalogue):
    index = make_news_index(site.home)
    topics = catalogue["topics"]
    items = {
        "sida": make_news(
            index,
            "sida-partnership",
            "New partnership with Sida",
            date=D(2025, 10, 1),
            topics=[topics["dialogue"]],
        ),
        "press": make_news(
            index,
            "press-bridge",
            "Statement on the bridge",
            date=D(2025, 11, 4),
            category="statement",
            topics=[topics["north"]],
        ),
        "media": make_news(
            index,
            "media-rts",
            "BPRG on regional television",
            date=D(2025, 9, 12),
            category="in-the-media",
        ),
    }
    return index, items
