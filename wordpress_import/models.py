"""What the WordPress importer remembers between runs.

``ImportedPage`` ties a Wagtail page to the WordPress posts it was made from
(``ImportedPost``, one per language), so that a second run updates instead of
creating; ``ImportedFile`` does the same for uploads; ``ImportedTag`` for tags
(several tags, one per language, may feed one topic); ``ImportRun`` is the log
of each run, shown under Reports → WordPress import.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportRun(models.Model):
    class Status(models.TextChoices):
        RUNNING = "running", _("Running")
        FINISHED = "finished", _("Finished")
        FAILED = "failed", _("Failed")

    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    source = models.CharField(_("export file"), max_length=255)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.RUNNING
    )
    options = models.JSONField(_("options"), default=dict, blank=True)
    # {"created": {"report": {"en": 3, ...}}, "updated": {...}, "merged": 2, ...}
    summary = models.JSONField(_("summary"), default=dict, blank=True)
    # [{"kind": "unmatched", "post": 12, "message": "..."}]
    entries = models.JSONField(_("entries"), default=list, blank=True)

    class Meta:
        ordering = ["-started_at", "-pk"]
        verbose_name = _("WordPress import")
        verbose_name_plural = _("WordPress imports")

    def __str__(self):
        return f"{self.source} ({self.started_at:%Y-%m-%d %H:%M})"


class ImportedPage(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="wordpress_import"
    )
    page_type = models.CharField(max_length=20)  # report, news, page
    fingerprint = models.CharField(max_length=64)
    # The page's latest revision after the import: another one means an
    # editor changed the page in Wagtail since.
    revision_id = models.PositiveBigIntegerField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"WordPress page {self.page_id}"


class ImportedPost(models.Model):
    post_id = models.PositiveBigIntegerField(unique=True)
    language = models.CharField(max_length=10)
    imported_page = models.ForeignKey(ImportedPage, on_delete=models.CASCADE, related_name="posts")
    link = models.CharField(max_length=500, blank=True)

    def __str__(self):
        return f"WordPress post {self.post_id} ({self.language})"


class ImportedFile(models.Model):
    # The file's path under wp-content/uploads ("2023/03/report.pdf"), else its URL.
    source = models.CharField(max_length=500, unique=True)
    attachment_id = models.PositiveBigIntegerField(null=True, blank=True)
    sha256 = models.CharField(max_length=64, db_index=True)
    document = models.ForeignKey(
        "wagtaildocs.Document", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )

    def __str__(self):
        return self.source


class ImportedTag(models.Model):
    tag_slug = models.CharField(max_length=200, unique=True)
    topic = models.ForeignKey("bbg_site.Topic", on_delete=models.CASCADE, related_name="+")

    def __str__(self):
        return self.tag_slug
