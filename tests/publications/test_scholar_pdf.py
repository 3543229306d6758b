"""Google Scholar's citation_pdf_url: a report whose only PDF is in another
language showed none on its other pages; it points to the PDF that exists,
the reader's language's first, then English."""

import datetime

import pytest
from bs4 import BeautifulSoup

from tests.factories import make_library, make_report
from tests.helpers import url_in

pytestmark = pytest.mark.django_db


def pdf_meta(client, report, lang):
    html = BeautifulSoup(client.get(url_in(report, lang)).content, "html.parser")
    return [m["content"] for m in html.select('meta[name="citation_pdf_url"]')]


def absolute(report, lang):
    return "http://testserver" + report.pdf_for(lang).document.url


@pytest.mark.parametrize("lang", ["en", "sq", "sr-latn"])
def test_a_report_with_only_an_english_pdf_points_every_language_to_it(client, site, lang):
    report = make_report(
        make_library(site.home), "bridge", "The bridge", date=datetime.date(2025, 1, 1)
    )
    assert pdf_meta(client, report, lang) == [absolute(report, "en")]


@pytest.mark.parametrize(
    ("pdfs", "lang", "expected"),
    [
        (("sq", "en"), "sq", "sq"),  # the reader's own language first
        (("sq", "en"), "sr-latn", "en"),  # then English
        (("sq",), "en", "sq"),  # else the one that exists
        (("sq",), "sr-latn", "sq"),
        (("sr-latn", "sq"), "en", "sr-latn"),  # the first listed
    ],
)
def test_the_pdf_that_exists_is_named(client, site, pdfs, lang, expected):
    report = make_report(
        make_library(site.home), "courts", "Courts", date=datetime.date(2025, 1, 1), pdfs=pdfs
    )
    assert pdf_meta(client, report, lang) == [absolute(report, expected)]
