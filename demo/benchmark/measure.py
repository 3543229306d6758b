"""Measuring each page type: SQL queries and server time in-process (warm,
repeated requests through the whole middleware stack), then requests per
second from gunicorn on loopback under a small threaded load generator,
with the page cache off and on, and the same HTML as a static file."""

import http.client
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from bbg_site import content_cache
from events.models import EventIndexPage, EventPage
from people.models import PeopleIndexPage, PersonPage
from projects.models import ProjectIndexPage, ProjectPage
from publications.models import NewsPage, PublicationIndexPage, ReportPage

# Targets of issue 10 (median server time, uncached, warm, ms).
TARGETS_MS = {
    "home": 50,
    "library": 50,
    "library-filtered": 50,
    "report": 30,
    "news": 30,
    "profile": 30,
    "people-index": 50,
    "project": 30,
    "event-index": 50,
    "event": 30,
    "search": 100,
}
QUERY_BUDGET = 15


def _url(page, lang="en"):
    with translation.override(lang):
        return page.get_url()


def page_urls(lang: str = "en") -> dict[str, str]:
    """One URL per page type, the middle item of each kind (neither the
    newest nor the oldest)."""

    def middle(model):
        queryset = model.objects.live().order_by("path")
        return queryset[queryset.count() // 2]

    topic = ReportPage.objects.live().filter(topics__isnull=False).first().topics.first()
    library = _url(PublicationIndexPage.objects.get(), lang)
    report = middle(ReportPage)
    return {
        "home": f"/{lang}/",
        "library": library,
        "library-filtered": f"{library}?topic={topic.slug}",
        "report": _url(report, lang),
        # The Cyrillic edition against its Latin twin (docs/performance.md).
        "report-sr-latn": _url(report, "sr-latn"),
        "report-sr-cyrl": _url(report, "sr-cyrl"),
        "news": _url(middle(NewsPage), lang),
        "profile": _url(middle(PersonPage), lang),
        "people-index": _url(PeopleIndexPage.objects.get(), lang),
        "project": _url(middle(ProjectPage), lang),
        "project-index": _url(ProjectIndexPage.objects.get(), lang),
        "event-index": _url(EventIndexPage.objects.get(), lang),
        "event": _url(middle(EventPage), lang),
        "search": f"/{lang}/search/?q=dialogue+north",
    }


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def server_times(urls: dict[str, str], repeat: int, rounds: int = 4) -> dict[str, dict]:
    """Queries, median and p95 milliseconds per page, page cache off.

    The timed requests are spread over ``rounds`` passes through every page
    (this machine's speed drifts by 20–30 % from one minute to the next; in
    one pass per page, the page measured in a slow minute looked slow), then
    each page's first request after a publish is timed."""
    client = Client()
    results = {}
    timings = {name: [] for name in urls}
    rounds = max(1, min(rounds, repeat))
    with override_settings(PAGE_CACHE_SECONDS=0, ALLOWED_HOSTS=["*"]):
        for name, url in urls.items():
            for _ in range(3):  # warm: templates, content types, renditions
                response = client.get(url)
            with CaptureQueriesContext(connection) as ctx:
                response = client.get(url)
            results[name] = {
                "url": url,
                "status": response.status_code,
                "bytes": len(response.content),
                "queries": len(ctx.captured_queries),
            }
        for round_number in range(rounds):
            share = repeat // rounds + (1 if round_number < repeat % rounds else 0)
            for name, url in urls.items():
                for _ in range(share):
                    start = time.perf_counter()
                    client.get(url)
                    timings[name].append((time.perf_counter() - start) * 1000)
        for name, url in urls.items():
            # The first request after a publish, which starts a new content
            # generation: nothing the content cache holds (site, menu, filter
            # options, cards, related lists) is there for it.
            after_publish = []
            for _ in range(max(3, repeat // 8)):
                content_cache.new_generation()
                start = time.perf_counter()
                client.get(url)
                after_publish.append((time.perf_counter() - start) * 1000)
            results[name].update(
                median_ms=round(statistics.median(timings[name]), 2),
                p95_ms=round(percentile(timings[name], 0.95), 2),
                after_publish_ms=round(statistics.median(after_publish), 2),
            )
    return results


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Gunicorn:
    """gunicorn serving the site on a loopback port for the duration of a ``with``."""

    def __init__(self, *, page_cache: bool, static_root: Path, workers: int = 2):
        self.port = _free_port()
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "bbg_site.settings.bench",
            "PAGE_CACHE_SECONDS": "300" if page_cache else "0",
            "BENCH_STATIC_ROOT": str(static_root),
            "DATABASE_URL": os.environ.get("DATABASE_URL", _database_url()),
        }
        self.command = [
            str(Path(sys.executable).with_name("gunicorn")),
            "bbg_site.wsgi:application",
            f"--bind=127.0.0.1:{self.port}",
            f"--workers={workers}",
            "--log-level=warning",
        ]
        self.env = env

    def __enter__(self):
        self.process = subprocess.Popen(  # noqa: S603
            self.command, env=self.env, cwd=settings.BASE_DIR, start_new_session=True
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.2)
        self.__exit__()
        raise RuntimeError("gunicorn did not start")

    def __exit__(self, *_exc):
        os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(timeout=30)


def _database_url() -> str:
    db = settings.DATABASES["default"]
    if "sqlite" in db["ENGINE"]:
        return f"sqlite:///{db['NAME']}"
    return (
        f"postgres://{db['USER']}{':' + db['PASSWORD'] if db['PASSWORD'] else ''}"
        f"@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    )


def load(port: int, path: str, *, seconds: float, max_requests: int, concurrency: int) -> dict:
    """Requests per second with ``concurrency`` keep-alive-less clients,
    bounded by time and by number of requests."""
    lock = threading.Lock()
    done = {"ok": 0, "failed": 0, "sent": 0}
    deadline = time.monotonic() + seconds

    def worker():
        while time.monotonic() < deadline:
            with lock:  # take a request's place before sending it: never more than max
                if done["sent"] >= max_requests:
                    return
                done["sent"] += 1
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            try:
                connection.request("GET", path, headers={"Host": "127.0.0.1"})
                response = connection.getresponse()
                response.read()
                key = "ok" if response.status == 200 else "failed"
            except OSError:
                key = "failed"
            finally:
                connection.close()
            with lock:
                done[key] += 1

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    start = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - start
    return {
        "requests": done["ok"],
        "failed": done["failed"],
        "rps": round(done["ok"] / elapsed, 1) if elapsed else 0.0,
    }


def throughput(urls, *, seconds, max_requests, concurrency) -> dict[str, dict]:
    """Requests per second per page, uncached and cached, and a static-file
    baseline: the home page's HTML served by the same gunicorn as a file."""
    static_root = Path(tempfile.mkdtemp(prefix="bprg-bench-"))
    try:
        html = Client().get(urls["home"], HTTP_HOST="127.0.0.1").content
        (static_root / "bench-home.html").write_bytes(html)
        results = {name: {} for name in urls}
        for cached in (False, True):
            label = "cached_rps" if cached else "uncached_rps"
            with Gunicorn(page_cache=cached, static_root=static_root) as server:
                for name, url in urls.items():
                    load(server.port, url, seconds=0.5, max_requests=20, concurrency=2)  # warm
                    results[name][label] = load(
                        server.port,
                        url,
                        seconds=seconds,
                        max_requests=max_requests,
                        concurrency=concurrency,
                    )["rps"]
                if cached:
                    results["static-file"] = {
                        "cached_rps": load(
                            server.port,
                            "/bench-home.html",
                            seconds=seconds,
                            max_requests=max_requests,
                            concurrency=concurrency,
                        )["rps"]
                    }
        return results
    finally:
        shutil.rmtree(static_root, ignore_errors=True)


def reach_costs(repeat: int) -> dict[str, dict]:
    """What counting costs (reach/): the beacon a cached page sends (whole
    middleware stack, queries too), and ``counting.record`` alone, which is
    what counting adds to a PDF download. Counted in Redis
    (``REACH_REDIS_URL``, else database 15 of a local Redis) under a key
    prefix of its own, removed afterwards."""
    import uuid

    from reach import counting

    report = ReportPage.objects.live().order_by("path").first()
    if report is None:
        return {}
    url = os.environ.get("REACH_REDIS_URL") or "redis://127.0.0.1:6379/15"
    prefix = f"reach-bench-{uuid.uuid4().hex[:8]}"
    agent = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
    client = Client()
    results = {}
    with override_settings(REACH_REDIS_URL=url, REACH_KEY_PREFIX=prefix, ALLOWED_HOSTS=["*"]):
        counting.reset()
        try:
            beacon, record = [], []
            data = {"p": str(report.pk), "l": "en", "r": "example.org"}
            for n in range(max(repeat, 3) + 3):
                address = f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}"
                start = time.perf_counter()
                with CaptureQueriesContext(connection) as ctx:
                    response = client.post(
                        "/reach/view/", data, HTTP_USER_AGENT=agent, REMOTE_ADDR=address
                    )
                beacon.append((time.perf_counter() - start) * 1000)
                request = response.wsgi_request
                request.META["REMOTE_ADDR"] = address + "9"
                start = time.perf_counter()
                counting.record(counting.DOWNLOAD, report.pk, "en", request)
                record.append((time.perf_counter() - start) * 1000)
            beacon, record = beacon[3:], record[3:]  # the first ones warm up
            results["reach-beacon"] = {
                "url": "/reach/view/",
                "status": response.status_code,
                "queries": len(ctx.captured_queries),
                "median_ms": round(statistics.median(beacon), 3),
                "p95_ms": round(percentile(beacon, 0.95), 3),
            }
            results["reach-count"] = {
                "url": "(counting.record: added to a download)",
                "queries": 0,
                "median_ms": round(statistics.median(record), 3),
                "p95_ms": round(percentile(record, 0.95), 3),
            }
        finally:
            redis_client = counting.client()
            keys = list(redis_client.scan_iter(match=f"{prefix}:*", count=1000))
            if keys:
                redis_client.delete(*keys)
            counting.reset()
    return results
