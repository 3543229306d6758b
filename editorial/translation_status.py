"""Which languages of each page still lack text (and, for reports, a PDF).

A page's text is its type's ``translated_text_fields`` (title, summary or
introduction, body…; see ``BasePage``). A field counts when it has text in at
least one language: a language is *complete* when every such field has text
in it (and, for a report, when a PDF in that language is attached),
*missing* when none has, and *partial* otherwise. The status is that of the
latest saved version, draft included, because that is what editors work on.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

from bbg_site.field_names import LANGUAGE_NAMES
from bbg_site.i18n import content_language_codes
from bbg_site.models.base import has_text
from publications.models import ReportDownload, ReportPage

# The languages editors write: the Cyrillic edition is complete whenever the
# Serbian (Latin) text is, since it is that text read in Cyrillic.
LANGUAGES = content_language_codes()

COMPLETE, PARTIAL, MISSING = "complete", "partial", "missing"
PDF = "pdf"  # the name of the "field" a report lacks when it has no PDF


@dataclass
class LanguageStatus:
    language: str
    state: str
    missing_fields: list[str] = field(default_factory=list)  # verbose names
    # Filled by the Translation status report (editorial.views): segments
    # translated, segments whose source changed since, the workspace's URL.
    segments_done: int | None = None
    segments_total: int | None = None
    source_changed: int = 0
    translate_url: str = ""

    @property
    def complete(self) -> bool:
        return self.state == COMPLETE

    @property
    def language_name(self):
        return LANGUAGE_NAMES[self.language]

    @property
    def label(self):
        return {COMPLETE: _("Complete"), PARTIAL: _("Partial"), MISSING: _("Missing")}[self.state]

    def __str__(self):  # spreadsheet export
        text = str(self.label)
        if self.state == PARTIAL:
            text = f"{self.label}: {', '.join(str(f) for f in self.missing_fields)}"
        if self.source_changed:
            text += f" ({self.source_changed_label})"
        return text

    @property
    def source_changed_label(self):
        return ngettext(
            "source changed in %(count)d segment",
            "source changed in %(count)d segments",
            self.source_changed,
        ) % {"count": self.source_changed}


def value(page, name, code):
    return getattr(page, build_localized_fieldname(name, code), None)


def field_label(page, name):
    if name == PDF:
        return _("PDF")
    return page._meta.get_field(name).verbose_name


def page_status(page, pdf_languages=None) -> dict[str, LanguageStatus]:
    """The status of ``page`` (a specific page) in every language.
    ``pdf_languages``: the report's PDF languages when already known."""
    fields = list(getattr(page, "translated_text_fields", ("title",)))
    filled = {
        name: {
            code
            for code in LANGUAGES
            if has_text(getattr(page, build_localized_fieldname(name, code), None))
        }
        for name in fields
    }
    expected = [name for name in fields if filled[name]] or fields
    if isinstance(page, ReportPage):
        if pdf_languages is None:
            pdf_languages = page.pdf_languages()
        filled[PDF] = set(pdf_languages)
        expected.append(PDF)
    result = {}
    for code in LANGUAGES:
        lacking = [name for name in expected if code not in filled[name]]
        if not lacking:
            state = COMPLETE
        elif len(lacking) == len(expected):
            state = MISSING
        else:
            state = PARTIAL
        result[code] = LanguageStatus(code, state, [field_label(page, n) for n in lacking])
    return result


def content_pages():
    """Every page editors write (the tree's root and Wagtail's bare pages excluded)."""
    return Page.objects.filter(depth__gt=1).exclude(
        content_type__app_label="wagtailcore", content_type__model="page"
    )


def with_status(pages) -> list:
    """The pages as their latest saved version, each with ``translation_status``."""
    pages = list(pages)
    ids = [p.pk for p in pages]
    pdfs: dict[int, set] = {}
    for report_id, language in ReportDownload.objects.filter(
        report_id__in=ids, document__isnull=False
    ).values_list("report_id", "language"):
        pdfs.setdefault(report_id, set()).add(language)
    specifics = {p.pk: p for p in Page.objects.filter(pk__in=ids).specific()}
    decorated = []
    for page in pages:
        specific = specifics[page.pk]
        if page.has_unpublished_changes and page.latest_revision_id:
            specific = page.get_latest_revision_as_object()
            known_pdfs = None  # the draft's own PDF list
        else:
            known_pdfs = pdfs.get(page.pk, set())
        specific.translation_status = page_status(specific, known_pdfs)
        specific.translation_statuses = list(specific.translation_status.values())
        decorated.append(specific)
    return decorated
