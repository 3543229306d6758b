"""The five section listings (library, news, people, projects, events) as a
reader meets them, in every language: one filter form each, rendered by
``includes/listing_filters.html``, that narrows the list in SQL, keeps what
was chosen and refuses what it does not know with a translated 404; "Load
more" brings the next page. The machinery is ``bbg_site/listings.py``."""

import datetime
import re
from types import SimpleNamespace

import pytest
from django.db import connection
from django.db.models import QuerySet
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext
from freezegun import freeze_time

from bbg_site import listings
from events.filters import EventFilter
from events.models import EventIndexPage
from people.filters import PeopleFilter
from people.models import PeopleIndexPage
from projects.filters import ProjectFilter
from projects.models import ProjectIndexPage
from publications.filters import LibraryFilter, NewsFilter
from publications.models import NewsIndexPage, PublicationIndexPage
from tests.factories import make_event, make_event_index, make_partner, make_person, make_project
from tests.helpers import soup, url_in

pytestmark = pytest.mark.django_db

LANGS = ["en", "sq", "sr-latn"]
D = datetime.date
NOW = datetime.datetime(2026, 11, 28, 12, 0, tzinfo=datetime.UTC)
PAGE_NOT_FOUND = {"sq": "Faqja nuk u gjet", "sr-latn": "Stranica nije pronađena"}


def at(year, month, day):
    return datetime.datetime(year, month, day, 10, 0, tzinfo=datetime.UTC)


@pytest.fixture
def sections(site, catalogue, newsroom):
    """Every listing with something to filter: the catalogue's library, the
    newsroom, and people, projects and events added here."""
    topics = catalogue["topics"]
    people = catalogue["people"]["arber"].get_parent().specific
    make_person(people, "Nikola", "Stojanovic", expertise=[topics["north"]])
    make_person(people, "Ana", "Petrovic", group="board", expertise=[topics["law"]])
    projects = catalogue["projects"]["elevate"].get_parent().specific
    sida, eu = make_partner("sida", "Sida"), make_partner("eu-office", "EU Office in Kosovo")
    make_project(
        projects, "north", "Northern integration", start=D(2025, 3, 1), partners=[(eu, "donor")]
    )
    make_project(
        projects,
        "dialogue-monitor",
        "Dialogue monitor",
        start=D(2020, 1, 1),
        end=D(2023, 6, 30),
        partners=[(eu, "donor")],
    )
    make_project(
        projects,
        "closed-early",
        "Closed early",
        start=D(2025, 6, 1),
        status_override="completed",
        partners=[(sida, "donor"), (eu, "partner")],
    )
    make_project(projects, "undated", "Undated plan")
    events = make_event_index(site.home)
    make_event(
        events,
        "agenda",
        "Conference on the EU agenda",
        start=at(2027, 2, 10),
        event_type="conference",
    )
    make_event(
        events,
        "launch",
        "Report launch in Belgrade",
        start=at(2026, 10, 1),
        event_type="report-launch",
    )
    make_event(
        events, "workshop", "Workshop for journalists", start=at(2025, 5, 20), event_type="workshop"
    )
    make_event(events, "roundtable", "Roundtable on the bridge", start=at(2025, 3, 1))
    return SimpleNamespace(
        library=catalogue["library"],
        news=newsroom[0],
        people=people,
        projects=projects,
        events=events,
    )


# What each listing's cards are, by index type (events: upcoming, then past).
CARDS = {
    PublicationIndexPage: "#library-results .card__title a",
    NewsIndexPage: "#news-results .card__title a",
    PeopleIndexPage: ".people-section .card__title a",
    ProjectIndexPage: "#project-results .card__title a",
    EventIndexPage: "#upcoming-events .card__title a, #past-events .card__title a",
}


def listed(client, index, lang, query=""):
    """The English titles a reader in ``lang`` sees listed (the test content
    marks translations "(sq)", "(sr)")."""
    with freeze_time(NOW):
        response = client.get(url_in(index, lang) + query)
    assert response.status_code == 200, query
    titles = [a.get_text(strip=True) for a in soup(response).select(CARDS[type(index)])]
    return [re.sub(r" \((sq|sr)\)$", "", title) for title in titles]


FILTERED = [
    (
        "library",
        "",
        [
            "The Mitrovica bridge",
            "Courts in the north",
            "Visa liberalisation one year on",
            "The Association of Serb-majority municipalities",
            "Local elections 2023",
        ],
    ),
    ("library", "?type=policy-brief", ["Courts in the north"]),
    ("library", "?topic=rule-of-law&year=2025", ["Courts in the north"]),
    ("library", "?author=arber-krasniqi&language=sq", ["The Mitrovica bridge"]),
    (
        "library",
        "?project=elevate-peace&q=association",
        ["The Association of Serb-majority municipalities"],
    ),
    (
        "news",
        "",
        ["Statement on the bridge", "New partnership with Sida", "BPRG on regional television"],
    ),
    ("news", "?category=statement", ["Statement on the bridge"]),
    ("news", "?topic=brussels-dialogue&category=announcement", ["New partnership with Sida"]),
    ("news", "?topic=northern-kosovo&category=announcement", []),
    ("people", "?group=staff", ["Arber Krasniqi", "Milica Jovanovic", "Nikola Stojanovic"]),
    ("people", "?expertise=rule-of-law", ["Ana Petrovic"]),
    ("people", "?group=staff&expertise=northern-kosovo", ["Nikola Stojanovic"]),
    ("people", "?group=board&expertise=northern-kosovo", []),
    # Ongoing first, newest start first (no start date last), then completed
    # ones, whether by their dates or by the editors' choice.
    (
        "projects",
        "",
        [
            "Northern integration",
            "Elevate Peace",
            "Undated plan",
            "Closed early",
            "Dialogue monitor",
        ],
    ),
    ("projects", "?status=completed", ["Closed early", "Dialogue monitor"]),
    ("projects", "?status=ongoing&partner=eu-office", ["Northern integration"]),
    (
        "projects",
        "?partner=eu-office",
        ["Northern integration", "Closed early", "Dialogue monitor"],
    ),
    (
        "events",
        "",
        [
            "Conference on the EU agenda",
            "Report launch in Belgrade",
            "Workshop for journalists",
            "Roundtable on the bridge",
        ],
    ),
    ("events", "?type=workshop", ["Workshop for journalists"]),
    ("events", "?year=2025", ["Workshop for journalists", "Roundtable on the bridge"]),
    ("events", "?year=2025&type=roundtable", ["Roundtable on the bridge"]),
]


@pytest.mark.parametrize("listing", ["library", "news", "people", "projects", "events"])
def test_filters_narrow_each_listing_alone_and_combined(client, sections, listing):
    for name, query, expected in FILTERED:
        if name == listing:
            for lang in LANGS:
                assert listed(client, getattr(sections, name), lang, query) == expected, (
                    lang,
                    query,
                )


@pytest.mark.parametrize(
    ("listing", "filterset_class", "query", "count"),
    [
        ("library", LibraryFilter, "topic=northern-kosovo&language=sr-latn", 2),
        ("news", NewsFilter, "topic=northern-kosovo", 1),
        ("people", PeopleFilter, "group=staff&expertise=northern-kosovo", 1),
        ("projects", ProjectFilter, "status=completed&partner=eu-office", 2),
        ("events", EventFilter, "year=2025", 2),
    ],
)
def test_filtering_happens_in_the_database(sections, listing, filterset_class, query, count):
    """Every filter, the projects' status included (worked out from dates
    on the day), is a condition of one SQL query: the listing counts its
    results without loading them."""
    index = getattr(sections, listing)
    filterset = filterset_class(QueryDict(query), index.listing_queryset(), index=index)
    assert filterset.is_valid()
    assert isinstance(filterset.qs, QuerySet)
    with CaptureQueriesContext(connection) as queries:
        assert filterset.qs.count() == count
    assert len(queries) == 1


@pytest.mark.parametrize("lang", LANGS)
def test_every_listing_renders_its_filters_with_the_one_include(client, sections, lang):
    expected_fields = {
        "library": ["q", "type", "topic", "project", "author", "year", "language"],
        "news": ["category", "topic"],
        "people": ["group", "expertise"],
        "projects": ["status", "partner"],
        "events": ["type", "year"],
    }
    for listing, fields in expected_fields.items():
        index = getattr(sections, listing)
        with freeze_time(NOW):
            html = soup(client.get(url_in(index, lang)))
        forms = html.select("form.filters")
        assert len(forms) == 1, listing
        form = forms[0]
        assert form["data-listing-filters"] == index.results_id  # the include's mark
        assert form["action"] == url_in(index, lang)
        assert [field["name"] for field in form.select("select, input")] == fields
        for field in form.select("select, input"):
            # Every field has its label, and nothing is chosen yet.
            assert form.select_one(f"label[for={field['id']}]").get_text(strip=True)
            assert field["id"] == f"filter-{field['name']}"
            assert not field.select("option[selected]")
            if field.name == "select":
                assert field.select_one("option")["value"] == ""  # "All …"
        with translation.override(lang):
            assert form.select_one("button[type=submit]").get_text(strip=True) == gettext("Show")
        assert not form.select("a")  # nothing to clear


@pytest.mark.parametrize(
    ("listing", "query", "chosen"),
    [
        (
            "library",
            "?type=policy-brief&topic=rule-of-law&q=%20courts%20",
            {"type": "policy-brief", "topic": "rule-of-law"},
        ),
        (
            "news",
            "?category=statement&topic=northern-kosovo",
            {"category": "statement", "topic": "northern-kosovo"},
        ),
        (
            "people",
            "?group=board&expertise=rule-of-law",
            {"group": "board", "expertise": "rule-of-law"},
        ),
        (
            "projects",
            "?status=ongoing&partner=eu-office",
            {"status": "ongoing", "partner": "eu-office"},
        ),
        ("events", "?type=workshop&year=2025", {"type": "workshop", "year": "2025"}),
    ],
)
def test_the_form_keeps_the_chosen_values_in_the_readers_language(
    client, sections, listing, query, chosen
):
    index = getattr(sections, listing)
    labels = {
        "rule-of-law": {
            "en": "Rule of law",
            "sq": "Sundimi i ligjit",
            "sr-latn": "Vladavina prava",
        },
        "northern-kosovo": {
            "en": "Northern Kosovo",
            "sq": "Veriu i Kosovës",
            "sr-latn": "Sever Kosova",
        },
        "eu-office": {
            lang: f"EU Office in Kosovo{s}"
            for lang, s in [("en", ""), ("sq", " (sq)"), ("sr-latn", " (sr)")]
        },
    }
    for lang in LANGS:
        with freeze_time(NOW):
            html = soup(client.get(url_in(index, lang) + query))
        form = html.select_one("form[data-listing-filters]")
        selected = {
            option.find_parent("select")["name"]: option
            for option in form.select("option[selected]")
        }
        assert {name: option["value"] for name, option in selected.items()} == chosen, lang
        for option in selected.values():
            if option["value"] in labels:
                assert option.get_text() == labels[option["value"]][lang]
        with translation.override(lang):
            assert form.select_one("a").get_text(strip=True) == gettext("Clear filters")
        if listing == "library":
            assert form.select_one("#filter-q")["value"] == "courts"
            assert form.select_one("#filter-language option[value=sq]")["lang"] == "sq"


@pytest.mark.parametrize(
    ("listing", "query"),
    [
        ("library", "?type=novel"),
        ("library", "?year=1999"),
        ("news", "?category=gossip"),
        ("people", "?expertise=astrology"),
        ("projects", "?status=paused"),
        ("projects", "?partner=unknown"),
        ("events", "?type=party"),
        ("events", "?year=2024%00"),
    ],
)
def test_an_unknown_filter_value_is_a_translated_404(client, sections, listing, query):
    client.raise_request_exception = False
    index = getattr(sections, listing)
    for lang, text in PAGE_NOT_FOUND.items():
        response = client.get(url_in(index, lang) + query)
        assert response.status_code == 404, (lang, query)
        assert text in soup(response).select_one("h1").get_text()


@pytest.mark.parametrize(
    ("listing", "query"),
    [
        ("library", "?page=abc"),
        ("library", "?page=999"),
        ("news", "?page=0"),
        ("people", "?group=staff&page=2"),
        ("projects", "?page=-1"),
        ("events", "?type=workshop&page=2"),
    ],
)
def test_a_page_number_out_of_range_is_a_translated_404(client, sections, listing, query):
    client.raise_request_exception = False
    index = getattr(sections, listing)
    for lang, text in PAGE_NOT_FOUND.items():
        with freeze_time(NOW):
            response = client.get(url_in(index, lang) + query)
        assert response.status_code == 404, (lang, query)
        assert text in soup(response).select_one("h1").get_text()


@pytest.mark.parametrize(
    ("listing", "query", "first", "second"),
    [
        (
            "library",
            "?topic=rule-of-law",
            ["Courts in the north"],
            ["Visa liberalisation one year on"],
        ),
        ("news", "?category=", ["Statement on the bridge"], ["New partnership with Sida"]),
        ("people", "?group=staff", ["Arber Krasniqi"], ["Milica Jovanovic"]),
        ("projects", "?status=completed", ["Closed early"], ["Dialogue monitor"]),
        ("events", "?year=2025", ["Workshop for journalists"], ["Roundtable on the bridge"]),
    ],
)
def test_load_more_brings_the_next_page_with_the_same_filters(
    client, sections, monkeypatch, listing, query, first, second
):
    index = getattr(sections, listing)
    monkeypatch.setattr(type(index), "page_size", 1)
    for lang in LANGS:
        with freeze_time(NOW):
            html = soup(client.get(url_in(index, lang) + query))
        more = html.select_one(f"[data-load-more={index.results_id}]")
        assert more["href"] == f"{query}&page=2"
        assert html.select_one(f"#{index.results_id}")  # where the next items go
        with translation.override(lang):
            assert more.get_text(strip=True) == gettext("Load more")
        assert listed(client, index, lang, query) == first
        # The address "Load more" reached shows the list from its first item
        # (a reload or Back finds what the reader had), numbered from 1.
        assert listed(client, index, lang, more["href"]) == first + second
        with freeze_time(NOW):
            html = soup(client.get(url_in(index, lang) + more["href"]))
        assert html.select_one(f"#{index.results_id}")["data-first"] == "1"
        assert html.select_one(".pagination") is None
        # Far down a long list a page holds only its own items, after a link back.
        with monkeypatch.context() as patch:
            patch.setattr(listings, "PAGES_FROM_START", 1)
            assert listed(client, index, lang, more["href"]) == second
            with freeze_time(NOW):
                html = soup(client.get(url_in(index, lang) + more["href"]))
        assert html.select_one(f"#{index.results_id}")["data-first"] == "2"
        assert html.select_one(".pagination a[rel=prev]")["href"] == f"{query}&page=1"


@pytest.mark.parametrize("lang", ["en", "sq", "sr-latn", "sr-cyrl"])
def test_the_language_switcher_keeps_the_filtered_list(client, sections, lang):
    """Filter values are the same in every language (English slugs, years),
    so the switcher leads to the same filtered list in the other language."""
    query = "topic=rule-of-law&type=policy-brief&page=1"
    html = soup(client.get(url_in(sections.library, lang) + "?" + query))
    links = [a["href"] for a in html.select(".language-switcher a")]
    assert len(links) == 4
    assert all(link.endswith("?" + query) for link in links), links
    others = [link for link in links if not link.startswith(f"/{lang}/")]
    for link in others:  # the same list there: the one policy brief on the rule of law
        assert len(soup(client.get(link)).select("#library-results > li")) == 1
    unfiltered = soup(client.get(url_in(sections.library, lang)))
    assert all("?" not in a["href"] for a in unfiltered.select(".language-switcher a"))
