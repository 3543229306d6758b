from django import template
from django.utils.safestring import mark_safe

from bbg_site.i18n import content_language
from bbg_site.models import SiteSettings
from publications import citations
from publications.citing import ISO_639_1, citable_for

register = template.Library()


@register.simple_tag(takes_context=True)
def citation(context, report):
    """APA and Chicago text and the download links of the "Cite this" box."""
    citable = citable_for(report, context.get("request"))
    return {
        # The *_html formats escape every value themselves.
        "apa": mark_safe(citations.apa_html(citable)),  # noqa: S308
        "chicago": mark_safe(citations.chicago_html(citable)),  # noqa: S308
        "bibtex_url": report.url + report.reverse_subpage("cite_bibtex"),
        "ris_url": report.url + report.reverse_subpage("cite_ris"),
    }


@register.inclusion_tag("includes/report_meta.html", takes_context=True)
def report_meta(context, report):
    """Google Scholar's ``citation_*`` tags for a report (its JSON-LD comes
    from ``ReportPage.structured_data``, as every page's does)."""
    request = context.get("request")
    language = content_language()
    # Google Scholar indexes the PDF: the reader's language's, else the one
    # that exists (English first), so a report whose only PDF is English
    # is still found from its Albanian and Serbian pages.
    pdf = (
        report.pdf_for(language)
        or report.pdf_for("en")
        or next((d for d in report.downloads.all() if d.document_id), None)
    )
    return {
        "report": report,
        "authors": [a.display_name for a in report.authors.all()],
        "pdf_url": request.build_absolute_uri(pdf.document.url) if pdf else "",
        "language": ISO_639_1.get(language, language),
        "organisation": SiteSettings.for_request(request).organisation_name,
    }
