"""Scale-out: the settings switch to a shared Redis cache and S3 media from
the environment, and docker-compose.scale.yml wires several app containers
behind a load balancer on shared services."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from django.test import override_settings

from bbg_site.storage import SameOriginS3Storage

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.scale.yml"
NGINX = ROOT / "docker" / "nginx-lb.conf.template"


def settings_with(env: dict) -> dict:
    """CACHES and STORAGES of the production settings under ``env``."""
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        "print(json.dumps({'caches': settings.CACHES, 'storages': settings.STORAGES}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={
            **{k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "REDIS_"))},
            "DJANGO_SETTINGS_MODULE": "bbg_site.settings.production",
            "SECRET_KEY": "s" * 60,
            "ALLOWED_HOSTS": "balkansgroup.org",
            **env,
        },
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def test_one_machine_uses_local_memory_and_local_files():
    values = settings_with({})
    assert values["caches"]["default"]["BACKEND"].endswith("LocMemCache")
    assert values["storages"]["default"]["BACKEND"].endswith("FileSystemStorage")


def test_redis_url_makes_the_cache_shared():
    values = settings_with({"REDIS_URL": "redis://redis:6379/0"})
    assert values["caches"]["default"] == {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://redis:6379/0",
        "KEY_PREFIX": "bprg",
    }


def test_a_bucket_name_moves_media_to_s3():
    values = settings_with(
        {"AWS_STORAGE_BUCKET_NAME": "bprg-media", "AWS_S3_ENDPOINT_URL": "http://minio:9000"}
    )
    storage = values["storages"]["default"]
    assert storage["BACKEND"] == "bbg_site.storage.SameOriginS3Storage"
    assert storage["OPTIONS"]["bucket_name"] == "bprg-media"
    assert storage["OPTIONS"]["endpoint_url"] == "http://minio:9000"
    static = values["storages"]["staticfiles"]["BACKEND"]
    assert static.endswith("CompressedManifestStaticFilesStorage")


@override_settings(MEDIA_URL="/media/")
def test_media_in_the_bucket_is_addressed_on_the_sites_own_origin():
    storage = SameOriginS3Storage(bucket_name="bprg-media", endpoint_url="http://minio:9000")
    assert storage.url("images/report cover.webp") == "/media/images/report%20cover.webp"
    assert storage.url("/documents/r.pdf") == "/media/documents/r.pdf"


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load(COMPOSE.read_text())


def test_compose_names_the_services_of_a_scaled_out_site(compose):
    services = compose["services"]
    assert {"db", "redis", "migrate", "web", "lb", "scheduler", "minio", "minio-bucket"} <= set(
        services
    )
    assert services["minio"]["profiles"] == ["minio"]
    assert services["minio-bucket"]["profiles"] == ["minio"]
    # only the load balancer (and MinIO's API, in its profile) is published
    published = {name for name, service in services.items() if service.get("ports")}
    assert published == {"lb", "minio"}


def test_every_app_container_shares_database_cache_and_media(compose):
    services = compose["services"]
    for name in ("migrate", "web", "scheduler"):
        env = services[name]["environment"]
        assert env["DATABASE_URL"].endswith("@db:5432/bprg")
        assert env["REDIS_URL"] == "redis://redis:6379/0"
        assert env["AWS_STORAGE_BUCKET_NAME"]
        assert "MEDIA_ROOT" not in env  # no per-container media volume
    # the web containers serve only; migrations run once, before them
    assert "migrate" not in " ".join(services["web"]["command"])
    assert services["web"]["depends_on"]["migrate"]["condition"] == (
        "service_completed_successfully"
    )
    assert services["migrate"]["command"] == ["python", "manage.py", "migrate", "--noinput"]


def test_load_balancer_spreads_requests_over_every_web_container_and_proxies_media():
    conf = NGINX.read_text()
    assert "server web:8000 resolve;" in conf
    assert "resolver 127.0.0.11" in conf  # Docker's DNS: scaled containers are found
    assert "location /media/" in conf
    assert "proxy_pass ${MEDIA_ORIGIN}/;" in conf
    assert "proxy_set_header Host $host;" in conf
