from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslatedSegment(models.Model):
    """The source text a translation segment was made from (its hash), so the
    workspace and the Translation status report can say "source changed"
    once the English of that segment is edited (``editorial.workspace``).

    Written when a translator saves a segment in the workspace or ticks
    "checked" beside a changed one; a translation never saved through the
    workspace has no row, and is not marked."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="translated_segments"
    )
    language = models.CharField(max_length=10)
    path = models.CharField(max_length=255)
    source_hash = models.CharField(max_length=64)
    checked_at = models.DateTimeField(auto_now=True)
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("translated segment")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "language", "path"], name="translated_segment_unique"
            )
        ]

    def __str__(self):
        return f"{self.page_id} {self.language} {self.path}"
