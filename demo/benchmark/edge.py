"""Through the cache in front: Debian's Varnish running
docker/varnish/default.vcl.template in front of gunicorn, as production runs
it (docs/performance.md, "The cache in front").

Requests per second for a cached report, the library and the home page beside
the home page's HTML as a static file served through the same cache, at 8 and
64 concurrent connections (``ab`` from apache2-utils when installed, else the
benchmark's own threaded load generator, which is slower than Varnish and
then measures itself); then the time from Publish (in this process, which
sends the purges) to the new title being served by the cache.

gunicorn runs with Django's page cache off here: Varnish is the page cache,
and each gunicorn worker's local cache would not hear of this process's
publish (production shares one Redis).
"""

import http.client
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from string import Template

from django.conf import settings
from django.test import Client, override_settings
from django.utils import translation

from demo.benchmark import measure
from publications.models import ReportPage

VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"
AB = shutil.which("ab")
VCL = Path(settings.BASE_DIR, "docker", "varnish", "default.vcl.template")
CONCURRENCY = (8, 64)


def available() -> bool:
    return Path(VARNISHD).exists()


class Varnish:
    def __init__(self, backend_port: int):
        self.port = measure._free_port()
        self.directory = Path(tempfile.mkdtemp(prefix="bprg-varnish-"))
        vcl = self.directory / "default.vcl"
        vcl.write_text(
            Template(VCL.read_text()).safe_substitute(
                BACKEND_HOST="127.0.0.1", BACKEND_PORT=str(backend_port), PURGE_ACL='"127.0.0.1";'
            )
        )
        self.command = [VARNISHD, "-F", "-j", "none", "-T", "none"]
        self.command += ["-n", str(self.directory / "work"), "-f", str(vcl)]
        self.command += ["-a", f"127.0.0.1:{self.port}", "-s", "malloc,256m"]

    def __enter__(self):
        self.process = subprocess.Popen(  # noqa: S603
            self.command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if _get(self.port, "/robots.txt", quiet=True) is not None:
                return self
            time.sleep(0.2)
        self.__exit__()
        raise RuntimeError("varnishd did not start")

    def __exit__(self, *_exc):
        self.process.terminate()
        self.process.wait(timeout=30)
        shutil.rmtree(self.directory, ignore_errors=True)


def _get(port, path, quiet=False):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path, headers={"Host": "127.0.0.1"})
        response = connection.getresponse()
        return response.status, response.getheader("X-Cache"), response.read().decode()
    except OSError:
        if quiet:
            return None
        raise
    finally:
        connection.close()


def rate(port, path, *, concurrency, seconds, max_requests) -> float:
    if AB:
        result = subprocess.run(  # noqa: S603
            # -t first: it sets -n to 50,000, which the -n after it lowers.
            [AB, "-q", "-c", str(concurrency), "-t", str(seconds), "-n", str(max_requests)]
            # As browsers ask: the cache keeps pages gzipped (and would
            # unzip them for each client that does not accept gzip).
            + ["-H", "Accept-Encoding: gzip, deflate, br"]
            + ["-r", f"http://127.0.0.1:{port}{path}"],
            capture_output=True,
            text=True,
            timeout=seconds + 60,
        )
        found = re.search(r"Requests per second:\s+([\d.]+)", result.stdout)
        return float(found.group(1)) if found else 0.0
    return measure.load(
        port, path, seconds=seconds, max_requests=max_requests, concurrency=concurrency
    )["rps"]


def publish_to_served(port, report) -> float:
    """Seconds from Publish to the cache serving the new title."""
    with translation.override("en"):
        path = report.get_url()
    assert _get(port, path)[0] == 200
    assert _get(port, path)[1] == "hit", "the report was not cached"
    page = report.specific
    old = page.title_en
    page.title_en = f"{old} (edited {int(time.time())})"
    started = time.monotonic()
    page.save_revision().publish()
    while page.title_en not in _get(port, path)[2]:
        if time.monotonic() - started > 30:
            raise RuntimeError("the new title was not served within 30 s")
        time.sleep(0.01)
    elapsed = time.monotonic() - started
    page.title_en = old
    page.save_revision().publish()
    return round(elapsed, 3)


def through_cache(urls, *, seconds: float, max_requests: int) -> dict:
    static_root = Path(tempfile.mkdtemp(prefix="bprg-bench-"))
    try:
        html = Client().get(urls["home"], HTTP_HOST="127.0.0.1").content
        (static_root / "bench-home.html").write_bytes(html)
        paths = {
            "report": urls["report"],
            "library": urls["library"],
            "home": urls["home"],
            "static-file": "/bench-home.html",
        }
        results = {}
        with (
            measure.Gunicorn(page_cache=False, static_root=static_root) as server,
            Varnish(server.port) as cache,
        ):
            for name, path in paths.items():
                _get(cache.port, path)  # the miss that fills the cache
                results[name] = {
                    f"c{n}": rate(
                        cache.port, path, concurrency=n, seconds=seconds, max_requests=max_requests
                    )
                    for n in CONCURRENCY
                }
            location = f"http://127.0.0.1:{cache.port}"
            backend = {"BACKEND": "bbg_site.edge_cache.VarnishBackend", "LOCATION": location}
            with override_settings(WAGTAILFRONTENDCACHE={"edge": backend}):
                # The report measure.page_urls chose: the middle one.
                reports = ReportPage.objects.live().order_by("path")
                report = reports[reports.count() // 2]
                publish_s = publish_to_served(cache.port, report)
        for name in results:
            for key, value in list(results[name].items()):
                static = results["static-file"][key]
                results[name][f"{key}_of_static"] = round(value / static, 2) if static else None
        return {
            "pages": results,
            "publish_to_served_s": publish_s,
            "tool": "ab" if AB else "python",
        }
    finally:
        shutil.rmtree(static_root, ignore_errors=True)


def table(edge: dict) -> str:
    lines = [
        f"Through the cache in front (Varnish; load by {edge['tool']}):",
        f"{'page':<14}" + "".join(f"{f'rps c={n}':>12}{'of static':>11}" for n in CONCURRENCY),
    ]
    for name, row in edge["pages"].items():
        cells = "".join(
            f"{row[f'c{n}']:>12}{row[f'c{n}_of_static'] or '':>11}" for n in CONCURRENCY
        )
        lines.append(f"{name:<14}{cells}")
    lines.append(f"Publish to the new title served: {edge['publish_to_served_s']} s")
    return "\n".join(lines)
