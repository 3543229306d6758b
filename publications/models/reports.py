from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from bbg_site import cache_keys
from bbg_site.content_cache import remember
from bbg_site.i18n import (
    content_language,
    html_lang,
    in_every_language,
    is_cyrillic,
    language_codes,
)
from bbg_site.models import BasePage, IndexPage, PersonOrName, Topic
from bbg_site.models.base import BasePageForm
from people.choosers import PersonChooserWidget
from publications.blocks import ReportBodyBlock

# PDFs exist in the languages editors write (the Cyrillic edition offers the
# Serbian Latin PDF, named as such).
LANGUAGE_CHOICES = [
    (code, name) for code, name in settings.LANGUAGES if code in settings.MODELTRANSLATION_LANGUAGES
]
LANGUAGE_NAMES = dict(LANGUAGE_CHOICES)
# Names of the PDF languages as the reader says them ("PDF në anglisht"); the
# language switcher, by contrast, names each language in itself.
# The first part of every PDF's download name (``ReportDownload.file_name``).
PDF_NAME_PREFIX = "BPRG"
LANGUAGE_LABELS = {"en": _("English"), "sq": _("Albanian"), "sr-latn": _("Serbian")}


def pdf_language_label(code: str) -> str:
    """A PDF's language as the reader says it; to a reader of the Cyrillic
    edition the Serbian PDF is "Serbian (Latin script)": it is offered as
    it is, and says so."""
    if code == "sr-latn" and is_cyrillic():
        return str(_("Serbian (Latin script)"))
    return str(LANGUAGE_LABELS.get(code, code))


class PublicationIndexPage(IndexPage):
    """The library: every report, filterable (``publications.filters``)."""

    template = "pages/publication_index_page.html"

    subpage_types = ["publications.ReportPage"]
    page_description = _("The library of reports, policy briefs and analyses.")

    filterset_class = "publications.filters.LibraryFilter"
    results_id = "library-results"

    class Meta:
        verbose_name = _("publication library")

    def listing_queryset(self):
        # The cards load what ``report_card.html`` shows, as on every listing.
        return ReportPage.for_listing().child_of(self)


class ReportPageForm(BasePageForm):
    """Refuses a second PDF in a language, in the same round as every other
    error of the form (a missing type or date, a title...)."""

    def is_valid(self):
        valid = super().is_valid()
        downloads = self.formsets.get("downloads")
        if downloads is None:
            return valid
        seen = set()
        for form in downloads.forms:
            # A PDF form with an error of its own still has the fields it
            # could read (its language) in ``cleaned_data``.
            data = getattr(form, "cleaned_data", None) or {}
            if not data or data.get("DELETE") or not data.get("language"):
                continue
            language = data.get("language")
            if language in seen:
                form.add_error(
                    "language",
                    _("There is already a PDF in %(language)s: one PDF per language.")
                    % {"language": LANGUAGE_LABELS[language]},
                )
                valid = False
            seen.add(language)
        return valid


class ReportPage(RoutablePageMixin, BasePage):
    template = "pages/report_page.html"
    base_form_class = ReportPageForm
    social_image_field = "cover_image"
    og_type = "article"
    # RoutablePageMixin comes first in the MRO; previews still go through the
    # language activation of BasePage.
    serve_preview = BasePage.serve_preview

    # Required to publish, not for a draft: an editor may start a report
    # before its type and date are known (null in the database, so Wagtail's
    # "Save draft" leaves them out of its required fields; ``blank=False`` so
    # publishing, scheduling or submitting asks for them).
    report_type = models.ForeignKey(
        "publications.ReportType",
        verbose_name=_("type"),
        on_delete=models.PROTECT,
        null=True,
        related_name="reports",
    )
    publication_date = models.DateField(_("publication date"), null=True)
    report_number = models.CharField(
        _("report number"), max_length=30, blank=True, help_text=_("For example 2025/03.")
    )
    subtitle = models.CharField(_("subtitle"), max_length=250, blank=True)
    summary = RichTextField(
        _("executive summary"),
        blank=True,
        features=["bold", "italic", "ol", "ul", "link"],
        help_text=_("The key findings and recommendations; shown first and in listings."),
    )
    body = StreamField(ReportBodyBlock(), blank=True, verbose_name=_("body"))
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_alt = models.CharField(_("cover description"), max_length=250, blank=True)
    topics = ParentalManyToManyField(
        Topic, verbose_name=_("topics"), blank=True, related_name="reports"
    )
    project = models.ForeignKey(
        "projects.ProjectPage",
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reports",
    )
    isbn = models.CharField(_("ISBN"), max_length=20, blank=True)
    doi = models.CharField(
        _("DOI"),
        max_length=100,
        blank=True,
        help_text=_("Without https://doi.org/, e.g. 10.1234/abcd."),
    )

    translated_text_fields = ("title", "summary", "body")
    # A draft may be started without it; publishing needs it in one language
    # (``BasePageForm.clean_needed_in_one_language``).
    needed_in_one_language = ("summary",)
    detail_select_related = ("report_type", "project", "cover_image")

    @property
    def detail_prefetch(self):
        return (
            models.Prefetch("authors", ReportAuthor.with_person()),
            models.Prefetch("downloads", ReportDownload.objects.select_related("document")),
            "topics",
            "related_links",
        )

    content_panels = BasePage.content_panels + [
        FieldPanel("subtitle"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("report_type"), FieldPanel("publication_date")]),
                FieldRowPanel([FieldPanel("report_number"), FieldPanel("isbn"), FieldPanel("doi")]),
            ],
            heading=_("Publication details"),
        ),
        InlinePanel(
            "authors",
            label=_("Author"),
            heading=_("Authors"),
            help_text=_("In the order they appear on the cover."),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel(
            "downloads",
            label=_("PDF"),
            heading=_("PDF in each language"),
            help_text=_("One PDF per language; readers see which languages exist."),
        ),
        MultiFieldPanel([FieldPanel("cover_image"), FieldPanel("cover_alt")], heading=_("Cover")),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("project"),
        InlinePanel(
            "related_links",
            label=_("Related report"),
            heading=_("Related reports"),
            help_text=_("Leave empty to show the newest reports on the same topics."),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("subtitle"),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("publication_date"),
    ]

    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types: list[str] = []
    page_description = _("A report, policy brief, analysis or commentary, with a PDF per language.")

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        # Every listing shows the newest first (-publication_date, -pk): read
        # in this index's order, "the three latest" stops after three rows
        # instead of sorting every report with its text.
        indexes = [models.Index(fields=["publication_date", "page_ptr"], name="report_newest")]

    def get_summary(self) -> str:
        return self.summary

    search_kind = "report"

    def search_date(self):
        return self.publication_date

    def search_extra_text(self) -> list[str]:
        authors = [author.display_name for author in self.authors.select_related("person")]
        return [*authors, str(self.report_type) if self.report_type_id else ""]

    @classmethod
    def for_listing(cls):
        return (
            cls.objects.live()
            .public()
            .defer_streamfields()
            .select_related("report_type")
            .prefetch_related(models.Prefetch("authors", ReportAuthor.for_cards()), "downloads")
            .order_by("-publication_date", "-pk")
        )

    # --- authors and languages ------------------------------------------------
    def author_list(self):
        return list(self.authors.all())

    def pdf_languages(self) -> list[str]:
        """Codes of the languages a PDF exists in, in the site's language order."""
        codes = {d.language for d in self.downloads.all() if d.document_id}
        return [code for code in language_codes() if code in codes]

    def pdf_language_names(self) -> list[str]:
        return [pdf_language_label(code) for code in self.pdf_languages()]

    @staticmethod
    def reader_language_name() -> str:
        """The reader's language as the download buttons name it ("Albanian")."""
        return str(LANGUAGE_LABELS.get(content_language(), ""))

    def has_pdf_in_reader_language(self) -> bool:
        return content_language() in self.pdf_languages()

    def pdf_for(self, language: str):
        for download in self.downloads.all():
            if download.language == language and download.document_id:
                return download
        return None

    def related_reports(self, limit: int = 3):
        """The editors' choice, else the newest reports on the same topics;
        kept in the content cache (three queries less per report page). The
        key holds the choice and the topics, so a preview of unsaved changes
        gets its own."""
        chosen = [link.report_id for link in self.related_links.all()]
        topic_ids = [t.pk for t in self.topics.all()]
        return remember(
            cache_keys.related(self.pk, "reports", chosen, topic_ids, limit),
            lambda: self._related_reports(chosen, topic_ids, limit),
        )

    def _related_reports(self, chosen, topic_ids, limit):
        if chosen:
            reports = {r.pk: r for r in ReportPage.for_listing().filter(pk__in=chosen)}
            return [reports[pk] for pk in chosen if pk in reports][:limit]
        if not topic_ids:
            return []
        return list(
            ReportPage.for_listing()
            .filter(pk__in=ReportPage.objects.filter(topics__in=topic_ids).values("pk"))
            .exclude(pk=self.pk)[:limit]
        )

    # --- citation downloads ----------------------------------------------------
    @property
    def is_citable(self) -> bool:
        """A citation needs the type and date, which a draft (seen in a
        preview) may not have yet; a published report always has them."""
        return bool(self.report_type_id and self.publication_date)

    def structured_data(self, request) -> list[dict]:
        """schema.org ``Report``: who wrote it, what it is about, its PDF in
        the reader's language."""
        if not self.is_citable:
            return []
        from bbg_site.i18n import absolute_url
        from bbg_site.models import SiteSettings

        language = translation.get_language()
        organisation = SiteSettings.for_request(request).organisation_name
        data = {
            "@context": "https://schema.org",
            "@type": "Report",
            "name": self.title,
            "headline": self.title,
            "url": absolute_url(self, request),
            "inLanguage": html_lang(language),
            "datePublished": self.publication_date.isoformat(),
            "author": [{"@type": "Person", "name": a.display_name} for a in self.authors.all()]
            or [{"@type": "Organization", "name": organisation}],
            "publisher": {"@type": "Organization", "name": organisation},
            "genre": self.report_type.name,
            "about": [topic.name for topic in self.topics.all()],
        }
        if self.report_number:
            data["reportNumber"] = self.report_number
        pdf = self.pdf_for(content_language(language))
        if pdf:
            data["encoding"] = {
                "@type": "MediaObject",
                "contentUrl": request.build_absolute_uri(pdf.document.url),
                "encodingFormat": "application/pdf",
            }
        return [data]

    @path("pdf/<str:language>/", name="pdf")
    def pdf(self, request, language):
        from publications.views import pdf_download

        return pdf_download(request, self, language)

    @path("cite/bibtex/", name="cite_bibtex")
    def cite_bibtex(self, request):
        from publications.views import citation_download

        return citation_download(request, self, "bib")

    @path("cite/ris/", name="cite_ris")
    def cite_ris(self, request):
        from publications.views import citation_download

        return citation_download(request, self, "ris")


class ReportAuthor(PersonOrName, Orderable):
    report = ParentalKey(ReportPage, on_delete=models.CASCADE, related_name="authors")
    person = models.ForeignKey(
        "people.PersonPage",
        verbose_name=_("BPRG person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="authored_reports",
        help_text=_("Choose a profile for BPRG staff, or type a name below."),
    )

    panels = [
        FieldPanel("person", widget=PersonChooserWidget),
        FieldRowPanel([FieldPanel("name"), FieldPanel("affiliation")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("author")

    @classmethod
    def with_person(cls):
        """Authors with their profile, for a byline: without the profile's
        biography (a StreamField in three languages), which no byline shows."""
        biography = ["person__biography", *in_every_language("person__biography")]
        return cls.objects.select_related("person").defer(*biography)

    @classmethod
    def for_cards(cls):
        """Authors for a listing's cards, which show only their names: the
        profile's title in every language and nothing else of its ~150
        columns (half the cost of a library page's bylines)."""
        return cls.objects.select_related("person").only(
            "sort_order",
            "report_id",
            "person_id",
            "name",
            "person__title",
            *in_every_language("person__title"),
        )

    def clean(self):
        if not self.person_id and not self.name.strip():
            raise ValidationError(_("Choose a person or type the author's name."))


class ReportDownload(Orderable):
    report = ParentalKey(ReportPage, on_delete=models.CASCADE, related_name="downloads")
    language = models.CharField(_("language"), max_length=10, choices=LANGUAGE_CHOICES)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("PDF"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldRowPanel([FieldPanel("language"), FieldPanel("document")])]

    class Meta(Orderable.Meta):
        verbose_name = _("PDF")

    @property
    def language_name(self) -> str:
        return pdf_language_label(self.language)

    @property
    def url(self) -> str:
        """Where readers download it: on the report's page in the reader's
        language, served under ``file_name`` (``publications.views``)."""
        return self.report.url + self.report.reverse_subpage("pdf", args=[self.language])

    @property
    def file_name(self) -> str:
        """A name a reader can file: the organisation, the month of
        publication, the report's address in the PDF's language and that
        language, e.g. ``BPRG-2025-07-ura-mbi-iber-sq.pdf``."""
        report = self.report
        slug = getattr(report, build_localized_fieldname("slug", self.language), "") or report.slug
        language = self.language.split("-")[0]
        month = f"{report.publication_date:%Y-%m}-" if report.publication_date else ""
        return f"{PDF_NAME_PREFIX}-{month}{slug}-{language}.pdf"


class RelatedReport(Orderable):
    page = ParentalKey(ReportPage, on_delete=models.CASCADE, related_name="related_links")
    report = models.ForeignKey(
        ReportPage, verbose_name=_("report"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("report")]

    class Meta(Orderable.Meta):
        verbose_name = _("related report")
