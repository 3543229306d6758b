"""Production settings come from the environment and refuse unsafe values."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "k" * 20 + "Zr8pQ2vN5xW7yT3uL9sJ4hG6fD1aB0cE" + "m" * 20


def run_with_production_settings(code: str, **env):
    clean_env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "DJANGO_SETTINGS_MODULE",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
            "DATABASE_URL",
            "REDIS_URL",
        }
    }
    # Production refuses to start without a database and a shared cache
    # (docker-compose.yml sets both); the test run's own Redis answers.
    clean_env.update(
        DJANGO_SETTINGS_MODULE="bbg_site.settings.production",
        DATABASE_URL="sqlite:///:memory:",
        REDIS_URL=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15"),
    )
    clean_env.update(env)
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=clean_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


SETUP = "import django; django.setup(); print('started')"


def test_production_refuses_to_start_without_secret_key():
    result = run_with_production_settings(SETUP, ALLOWED_HOSTS="balkansgroup.org")
    assert result.returncode != 0
    assert "started" not in result.stdout
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_a_weak_secret_key():
    result = run_with_production_settings(
        SETUP, SECRET_KEY="django-insecure-abc", ALLOWED_HOSTS="balkansgroup.org"
    )
    assert result.returncode != 0
    assert "SECRET_KEY is too weak" in result.stderr


@pytest.mark.parametrize("hosts", ["", "*"])
def test_production_refuses_missing_or_wildcard_allowed_hosts(hosts):
    result = run_with_production_settings(SETUP, SECRET_KEY=STRONG_KEY, ALLOWED_HOSTS=hosts)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_production_settings_pass_the_deployment_checklist():
    code = (
        "import django; django.setup();"
        "from django.conf import settings;"
        "assert settings.DEBUG is False;"
        "print(settings.ALLOWED_HOSTS);"
        "from django.core.management import call_command;"
        "call_command('check', deploy=True, fail_level='WARNING')"
    )
    result = run_with_production_settings(
        code, SECRET_KEY=STRONG_KEY, ALLOWED_HOSTS="balkansgroup.org,www.balkansgroup.org"
    )
    assert result.returncode == 0, result.stderr
    assert "['balkansgroup.org', 'www.balkansgroup.org']" in result.stdout
    assert "System check identified no issues" in result.stdout
