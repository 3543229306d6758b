import xml.etree.ElementTree as ET

import pytest
from django.utils import translation

pytestmark = pytest.mark.django_db
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def test_sitemap_lists_every_page_in_every_language_with_alternates(client, site):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    entries = {
        url.findtext("s:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }
    pages = [site.home, site.about, site.careers, site.contact]
    expected_locations = set()
    for page in pages:
        for lang in ("en", "sq", "sr-latn", "sr-cyrl"):
            with translation.override(lang):
                expected_locations.add("http://testserver" + page.get_url())
    assert set(entries) == expected_locations
    careers = entries["http://testserver/sq/rreth-nesh/karriera/"]
    assert careers == {
        "en": "http://testserver/en/about/careers/",
        "sq": "http://testserver/sq/rreth-nesh/karriera/",
        "sr-latn": "http://testserver/sr-latn/o-nama/karijera/",
        "sr-cyrl": "http://testserver/sr-cyrl/o-nama/karijera/",
    }


def test_unpublished_pages_are_not_in_the_sitemap(client, site):
    site.careers.unpublish()
    body = client.get("/sitemap.xml").content.decode()
    assert "karriera" not in body
    assert "/sq/rreth-nesh/" in body


def test_robots_txt_points_to_the_sitemap(client, site):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
