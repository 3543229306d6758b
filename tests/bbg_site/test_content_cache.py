"""Lists that detail pages keep in the content cache (a report's related
reports, a project's and a profile's publications) follow publishing at
once, in every language, with the page cache off (bbg_site.content_cache)."""

import datetime

import pytest
from django.utils import translation

from tests.factories import make_report

pytestmark = pytest.mark.django_db

LANGS = ("en", "sq", "sr-latn")
NEW = {"en": "Water sharing on the Ibar", "sq": "Water sharing on the Ibar (sq)"}
NEW["sr-latn"] = "Water sharing on the Ibar (sr)"


def url_in(page, lang):
    with translation.override(lang):
        return page.get_url()


def pages_showing_the_new_report(client, catalogue):
    pages = {
        "project": catalogue["projects"]["elevate"],
        "profile": catalogue["people"]["milica"],
        "related": catalogue["reports"]["courts"],  # newest on its topics
    }
    shown = set()
    for lang in LANGS:
        for name, page in pages.items():
            response = client.get(url_in(page, lang))
            assert response.status_code == 200
            if NEW[lang] in response.content.decode():
                shown.add((name, lang))
    return shown


def test_publishing_and_unpublishing_a_report_updates_cached_lists(client, catalogue):
    everywhere = {(name, lang) for name in ("project", "profile", "related") for lang in LANGS}
    assert pages_showing_the_new_report(client, catalogue) == set()  # the lists are cached now

    report = make_report(
        catalogue["library"],
        "water-ibar",
        NEW["en"],
        date=datetime.date(2026, 11, 20),
        authors=[catalogue["people"]["milica"]],
        topics=[catalogue["topics"]["north"], catalogue["topics"]["law"]],
        project=catalogue["projects"]["elevate"],
    )
    assert pages_showing_the_new_report(client, catalogue) == everywhere

    report.unpublish()
    assert pages_showing_the_new_report(client, catalogue) == set()
