"""What search engines and social networks read: structured data, meta tags
and the sitemap, for every kind of page and in every language."""

import datetime
import json
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from bbg_site.i18n import html_lang
from tests.factories import make_event, make_event_index
from tests.helpers import url_in

LANGS = ["en", "sq", "sr-latn"]


def json_ld(client, url) -> list[dict]:
    response = client.get(url)
    assert response.status_code == 200, url
    html = BeautifulSoup(response.content, "html.parser")
    return [
        json.loads(script.string) for script in html.select('script[type="application/ld+json"]')
    ]


def of_type(blocks, schema_type) -> dict:
    found = [block for block in blocks if block.get("@type") == schema_type]
    assert len(found) == 1, [block.get("@type") for block in blocks]
    return found[0]


@pytest.mark.parametrize(
    ("lang", "name", "street", "town"),
    [
        ("en", "Balkans Policy Research Group", "Qamil Hoxha 29/7", "Prishtina"),
        (
            "sq",
            "Grupi Ballkanik për Hulumtime të Politikave",
            "Rruga Qamil Hoxha 29/7",
            "Prishtinë",
        ),
        ("sr-latn", "Balkanska grupa za istraživanje politika", "Ćamilj Hodža 29/7", "Priština"),
    ],
)
def test_home_page_describes_the_organisation(client, site, lang, name, street, town):
    blocks = json_ld(client, f"/{lang}/")
    organisation = of_type(blocks, "Organization")
    assert organisation["@context"] == "https://schema.org"
    assert organisation["name"] == name
    assert organisation["url"] == f"http://testserver/{lang}/"
    assert organisation["@id"] == "http://testserver/#organization"
    assert organisation["address"] == {
        "@type": "PostalAddress",
        "streetAddress": street,
        "postalCode": "10000",
        "addressLocality": town,
        "addressCountry": "XK",
    }
    hours = organisation["location"]["openingHoursSpecification"]
    assert hours == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
            "opens": "09:00",
            "closes": "17:00",
        }
    ]
    assert organisation["email"] == "info@balkansgroup.org"
    assert organisation["telephone"] == "+383 38 000 000"
    assert "https://x.com/BalkansGroup" in organisation["sameAs"]
    assert organisation["logo"].startswith("http://testserver/static/")
    search = of_type(blocks, "WebSite")["potentialAction"]
    assert search["target"]["urlTemplate"] == (
        f"http://testserver/{lang}/search/?q={{search_term_string}}"
    )


def test_organisation_follows_the_site_settings(client, site):
    site.settings.opening_days = "Mo-Sa"
    site.settings.opens = datetime.time(8, 30)
    site.settings.save()
    hours = of_type(json_ld(client, "/en/"), "Organization")["location"]
    assert hours["openingHoursSpecification"][0]["dayOfWeek"][-1] == "Saturday"
    assert hours["openingHoursSpecification"][0]["opens"] == "08:30"
    # Without the address parts, the free-text address is given as it is.
    site.settings.street_address_en = ""
    site.settings.opening_days = ""
    site.settings.save()
    organisation = of_type(json_ld(client, "/en/"), "Organization")
    assert organisation["address"] == "Qamil Hoxha street 29, apartment 7 10000 Prishtina"
    assert "location" not in organisation


@pytest.mark.parametrize(
    ("lang", "position"),
    [("en", "Policy analyst"), ("sq", "Analist i politikave"), ("sr-latn", "Analitičar politika")],
)
def test_profile_describes_the_person(client, catalogue, lang, position):
    arber = catalogue["people"]["arber"]
    person = of_type(json_ld(client, url_in(arber, lang)), "Person")
    assert person["name"] == "Arber Krasniqi"
    assert person["givenName"] == "Arber"
    assert person["familyName"] == "Krasniqi"
    assert person["jobTitle"] == position
    assert person["url"] == "http://testserver" + url_in(arber, lang)
    assert person["worksFor"]["@id"] == "http://testserver/#organization"
    assert "alumniOf" not in person


def test_alumni_are_described_as_former_staff(client, catalogue):
    milica = catalogue["people"]["milica"]
    milica.group = "alumni"
    milica.save_revision().publish()
    person = of_type(json_ld(client, url_in(milica, "en")), "Person")
    assert person["alumniOf"]["@type"] == "Organization"
    assert "worksFor" not in person


@pytest.fixture
def roundtable(site, catalogue):
    start = datetime.datetime(2030, 3, 2, 9, 0, tzinfo=datetime.UTC)  # 10:00 in Prishtina
    return make_event(
        make_event_index(site.home),
        "north-roundtable",
        "Roundtable on the north",
        start=start,
        speakers=[catalogue["people"]["milica"], ("Jane Doe", "University of Oxford")],
        registration_open=True,
        capacity=30,
    )


@pytest.mark.parametrize(
    ("lang", "name", "venue"),
    [
        ("en", "Roundtable on the north", "Hotel Sirius, Prishtina"),
        ("sq", "Roundtable on the north (sq)", "Hotel Sirius, Prishtinë"),
        ("sr-latn", "Roundtable on the north (sr)", "Hotel Sirius, Priština"),
    ],
)
def test_event_page_describes_the_event(client, roundtable, lang, name, venue):
    event = of_type(json_ld(client, url_in(roundtable, lang)), "Event")
    assert event["name"] == name
    assert event["startDate"] == "2030-03-02T10:00:00+01:00"
    assert event["endDate"] == "2030-03-02T12:00:00+01:00"
    assert event["location"] == {"@type": "Place", "name": venue}
    assert event["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert event["eventStatus"] == "https://schema.org/EventScheduled"
    assert [speaker["name"] for speaker in event["performer"]] == ["Milica Jovanovic", "Jane Doe"]
    assert event["performer"][1]["affiliation"]["name"] == "University of Oxford"
    assert event["organizer"]["@id"] == "http://testserver/#organization"
    assert event["offers"]["price"] == "0"
    assert event["offers"]["availability"] == "https://schema.org/InStock"


def test_online_event_has_a_virtual_location(client, roundtable):
    roundtable.venue_name_en = roundtable.venue_name_sq = roundtable.venue_name_sr_latn = ""
    roundtable.online_url = "https://meet.example.org/bprg"
    roundtable.registration_open = False
    roundtable.save_revision().publish()
    event = of_type(json_ld(client, url_in(roundtable, "en")), "Event")
    assert event["location"] == {"@type": "VirtualLocation", "url": "https://meet.example.org/bprg"}
    assert event["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert "offers" not in event


def test_json_ld_cannot_break_out_of_its_script(client, catalogue):
    arber = catalogue["people"]["arber"]
    arber.position_en = "</script><script>alert(1)</script>"
    arber.save_revision().publish()
    body = client.get(url_in(arber, "en")).content.decode()
    assert "</script><script>alert(1)" not in body
    person = of_type(json_ld(client, url_in(arber, "en")), "Person")
    assert person["jobTitle"] == "</script><script>alert(1)</script>"


def every_live_page():
    return list(Page.objects.live().filter(depth__gt=1).specific())


def meta(html, selector, page) -> str:
    tag = html.select_one(selector)
    assert tag is not None and tag["content"], (page, selector)
    return tag["content"]


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_has_description_canonical_and_share_tags(client, newsroom, roundtable, lang):
    pages = every_live_page()
    assert len(pages) > 15  # home, sections, reports, news, people, projects, events
    for page in pages:
        url = url_in(page, lang)
        html = BeautifulSoup(client.get(url).content, "html.parser")
        # The page's own description or summary, else the organisation's.
        assert meta(html, 'meta[name="description"]', page)
        assert meta(html, 'meta[property="og:description"]', page)
        assert html.select_one('link[rel="canonical"]')["href"] == "http://testserver" + url
        assert meta(html, 'meta[property="og:url"]', page) == "http://testserver" + url
        assert meta(html, 'meta[property="og:title"]', page)
        assert meta(html, 'meta[property="og:image"]', page).startswith("http://testserver/")
        assert meta(html, 'meta[name="twitter:card"]', page) == "summary_large_image"
        assert meta(html, 'meta[name="twitter:title"]', page)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "The Mitrovica bridge: key findings."),
        ("sq", "The Mitrovica bridge: gjetjet kryesore."),
        ("sr-latn", "The Mitrovica bridge: ključni nalazi."),
    ],
)
def test_description_comes_from_the_summary_when_editors_leave_it_empty(
    client, catalogue, lang, expected
):
    report = catalogue["reports"]["mitrovica"]
    html = BeautifulSoup(client.get(url_in(report, lang)).content, "html.parser")
    assert html.select_one('meta[name="description"]')["content"] == expected
    assert html.select_one('meta[property="og:description"]')["content"] == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "An independent, multi-ethnic think tank."),
        ("sq", "Think tank i pavarur dhe shumetnik."),
        ("sr-latn", "Nezavisni, multietnički think tank."),
    ],
)
def test_a_page_without_summary_is_described_by_the_organisation(client, site, lang, expected):
    site.contact.intro_en = site.contact.intro_sq = site.contact.intro_sr_latn = ""
    site.contact.save_revision().publish()
    html = BeautifulSoup(client.get(url_in(site.contact, lang)).content, "html.parser")
    assert html.select_one('meta[name="description"]')["content"] == expected
    assert html.select_one('meta[name="twitter:description"]')["content"] == expected


def test_sitemap_lists_every_kind_of_page_in_every_language(client, newsroom, roundtable):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    entries = {
        url.findtext("s:loc", namespaces=ns): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", ns)
        }
        for url in root.findall("s:url", ns)
    }
    for page in every_live_page():
        urls = {lang: "http://testserver" + url_in(page, lang) for lang in [*LANGS, "sr-cyrl"]}
        for lang in urls:
            assert entries[urls[lang]] == urls, page


@pytest.mark.parametrize(
    ("lang", "title", "organisation"),
    [
        ("en", "The Mitrovica bridge", "Balkans Policy Research Group"),
        ("sq", "The Mitrovica bridge (sq)", "Grupi Ballkanik për Hulumtime të Politikave"),
        ("sr-latn", "The Mitrovica bridge (sr)", "Balkanska grupa za istraživanje politika"),
    ],
)
def test_report_page_describes_the_report(client, catalogue, lang, title, organisation):
    report = catalogue["reports"]["mitrovica"]
    data = of_type(json_ld(client, url_in(report, lang)), "Report")
    assert data["name"] == title
    assert data["inLanguage"] == html_lang(lang)
    assert data["url"].endswith(url_in(report, lang))
    assert data["publisher"] == {"@type": "Organization", "name": organisation}
    assert data["author"]


@pytest.mark.parametrize("lang", LANGS)
def test_news_page_describes_the_article(client, newsroom, lang):
    _index, items = newsroom
    item = items["sida"]
    data = of_type(json_ld(client, url_in(item, lang)), "NewsArticle")
    assert data["inLanguage"] == html_lang(lang)
    assert data["datePublished"] == "2025-10-01"
    assert data["url"].endswith(url_in(item, lang))
