from django import forms
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from bbg_site.blocks import BodyBlock
from bbg_site.i18n import absolute_url, html_lang
from bbg_site.models import BasePage, IndexPage, SiteSettings, Topic


class NewsCategory(models.TextChoices):
    ANNOUNCEMENT = "announcement", _("Announcement")
    PRESS_RELEASE = "press-release", _("Press release")
    IN_THE_MEDIA = "in-the-media", _("In the media")
    STATEMENT = "statement", _("Statement")


class NewsIndexPage(IndexPage):
    """The news, filterable (``publications.filters``)."""

    template = "pages/news_index_page.html"

    subpage_types = ["publications.NewsPage"]
    page_description = _("News: announcements, press releases, statements, BPRG in the media.")

    filterset_class = "publications.filters.NewsFilter"
    results_id = "news-results"

    class Meta:
        verbose_name = _("news index")

    def listing_queryset(self):
        return (
            NewsPage.objects.child_of(self)
            .live()
            .public()
            .defer_streamfields()
            .select_related("image")
            .prefetch_related("topics")
            .order_by("-date", "-pk")
        )


class NewsPage(BasePage):
    template = "pages/news_page.html"
    social_image_field = "image"
    og_type = "article"

    category = models.CharField(
        _("category"),
        max_length=20,
        choices=NewsCategory.choices,
        default=NewsCategory.ANNOUNCEMENT,
    )
    date = models.DateField(_("date"))
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences for listings and sharing.")
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
    topics = ParentalManyToManyField(
        Topic, verbose_name=_("topics"), blank=True, related_name="news_items"
    )
    project = models.ForeignKey(
        "projects.ProjectPage",
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_items",
    )

    translated_text_fields = ("title", "summary", "body")
    # A draft may be started without it; publishing needs it in one language
    # (``BasePageForm.clean_needed_in_one_language``).
    needed_in_one_language = ("summary",)

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("category"), FieldPanel("date")]),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("project"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["publications.NewsIndexPage"]
    subpage_types: list[str] = []
    page_description = _("An announcement, press release, statement or media appearance.")

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")
        # Newest first everywhere (-date, -pk); see ReportPage.Meta.
        indexes = [models.Index(fields=["date", "page_ptr"], name="news_newest")]

    def get_summary(self) -> str:
        return self.summary

    search_kind = "news"

    def search_date(self):
        return self.date

    @classmethod
    def for_listing(cls):
        return cls.objects.live().public().defer_streamfields().order_by("-date", "-pk")

    def structured_data(self, request) -> list[dict]:
        """schema.org ``NewsArticle``."""
        site_settings = SiteSettings.for_request(request)
        return [
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": self.title,
                "description": self.summary,
                "datePublished": self.date.isoformat(),
                "inLanguage": html_lang(translation.get_language()),
                "url": absolute_url(self, request),
                "publisher": {"@type": "Organization", "name": site_settings.organisation_name},
                "articleSection": self.get_category_display(),
            }
        ]
