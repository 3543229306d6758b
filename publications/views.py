import re

from django.http import Http404, HttpResponse
from django.utils.http import content_disposition_header
from wagtail.documents.views.serve import serve

from publications import citations
from publications.citing import citable_for
from publications.signals import pdf_served


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


def pdf_download(request, report, language: str):
    """A report's PDF in ``language``, served by Wagtail's document view (its
    privacy checks, inert headers and ETag) under a readable name in that
    language instead of the uploaded file's (``ReportDownload.file_name``)."""
    download = report.pdf_for(language)
    if download is None:
        raise Http404("No PDF in this language")
    document = download.document
    response = serve(request, document.pk, document.filename)
    if response.status_code == 200 and response.has_header("Content-Disposition"):
        inline = not response["Content-Disposition"].startswith("attachment")
        response["Content-Disposition"] = content_disposition_header(not inline, download.file_name)
    pdf_served.send(
        sender=type(report), request=request, report=report, language=language, response=response
    )
    return byte_range(request, response, document.file)


# One range of bytes (RFC 9110, section 14): what a PDF reader or a download
# manager asks for to resume a large download or to show a page before the
# whole file has arrived. Several ranges in one request, or a malformed one,
# get the whole file, which the RFC allows.
RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
CHUNK = 64 * 1024


def byte_range(request, response, file):
    """``response`` (the whole file, as served) or, when the request asks for
    one satisfiable byte range, the same response turned into a 206 with that
    part; a 416 when the range lies outside the file. The response is changed
    in place rather than replaced: closing it here would end the request's
    database work early (Django's ``request_finished``), and its file is
    closed with it when the request ends."""
    if response.status_code != 200 or not response.streaming:
        return response
    response["Accept-Ranges"] = "bytes"
    match = RANGE.match(request.META.get("HTTP_RANGE", "").strip())
    if match is None or not (match[1] or match[2]):
        return response
    if_range = request.META.get("HTTP_IF_RANGE")
    if if_range and if_range not in (response.get("ETag"), response.get("Last-Modified")):
        return response  # the file changed since the reader's first part
    size = file.size
    if match[1]:
        start, end = int(match[1]), min(int(match[2] or size - 1), size - 1)
    else:  # "bytes=-500": the last 500 bytes
        start, end = max(size - int(match[2]), 0), size - 1
    if start > end:
        response.status_code = 416
        response.streaming_content = []
        response["Content-Range"] = f"bytes */{size}"
        response["Content-Length"] = "0"
        return response
    response.status_code = 206
    response.streaming_content = _read(file, start, end - start + 1)
    response["Content-Range"] = f"bytes {start}-{end}/{size}"
    response["Content-Length"] = str(end - start + 1)
    return response


def _read(file, start: int, length: int):
    with file.open("rb") as handle:
        handle.seek(start)
        while length > 0:
            chunk = handle.read(min(CHUNK, length))
            if not chunk:
                return
            length -= len(chunk)
            yield chunk
