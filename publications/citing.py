"""From a ``ReportPage`` to what citation formats and metadata tags need."""

from bbg_site.i18n import absolute_url, content_language, html_lang, shown_language
from publications.citations import Author, Citable

# Citation records use ISO 639-1; Serbian in Latin script is still "sr".
ISO_639_1 = {"en": "en", "sq": "sq", "sr-latn": "sr", "sr-cyrl": "sr"}


def _author(report_author) -> Author:
    if report_author.person_id:
        person = report_author.person
        return Author(family=person.last_name, given=person.first_name)
    given, _, family = report_author.name.strip().rpartition(" ")
    return Author(family=family, given=given) if given else Author(organisation=family)


def citable_for(report, request=None) -> Citable:
    """The report as cited in the reader's language (title, PDF, URL)."""
    language = content_language()
    pdf = report.pdf_for(language) or next(iter(report.downloads.all()), None)
    return Citable(
        title=report.title,
        subtitle=report.subtitle,
        authors=tuple(_author(a) for a in report.authors.all()),
        date=report.publication_date,
        report_type=report.report_type.name,
        report_number=report.report_number,
        url=absolute_url(report, request),
        doi=report.doi,
        isbn=report.isbn,
        language=ISO_639_1.get(language, language),
        pdf_url=request.build_absolute_uri(pdf.document.url) if (pdf and request) else "",
        key=report.slug,
        title_lang=_title_lang(report, language),
    )


def _title_lang(report, language: str) -> str:
    """The language tag of the cited title (title and subtitle) where it is
    not the reader's: both fields showing the English fallback. A title in
    two languages (translated title, English subtitle) is left unmarked."""
    shown = {shown_language(report, "title")}
    if report.subtitle:
        shown.add(shown_language(report, "subtitle"))
    (only,) = shown if len(shown) == 1 else ("",)
    return html_lang(only) if only and only != language else ""
