"""Production: everything comes from the environment (docs/operations.md).

Required: SECRET_KEY, ALLOWED_HOSTS (comma-separated), DATABASE_URL, REDIS_URL.
Optional: CSRF_TRUSTED_ORIGINS, WAGTAILADMIN_BASE_URL, MEDIA_ROOT, STATIC_ROOT,
TRUSTED_PROXY_COUNT and PAGE_CACHE_SECONDS (both read in base.py),
AWS_STORAGE_BUCKET_NAME and the AWS_* variables (media in S3, below),
EMAIL_HOST/EMAIL_PORT/EMAIL_HOST_USER/EMAIL_HOST_PASSWORD/EMAIL_USE_TLS/EMAIL_TIMEOUT,
DEFAULT_FROM_EMAIL, ADMINS (who gets error reports), SECURE_SSL_REDIRECT
(default on), SECURE_HSTS_SECONDS (default one hour),
SECURE_HSTS_INCLUDE_SUBDOMAINS and SECURE_HSTS_PRELOAD (default off).
"""

import os
from email.utils import getaddresses

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

DEBUG = False


def _required(name: str, why: str = "") -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"The environment variable {name} must be set for production{why} "
            f"(see docs/operations.md and .env.example)."
        )
    return value


def _flag(name: str, default: bool) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def _int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from None


SECRET_KEY = _required("SECRET_KEY")
if len(SECRET_KEY) < 50 or SECRET_KEY.startswith("django-insecure"):
    raise ImproperlyConfigured(
        "SECRET_KEY is too weak for production: use at least 50 random characters, "
        'for example from `python -c "import secrets; print(secrets.token_urlsafe(64))"`.'
    )
ALLOWED_HOSTS = [h.strip() for h in _required("ALLOWED_HOSTS").split(",") if h.strip()]
if "*" in ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must list the site's host names, not '*'.")
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()
]
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", f"https://{ALLOWED_HOSTS[0]}")

# The database: base.py falls back to a local SQLite file without
# DATABASE_URL, which in a container is lost with the container and which
# each container would have its own copy of. Production never guesses.
DATABASES = {
    "default": dj_database_url.parse(
        _required("DATABASE_URL", " (postgres://user:password@host:5432/name)"),
        conn_max_age=60,
        conn_health_checks=True,
    )
}

# The cache every process shares: base.py keeps one cache per process without
# REDIS_URL, and then a publish (in one gunicorn worker, or in the scheduler)
# starts a new content generation in that process only, while every other
# worker serves stale menus, lists and cards for up to a day. Both compose
# files run Redis and set REDIS_URL; any other production setup must too.
_required("REDIS_URL", " (the cache every gunicorn worker and the scheduler share)")

# HTTPS is terminated by the proxy in front of gunicorn (docker/nginx.conf.template),
# which sets X-Forwarded-Proto itself; gunicorn is reachable by nothing else.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = _flag("SECURE_SSL_REDIRECT", True)
# HSTS: browsers remember it for SECURE_HSTS_SECONDS, so it starts short (an
# hour) and is raised once HTTPS is known to work (docs/operations.md, "HSTS").
# includeSubDomains and preload reach beyond this site (every subdomain of the
# domain; the browsers' built-in preload list, which takes months to leave)
# and are each an explicit choice.
SECURE_HSTS_SECONDS = _int("SECURE_HSTS_SECONDS", 60 * 60)
SECURE_HSTS_INCLUDE_SUBDOMAINS = _flag("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = _flag("SECURE_HSTS_PRELOAD", False)
if SECURE_HSTS_PRELOAD and not (
    SECURE_HSTS_INCLUDE_SUBDOMAINS and SECURE_HSTS_SECONDS >= 60 * 60 * 24 * 365
):
    raise ImproperlyConfigured(
        "SECURE_HSTS_PRELOAD=true needs SECURE_HSTS_INCLUDE_SUBDOMAINS=true and "
        "SECURE_HSTS_SECONDS of at least 31536000 (one year): the preload list "
        "(hstspreload.org) accepts nothing less."
    )
# `check --deploy` warns about each of these two while it is off. Off is the
# default on purpose (see above), so each warning is silenced only while its
# setting is off; turned on, the setting satisfies the check.
SILENCED_SYSTEM_CHECKS = [
    *([] if SECURE_HSTS_INCLUDE_SUBDOMAINS else ["security.W005"]),
    *([] if SECURE_HSTS_PRELOAD else ["security.W021"]),
]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = _int("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _flag("EMAIL_USE_TLS", False)
# Seconds before a hung SMTP server gives up (without it a send waits for
# gunicorn's 60 s timeout, holding a worker).
EMAIL_TIMEOUT = _int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "info@balkansgroup.org")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Error reports: every server error (5xx) is mailed, with its traceback, to
# ADMINS ("Name <address>, other@example.org"). Empty: errors are only logged.
ADMINS = [
    (name, address) for name, address in getaddresses([os.environ.get("ADMINS", "")]) if address
]
for _name, _address in ADMINS:
    if "@" not in _address:
        raise ImproperlyConfigured(f"ADMINS: {_address!r} is not an email address.")
LOGGING = {
    **LOGGING,  # noqa: F405
    "filters": {"require_debug_false": {"()": "django.utils.log.RequireDebugFalse"}},
    "handlers": {
        **LOGGING["handlers"],  # noqa: F405
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false"],
        },
    },
    "loggers": {
        **LOGGING["loggers"],  # noqa: F405
        "django.request": {
            "handlers": ["console", "mail_admins"],
            "level": "ERROR",
            "propagate": False,
        },
        # Requests for a host not in ALLOWED_HOSTS (scanners, mostly) are
        # answered 400 and noted once in the log, never mailed.
        "django.security.DisallowedHost": {
            "handlers": ["console"],
            "level": "ERROR",
            "propagate": False,
        },
    },
}

# Several app containers share their media through an S3-compatible bucket
# (docker-compose.scale.yml, docs/operations.md "Scaling out"): set
# AWS_STORAGE_BUCKET_NAME, the AWS_* credentials and, for MinIO or another
# provider, AWS_S3_ENDPOINT_URL (empty: Amazon S3). URLs stay under MEDIA_URL
# (bbg_site/storage.py); the load balancer serves only images/ from the
# bucket, and documents are read by Django's serve view with the credentials
# (the bucket is not public).
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {  # noqa: F405
        "BACKEND": "bbg_site.storage.SameOriginS3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL", "").strip() or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME", "").strip() or None,
            "file_overwrite": False,
            "default_acl": None,
            "querystring_auth": False,
        },
    }
