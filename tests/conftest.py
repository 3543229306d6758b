import shutil
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.core.cache import caches
from django.utils import translation

from tests.factories import build_site

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture(autouse=True)
def _english_outside_requests():
    # The test client leaves the last request's language active; a test must
    # not inherit it (untranslated field names write to the active language).
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


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
