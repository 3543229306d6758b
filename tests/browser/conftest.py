"""Real-browser tests: Python Playwright driving Debian's Chromium.

Without /usr/bin/chromium they skip with the reason, except in CI (CI=true),
where a missing browser is a failure: CI installs it (see .ci/run).
"""

import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="session")
def chromium():
    if not CHROMIUM.exists():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("CI=true but /usr/bin/chromium is missing: `apt-get install -y chromium`")
        pytest.skip("Chromium not found at /usr/bin/chromium (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in the test thread; the Django
    # ORM calls the tests make there (building pages) are still synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS
        )
        yield browser
        browser.close()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture
def browser_page(chromium):
    context = chromium.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def live_site(live_server, transactional_db):
    from tests.factories import build_site

    return build_site(), live_server.url


@pytest.fixture(autouse=True)
def _wagtail_essentials(transactional_db):
    """Live-server tests run on a transactional database that is flushed after
    each test, taking what the migrations created with it: put back Wagtail's
    root collection and root page, and the report types of
    publications/migrations/0002 (the demo loader leaves out a report whose
    type an editor removed, so without them it would load no report)."""
    import importlib

    from django.apps import apps
    from wagtail.models import Collection

    from tests.factories import tree_root

    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    tree_root()
    importlib.import_module("publications.migrations.0002_default_report_types").create_types(
        apps, None
    )


@pytest.fixture
def open_event(site):
    """An event ten days ahead with 30 seats and registration open, under an
    event index of ``site``."""
    import datetime

    from django.utils import timezone

    from tests.factories import make_event, make_event_index

    return make_event(
        make_event_index(site.home),
        "roundtable",
        "Roundtable on the bridge",
        start=timezone.now() + datetime.timedelta(days=10),
        registration_open=True,
        capacity=30,
    )
