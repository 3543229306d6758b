from django.http import HttpResponse

from publications import citations
from publications.citing import citable_for


def citation_download(request, report, kind: str):
    """BibTeX (``bib``) or RIS (``ris``) for a report, as a file download."""
    citable = citable_for(report, request)
    if kind == "bib":
        content, content_type = citations.bibtex(citable), "application/x-bibtex; charset=utf-8"
    else:
        content, content_type = (
            citations.ris(citable),
            "application/x-research-info-systems; charset=utf-8",
        )
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{citations.filename(citable, kind)}"'
    return response
