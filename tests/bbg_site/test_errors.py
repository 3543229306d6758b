"""Error pages and hostile input: translated, never a 500."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from django.utils.translation import gettext

from bbg_site.models import HomePage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("lang", "html_lang"), [("en", "en"), ("sq", "sq"), ("sr-latn", "sr-Latn")]
)
def test_404_page_is_translated(client, site, lang, html_lang):
    response = client.get(f"/{lang}/no-such-page/")
    assert response.status_code == 404
    html = BeautifulSoup(response.content.decode(), "html.parser")
    assert html.html["lang"] == html_lang
    with translation.override(lang):
        heading = gettext("Page not found")
    if lang != "en":
        assert heading != "Page not found"
    assert html.h1.get_text(strip=True) == heading
    # The reader can find a way back: home link and search box in their language.
    assert html.select_one(f'main a[href="/{lang}/"]')
    assert html.select_one(f'main form[action="/{lang}/search/"]')


@pytest.mark.parametrize("lang", ["en", "sq", "sr-latn"])
def test_500_page_is_translated(client, site, lang, monkeypatch):
    def explode(self, request, *args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(HomePage, "serve", explode)
    client.raise_request_exception = False
    response = client.get(f"/{lang}/")
    assert response.status_code == 500
    body = response.content.decode()
    with translation.override(lang):
        heading = gettext("Something went wrong")
    if lang != "en":
        assert heading != "Something went wrong"
    assert f"<h1>{heading}</h1>" in body
    assert "RuntimeError" not in body and "Traceback" not in body


HOSTILE_URLS = [
    "/en/?page=abc",
    "/en/?page=-1&q=%00",
    "/sq/rreth-nesh/?%ff=%fe&x[]=1&x[]=2",
    "/en/search/?q=%00",
    "/en/search/?q=kosovo%00union",
    "/en/search/?q=kosovo&page=abc",
    "/en/search/?q=kosovo&page=-1",
    "/en/search/?q=kosovo&page=99999",
    "/en/search/?q=" + "a" * 10000,
    "/sr-latn/search/?q=%D0%9A%D0%BE%D1%81%D0%BE%D0%B2%D0%BE",
    "/en/search/?q=%3Cscript%3Ealert(1)%3C/script%3E",
    "/en/%00/",
    "/en/../../etc/passwd",
    "/xx/about/",
]


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_junk_in_urls_never_gives_a_server_error(client, site, url):
    client.raise_request_exception = False
    response = client.get(url)
    assert response.status_code in {200, 302, 400, 404}, url


def test_search_query_markup_is_escaped(client, site):
    response = client.get("/en/search/?q=%3Cscript%3Ealert(1)%3C/script%3E")
    body = response.content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


def test_unknown_host_is_refused(client, site):
    client.raise_request_exception = False
    response = client.get("/en/", headers={"host": "evil.example.com"})
    assert response.status_code == 400
