"""Scheduled publishing and expiry: `manage.py publish_scheduled` (the
`scheduler` service in docker-compose.yml runs it every few minutes; its
wiring is tested in tests/bbg_site/test_deployment_files.py)."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from freezegun import freeze_time

from bbg_site.models import StandardPage
from tests.factories import make_standard_page

pytestmark = pytest.mark.django_db

URLS = {
    "en": "/en/about/internships/",
    "sq": "/sq/rreth-nesh/praktikat/",
    "sr-latn": "/sr-latn/o-nama/prakse/",
}


@pytest.fixture
def internships(site):
    page = make_standard_page(
        site.about,
        slug={"en": "internships", "sq": "praktikat", "sr-latn": "prakse"},
        title={"en": "Internships", "sq": "Praktikat", "sr-latn": "Prakse"},
        publish=False,
    )
    return StandardPage.objects.get(pk=page.pk)


def test_a_scheduled_page_goes_live_in_every_language_on_time(client, internships):
    go_live = timezone.now() + datetime.timedelta(days=2)
    internships.go_live_at = go_live
    internships.save_revision().publish()
    internships.refresh_from_db()
    assert not internships.live
    call_command("publish_scheduled")
    for url in URLS.values():
        assert client.get(url).status_code == 404

    with freeze_time(go_live + datetime.timedelta(minutes=5)):
        call_command("publish_scheduled")
    internships.refresh_from_db()
    assert internships.live
    for language, url in URLS.items():
        response = client.get(url)
        assert response.status_code == 200, language


def test_an_expired_page_is_taken_down_in_every_language(client, internships):
    expire = timezone.now() + datetime.timedelta(days=1)
    internships.expire_at = expire
    internships.save_revision().publish()
    for url in URLS.values():
        assert client.get(url).status_code == 200
    with freeze_time(expire + datetime.timedelta(minutes=5)):
        call_command("publish_scheduled")
    internships.refresh_from_db()
    assert not internships.live
    assert internships.expired
    for url in URLS.values():
        assert client.get(url).status_code == 404
