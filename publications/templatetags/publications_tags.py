from django import template
from django.utils import translation
from django.utils.safestring import mark_safe

from bbg_site.i18n import absolute_url
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
    """Google Scholar ``citation_*`` tags and schema.org JSON-LD for a report."""
    request = context.get("request")
    language = translation.get_language()
    authors = [a.display_name for a in report.authors.all()]
    pdf = report.pdf_for(language)
    pdf_url = request.build_absolute_uri(pdf.document.url) if pdf else ""
    url = absolute_url(report, request)
    organisation = SiteSettings.for_request(request).organisation_name
    json_ld = {
        "@context": "https://schema.org",
        "@type": "Report",
        "name": report.title,
        "headline": report.title,
        "url": url,
        "inLanguage": translation.get_language(),
        "datePublished": report.publication_date.isoformat(),
        "author": [{"@type": "Person", "name": name} for name in authors]
        or [{"@type": "Organization", "name": organisation}],
        "publisher": {"@type": "Organization", "name": organisation},
        "genre": report.report_type.name,
        "about": [t.name for t in report.topics.all()],
    }
    if report.report_number:
        json_ld["reportNumber"] = report.report_number
    if pdf_url:
        json_ld["encoding"] = {
            "@type": "MediaObject",
            "contentUrl": pdf_url,
            "encodingFormat": "application/pdf",
        }
    return {
        "request": request,  # its CSP nonce goes on the JSON-LD script
        "report": report,
        "authors": authors,
        "pdf_url": pdf_url,
        "language": ISO_639_1.get(language, language),
        "organisation": organisation,
        "json_ld": json_ld,
    }
