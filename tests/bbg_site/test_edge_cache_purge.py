"""What a change purges from the cache in front (bbg_site/edge_cache.py),
without Varnish: a recording backend stands in for it. The real thing is
tests/browser/test_edge_cache.py."""

import pytest
from django.conf import settings as django_settings
from django.utils import translation
from wagtail.contrib.frontend_cache.backends import BaseBackend

from tests.factories import make_topic

LANGS = [code for code, _name in django_settings.LANGUAGES]
SENT = {"purged": [], "banned": 0}


class RecordingBackend(BaseBackend):
    def __init__(self, params):
        super().__init__(params)

    def purge(self, url):
        SENT["purged"].append(url)

    def ban_all(self):
        SENT["banned"] += 1


@pytest.fixture
def sent(settings):
    settings.WAGTAILFRONTENDCACHE = {
        "edge": {"BACKEND": f"{__name__}.RecordingBackend", "LOCATION": "http://cache:6081"}
    }
    SENT["purged"].clear()
    SENT["banned"] = 0
    return SENT


def full(page, lang):
    with translation.override(lang):
        return page.get_full_url()


@pytest.mark.django_db
def test_a_publish_purges_page_listing_home_feeds_and_sitemap_in_every_language(
    catalogue, sent, django_capture_on_commit_callbacks
):
    report = catalogue["reports"]["courts"].specific
    report.title_sq = "Gjykatat në veri, rishikuar"
    with django_capture_on_commit_callbacks(execute=True):
        report.save_revision().publish()
    purged = set(sent["purged"])
    # Each language's own URL (its own slugs), as readers fetch it.
    assert full(site_about := catalogue["library"], "sq") != full(site_about, "en")
    for lang in LANGS:
        home = report.get_site().root_page
        for page in (report, catalogue["library"], home):
            assert full(page, lang) in purged, (lang, page)
        for feed in ("publications", "news", "topics/rule-of-law", "topics/northern-kosovo"):
            assert f"http://testserver/{lang}/feeds/{feed}/" in purged, (lang, feed)
        assert f"http://testserver/{lang}/feeds/events.ics" in purged
    assert "http://testserver/sitemap.xml" in purged
    assert sent["banned"] == 0


@pytest.mark.django_db
def test_unpublishing_and_deleting_purge_the_page_in_every_language(
    catalogue, sent, django_capture_on_commit_callbacks
):
    report = catalogue["reports"]["eu"].specific
    urls = {full(report, lang) for lang in LANGS}
    with django_capture_on_commit_callbacks(execute=True):
        report.unpublish()
    assert urls <= set(sent["purged"])
    sent["purged"].clear()
    other = catalogue["reports"]["elections"].specific
    urls = {full(other, lang) for lang in LANGS}
    with django_capture_on_commit_callbacks(execute=True):
        other.delete()
    assert urls <= set(sent["purged"])


@pytest.mark.django_db
def test_a_snippet_change_or_a_move_empties_the_whole_cache(
    site, sent, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_topic("energy", "Energy", "Energia", "Energija")
    assert sent["banned"] == 1
    with django_capture_on_commit_callbacks(execute=True):
        site.careers.move(site.home, pos="last-child")
    assert sent["banned"] >= 2


@pytest.mark.django_db
def test_nothing_is_sent_without_a_cache_in_front(
    catalogue, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {}
    SENT["purged"].clear()
    with django_capture_on_commit_callbacks(execute=True):
        catalogue["reports"]["courts"].specific.save_revision().publish()
    assert SENT["purged"] == []
