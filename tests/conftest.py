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


# --- Data shared by the tests of one module ---------------------------------
#
# Building pages (revisions, publishing, tree bookkeeping) is most of what a
# test costs. Where every database test of a module asks for the same data
# (``site``, ``catalogue``, ``newsroom`` or ``demo``), it is built once for the
# module, inside a transaction that stays open for the module and is rolled
# back after its last test; each test's own transaction (the ``db`` fixture)
# is a savepoint inside it, so what a test changes is undone before the next
# one, and each test gets the objects fetched afresh from the database, never
# another test's in-memory copies. A module whose tests ask for different data
# (one test's pages would collide with another's) or that has transactional
# tests (live server, several connections) cannot share: there every test
# builds its own data, as before.

TRANSACTIONAL = {"transactional_db", "live_server", "django_db_reset_sequences", "live_site"}
SHARED = ("newsroom", "catalogue", "site", "demo")  # each includes what follows it, demo aside
_SHARED_MODULES: dict = {}


def _is_transactional(item) -> bool:
    marker = item.get_closest_marker("django_db")
    return bool(TRANSACTIONAL & set(getattr(item, "fixturenames", ()))) or bool(
        marker and marker.kwargs.get("transaction")
    )


def _shared_data_of(item):
    """The largest shared data set ``item`` asks for, "" for a database test
    that asks for none, None for a test without the database."""
    names = set(getattr(item, "fixturenames", ()))
    for name in SHARED:
        if name in names:
            return name
    uses_db = "db" in names or item.get_closest_marker("django_db") is not None
    return "" if uses_db else None


def _note_shareable_modules(items) -> None:
    by_module: dict = {}
    for item in items:
        by_module.setdefault(item.module, []).append(item)
    for module, module_items in by_module.items():
        wanted = {_shared_data_of(item) for item in module_items} - {None}
        _SHARED_MODULES[module] = (
            len(wanted) == 1
            and "" not in wanted
            and not any(_is_transactional(item) for item in module_items)
        )


@pytest.fixture(scope="module")
def _module_transaction(request, django_db_setup, django_db_blocker):
    """An open transaction for the module's shared data, or None where the
    module cannot share."""
    from django.db import transaction

    if not _SHARED_MODULES.get(request.module):
        yield None
        return
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            yield {}
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            for cache in caches.all():
                cache.clear()


def _built_once(store, name, build, django_db_blocker):
    if store is None:
        return None
    if name not in store:
        with django_db_blocker.unblock(), translation.override(settings.LANGUAGE_CODE):
            store[name] = build()
    return store[name]


def _fresh(value):
    """``value`` with every model instance in it fetched again."""
    from django.db.models import Model

    if isinstance(value, Model):
        return type(value)._default_manager.get(pk=value.pk)
    if isinstance(value, dict):
        return {key: _fresh(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_fresh(item) for item in value)
    if isinstance(value, SimpleNamespace):
        return SimpleNamespace(**_fresh(vars(value)))
    return value


@pytest.fixture(scope="module")
def _module_site(_module_transaction, django_db_blocker):
    return _built_once(_module_transaction, "site", build_site, django_db_blocker)


@pytest.fixture(scope="module")
def _module_catalogue(_module_transaction, _module_site, django_db_blocker):
    return _built_once(
        _module_transaction, "catalogue", lambda: build_catalogue(_module_site), django_db_blocker
    )


@pytest.fixture(scope="module")
def _module_newsroom(_module_transaction, _module_site, _module_catalogue, django_db_blocker):
    return _built_once(
        _module_transaction,
        "newsroom",
        lambda: build_newsroom(_module_site, _module_catalogue),
        django_db_blocker,
    )


@pytest.fixture(scope="module")
def _module_demo(_module_transaction, django_db_blocker):
    return _built_once(_module_transaction, "demo", _load_demo, django_db_blocker)


def _load_demo() -> bool:
    from io import StringIO

    from django.core.management import call_command

    call_command("load_demo_content", stdout=StringIO())
    return True


@pytest.fixture
def demo(_module_demo, db):
    """The demo content (``load_demo_content``), loaded once per module."""
    if _module_demo is None:
        _load_demo()


@pytest.fixture
def admin_client(client, django_user_model):
    """The test client signed in as a superuser (two-factor passed), in place
    of pytest-django's fixture of the same name."""
    user = django_user_model.objects.create_superuser(
        "editor", "e@example.org", "long-password-123"
    )
    client.force_login(user)
    return client


@pytest.fixture
def site(_module_site, db) -> SimpleNamespace:
    """Home, an about page with a child, and a contact page, in three languages."""
    return _fresh(_module_site) if _module_site is not None else build_site()


def pytest_collection_modifyitems(items):
    # Browser tests use a live server and a transactional database, which is
    # flushed afterwards (Wagtail's root page included): run them last.
    # (pytest-django has already put the other transactional tests after the
    # database tests, which this stable sort keeps.)
    items.sort(key=lambda item: "tests/browser/" in str(item.fspath))
    _note_shareable_modules(items)


D = datetime.date


@pytest.fixture
def catalogue(_module_catalogue, site):
    """A library of five reports with known types, topics, authors, projects,
    years and PDF languages."""
    if _module_catalogue is not None:
        return _fresh(_module_catalogue)
    return build_catalogue(site)


def build_catalogue(site):
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
def newsroom(_module_newsroom, site, catalogue):
    if _module_newsroom is not None:
        return _fresh(_module_newsroom)
    return build_newsroom(site, catalogue)


def build_newsroom(site, catalogue):
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
