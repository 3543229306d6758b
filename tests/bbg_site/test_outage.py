"""PostgreSQL unreachable: readers get a translated 503 with Retry-After, not a
traceback, and the site answers normally again once the database is back."""

import contextlib

import pytest
from bs4 import BeautifulSoup
from django.db import OperationalError, connections
from django.utils import translation
from django.utils.translation import gettext

pytestmark = pytest.mark.django_db(transaction=True)

LANGS = [("en", "en"), ("sq", "sq"), ("sr-latn", "sr-Latn")]


@contextlib.contextmanager
def database_unreachable():
    """On PostgreSQL, point the connection at a closed port (a real failed
    connect); SQLite's test database lives in memory and cannot be
    reconnected to, so there every new cursor fails to connect instead."""
    connection = connections["default"]
    if connection.vendor == "postgresql":
        connection.close()
        saved = connection.settings_dict["PORT"], connection.settings_dict["HOST"]
        connection.settings_dict["PORT"] = "1"
        connection.settings_dict["HOST"] = "127.0.0.1"
        try:
            yield
        finally:
            connection.close()
            connection.settings_dict["PORT"], connection.settings_dict["HOST"] = saved
    else:
        original = connection.ensure_connection

        def refuse():
            raise OperationalError("connection refused (database down)")

        connection.ensure_connection = refuse
        try:
            yield
        finally:
            connection.ensure_connection = original


def outage_heading(lang):
    with translation.override(lang):
        heading = gettext("Service temporarily unavailable")
        text = gettext(
            "The site cannot reach its database at the moment. Please try again in a few minutes."
        )
    if lang != "en":
        assert heading != "Service temporarily unavailable"
    return heading, text


@pytest.mark.parametrize(("lang", "html_lang"), LANGS)
def test_public_pages_answer_a_translated_503_and_recover(client, site, lang, html_lang):
    from tests.factories import make_library

    library = make_library(site.home)
    with translation.override(lang):
        urls = [f"/{lang}/", site.about.url, library.url, f"/{lang}/search/?q=kosovo"]
    client.raise_request_exception = False
    heading, text = outage_heading(lang)
    with database_unreachable():
        for url in urls:
            response = client.get(url)
            assert response.status_code == 503, url
            assert response["Retry-After"] == "60"
            body = response.content.decode()
            html = BeautifulSoup(body, "html.parser")
            assert html.html["lang"] == html_lang
            assert html.h1.get_text(strip=True) == heading
            assert text in html.get_text(" ", strip=True)
            assert "Traceback" not in body and "OperationalError" not in body
            assert "connection refused" not in body and "port 1" not in body
            # Still the site's security headers.
            assert "script-src 'self' 'sha256-" in response["Content-Security-Policy"]
    # The database is back: the same pages work again, with nothing restarted.
    client.raise_request_exception = True
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Retry-After" not in response


def test_an_outage_in_a_middleware_is_a_503_too(client, site, monkeypatch):
    """Before any view runs, Wagtail's redirect middleware and our slug
    fallback query the database on a 404: the error page there is the
    503 page as well."""
    client.raise_request_exception = False
    heading, _text = outage_heading("sq")
    with database_unreachable():
        response = client.get("/sq/nuk-ekziston/")
    assert response.status_code == 503
    assert BeautifulSoup(response.content.decode(), "html.parser").h1.get_text() == heading
    assert client.get("/sq/nuk-ekziston/").status_code == 404


def test_other_server_errors_keep_the_500_page(client, site, monkeypatch):
    from bbg_site.models import HomePage

    def explode(self, request, *args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(HomePage, "serve", explode)
    client.raise_request_exception = False
    response = client.get("/en/")
    assert response.status_code == 500
    assert "Retry-After" not in response
