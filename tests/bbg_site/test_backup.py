"""`make backup` / `make restore FILE=...`: a site with pages, images, PDFs
and registrations is backed up into one archive, restored into a new
database and media folder, and everything is there (PostgreSQL: pg_dump and
pg_restore; skipped on a SQLite run on a developer's machine, never in CI)."""

import io
import json
import os
import subprocess
import sys
import tarfile
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]

# Run in the restored installation: what a reader and an editor would check.
INVENTORY = """
import json
from pathlib import Path
from django.conf import settings
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from events.models import Registration
docs = get_document_model().objects.all()
images = get_image_model().objects.all()
print(json.dumps({
    "pages": sorted(Page.objects.filter(depth__gt=1).values_list("url_path", "live")),
    "documents": sorted((d.title, Path(d.file.path).read_bytes()[:5].decode()) for d in docs),
    "images": sorted((i.title, Path(i.file.path).stat().st_size) for i in images),
    "registrations": sorted(
        Registration.objects.values_list("event__slug", "name", "email", "status")
    ),
}))
"""


def postgresql_only():
    if connection.vendor != "postgresql":
        if os.environ.get("CI"):
            pytest.fail("CI must run the backup test on PostgreSQL")
        pytest.skip("needs PostgreSQL (pg_dump, pg_restore)")


def inventory(database_url=None, media_root=None) -> dict:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bbg_site.settings.dev"}
    if database_url:
        env.update(DATABASE_URL=database_url, MEDIA_ROOT=str(media_root))
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", INVENTORY],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def url_of(name: str) -> str:
    db = settings.DATABASES["default"]
    user = db.get("USER") or "postgres"
    return f"postgres://{user}@{db.get('HOST') or '127.0.0.1'}:{db.get('PORT') or 5432}/{name}"


@pytest.fixture
def empty_database():
    postgresql_only()
    name = f"bprg_restore_{uuid.uuid4().hex[:10]}"
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    yield name
    connection.close()
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.django_db(transaction=True)
def test_a_backup_restores_into_a_new_database_and_media_folder(
    catalogue, empty_database, tmp_path, django_user_model
):
    from django.core.files.images import ImageFile
    from PIL import Image
    from wagtail.images import get_image_model
    from wagtail.models import Collection

    from events.models import Registration
    from tests.factories import make_event, make_event_index

    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    picture = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(picture, "PNG")
    get_image_model().objects.create(
        title="Bridge at dusk", file=ImageFile(io.BytesIO(picture.getvalue()), name="bridge.png")
    )
    import datetime

    from django.utils import timezone

    event = make_event(
        make_event_index(catalogue["library"].get_parent()),
        "launch",
        "Report launch",
        start=timezone.now() + datetime.timedelta(days=3),
    )
    Registration.objects.create(
        event=event,
        name="Ana Petrović",
        email="ana@example.org",
        language="sq",
        status="confirmed",
        consent_text="yes",
        token="restore-1",
    )
    before = inventory(url_of(settings.DATABASES["default"]["NAME"]), settings.MEDIA_ROOT)
    assert len(before["documents"]) >= 3 and before["images"] and before["registrations"]
    assert all(head == "%PDF-" for _title, head in before["documents"])

    call_command("backup", dir=str(tmp_path / "backups"))
    (archive,) = (tmp_path / "backups").glob("bprg-backup-*.tar.gz")
    with tarfile.open(archive) as opened:
        names = opened.getnames()
    assert "database.dump" in names and any(n.startswith("media/documents/") for n in names)

    media = tmp_path / "restored-media"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bbg_site.settings.dev",
        "DATABASE_URL": url_of(empty_database),
        "MEDIA_ROOT": str(media),
    }
    subprocess.run(
        [sys.executable, "manage.py", "restore", str(archive)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    after = inventory(url_of(empty_database), media)
    assert after == before
