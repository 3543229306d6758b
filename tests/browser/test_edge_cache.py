"""The HTTP cache in front, for real: Debian's Varnish running
docker/varnish/default.vcl.template in front of the live test server.

No browser here: these tests live beside the browser tests because they need
the same live server and transactional database (flushed after each test,
which is why tests/conftest.py runs this folder last). Varnish starts once
for the module; between Varnish and the app sits a small TCP relay that the
outage test switches off, as a stopped app container would be.

Without /usr/sbin/varnishd they skip saying so, except under CI=true, where
that is a failure (.ci/run installs it).
"""

import contextlib
import gzip
import http.client
import os
import re
import select
import shutil
import socket
import socketserver
import threading
import time
from pathlib import Path
from string import Template
from types import SimpleNamespace
from urllib.parse import urlencode, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.conf import settings as django_settings
from django.utils import translation

from bbg_site.cyrillic import to_cyrillic
from tests.bbg_site.test_deploy_image import free_port, start, tail, wait_for_port

ROOT = Path(__file__).resolve().parents[2]
VCL = ROOT / "docker" / "varnish" / "default.vcl.template"
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"
LANGS = [code for code, _name in django_settings.LANGUAGES]


def need_varnish() -> None:
    if Path(VARNISHD).exists():
        return
    reason = f"{VARNISHD} is missing: install Debian's Varnish (apt-get install -y varnish)"
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but {reason}")
    pytest.skip(reason)


class Relay:
    """TCP from Varnish to the live server, until ``stop()``: then the port
    refuses connections, as a stopped app does."""

    def __init__(self, target_port: int):
        self.target = target_port
        self.port = free_port()
        self.server = None
        self.open = set()

    def start(self) -> None:
        relay = self

        class Pipe(socketserver.BaseRequestHandler):
            def handle(self):
                upstream = socket.create_connection(("127.0.0.1", relay.target))
                relay.open.update({self.request, upstream})
                try:
                    while True:
                        ready, _, _ = select.select([self.request, upstream], [], [], 30)
                        if not ready:
                            return
                        for source in ready:
                            data = source.recv(65536)
                            if not data:
                                return
                            (upstream if source is self.request else self.request).sendall(data)
                except OSError:
                    return
                finally:
                    relay.open.discard(self.request)
                    relay.open.discard(upstream)
                    upstream.close()

        class Server(socketserver.ThreadingTCPServer):
            allow_reuse_address = True
            daemon_threads = True

        self.server = Server(("127.0.0.1", self.port), Pipe)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        for sock in list(self.open):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


@pytest.fixture(scope="module")
def varnish(live_server, tmp_path_factory):
    need_varnish()
    relay = Relay(urlsplit(live_server.url).port)
    relay.start()
    directory = tmp_path_factory.mktemp("varnish")
    vcl = directory / "default.vcl"
    vcl.write_text(
        Template(VCL.read_text()).safe_substitute(
            BACKEND_HOST="127.0.0.1", BACKEND_PORT=str(relay.port), PURGE_ACL='"127.0.0.1";'
        )
    )
    port = free_port()
    log = directory / "varnish.log"
    with contextlib.ExitStack() as stack:
        process = start(
            stack,
            [VARNISHD, "-F", "-j", "none", "-n", str(directory / "work"), "-T", "none"]
            + ["-a", f"127.0.0.1:{port}", "-f", str(vcl), "-s", "malloc,64m"]
            + ["-p", "thread_pools=1", "-p", "thread_pool_min=10"],
            log,
        )
        wait_for_port(port, process, log, 30)
        yield SimpleNamespace(port=port, url=f"http://127.0.0.1:{port}", relay=relay, log=log)
    relay.stop()


@pytest.fixture(autouse=True)
def _purges_go_to_varnish(varnish, settings):
    """The settings FRONTEND_CACHE_URL makes in production; a fresh cache for
    each test (the database is flushed between tests, the URLs stay)."""
    settings.WAGTAILFRONTENDCACHE = {
        "edge": {"BACKEND": "bbg_site.edge_cache.VarnishBackend", "LOCATION": varnish.url}
    }
    from bbg_site import edge_cache

    edge_cache.ban_all()


def fetch(varnish, path, method="GET", headers=None, body=None):
    connection = http.client.HTTPConnection("127.0.0.1", varnish.port, timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        data = response.read()
        headers = {name.lower(): value for name, value in response.getheaders()}
        cookies = [v for k, v in response.getheaders() if k.lower() == "set-cookie"]
        if headers.get("content-encoding") == "gzip":
            data = gzip.decompress(data)
        return SimpleNamespace(
            status=response.status,
            headers=headers,
            cookies=cookies,
            cache=headers.get("x-cache"),
            text=data.decode("utf-8", "replace"),
        )
    finally:
        connection.close()


def post_form(varnish, action, data, origin=None):
    return fetch(
        varnish,
        urlsplit(action).path,  # without the #fragment a browser keeps to itself
        method="POST",
        body=urlencode(data),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": origin or varnish.url,
            "Sec-Fetch-Site": "same-origin" if origin is None else "cross-site",
        },
    )


def url_in(page, lang):
    with translation.override(lang):
        return page.url


def title_of(response):
    return BeautifulSoup(response.text, "html.parser").select_one("h1").get_text(" ", strip=True)


@pytest.mark.parametrize("lang", LANGS)
def test_an_anonymous_page_is_a_hit_the_second_time_and_sets_no_cookie(varnish, catalogue, lang):
    report = catalogue["reports"]["mitrovica"]
    with translation.override(lang):
        title = report.title
    if lang == "sr-cyrl":  # the Serbian Latin text, read in Cyrillic
        title = to_cyrillic(title)
    for path in (f"/{lang}/", url_in(catalogue["library"], lang), url_in(report, lang)):
        first = fetch(varnish, path)
        # The language switcher's cookie (and any other) changes nothing.
        second = fetch(varnish, path, headers={"Cookie": "bprg_language=sq; _pk_id=1"})
        assert (first.status, first.cache) == (200, "miss"), (path, varnish.log.read_text()[-500:])
        assert (second.status, second.cache) == (200, "hit"), path
        for response in (first, second):
            assert response.cookies == [], path
            control = response.headers["cache-control"]
            assert "public" in control and "s-maxage=" in control, path
            assert "cookie" not in response.headers.get("vary", "").lower(), path
        assert second.text == first.text
        assert title in second.text, path
    # Compressed for a reader who accepts it, from the same cached copy.
    packed = fetch(varnish, url_in(report, lang), headers={"Accept-Encoding": "gzip"})
    assert packed.headers["content-encoding"] == "gzip"
    assert packed.cache == "hit" and title in packed.text
    # "/" redirects by the reader's language cookie and browser: never shared.
    chosen = fetch(varnish, "/", headers={"Cookie": f"bprg_language={lang}"})
    assert chosen.status == 302 and chosen.headers["location"] == f"/{lang}/"
    assert chosen.cache == "pass" and "private" in chosen.headers["cache-control"]


def test_a_publish_purges_the_page_in_every_language_and_the_library(varnish, catalogue):
    report = catalogue["reports"]["courts"].specific
    library = catalogue["library"]
    paths = {lang: (url_in(report, lang), url_in(library, lang)) for lang in LANGS}
    written = {lang: f"Courts reopened ({lang})" for lang in ("en", "sq", "sr-latn")}
    # /sr-cyrl/ reads the Serbian Latin text in Cyrillic.
    new_titles = {**written, "sr-cyrl": to_cyrillic(written["sr-latn"])}
    assert set(new_titles) == set(LANGS)
    for page_path, library_path in paths.values():
        for path in (page_path, library_path):
            fetch(varnish, path)
            assert fetch(varnish, path).cache == "hit", path
    for lang, title in written.items():
        setattr(report, f"title_{lang.replace('-', '_')}", title)
    started = time.monotonic()
    report.save_revision().publish()
    for lang, (page_path, library_path) in paths.items():
        page = fetch(varnish, page_path)
        assert page.cache == "miss", (lang, page_path)
        assert title_of(page) == new_titles[lang]
        listing = fetch(varnish, library_path)
        assert listing.cache == "miss" and new_titles[lang] in listing.text, lang
    # Publish to the new text served in every language: well under a second.
    assert time.monotonic() - started < 5


def test_a_signed_in_editor_never_gets_a_cached_page_nor_poisons_the_cache(
    varnish, site, django_user_model
):
    from django.test import Client

    editor = django_user_model.objects.create_superuser("edge-editor", "e@example.org", "x" * 20)
    signed_in = Client()
    signed_in.force_login(editor)
    session = signed_in.cookies[django_settings.SESSION_COOKIE_NAME].value
    for lang in LANGS:
        path = url_in(site.about, lang)
        for _ in range(2):
            mine = fetch(varnish, path, headers={"Cookie": f"sessionid={session}"})
            assert mine.status == 200 and mine.cache == "pass", lang
            assert "no-store" in mine.headers["cache-control"], lang
            assert "private" in mine.headers["cache-control"], lang
            assert "wagtail-userbar" in mine.text, lang  # the editor's own tools
        reader = fetch(varnish, path)
        assert reader.cache == "miss" and "wagtail-userbar" not in reader.text, lang
        again = fetch(varnish, path)
        assert again.cache == "hit" and "wagtail-userbar" not in again.text, lang


@pytest.mark.parametrize("lang", LANGS)
def test_forms_submit_from_cached_pages(varnish, site, open_event, lang):
    from bbg_site.models import ContactMessage, Subscriber
    from events.models import Registration

    def cached(path):
        fetch(varnish, path)
        page = fetch(varnish, path)
        assert page.cache == "hit", path
        assert "csrfmiddlewaretoken" not in page.text, path
        return BeautifulSoup(page.text, "html.parser")

    # The footer's newsletter form, on the home page.
    form = cached(f"/{lang}/").select_one("footer form[method=post]")
    email = f"reader-{lang}@example.org"
    sent = post_form(varnish, form["action"], {"email": email, "language": lang, "consent": "on"})
    assert sent.status == 302 and sent.cache == "pass", sent.text[:300]
    assert "no-store" in sent.headers["cache-control"]
    assert Subscriber.objects.filter(email=email).exists()
    # Contact.
    contact = url_in(site.contact, lang)
    form = cached(contact).select_one("main form[method=post]")
    message = f"Hello in {lang}"
    fields = {"name": "Ana", "email": f"ana-{lang}@example.org", "subject": "Launch"}
    sent = post_form(varnish, form["action"], {**fields, "message": message})
    assert sent.status == 302, sent.text[:300]
    assert ContactMessage.objects.filter(message=message).exists()
    # Event registration.
    event = url_in(open_event, lang)
    form = cached(event).select_one("main form[method=post]")
    email = f"guest-{lang}@example.org"
    data = {"name": "Ana Petrović", "email": email, "organisation": "OSCE", "consent": "on"}
    sent = post_form(varnish, form["action"], data)
    assert sent.status in (302, 303), sent.text[:300]
    assert Registration.objects.filter(email=email).exists()
    # The same form posted from another site is refused, and nothing is kept.
    forged = post_form(
        varnish,
        f"/{lang}/newsletter/",
        {"email": "forged@example.org", "language": lang, "consent": "on"},
        origin="https://evil.example",
    )
    assert forged.status == 403
    assert not Subscriber.objects.filter(email="forged@example.org").exists()


def test_a_cached_page_is_still_served_while_the_app_is_stopped(varnish, site, settings):
    settings.EDGE_CACHE_SECONDS = 1  # stale after a second: only grace serves it then
    paths = {lang: url_in(site.careers, lang) for lang in LANGS}
    for lang, path in paths.items():
        assert fetch(varnish, path).cache == "miss", lang
    varnish.relay.stop()
    try:
        time.sleep(2.2)
        for lang, path in paths.items():
            stale = fetch(varnish, path)
            assert stale.status == 200, (lang, tail(varnish.log))
            assert int(stale.headers["age"]) >= 2, lang
            assert re.search(r"Karriera|Careers|Karijera|Каријера", title_of(stale)), lang
        # What was never cached cannot be served.
        assert fetch(varnish, url_in(site.about, "en")).status == 503
    finally:
        varnish.relay.start()


def test_a_cached_page_is_still_served_while_the_database_is_down(
    varnish, site, settings, monkeypatch
):
    """The app up, its database not: Django answers its translated 503
    (bbg_site/outage.py). A refresh that gets a 5xx keeps the stale copy."""
    from django.db import OperationalError

    settings.EDGE_CACHE_SECONDS = 1
    paths = {lang: url_in(site.careers, lang) for lang in LANGS}
    titles = {}
    for lang, path in paths.items():
        first = fetch(varnish, path)
        assert first.cache == "miss", lang
        titles[lang] = title_of(first)

    def database_down(self, request, *args, **kwargs):
        raise OperationalError("connection refused (database down)")

    monkeypatch.setattr(type(site.careers.specific), "serve", database_down)
    time.sleep(1.5)
    for _ in range(2):  # the second time after the failed refresh
        for lang, path in paths.items():
            stale = fetch(varnish, path)
            assert stale.status == 200, lang
            assert title_of(stale) == titles[lang]
        time.sleep(0.3)
    # A page the cache never had: the app's own 503 passes through, unkept.
    never = fetch(varnish, url_in(site.about, "sq"))
    assert never.status == 503 and never.headers["retry-after"] == "60"
    assert never.cache != "hit"
