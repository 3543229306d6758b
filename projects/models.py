import datetime

from django import forms
from django.apps import apps
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from bbg_site import cache_keys
from bbg_site.blocks import BodyBlock
from bbg_site.content_cache import remember
from bbg_site.i18n import in_every_language
from bbg_site.models import BasePage, IndexPage
from people.choosers import PersonChooserWidget

# A project page shows this many of its newest publications, events and news
# (a long-running project has hundreds; the listings have them all).
LATEST_ON_PAGE = 6


class PartnerKind(models.TextChoices):
    DONOR = "donor", _("Donor")
    PARTNER = "partner", _("Partner")


class Partner(index.Indexed, models.Model):
    """A donor or partner organisation, such as Sida."""

    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=50, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    kind = models.CharField(
        _("kind"), max_length=20, choices=PartnerKind.choices, default=PartnerKind.PARTNER
    )
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        help_text=_("Used in addresses that filter by partner, e.g. ?partner=sida."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("logo"),
        FieldPanel("website"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("short_name")]

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self):
        return self.name


class ProjectStatus(models.TextChoices):
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")


class ProjectIndexPage(IndexPage):
    """Every project, ongoing first, filterable (``projects.filters``)."""

    template = "pages/project_index_page.html"

    subpage_types = ["projects.ProjectPage"]
    page_description = _("All projects, ongoing first. Projects go below it.")

    filterset_class = "projects.filters.ProjectFilter"
    results_id = "project-results"

    class Meta:
        verbose_name = _("project index")

    def listing_queryset(self):
        """Ongoing projects first, then completed ones, each newest start
        first (no start date last), with today's status as ``status_today``."""
        return (
            ProjectPage.objects.child_of(self)
            .live()
            .public()
            .defer_streamfields()
            .select_related("image")
            .prefetch_related("project_partners__partner")
            .annotate(status_today=ProjectPage.status_today())
            .order_by(
                models.Case(
                    models.When(status_today=ProjectStatus.ONGOING, then=0),
                    default=1,
                ),
                models.F("start_date").desc(nulls_last=True),
                "path",
            )
        )


class ProjectPage(BasePage):
    template = "pages/project_page.html"
    social_image_field = "image"

    summary = models.TextField(
        _("summary"), blank=True, help_text=_("Two or three sentences for listings.")
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(_("image description"), max_length=250, blank=True)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    status_override = models.CharField(
        _("status"),
        max_length=20,
        choices=ProjectStatus.choices,
        blank=True,
        help_text=_("Leave empty to work it out from the dates."),
    )

    translated_text_fields = ("title", "summary", "body")
    # A draft may be started without it; publishing needs it in one language
    # (``BasePageForm.clean_needed_in_one_language``).
    needed_in_one_language = ("summary",)

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("status_override", widget=forms.RadioSelect),
            ],
            heading=_("Dates and status"),
        ),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        FieldPanel("body"),
        InlinePanel("project_partners", label=_("Donors and partners")),
        InlinePanel("team_members", label=_("Team")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types: list[str] = []
    page_description = _("A project with its donors, partners, team and outputs.")

    detail_select_related = ("image",)

    @property
    def detail_prefetch(self):
        return (
            models.Prefetch(
                "project_partners", ProjectPartner.objects.select_related("partner__logo")
            ),
            models.Prefetch(
                "team_members",
                ProjectTeamMember.objects.select_related("person__photo").defer(
                    "person__biography",  # a StreamField in three languages no card shows
                    *in_every_language("person__biography"),
                ),
            ),
        )

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    def get_summary(self) -> str:
        return self.summary

    search_kind = "project"

    def search_date(self):
        return self.start_date

    def search_extra_text(self) -> list[str]:
        return [link.partner.name for link in self.project_partners.select_related("partner")]

    @staticmethod
    def status_today() -> models.Case:
        """``status_on`` today, in SQL (to filter and sort by it)."""
        return models.Case(
            models.When(~models.Q(status_override=""), then=models.F("status_override")),
            models.When(
                end_date__lt=timezone.localdate(), then=models.Value(ProjectStatus.COMPLETED)
            ),
            default=models.Value(ProjectStatus.ONGOING),
            output_field=models.CharField(),
        )

    def status_on(self, day: datetime.date) -> str:
        if self.status_override:
            return self.status_override
        if self.end_date and self.end_date < day:
            return ProjectStatus.COMPLETED
        return ProjectStatus.ONGOING

    @property
    def status(self) -> str:
        return self.status_on(timezone.localdate())

    @property
    def status_label(self) -> str:
        return ProjectStatus(self.status).label

    def publications(self):
        """Reports filed under this project (``ReportPage.project``)."""
        return apps.get_model("publications", "ReportPage").for_listing().filter(project=self)

    # The lists of other pages a project page shows are kept in the content
    # cache: they change only when content does (a new generation). They are
    # read through the pages' own managers, not ``self.news_items``: a reverse
    # manager hangs this page (and all it prefetched) on every item, and the
    # cache would store a copy of it with each one.
    def latest_publications(self):
        """The newest publications, one more than the page shows (then it
        links to all of them in the library)."""
        return remember(
            cache_keys.related(self.pk, "publications"),
            lambda: list(self.publications()[: LATEST_ON_PAGE + 1]),
        )

    def event_list(self):
        """Events of this project (``EventPage.project``), newest first."""
        return self._latest("events.EventPage", "-start")

    def news(self):
        return self._latest("publications.NewsPage", "-date", "-pk")

    def _latest(self, model_label: str, *order):
        return remember(
            cache_keys.related(self.pk, "latest", model_label),
            lambda: list(
                apps.get_model(model_label)
                .objects.filter(project=self)
                .live()
                .public()
                .defer_streamfields()
                .order_by(*order)[:LATEST_ON_PAGE]
            ),
        )

    def donors(self):
        return [
            link.partner for link in self.project_partners.all() if link.role == PartnerKind.DONOR
        ]

    def partners(self):
        return [
            link.partner for link in self.project_partners.all() if link.role == PartnerKind.PARTNER
        ]


class ProjectPartner(Orderable):
    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="project_partners")
    partner = models.ForeignKey(
        Partner,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="project_links",
    )
    role = models.CharField(
        _("role"), max_length=20, choices=PartnerKind.choices, default=PartnerKind.DONOR
    )

    panels = [FieldPanel("partner"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("donor or partner")


class ProjectTeamMember(Orderable):
    project = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="team_members")
    person = models.ForeignKey(
        "people.PersonPage",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="project_roles",
    )
    role = models.CharField(_("role in the project"), max_length=150, blank=True)

    panels = [FieldPanel("person", widget=PersonChooserWidget), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("team member")
