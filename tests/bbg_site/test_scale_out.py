"""Scale-out: the settings switch to S3 media from the environment, and
docker-compose.scale.yml wires several app containers behind a load balancer
on shared services, with only image renditions public.

The compose file is read with a YAML parser and compose's interpolation
(test_deployment_files.py); the load balancer's configuration runs in
Debian's nginx, in front of a stand-in bucket and a stand-in app."""

import contextlib
import http.client
import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.test import override_settings

from bbg_site.storage import SameOriginS3Storage
from tests.bbg_site.test_deploy_image import (
    envsubst,
    free_port,
    listen_on,
    need_nginx,
    run_nginx,
    wait_for_port,
)
from tests.bbg_site.test_deployment_files import (
    NGINX_TEMPLATES,
    compose,
    mapping,
    operator_env,
    service_env,
)

ROOT = Path(__file__).resolve().parents[2]
NGINX_LB = NGINX_TEMPLATES["scale"]


def settings_with(env: dict) -> dict:
    """CACHES and STORAGES of the production settings under ``env``."""
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        "print(json.dumps({'caches': settings.CACHES, 'storages': settings.STORAGES}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={
            "PATH": os.environ["PATH"],
            "DJANGO_SETTINGS_MODULE": "bbg_site.settings.production",
            "SECRET_KEY": "s" * 30 + "Zr8pQ2vN5xW7yT3uL9sJ4hG6fD1aB0cE",
            "ALLOWED_HOSTS": "balkansgroup.org",
            "DATABASE_URL": "postgres://bprg:secret@db:5432/bprg",
            "REDIS_URL": "redis://redis:6379/0",
            **env,
        },
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def test_one_machine_shares_redis_and_keeps_media_in_local_files():
    values = settings_with({})
    assert values["caches"]["default"] == {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://redis:6379/0",
        "KEY_PREFIX": "bprg",
    }
    assert values["storages"]["default"]["BACKEND"].endswith("FileSystemStorage")


def test_a_bucket_name_moves_media_to_s3():
    values = settings_with(
        {"AWS_STORAGE_BUCKET_NAME": "bprg-media", "AWS_S3_ENDPOINT_URL": "http://minio:9000"}
    )
    storage = values["storages"]["default"]
    assert storage["BACKEND"] == "bbg_site.storage.SameOriginS3Storage"
    assert storage["OPTIONS"]["bucket_name"] == "bprg-media"
    assert storage["OPTIONS"]["endpoint_url"] == "http://minio:9000"
    assert storage["OPTIONS"]["querystring_auth"] is False
    static = values["storages"]["staticfiles"]["BACKEND"]
    assert static.endswith("CompressedManifestStaticFilesStorage")


def test_an_empty_endpoint_means_amazon_s3():
    values = settings_with(
        {
            "AWS_STORAGE_BUCKET_NAME": "bprg-media",
            "AWS_S3_ENDPOINT_URL": "",
            "AWS_S3_REGION_NAME": "eu-central-1",
        }
    )
    options = values["storages"]["default"]["OPTIONS"]
    assert options["endpoint_url"] is None
    assert options["region_name"] == "eu-central-1"


@override_settings(MEDIA_URL="/media/")
def test_media_in_the_bucket_is_addressed_on_the_sites_own_origin():
    storage = SameOriginS3Storage(bucket_name="bprg-media", endpoint_url="http://minio:9000")
    assert storage.url("images/report cover.webp") == "/media/images/report%20cover.webp"
    assert storage.url("/documents/r.pdf") == "/media/documents/r.pdf"


# --- docker-compose.scale.yml -------------------------------------------------------


def test_compose_names_the_services_of_a_scaled_out_site():
    services = compose("scale")["services"]
    assert {"db", "redis", "migrate", "web", "lb", "scheduler", "minio", "minio-bucket"} <= set(
        services
    )
    assert services["minio"]["profiles"] == ["minio"]
    assert services["minio-bucket"]["profiles"] == ["minio"]
    # Only the load balancer is published; MinIO's API and console are not.
    published = {name for name, service in services.items() if service.get("ports")}
    assert published == {"lb"}
    assert "ports" not in services["minio"]


def test_every_app_container_shares_database_cache_and_media():
    services = compose("scale")["services"]
    for name in ("migrate", "web", "scheduler"):
        env = service_env("scale", name)
        assert env["DATABASE_URL"].endswith("@db:5432/bprg")
        assert env["REDIS_URL"] == "redis://redis:6379/0"
        assert env["AWS_STORAGE_BUCKET_NAME"] == "bprg-media"
        assert env["AWS_ACCESS_KEY_ID"] and env["AWS_SECRET_ACCESS_KEY"]
        assert "MEDIA_ROOT" not in mapping(services[name]["environment"])
    # the web containers serve only; migrations run once, before them
    assert "migrate" not in " ".join(services["web"]["command"])
    assert services["web"]["depends_on"]["migrate"]["condition"] == (
        "service_completed_successfully"
    )
    assert services["migrate"]["command"] == ["python", "manage.py", "migrate", "--noinput"]


def test_the_s3_endpoint_is_minio_only_when_the_operator_says_so():
    assert service_env("scale", "web")["AWS_S3_ENDPOINT_URL"] == "http://minio:9000"
    amazon = {**operator_env(), "AWS_S3_ENDPOINT_URL": ""}
    assert service_env("scale", "web", amazon)["AWS_S3_ENDPOINT_URL"] == ""
    without = {k: v for k, v in operator_env().items() if k != "AWS_S3_ENDPOINT_URL"}
    assert service_env("scale", "web", without)["AWS_S3_ENDPOINT_URL"] == ""


def test_the_bucket_allows_anonymous_download_of_images_only():
    bucket = compose("scale")["services"]["minio-bucket"]
    script = " ".join(bucket["command"])
    anonymous = [
        line.split("mc anonymous set ", 1)[1].split()
        for line in script.split("&&")
        if "mc anonymous set " in line
    ]
    # First private as a whole (also a bucket an earlier version made public),
    # then images/ readable: the renditions pages show. Documents never.
    assert anonymous == [
        ["none", '"local/$AWS_STORAGE_BUCKET_NAME"'],
        ["download", '"local/$AWS_STORAGE_BUCKET_NAME/images/"'],
    ]
    assert "public" not in script
    assert bucket["image"].startswith("quay.io/minio/mc:RELEASE.")
    assert compose("scale")["services"]["minio"]["image"].startswith("quay.io/minio/minio:RELEASE.")


def test_the_load_balancer_is_told_where_the_bucket_is():
    lb = compose("scale")["services"]["lb"]
    assert lb["environment"]["MEDIA_ORIGIN"] == operator_env()["MEDIA_ORIGIN"]
    assert lb["environment"]["APP_UPSTREAM"] == "web:8000"
    assert lb["image"].startswith("nginx:")


# --- The load balancer's configuration, run -----------------------------------------


class Recorder(ThreadingHTTPServer):
    """A stand-in HTTP server that answers every GET with what it was asked."""

    def __init__(self, files: dict[str, bytes] | None = None):
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.files = files or {}
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                recorder.requests.append(
                    (self.path, {k.lower(): v for k, v in self.headers.items()})
                )
                body = recorder.files.get(self.path)
                if body is None:
                    body = json.dumps({"path": self.path}).encode()
                    self.send_response(404 if recorder.files else 200)
                else:
                    self.send_response(200)
                self.send_header("Content-Type", "image/png" if recorder.files else "text/plain")
                self.send_header("Set-Cookie", "from-the-upstream=1")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        self.port = self.server_address[1]
        threading.Thread(target=self.serve_forever, daemon=True).start()


def lb_get(port, path, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path, headers={"Host": "balkansgroup.org", **(headers or {})})
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


@contextlib.contextmanager
def load_balancer(tmp_path, media_origin: str, app_port: int):
    need_nginx()
    env = mapping(compose("scale")["services"]["lb"]["environment"])
    # Pages go lb:80 -> cache -> lb:8081 -> app; here without the cache
    # (tests/browser/test_edge_cache.py runs Varnish, which passes the
    # forwarding headers on as they came): lb:80 -> lb:8081 -> app.
    port, internal = free_port(), free_port()
    conf = envsubst(
        NGINX_LB,
        {
            **env,
            "APP_UPSTREAM": f"127.0.0.1:{app_port}",
            "CACHE_UPSTREAM": f"127.0.0.1:{internal}",
            "MEDIA_ORIGIN": media_origin,
        },
    )
    conf = listen_on(conf, {80: port, 8081: internal})
    with contextlib.ExitStack() as stack:
        nginx = run_nginx(stack, tmp_path / "nginx", conf)
        wait_for_port(port, nginx, tmp_path / "nginx" / "nginx.log", 15)
        yield port


@pytest.mark.parametrize("bucket_path", ["/bprg-media", ""])
def test_load_balancer_serves_images_from_the_bucket_and_everything_else_from_django(
    tmp_path, bucket_path
):
    """``MEDIA_ORIGIN`` with the bucket in the path (MinIO) or in the host name
    (Amazon S3's virtual-hosted form)."""
    picture = b"\x89PNG rendition"
    bucket = Recorder({f"{bucket_path}/images/report%20cover.width-400.png": picture})
    app = Recorder()
    try:
        origin = f"http://127.0.0.1:{bucket.port}{bucket_path}"
        with load_balancer(tmp_path, origin, app.port) as port:
            status, headers, body = lb_get(
                port,
                "/media/images/report%20cover.width-400.png",
                {"Cookie": "sessionid=secret", "Authorization": "Basic c2VjcmV0"},
            )
            assert (status, body) == (200, picture)
            assert headers["x-content-type-options"] == "nosniff"
            assert "set-cookie" not in headers
            assert "max-age=" in headers["cache-control"]
            ((path, sent),) = bucket.requests
            assert path == f"{bucket_path}/images/report%20cover.width-400.png"
            assert sent["host"] == f"127.0.0.1:{bucket.port}"
            assert "cookie" not in sent and "authorization" not in sent

            # Documents, originals and pages: Django, never the bucket.
            for path in ("/media/documents/private.pdf", "/media/original_images/a.png", "/en/"):
                status, _, body = lb_get(
                    port,
                    path,
                    {"X-Forwarded-For": "203.0.113.7", "X-Forwarded-Proto": "https"},
                )
                assert status == 200
                assert json.loads(body) == {"path": path}
            assert len(bucket.requests) == 1
            forwarded = [sent for _path, sent in app.requests]
            assert all(sent["host"] == "balkansgroup.org" for sent in forwarded)
            # The TLS proxy's X-Forwarded-For, with its own address added:
            # TRUSTED_PROXY_COUNT=2 finds the reader second from the right.
            assert all(sent["x-forwarded-for"] == "203.0.113.7, 127.0.0.1" for sent in forwarded)
            assert all(sent["x-forwarded-proto"] == "https" for sent in forwarded)

            # Purges are for the app alone, which reaches the cache directly:
            # a reader's PURGE or BAN stops here.
            for method in ("PURGE", "BAN"):
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                connection.request(method, "/en/", headers={"Host": "balkansgroup.org"})
                assert connection.getresponse().status == 405, method
                connection.close()
            assert len(app.requests) == len(forwarded)
    finally:
        bucket.shutdown()
        app.shutdown()


def test_load_balancer_starts_when_the_bucket_host_does_not_resolve(tmp_path):
    """No minio profile, or a provider that is down: nginx still starts and
    serves the site; only pictures fail (502) until the bucket answers."""
    app = Recorder()
    try:
        with load_balancer(tmp_path, "http://minio.invalid:9000/bprg-media", app.port) as port:
            status, _, body = lb_get(port, "/en/")
            assert status == 200
            assert json.loads(body) == {"path": "/en/"}
            status, _, _ = lb_get(port, "/media/images/a.png")
            assert status == 502
    finally:
        app.shutdown()
