"""Every public URL against hostile query strings: very long values, unicode,
NUL and other control characters, markup, SQL-like text, negative and huge
page numbers, repeated parameters. Never a 5xx, and nothing echoed
unescaped. Run it on PostgreSQL too (a NUL byte only breaks there):
``DATABASE_URL=postgres://... pytest tests/bbg_site/test_hostile_input.py``."""

import datetime as dt

import pytest
from django.utils import timezone, translation
from wagtail.documents import get_document_model
from wagtail.models import Page

from events.models import EventIndexPage, EventPage
from people.models import PeopleIndexPage
from projects.models import ProjectIndexPage
from publications.models import NewsIndexPage, PublicationIndexPage, ReportPage
from tests.factories import make_event, make_event_index

pytestmark = pytest.mark.django_db

# Not sr-cyrl: it renders as sr-latn and is then transliterated (checked once
# by hand; tests/bbg_site/test_cyrillic.py covers its own paths). ~40 s saved.
LANGS = ["en", "sq", "sr-latn"]

MARKUP = "<script>alert(1)</script>"
ATTRIBUTE_BREAK = '"><img src=x onerror=alert(1)>'
HOSTILE_VALUES = [
    "x" * 10_000,
    "Косово ☃ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u202erlt\u202c \ufeff ü",
    "\x00",
    "kosovo\x00union",
    "\x01\x08\x0b\x1f\x7f\r\nSet-Cookie: hacked=1",
    MARKUP,
    ATTRIBUTE_BREAK,
    "' OR '1'='1' --",
    "1; DROP TABLE wagtailcore_page; --",
    "-1",
    "0",
    "99999999999999999999999999",
    "1e9",
    "NaN",
    "%",
    "../../etc/passwd",
]
# Undecodable bytes and odd separators, sent as a raw query string.
RAW_QUERIES = ["%ff%fe%00", "%ED%A0%80", "a=1&&&=&=x", "q[]=1&q[]=2", "page[$gt]=1"]

# Every parameter a public view reads (library, news, people, projects,
# events, search, pagination everywhere).
LISTING_PARAMETERS = {
    PublicationIndexPage: ["type", "topic", "project", "author", "year", "language", "q", "page"],
    NewsIndexPage: ["category", "topic", "page"],
    PeopleIndexPage: ["group", "expertise"],  # one page, grouped
    ProjectIndexPage: ["status", "partner", "page"],
    EventIndexPage: ["type", "year", "page"],
}
SEARCH_PARAMETERS = ["q", "type", "order", "page"]
EVERY_PARAMETER = sorted(
    {p for params in LISTING_PARAMETERS.values() for p in params} | set(SEARCH_PARAMETERS)
)


@pytest.fixture
def whole_site(site, catalogue, newsroom):
    events = make_event_index(site.home)
    now = timezone.now()
    make_event(
        events,
        "launch",
        "Report launch",
        start=now + dt.timedelta(days=10),
        registration_open=True,
        seats=20,
    )
    make_event(events, "past-roundtable", "Past roundtable", start=now - dt.timedelta(days=40))
    return site


def public_urls(languages=LANGS) -> list[str]:
    """Every live page in every language and every non-page route."""
    urls = ["/sitemap.xml", "/robots.txt"]
    pages = Page.objects.live().public().specific().exclude(depth=1)
    for lang in languages:
        with translation.override(lang):
            urls += [page.url for page in pages]
            urls += [
                f"/{lang}/search/",
                f"/{lang}/newsletter/",
                f"/{lang}/newsletter/confirm/forged-token/",
                f"/{lang}/newsletter/unsubscribe/forged-token/",
                f"/{lang}/feeds/publications/",
                f"/{lang}/feeds/news/",
                f"/{lang}/feeds/topics/rule-of-law/",
                f"/{lang}/feeds/topics/no-such-topic/",
                f"/{lang}/feeds/events.ics",
            ]
            for report in ReportPage.objects.live():
                urls += [
                    report.url + report.reverse_subpage("cite_bibtex"),
                    report.url + report.reverse_subpage("cite_ris"),
                ]
            for event in EventPage.objects.live():
                urls += [
                    event.url + event.reverse_subpage("ics"),
                    event.url + event.reverse_subpage("cancel", args=["forged-token"]),
                ]
    document = get_document_model().objects.first()
    urls.append(document.url)
    return urls


def listing_urls(languages=LANGS) -> list[tuple[str, list[str]]]:
    targets = []
    for lang in languages:
        with translation.override(lang):
            for model, params in LISTING_PARAMETERS.items():
                for page in model.objects.live():
                    targets.append((page.url, params))
            targets.append((f"/{lang}/search/", SEARCH_PARAMETERS))
    return targets


def assert_safe(response, url):
    assert response.status_code < 500, (url, response.status_code)
    if response.get("Content-Type", "").startswith("text/html"):
        body = response.content.decode()
        assert MARKUP not in body, url
        assert "<img src=x onerror" not in body, url
    assert "hacked" not in response.cookies


def test_the_sweep_covers_every_kind_of_public_url(whole_site):
    urls = public_urls()
    # Pages of every type in three languages plus the routes around them.
    for fragment in ("/sq/", "/sr-latn/", "cite/bibtex/", "cite/ris/", "/calendar/", "events.ics"):
        assert any(fragment in url for url in urls), fragment
    assert len(urls) > 100
    assert {len(params) for _url, params in listing_urls()} >= {2, 3, 4, 8}


@pytest.mark.parametrize("lang", LANGS)  # one language per test: spread over workers
def test_every_public_url_survives_hostile_values_in_every_parameter(client, whole_site, lang):
    client.raise_request_exception = False
    for url in public_urls([lang]):
        assert_safe(client.get(url), url)
        for value in HOSTILE_VALUES:
            # Every parameter at once, and each one repeated with a second value.
            query = {name: [value, "1"] for name in EVERY_PARAMETER}
            assert_safe(client.get(url, query), f"{url} {value[:20]!r}")
        for raw in RAW_QUERIES:
            assert_safe(client.get(f"{url}?{raw}"), f"{url}?{raw}")


@pytest.mark.parametrize("lang", LANGS)
def test_each_listing_parameter_alone_survives_hostile_values(client, whole_site, lang):
    """One parameter at a time, so that an earlier filter refusing a value
    (a 404) does not hide what a later one does with it."""
    client.raise_request_exception = False
    for url, params in listing_urls([lang]):
        for name in params:
            for value in HOSTILE_VALUES:
                response = client.get(url, {name: value})
                assert_safe(response, f"{url}?{name}={value[:20]!r}")
                if name != "q" and "/search/" not in url and value.strip():
                    # A value that is no filter option or page is refused, not ignored.
                    assert response.status_code == 404, (url, name, value[:20])


@pytest.mark.parametrize("lang", LANGS)
def test_a_searched_word_is_shown_escaped(client, whole_site, lang):
    response = client.get(f"/{lang}/search/", {"q": ATTRIBUTE_BREAK})
    assert response.status_code == 200
    body = response.content.decode()
    assert "<img src=x onerror" not in body
    assert "&lt;img src=x onerror" in body or "&quot;&gt;&lt;img" in body


def test_a_huge_query_string_is_not_copied_into_the_page(client, site):
    """A 30 KB query string once came back eight times (language switcher,
    hreflang links): a 248 KB page. Only the search's own parameters are
    carried, each cut to its length."""
    junk = "x" * 30_000
    response = client.get("/en/search/", {"q": "bridge " + "z" * 5000, "junk": junk})
    assert response.status_code == 200
    html = response.content.decode()
    assert "xxxxxxxxxx" not in html
    assert "z" * 201 not in html
    assert len(html) < 60_000
    # The switcher still keeps the search in the other languages.
    assert 'href="/sq/search/?q=bridge+zzz' in html
