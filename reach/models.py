"""What reach keeps: counts, and nothing about any reader.

Each row is "this many" of one kind (a page view, a PDF download, a visit
that came from a referring host) for one page, one language and one day, or
for one month once the days are older than the retention period
(``ReachSettings.keep_days_months``; ``reach.flush.roll_up``). The referring
site is a host name only ("google.com"), or one of the markers in
``Source``. Newsletter subscribers are a daily snapshot per language.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


class Kind(models.TextChoices):
    VIEW = "view", _("Views")
    DOWNLOAD = "download", _("Downloads")
    REFERRAL = "referral", _("Referrals")


class Source:
    """``Count.source`` of a referral that is not another site's host."""

    DIRECT = "-direct"
    NEWSLETTER = "-newsletter"
    INTERNAL = "-internal"


class Count(models.Model):
    kind = models.CharField(max_length=10, choices=Kind.choices)
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=10)
    # The day, or the first day of the month when ``monthly``.
    day = models.DateField()
    monthly = models.BooleanField(default=False)
    # Referrals only: the referring host, or a ``Source`` marker.
    source = models.CharField(max_length=253, blank=True, default="")
    count = models.PositiveBigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "page", "language", "day", "monthly", "source"],
                name="reach_one_count_per_key",
            )
        ]
        indexes = [models.Index(fields=["kind", "day"], name="reach_kind_day")]

    def __str__(self):
        return f"{self.kind} {self.page_id} {self.language} {self.day}: {self.count}"


class SubscriberSnapshot(models.Model):
    """Confirmed newsletter subscribers in one language at the end of a day
    (taken by the scheduler: unsubscribing deletes the address, so the past
    cannot be recomputed from the subscriber table)."""

    day = models.DateField()
    language = models.CharField(max_length=10)
    confirmed = models.PositiveIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["day", "language"], name="reach_one_snapshot_per_day")
        ]

    def __str__(self):
        return f"{self.day} {self.language}: {self.confirmed}"


class FlushedBatch(models.Model):
    """A batch of Redis counts already added to ``Count``: writing one again
    (after a crash between the database commit and the Redis delete) is a
    no-op, so nothing is counted twice."""

    name = models.CharField(max_length=200, unique=True)
    flushed_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.name


@register_setting(icon="view")
class ReachSettings(BaseSiteSetting):
    keep_days_months = models.PositiveSmallIntegerField(
        _("keep daily reach counts for (months)"),
        default=24,
        help_text=_(
            "Older days are added up into months (the totals stay, the days go). "
            "Reach counts hold no personal data."
        ),
    )

    panels = [FieldPanel("keep_days_months")]

    class Meta:
        verbose_name = _("reach")
