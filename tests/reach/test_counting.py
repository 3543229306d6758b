"""Page views and downloads are counted in each language, once per browser
and half hour, never for robots, staff, DNT/GPC or previews; cached pages
are counted without a query; a Redis outage never fails a reader."""

import logging
import subprocess
import sys
import textwrap
from io import StringIO

import pytest
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from reach import counting, flush
from reach.models import Count, Source
from tests.helpers import soup, url_in

from .conftest import BROWSER, LANGS, REDIS_URL, beacon

pytestmark = pytest.mark.django_db

GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"


def counted(kind="view", **filters):
    return sum(Count.objects.filter(kind=kind, **filters).values_list("count", flat=True))


def pdf_url(report, lang, pdf_lang):
    return url_in(report, lang) + f"pdf/{pdf_lang}/"


@pytest.mark.parametrize("lang", LANGS)
def test_an_anonymous_page_carries_the_beacon_data_in_its_language(client, site, lang):
    body = soup(client.get(url_in(site.about, lang))).body
    assert body["data-reach-page"] == str(site.about.pk)
    assert body["data-reach-lang"] == lang
    assert body["data-reach-url"] == "/reach/view/"


@pytest.mark.parametrize("lang", LANGS)
def test_a_view_is_counted_in_its_language_with_where_it_came_from(client, site, reach_redis, lang):
    response = beacon(client, site.about, lang, referrer="www.Google.com")
    assert response.status_code == 204
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies
    beacon(client, site.careers, lang, address="203.0.113.9")  # typed in: direct

    flush.flush()

    assert counted(page=site.about, language=lang) == 1
    assert counted(page=site.careers, language=lang) == 1
    assert counted(language__in=[code for code in LANGS if code != lang]) == 0
    referrals = dict(
        Count.objects.filter(kind="referral", language=lang).values_list("source", "page_id")
    )
    assert referrals == {"google.com": site.about.pk, Source.DIRECT: site.careers.pk}


def test_newsletter_marker_and_own_site_are_told_apart_and_no_full_url_is_kept(
    client, site, reach_redis
):
    beacon(client, site.about, "en", referrer="mail.example.org", n="1")
    beacon(client, site.careers, "en", referrer="testserver")
    beacon(client, site.contact, "en", referrer="https://evil.example/path?who=me")
    flush.flush()
    sources = set(Count.objects.filter(kind="referral").values_list("source", flat=True))
    assert sources == {Source.NEWSLETTER, Source.INTERNAL}
    # The malformed referrer loses its origin, never its view.
    assert counted(page=site.contact) == 1


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_USER_AGENT": GOOGLEBOT},
        {"HTTP_USER_AGENT": ""},
        {"HTTP_USER_AGENT": BROWSER, "HTTP_DNT": "1"},
        {"HTTP_USER_AGENT": BROWSER, "HTTP_SEC_GPC": "1"},
    ],
    ids=["crawler", "no-user-agent", "do-not-track", "global-privacy-control"],
)
def test_robots_and_readers_who_opt_out_are_not_counted(client, site, reach_redis, headers):
    response = client.post("/reach/view/", {"p": site.about.pk, "l": "sq"}, **headers)
    assert response.status_code == 204
    flush.flush()
    assert counted() == 0


def test_signed_in_staff_are_not_counted_and_get_no_beacon(
    client, site, reach_redis, communications_user
):
    client.force_login(communications_user)
    assert not soup(client.get(url_in(site.about, "en"))).body.has_attr("data-reach-page")
    beacon(client, site.about, "en")
    flush.flush()
    assert counted() == 0


def test_a_preview_carries_no_beacon(client, site, communications_user):
    client.force_login(communications_user)
    response = client.get(f"/admin/pages/{site.about.pk}/edit/preview/?mode=sq")
    assert response.status_code == 200
    assert "data-reach-page" not in response.content.decode()


@pytest.mark.parametrize("lang", LANGS)
def test_a_repeat_within_half_an_hour_is_counted_once(client, site, reach_redis, lang):
    for _ in range(3):
        beacon(client, site.about, lang)
    beacon(client, site.about, lang, agent=BROWSER + " other")  # another browser
    flush.flush()
    assert counted(page=site.about, language=lang) == 2
    # The repeat keys live 30 minutes; only digests, never an address.
    seen = list(reach_redis.scan_iter(match=f"{counting.prefix()}:seen:*"))
    assert len(seen) == 2
    assert all(0 < reach_redis.ttl(key) <= 30 * 60 for key in seen)
    assert not any(b"198.51.100.7" in key for key in reach_redis.scan_iter(f"{counting.prefix()}*"))


def test_a_cached_page_is_counted_without_a_database_query(
    client, site, reach_redis, django_assert_num_queries
):
    url = url_in(site.about, "sq")
    with override_settings(PAGE_CACHE_SECONDS=300):
        client.get(url)
        reader = Client()
        page = reader.get(url, HTTP_USER_AGENT=BROWSER)
        assert page["X-Page-Cache"] == "hit"
        assert soup(page).body["data-reach-page"] == str(site.about.pk)
        with django_assert_num_queries(0):
            assert beacon(reader, site.about, "sq").status_code == 204
    flush.flush()
    assert counted(page=site.about, language="sq") == 1


def test_500_cached_views_in_a_minute_are_counted_exactly(client, site, reach_redis):
    for n in range(500):
        beacon(client, site.about, "sr-latn", address=f"10.0.{n // 250}.{n % 250}")
    totals = flush.flush()
    assert totals["views"] == 500
    assert counted(page=site.about, language="sr-latn") == 500


def test_counts_of_two_processes_add_up(client, site, reach_redis):
    script = textwrap.dedent(
        f"""
        import django, os
        os.environ["DJANGO_SETTINGS_MODULE"] = "bbg_site.settings.test"
        django.setup()
        from django.conf import settings
        from django.test import RequestFactory
        settings.REACH_REDIS_URL = {REDIS_URL!r}
        settings.REACH_KEY_PREFIX = {counting.prefix()!r}
        from reach import counting
        for n in range(40):
            request = RequestFactory().post("/reach/view/", HTTP_USER_AGENT={BROWSER!r},
                                            REMOTE_ADDR=f"10.9.0.{{n}}")
            assert counting.record("view", {site.about.pk}, "en", request)
        """
    )
    other = subprocess.Popen([sys.executable, "-c", script])
    for n in range(40):
        beacon(client, site.about, "en", address=f"10.8.0.{n}")
    assert other.wait(timeout=120) == 0
    flush.flush()
    assert counted(page=site.about, language="en") == 80


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"p": "abc", "l": "en"},
        {"p": "1", "l": "xx"},
        {"p": "0", "l": "en"},
        {"p": "١٢", "l": "en"},
    ],
)
def test_a_malformed_beacon_gets_a_clear_400(client, data):
    response = client.post("/reach/view/", data, HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 400
    assert "Unknown page or language" in response.content.decode()


def test_the_beacon_takes_only_post(client):
    assert client.get("/reach/view/").status_code == 405


@pytest.mark.parametrize("lang", LANGS)
def test_a_download_is_counted_per_pdf_language_once_per_reader(
    client, report_with_pdfs, reach_redis, lang
):
    report = report_with_pdfs
    url = pdf_url(report, "en", lang)
    whole = client.get(url, HTTP_USER_AGENT=BROWSER)
    assert whole.status_code == 200
    assert b"".join(whole.streaming_content).startswith(b"%PDF-")
    # The same reader again (or resuming) within 30 minutes: one download.
    assert client.get(url, HTTP_USER_AGENT=BROWSER).status_code == 200
    client.get(url, HTTP_USER_AGENT=GOOGLEBOT)
    client.get(url, HTTP_USER_AGENT=BROWSER, HTTP_DNT="1", REMOTE_ADDR="203.0.113.50")
    flush.flush()
    assert counted("download", page=report, language=lang) == 1
    assert counted("download") == 1


def test_views_of_pages_that_are_not_live_are_dropped(client, site, reach_redis):
    client.post("/reach/view/", {"p": "999999", "l": "en"}, HTTP_USER_AGENT=BROWSER)
    site.careers.unpublish()
    beacon(client, site.careers, "en")
    beacon(client, site.about, "en")
    flush.flush()
    assert list(Count.objects.filter(kind="view").values_list("page_id", flat=True)) == [
        site.about.pk
    ]


def test_a_batch_written_before_a_crash_is_not_counted_twice(client, site, reach_redis):
    beacon(client, site.about, "en")
    original = flush._write_batch

    # Simulate: the database commit happened, the Redis delete did not.
    def commit_only(connection, name):
        from datetime import date

        from django.db import transaction

        from reach.models import FlushedBatch

        _p, _b, _i, code, day = name.rsplit(":", 4)
        kind = counting.CODE_KINDS[code]
        with transaction.atomic():
            flush._add(kind, date.fromisoformat(day), flush._parse(kind, connection.hgetall(name)))
            FlushedBatch.objects.create(name=name)
        raise RuntimeError("killed after the commit")

    flush._write_batch = commit_only
    try:
        with pytest.raises(RuntimeError):
            flush.flush()
    finally:
        flush._write_batch = original
    assert counted() == 1
    flush.flush()  # finds the batch left in Redis, sees it written, deletes it
    assert counted() == 1
    assert not list(reach_redis.scan_iter(match=f"{counting.prefix()}:batch:*"))
    beacon(client, site.about, "en", address="203.0.113.77")
    flush.flush()
    assert counted() == 2


def test_redis_down_pages_and_downloads_are_served_and_the_log_says_so(
    client, report_with_pdfs, settings, caplog
):
    settings.REACH_REDIS_URL = "redis://127.0.0.1:1/9"
    counting.reset()
    report = report_with_pdfs
    with caplog.at_level(logging.WARNING, logger="reach.counting"):
        assert client.get(url_in(report, "sq")).status_code == 200
        assert beacon(client, report, "sq").status_code == 204
        response = client.get(pdf_url(report, "sq", "sq"), HTTP_USER_AGENT=BROWSER)
        assert response.status_code == 200
    assert "Redis unreachable" in caplog.text
    assert "not counted" in caplog.text
    counting.reset()


def test_hostile_values_in_every_beacon_field_never_fail_and_are_not_kept(
    client, site, reach_redis
):
    from tests.bbg_site.test_hostile_input import HOSTILE_VALUES

    for value in HOSTILE_VALUES:
        for field in ("p", "l"):
            data = {"p": str(site.about.pk), "l": "en", field: value}
            assert client.post("/reach/view/", data, HTTP_USER_AGENT=BROWSER).status_code == 400
        response = beacon(client, site.about, "en", referrer=value, n=value, agent=BROWSER + value)
        assert response.status_code == 204
    flush.flush()
    sources = set(Count.objects.filter(kind="referral").values_list("source", flat=True))
    assert sources <= {Source.DIRECT, Source.NEWSLETTER}


def test_counting_a_download_adds_no_query(
    client, report_with_pdfs, settings, reach_redis, django_assert_num_queries
):
    url = pdf_url(report_with_pdfs, "en", "sq")
    client.get(url, HTTP_USER_AGENT=BROWSER)  # warm caches
    settings.REACH_REDIS_URL = ""
    settings.REDIS_URL = ""
    counting.reset()
    with CaptureQueriesContext(connection) as uncounted:
        client.get(url, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="203.0.113.1")
    settings.REACH_REDIS_URL = REDIS_URL
    counting.reset()
    with django_assert_num_queries(len(uncounted.captured_queries)):
        client.get(url, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="203.0.113.2")
    flush.flush()
    assert counted("download", language="sq") == 2


def test_the_scheduler_command_writes_counts_and_rolls_up_old_days(client, site, reach_redis):
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    beacon(client, site.about, "sq")
    old = timezone.localdate() - timedelta(days=800)
    Count.objects.create(kind="view", page=site.about, language="en", day=old, count=4)
    out = StringIO()
    call_command("flush_reach", stdout=out)
    assert "1 views" in out.getvalue()
    assert "1 old daily rows rolled up" in out.getvalue()
    assert counted(page=site.about, language="sq", monthly=False) == 1
    assert Count.objects.get(language="en").monthly is True


def test_the_scheduler_command_fails_loudly_when_redis_is_down(site, settings):
    from django.core.management import CommandError, call_command

    settings.REACH_REDIS_URL = "redis://127.0.0.1:1/9"
    counting.reset()
    with pytest.raises(CommandError, match="Redis unreachable"):
        call_command("flush_reach")
    counting.reset()
