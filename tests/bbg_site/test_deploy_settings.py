"""Production settings refuse to start without what a deployment needs, and
ship a short HSTS whose reach (subdomains, preload) is an explicit choice.

Each case loads bbg_site.settings.production in a fresh interpreter with an
environment built here from nothing (the test run's own DATABASE_URL or
REDIS_URL cannot leak in)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "k" * 20 + "Zr8pQ2vN5xW7yT3uL9sJ4hG6fD1aB0cE" + "m" * 20
DEPLOY_ENV = {
    "SECRET_KEY": STRONG_KEY,
    "ALLOWED_HOSTS": "balkansgroup.org,www.balkansgroup.org",
    "DATABASE_URL": "postgres://bprg:secret@db:5432/bprg",
    "REDIS_URL": "redis://redis:6379/0",
}
SHOW = (
    "import json, django; django.setup(); from django.conf import settings as s; "
    "print(json.dumps({name: getattr(s, name) for name in ("
    "'SECURE_HSTS_SECONDS', 'SECURE_HSTS_INCLUDE_SUBDOMAINS', 'SECURE_HSTS_PRELOAD', "
    "'SILENCED_SYSTEM_CHECKS', 'EMAIL_TIMEOUT', 'ADMINS', 'DEBUG', 'CACHES', "
    "'SECURE_PROXY_SSL_HEADER')}, default=str))"
)


def production(code: str, **env) -> subprocess.CompletedProcess:
    environment = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "bbg_site.settings.production",
        **{name: value for name, value in env.items() if value is not None},
    }
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def values(**env) -> dict:
    result = production(SHOW, **{**DEPLOY_ENV, **env})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("DATABASE_URL", "DATABASE_URL must be set"),
        ("REDIS_URL", "REDIS_URL must be set"),
        ("SECRET_KEY", "SECRET_KEY must be set"),
        ("ALLOWED_HOSTS", "ALLOWED_HOSTS must be set"),
    ],
)
def test_production_refuses_to_start_without(missing, message):
    result = production(
        "import django; django.setup(); print('started')", **{**DEPLOY_ENV, missing: None}
    )
    assert result.returncode != 0
    assert "started" not in result.stdout
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


def test_production_never_falls_back_to_sqlite():
    """An empty DATABASE_URL (as a half-filled .env has it) is refused too."""
    result = production("import django; django.setup()", **{**DEPLOY_ENV, "DATABASE_URL": ""})
    assert result.returncode != 0
    assert "DATABASE_URL must be set" in result.stderr


@pytest.mark.parametrize(
    "key",
    [
        "django-insecure-placeholder-replace-me-with-a-long-random-secret-key",
        "too-short-but-random-9f8e7d",
    ],
)
def test_production_refuses_a_placeholder_or_short_secret_key(key):
    result = production("import django; django.setup()", **{**DEPLOY_ENV, "SECRET_KEY": key})
    assert result.returncode != 0
    assert "SECRET_KEY is too weak" in result.stderr


def test_production_uses_the_shared_cache_and_the_database_given():
    shown = values()
    assert shown["CACHES"]["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert shown["CACHES"]["default"]["LOCATION"] == "redis://redis:6379/0"
    assert shown["DEBUG"] is False
    assert shown["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]


def test_hsts_starts_short_without_subdomains_or_preload():
    shown = values()
    assert 0 < shown["SECURE_HSTS_SECONDS"] <= 86400
    assert shown["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is False
    assert shown["SECURE_HSTS_PRELOAD"] is False
    # check --deploy's two warnings about them are silenced while they are off,
    # and nothing else is.
    assert sorted(shown["SILENCED_SYSTEM_CHECKS"]) == ["security.W005", "security.W021"]


def test_hsts_preload_is_an_explicit_choice_with_its_requirements():
    shown = values(
        SECURE_HSTS_SECONDS="31536000",
        SECURE_HSTS_INCLUDE_SUBDOMAINS="true",
        SECURE_HSTS_PRELOAD="true",
    )
    assert shown["SECURE_HSTS_SECONDS"] == 31536000
    assert shown["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert shown["SECURE_HSTS_PRELOAD"] is True
    assert shown["SILENCED_SYSTEM_CHECKS"] == []


@pytest.mark.parametrize(
    "env",
    [
        {"SECURE_HSTS_PRELOAD": "true"},
        {"SECURE_HSTS_PRELOAD": "true", "SECURE_HSTS_INCLUDE_SUBDOMAINS": "true"},
        {"SECURE_HSTS_PRELOAD": "true", "SECURE_HSTS_SECONDS": "31536000"},
    ],
)
def test_hsts_preload_without_a_year_and_subdomains_is_refused(env):
    result = production("import django; django.setup()", **{**DEPLOY_ENV, **env})
    assert result.returncode != 0
    assert "SECURE_HSTS_PRELOAD=true needs" in result.stderr


def test_check_deploy_passes_with_nothing_silenced_but_the_hsts_choices():
    code = (
        "import django; django.setup();"
        "from django.core.management import call_command;"
        "call_command('check', deploy=True, fail_level='WARNING')"
    )
    result = production(code, **DEPLOY_ENV)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (2 silenced)." in result.stdout
    result = production(
        code,
        **DEPLOY_ENV,
        SECURE_HSTS_SECONDS="31536000",
        SECURE_HSTS_INCLUDE_SUBDOMAINS="true",
        SECURE_HSTS_PRELOAD="true",
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_email_has_a_timeout_and_errors_go_to_admins_from_the_environment():
    shown = values(ADMINS="Web team <web@balkansgroup.org>, it@balkansgroup.org")
    assert shown["EMAIL_TIMEOUT"] == 10
    assert shown["ADMINS"] == [["Web team", "web@balkansgroup.org"], ["", "it@balkansgroup.org"]]
    assert values()["ADMINS"] == []
    assert values(EMAIL_TIMEOUT="3")["EMAIL_TIMEOUT"] == 3


def test_a_server_error_is_mailed_to_admins():
    code = "\n".join(
        [
            "import django, logging; django.setup()",
            "from django.core import mail",
            "from django.test import RequestFactory",
            "from django.test.utils import setup_test_environment",
            "setup_test_environment()",  # the locmem mail backend
            "request = RequestFactory().get('/en/', HTTP_HOST='balkansgroup.org')",
            "logging.getLogger('django.request').error('Internal Server Error: /en/',"
            " extra={'status_code': 500, 'request': request})",
            "print(len(mail.outbox), mail.outbox[0].to, mail.outbox[0].from_email)",
        ]
    )
    result = production(code, **DEPLOY_ENV, ADMINS="Web team <web@balkansgroup.org>")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1 ['web@balkansgroup.org'] info@balkansgroup.org"


def test_settings_load_without_development_apps():
    """What the image holds is enough: production INSTALLED_APPS are all
    importable packages of the repository or dependencies (no demo content)."""
    result = production(
        "import django; django.setup(); from django.conf import settings;"
        "print(any(app.split('.')[0] == 'demo' for app in settings.INSTALLED_APPS))",
        **DEPLOY_ENV,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
