"""WordPress uploads as Wagtail documents and images, each imported once.

A file is read from a copy of ``wp-content/uploads`` (``--uploads DIR``),
else fetched from its address; a file that cannot be had is reported by the
caller (``get`` returns None and says why in ``self.problems``).
"""

import hashlib
import io
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from bbg_site.uploads import _content_matches

from .models import ImportedFile
from .parser import upload_path

MAX_BYTES = 200 * 1024 * 1024
IMAGE_EXTENSIONS = {"jpg", "jpeg", "png", "gif", "webp"}
_SIZE_SUFFIX = re.compile(r"-\d+x\d+(?=\.[a-z0-9]+$)", re.I)


def extension(name: str) -> str:
    return os.path.splitext(name)[1].lower().lstrip(".")


class FileStore:
    def __init__(self, uploads=None, *, attachments=None, timeout=20):
        self.uploads = Path(uploads).resolve() if uploads else None
        self.attachments_by_path = {}
        for attachment in (attachments or {}).values():
            if attachment.attached_file:
                self.attachments_by_path[attachment.attached_file] = attachment
        self.timeout = timeout
        self.cache = {}  # source -> ImportedFile
        self.stored: list[tuple] = []  # (storage, name) saved in the current item
        self.all_stored: list[tuple] = []
        self.used: dict[str, ImportedFile] = {}  # sources used in the current item
        self.problems: dict[str, str] = {}  # source -> why it is missing
        self.fetched = 0
        self.created = 0  # files stored (not counting those of a failed item)

    # --- items: files saved by an item that fails are removed -----------------
    def begin_item(self):
        self.stored, self.used = [], {}

    def rollback_item(self):
        self.created -= len(self.stored)
        for storage, name in self.stored:
            storage.delete(name)
        for source in list(self.used):
            self.cache.pop(source, None)
        self.stored, self.used = [], {}

    def delete_everything_stored(self):
        """After a dry run: the files it saved go too."""
        for storage, name in self.all_stored:
            storage.delete(name)

    # --- lookups ---------------------------------------------------------------
    def source_for(self, url: str) -> str:
        """The file's path under uploads, the original of a resized copy
        when WordPress made one, else the URL itself."""
        path = upload_path(url)
        if path is None:
            return url
        if path not in self.attachments_by_path:
            original = _SIZE_SUFFIX.sub("", path)
            if original in self.attachments_by_path:
                return original
        return path

    def attachment_for(self, source: str):
        return self.attachments_by_path.get(source)

    def get(self, url: str, *, want_image=None) -> ImportedFile | None:
        source = self.source_for(url)
        if source in self.cache:
            self.used[source] = self.cache[source]
            return self.cache[source]
        known = ImportedFile.objects.filter(source=source).first()
        if known is not None and (known.document_id or known.image_id):
            self.cache[source] = self.used[source] = known
            return known
        ext = extension(source)
        is_image = ext in IMAGE_EXTENSIONS
        if want_image is not None and want_image != is_image:
            return None
        if not is_image and ext not in settings.WAGTAILDOCS_EXTENSIONS:
            self.problems[source] = f"type .{ext} is not accepted"
            return None
        data = self._read(source, url)
        if data is None:
            return None
        digest = hashlib.sha256(data).hexdigest()
        same = ImportedFile.objects.filter(sha256=digest).first()
        attachment = self.attachment_for(source)
        if same is not None:
            record = ImportedFile.objects.create(
                source=source,
                attachment_id=attachment.id if attachment else None,
                sha256=digest,
                document=same.document,
                image=same.image,
            )
        else:
            record = self._create(source, data, digest, attachment, is_image)
            if record is None:
                return None
        self.cache[source] = self.used[source] = record
        return record

    def _read(self, source: str, url: str) -> bytes | None:
        if self.uploads is not None and upload_path(url) is not None:
            path = (self.uploads / source).resolve()
            if not path.is_relative_to(self.uploads):
                self.problems[source] = "outside the uploads folder"
                return None
            try:
                return path.read_bytes()
            except OSError:
                self.problems[source] = f"not in {self.uploads}"
                return None
        if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
            self.problems[source] = "no uploads folder given and no web address"
            return None
        try:
            request = urllib.request.Request(url, headers={"User-Agent": "BPRG-importer"})
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                data = response.read(MAX_BYTES + 1)
        except urllib.error.HTTPError as exc:
            self.problems[source] = f"download failed: HTTP {exc.code}"
            return None
        except (urllib.error.URLError, OSError, ValueError) as exc:
            reason = getattr(exc, "reason", exc)
            self.problems[source] = f"download failed: {reason}"
            return None
        if len(data) > MAX_BYTES:
            self.problems[source] = "larger than 200 MB"
            return None
        self.fetched += 1
        return data

    def _create(self, source, data, digest, attachment, is_image):
        name = os.path.basename(source) or "file"
        title = (attachment.title if attachment and attachment.title else "") or os.path.splitext(
            name
        )[0]
        if is_image:
            try:
                with PILImage.open(io.BytesIO(data)) as picture:
                    picture.verify()
            except Exception:  # Pillow raises many kinds on a damaged file
                self.problems[source] = "not a picture Pillow can read"
                return None
            image = get_image_model()(title=title[:255])
            image.file = ImageFile(io.BytesIO(data), name=name)
            image.save()
            self._remember(image.file)
            return ImportedFile.objects.create(
                source=source,
                attachment_id=attachment.id if attachment else None,
                sha256=digest,
                image=image,
            )
        upload = ContentFile(data, name=name)
        if not _content_matches(extension(name), upload):
            self.problems[source] = "its content does not match its name"
            return None
        document = get_document_model()(title=title[:255])
        document.file.save(name, upload, save=False)
        self._remember(document.file)
        document.save()
        return ImportedFile.objects.create(
            source=source,
            attachment_id=attachment.id if attachment else None,
            sha256=digest,
            document=document,
        )

    def _remember(self, fieldfile):
        self.created += 1
        entry = (fieldfile.storage, fieldfile.name)
        self.stored.append(entry)
        self.all_stored.append(entry)
