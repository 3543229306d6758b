"""pytest: SQLite unless DATABASE_URL points elsewhere (PostgreSQL in CI)."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# One media folder per test process (pytest-xdist workers, or test runs side
# by side): each removes its own when it ends.
MEDIA_ROOT = (
    BASE_DIR / ".test-media" / f"{os.environ.get('PYTEST_XDIST_WORKER', 'main')}-{os.getpid()}"  # noqa: F405
)
WAGTAILADMIN_BASE_URL = "http://testserver"
# Serve static files straight from static/ without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Pages are not indexed on every save in tests (it is most of the cost of
# building fixtures); search tests index what they need explicitly.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}
}
SEARCH_INDEX_ON_PUBLISH = False

# Whole-page caching is off in tests except where a test turns it on
# (tests/bbg_site/test_page_cache.py): most tests change data and read pages.
PAGE_CACHE_SECONDS = 0

# Development only: the demo content and the benchmark (never in production).
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
