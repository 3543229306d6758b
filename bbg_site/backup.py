"""One dated archive that brings the site back: a PostgreSQL dump plus the
media files (images, PDFs), written to a local folder or an S3 bucket.

The archive (``bprg-backup-YYYYMMDD-HHMMSS.tar.gz``) holds
``database.dump`` (``pg_dump --format=custom``: one consistent snapshot,
taken while the site runs) and ``media/``. The dump is taken first: a file
uploaded meanwhile is in the archive without its row, which is harmless; the
other way round a page could point at a missing file.

``manage.py backup`` / ``make backup`` and ``manage.py restore FILE`` /
``make restore FILE=...``; docs/operations.md says how often.
"""

import os
import shutil
import subprocess
import tarfile
import tempfile
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.db import connections

ARCHIVE_PREFIX = "bprg-backup-"


class BackupError(Exception):
    pass


def _pg_environment(alias="default") -> tuple[list[str], dict]:
    database = settings.DATABASES[alias]
    if database["ENGINE"] != "django.db.backends.postgresql":
        raise BackupError("Backups need PostgreSQL (DATABASE_URL=postgres://...).")
    args = ["--dbname", database["NAME"]]
    if database.get("HOST"):
        args += ["--host", database["HOST"]]
    if database.get("PORT"):
        args += ["--port", str(database["PORT"])]
    if database.get("USER"):
        args += ["--username", database["USER"]]
    env = {**os.environ}
    if database.get("PASSWORD"):
        env["PGPASSWORD"] = database["PASSWORD"]
    return args, env


def _run(command, env):
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()[:2000]}")


def make_archive(folder: Path, now: datetime | None = None) -> Path:
    """Write the archive into ``folder``; its path."""
    now = now or datetime.now()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{ARCHIVE_PREFIX}{now:%Y%m%d-%H%M%S}.tar.gz"
    args, env = _pg_environment()
    with tempfile.TemporaryDirectory() as work:
        dump = Path(work) / "database.dump"
        _run(["pg_dump", "--format=custom", "--no-owner", "--file", str(dump), *args], env)
        partial = target.with_suffix(".partial")
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(dump, arcname="database.dump")
            media = Path(settings.MEDIA_ROOT)
            if media.is_dir():
                archive.add(media, arcname="media")
        partial.rename(target)  # never a half-written archive under the real name
    return target


def upload(path: Path, bucket: str, prefix: str = "") -> str:
    """Put the archive into an S3 bucket (the media bucket's credentials and
    endpoint settings apply); its key."""
    import boto3

    client = boto3.client(
        "s3",
        endpoint_url=os.environ.get("AWS_S3_ENDPOINT_URL", "").strip() or None,
        region_name=os.environ.get("AWS_S3_REGION_NAME", "").strip() or None,
    )
    key = f"{prefix.strip('/')}/{path.name}".lstrip("/")
    client.upload_file(str(path), bucket, key)
    return key


def restore_archive(path: Path) -> None:
    """Bring the database and the media folder back to the archive: the
    database's tables are replaced (``pg_restore --clean``), the media
    folder is emptied and filled from the archive."""
    args, env = _pg_environment()
    connections.close_all()
    with tempfile.TemporaryDirectory() as work:
        with tarfile.open(path, "r:gz") as archive:
            archive.extractall(work, filter="data")
        dump = Path(work) / "database.dump"
        if not dump.exists():
            raise BackupError(f"{path} holds no database.dump: not a backup of this site.")
        _run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                "--exit-on-error",
                *args,
                str(dump),
            ],
            env,
        )
        media = Path(settings.MEDIA_ROOT)
        media.mkdir(parents=True, exist_ok=True)
        for child in media.iterdir():
            shutil.rmtree(child) if child.is_dir() else child.unlink()
        source = Path(work) / "media"
        if source.is_dir():
            shutil.copytree(source, media, dirs_exist_ok=True)
