"""A report's PDF in parts (Range requests): a reader's PDF viewer or
download manager resumes a large download, in every language's PDF, under
the same readable name; a range outside the file is refused with 416, a
malformed one gets the whole file."""

import pytest

from tests.helpers import url_in

pytestmark = pytest.mark.django_db

LANGS = ["en", "sq", "sr-latn"]


def pdf(catalogue, lang):
    report = catalogue["reports"]["mitrovica"]  # a PDF in each language
    download = report.pdf_for(lang)
    download.document.file.open("rb")
    whole = download.document.file.read()
    download.document.file.close()
    return url_in(report, lang) + f"pdf/{lang}/", whole


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.parametrize("lang", LANGS)
def test_a_range_of_the_pdf_is_served_as_206_with_its_name(client, catalogue, lang):
    url, whole = pdf(catalogue, lang)
    full = client.get(url)
    assert full.status_code == 200 and full["Accept-Ranges"] == "bytes"
    assert body(full) == whole
    part = client.get(url, HTTP_RANGE="bytes=10-109")
    assert part.status_code == 206
    assert part["Content-Range"] == f"bytes 10-109/{len(whole)}"
    assert part["Content-Length"] == "100"
    assert body(part) == whole[10:110]
    assert part["Content-Disposition"] == full["Content-Disposition"]
    assert part["Content-Type"] == full["Content-Type"]
    assert part["X-Content-Type-Options"] == "nosniff"


def test_open_ended_and_suffix_ranges(client, catalogue):
    url, whole = pdf(catalogue, "sq")
    rest = client.get(url, HTTP_RANGE="bytes=100-")
    assert rest.status_code == 206 and body(rest) == whole[100:]
    assert rest["Content-Range"] == f"bytes 100-{len(whole) - 1}/{len(whole)}"
    tail = client.get(url, HTTP_RANGE="bytes=-50")
    assert tail.status_code == 206 and body(tail) == whole[-50:]
    beyond = client.get(url, HTTP_RANGE=f"bytes=0-{len(whole) * 2}")
    assert beyond.status_code == 206 and body(beyond) == whole


def test_a_range_outside_the_file_is_416(client, catalogue):
    url, whole = pdf(catalogue, "sr-latn")
    refused = client.get(url, HTTP_RANGE=f"bytes={len(whole) + 10}-")
    assert refused.status_code == 416
    assert refused["Content-Range"] == f"bytes */{len(whole)}"


@pytest.mark.parametrize(
    "header", ["bytes=abc", "bytes=0-10,20-30", "lines=1-2", "bytes=-", "x" * 5000]
)
def test_a_malformed_or_multiple_range_gets_the_whole_file(client, catalogue, header):
    url, whole = pdf(catalogue, "en")
    response = client.get(url, HTTP_RANGE=header)
    assert response.status_code == 200 and body(response) == whole


def test_a_stale_if_range_gets_the_whole_file(client, catalogue):
    url, whole = pdf(catalogue, "en")
    response = client.get(url, HTTP_RANGE="bytes=0-9", HTTP_IF_RANGE='"an-old-etag"')
    assert response.status_code == 200 and body(response) == whole
