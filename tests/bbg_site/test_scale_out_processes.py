"""Scale-out, exercised: two app processes on one database and one Redis.

docker-compose.scale.yml runs several `web` containers behind a load
balancer; each keeps whole pages in the shared Redis (bbg_site/page_cache.py)
under the content generation (bbg_site/content_cache.py). Here two gunicorn
processes, A and B, share one SQLite file and a dedicated database (number
11) of the Redis at 127.0.0.1:6379: a page B cached is served from the cache
(by B, and by A, which never rendered it), and a publish through A's admin
purges it for B, in every language.
"""

import contextlib
import http.client
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlencode

import pytest

from tests.bbg_site.test_deploy_image import free_port, start, wait_for_port

ROOT = Path(__file__).resolve().parents[2]
REDIS = "redis://127.0.0.1:6379/11"  # this test's own Redis database, emptied before and after
GUNICORN = Path(sys.executable).with_name("gunicorn")

ABOUT = {"en": "/en/about/", "sq": "/sq/rreth-nesh/", "sr-latn": "/sr-latn/o-nama/"}
BEFORE = {"en": "Who we are.", "sq": "Kush jemi ne.", "sr-latn": "Ko smo mi."}
AFTER = {
    "en": "A mixed team since 2015.",
    "sq": "Një ekip i përzier që nga 2015.",
    "sr-latn": "Mešovit tim od 2015.",
}

SETUP = """
import json
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.utils.module_loading import import_string
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice
from tests.factories import build_site

site = build_site()
# The edit an editor saved as a draft, which A's admin then publishes.
about = site.about.specific
for lang, field in (("en", "intro_en"), ("sq", "intro_sq"), ("sr-latn", "intro_sr_latn")):
    setattr(about, field, AFTER[lang])
about.save_revision()
# A signed-in editor who has passed two-factor sign-in (A's admin, below).
editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "x" * 20)
device = TOTPDevice.objects.create(user=editor, name="Phone", confirmed=True)
session = import_string(settings.SESSION_ENGINE + ".SessionStore")()
session[SESSION_KEY] = str(editor.pk)
session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
session[HASH_SESSION_KEY] = editor.get_session_auth_hash()
session[DEVICE_ID_SESSION_KEY] = device.persistent_id
session.create()
print(json.dumps({"about": about.pk, "session": session.session_key}))
"""


def redis_client():
    import redis

    client = redis.Redis.from_url(REDIS)
    try:
        client.ping()
    except redis.ConnectionError as error:
        pytest.fail(f"this test needs the Redis at 127.0.0.1:6379: {error}")
    return client


def get(port, path, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", path, headers={"Host": "localhost", **(headers or {})})
        response = connection.getresponse()
        return response.status, response.getheaders(), response.read().decode()
    finally:
        connection.close()


def post(port, path, data, cookies):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request(
            "POST",
            path,
            body=urlencode(data),
            headers={
                "Host": "localhost",
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items()),
                "Referer": "http://localhost/admin/",
            },
        )
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def test_a_publish_in_one_process_purges_the_page_another_process_cached(tmp_path):
    client = redis_client()
    client.flushdb()
    database = tmp_path / "shared.sqlite3"
    env = {
        **os.environ,
        # Development settings (no collectstatic needed), with what matters
        # here as in production: one database, one Redis, the page cache on.
        "DJANGO_SETTINGS_MODULE": "bbg_site.settings.dev",
        "DATABASE_URL": f"sqlite:///{database}",
        "REDIS_URL": REDIS,
        "PAGE_CACHE_SECONDS": "300",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PYTHONPATH": str(ROOT),
    }
    env.pop("PYTEST_XDIST_WORKER", None)
    manage = [sys.executable, str(ROOT / "manage.py")]
    try:
        subprocess.run(
            [*manage, "migrate", "--noinput"], env=env, cwd=ROOT, check=True,
            capture_output=True, timeout=300,
        )  # fmt: skip
        made = subprocess.run(
            [*manage, "shell", "-c", f"AFTER = {AFTER!r}\n{SETUP}"],
            env=env, cwd=ROOT, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert made.returncode == 0, made.stderr[-3000:]
        made = json.loads(made.stdout.strip().splitlines()[-1])

        with contextlib.ExitStack() as stack:
            ports = {}
            for name in ("A", "B"):
                ports[name] = free_port()
                log = tmp_path / f"{name}.log"
                process = start(
                    stack,
                    [str(GUNICORN), "bbg_site.wsgi:application", "--workers", "1"]
                    + ["--bind", f"127.0.0.1:{ports[name]}"],
                    log,
                    env=env,
                    cwd=ROOT,
                )
                wait_for_port(ports[name], process, log, 60)
            a, b = ports["A"], ports["B"]

            # B renders each language's page once; B's second fetch and A's
            # first are served from the cache they share.
            for lang, path in ABOUT.items():
                status, _, page = get(b, path)
                assert status == 200, (path, page[:500])
                assert BEFORE[lang] in page and AFTER[lang] not in page
            # What the cache holds is what readers get: with the database
            # changed behind the site's back (no purge), both processes still
            # serve the cached copy.
            with sqlite3.connect(database) as connection:
                changed = connection.execute(
                    "UPDATE bbg_site_standardpage SET intro_en = 'Changed behind the cache'"
                    " WHERE page_ptr_id = ?",
                    (made["about"],),
                ).rowcount
            assert changed == 1
            for port in (b, a):
                status, _, page = get(port, ABOUT["en"])
                assert status == 200
                assert BEFORE["en"] in page and "Changed behind the cache" not in page

            # An editor publishes the draft through A's admin (bulk publish).
            cookies = {"sessionid": made["session"]}
            action = f"/admin/bulk/wagtailcore/page/publish/?id={made['about']}"
            status, headers, form = get(a, action, {"Cookie": f"sessionid={made['session']}"})
            assert status == 200, form[:500]
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
            csrf = next(
                re.search(r"csrftoken=([^;]+)", value).group(1)
                for key, value in headers
                if key.lower() == "set-cookie" and value.startswith("csrftoken=")
            )
            status = post(a, action, {"csrfmiddlewaretoken": token}, {**cookies, "csrftoken": csrf})
            assert status == 302

            # B, which cached the old page, now serves the new one, in every language.
            for lang, path in ABOUT.items():
                status, _, page = get(b, path)
                assert status == 200, path
                assert AFTER[lang] in page and BEFORE[lang] not in page, path
    finally:
        client.flushdb()
