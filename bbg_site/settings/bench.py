"""``make bench``: production-like (DEBUG off, compiled templates, WhiteNoise)
on loopback, with the database from DATABASE_URL and no HTTPS redirect.

``BENCH_STATIC_ROOT`` is served at the site root by WhiteNoise: the
benchmark's static-file baseline (the same HTML as a file)."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "bench-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_ROOT = os.environ.get("BENCH_STATIC_ROOT") or None
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
LOGGING["root"]["level"] = "ERROR"  # noqa: F405

# Development only: the demo content and the benchmark (never in production).
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
