from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class ReportType(models.Model):
    """Report, Policy brief, Policy analysis, Commentary… Editors can add more."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        help_text=_("Used in addresses that filter by type, e.g. ?type=policy-brief."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order in lists"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "name_en"]
        verbose_name = _("publication type")
        verbose_name_plural = _("publication types")

    def __str__(self):
        return self.name
