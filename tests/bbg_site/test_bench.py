"""`make bench` on a tiny data set, so that the benchmark cannot rot: the data
set builder, the per-page measurements, the command's table and JSON, and
gunicorn under the load generator."""

import json

import pytest
from django.core.management import call_command
from django.utils import translation

from demo.benchmark import dataset, measure
from events.models import EventPage
from publications.models import NewsPage, ReportPage
from tests.factories import make_event_index

pytestmark = pytest.mark.django_db

SCALE = 0.004  # 12 reports, 12 news, 4 events…
LANGS = ("en", "sq", "sr-latn")


@pytest.fixture
def bench_site(site, catalogue, newsroom):
    make_event_index(site.home)
    return dataset.build(SCALE)


def test_data_set_grows_to_the_scale_asked_for_and_only_once(bench_site):
    want = dataset.targets(SCALE)
    assert bench_site["reports"] == want["reports"] == 12
    assert bench_site["news"] == want["news"] == 12
    assert bench_site["events"] == want["events"] == 4
    assert dataset.build(SCALE) == bench_site  # nothing added the second time


@pytest.mark.parametrize("lang", LANGS)
def test_bulk_built_pages_are_served_in_every_language(client, bench_site, lang):
    for model in (ReportPage, NewsPage, EventPage):
        page = model.objects.filter(slug_en__startswith="bench-").order_by("path").last()
        with translation.override(lang):
            url = page.get_url()
            title = page.title
        assert url.startswith(f"/{lang}/")
        response = client.get(url)
        assert response.status_code == 200, url
        assert title in response.content.decode()


def test_every_page_type_is_measured_within_the_query_budget(bench_site):
    urls = measure.page_urls("en")
    assert set(measure.TARGETS_MS) <= set(urls)
    results = measure.server_times(urls, repeat=2)
    for name, row in results.items():
        assert row["status"] == 200, (name, row)
        assert 0 < row["queries"] <= measure.QUERY_BUDGET, (name, row)
        assert 0 < row["median_ms"] <= row["p95_ms"]
        assert row["after_publish_ms"] > 0  # with the content cache emptied first


def test_bench_command_prints_a_table_and_writes_json(bench_site, tmp_path, capsys):
    output = tmp_path / "results.json"
    call_command("bench", scale=SCALE, repeat=2, no_load=True, output=str(output))
    printed = capsys.readouterr().out
    report = json.loads(output.read_text())
    assert report["data"]["reports"] == 12
    assert set(report["pages"]) >= set(measure.TARGETS_MS)
    for name in measure.TARGETS_MS:
        assert name in printed
    assert "median ms" in printed
    assert "publish ms" in printed
    # Reach: the beacon asks the database nothing (reach/views.py).
    assert report["pages"]["reach-beacon"]["status"] == 204
    assert report["pages"]["reach-beacon"]["queries"] == 0
    assert report["pages"]["reach-count"]["median_ms"] > 0


def test_gunicorn_under_the_load_generator_on_loopback(tmp_path, monkeypatch):
    # The static-file baseline needs no database: the same server and load
    # generator the benchmark uses for every page.
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'unused.sqlite3'}")
    (tmp_path / "bench-home.html").write_text("<!doctype html><title>BPRG</title>")
    with measure.Gunicorn(page_cache=True, static_root=tmp_path, workers=1) as server:
        result = measure.load(
            server.port, "/bench-home.html", seconds=1.0, max_requests=50, concurrency=2
        )
        missing = measure.load(
            server.port, "/nothing-here", seconds=0.3, max_requests=5, concurrency=1
        )
    assert result["failed"] == 0
    assert 0 < result["requests"] <= 50
    assert result["rps"] > 0
    assert missing["requests"] == 0  # not a 200: counted as failed
