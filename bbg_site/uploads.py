"""What editors may upload: the documents a think tank publishes and raster
pictures, checked by content as well as by name, with messages in the
editor's language (Wagtail ships no Albanian or Serbian catalogue).

Plugged in through ``WAGTAILDOCS_DOCUMENT_FORM_BASE`` and
``WAGTAILIMAGES_IMAGE_FORM_BASE`` (settings/base.py), so the single upload,
the multiple uploader and the chooser's upload tab all use them.
"""

import os
import zipfile

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.forms import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def _zip_names(upload) -> set[str] | None:
    try:
        with zipfile.ZipFile(upload) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None


def _content_matches(extension: str, upload) -> bool:
    """Does the file hold what its extension says? (An HTML page renamed
    ``report.pdf`` does not.)"""
    upload.seek(0)
    head = upload.read(len(ODT_MIMETYPE) + 40)
    upload.seek(0)
    if extension == "pdf":
        return head.startswith(b"%PDF-")
    if not head.startswith(b"PK\x03\x04"):
        return False
    names = _zip_names(upload)
    upload.seek(0)
    if names is None:
        return False
    if extension == "docx":
        return "word/document.xml" in names
    if extension == "xlsx":
        return "xl/workbook.xml" in names
    if extension == "odt":
        # The first entry of an OpenDocument file is its stored mimetype.
        return "mimetype" in names and ODT_MIMETYPE in head
    return False


def _too_big_message() -> str:
    # Wagtail's fields fill in the two sizes.
    return _(
        "This file is too big (%(file_size)s). The largest file you can upload is %(max_filesize)s."
    )


class DocumentForm(BaseDocumentForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None and getattr(field, "max_upload_size", None):
            field.error_messages["file_too_large"] = _too_big_message()
            field.help_text = _("PDF, DOCX, XLSX or ODT, up to %(limit)s.") % {
                "limit": filesizeformat(field.max_upload_size)
            }

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not isinstance(upload, UploadedFile):
            return upload  # unchanged on edit
        extension = os.path.splitext(upload.name)[1].lower().lstrip(".")
        if extension not in settings.WAGTAILDOCS_EXTENSIONS:
            raise ValidationError(
                _("Only PDF, DOCX, XLSX and ODT documents can be uploaded."),
                code="invalid_extension",
            )
        if not _content_matches(extension, upload):
            raise ValidationError(
                _("This file is not a real %(type)s document: its content does not match its name.")
                % {"type": extension.upper()},
                code="content_mismatch",
            )
        return upload

    def _post_clean(self):
        # A file refused by the form (too big, wrong type) is not there for the
        # model's own extension check, which would add a confusing
        # "extension '' is not allowed": keep the form's explanation only.
        refused = list(self._errors.get("file", []))
        super()._post_clean()
        if refused:
            self._errors["file"] = self.error_class(refused)


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is None:
            return
        formats = ", ".join(e.upper() for e in settings.WAGTAILIMAGES_EXTENSIONS)
        field.error_messages["invalid_image_extension"] = _(
            "Only pictures in these formats can be uploaded: %(formats)s."
        ) % {"formats": formats}
        field.error_messages["invalid_image_known_format"] = _(
            "This file is not a real .%(extension)s picture (its content is %(image_format)s)."
        )
        field.error_messages["invalid_image"] = _("This file is not a picture we can read.")
        field.error_messages["file_too_large"] = _too_big_message()
        field.help_text = _("%(formats)s, up to %(limit)s.") % {
            "formats": formats,
            "limit": filesizeformat(field.max_upload_size),
        }
