import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext

from publications.models import PublicationIndexPage
from tests.factories import make_report
from tests.helpers import soup, url_in

pytestmark = pytest.mark.django_db
ALL = ["mitrovica", "courts", "eu", "association", "elections"]  # newest first


def listed(client, catalogue, query="", lang="en"):
    response = client.get(url_in(catalogue["library"], lang) + query)
    assert response.status_code == 200
    links = [a["href"] for a in soup(response).select("#library-results .card__title a")]
    by_url = {url_in(r, lang): key for key, r in catalogue["reports"].items()}
    return [by_url[link] for link in links]


def test_newest_first_with_a_count(client, catalogue):
    response = client.get(url_in(catalogue["library"], "sq"))
    assert listed(client, catalogue) == ALL
    with translation.override("sq"):
        from django.utils.translation import ngettext

        expected = ngettext("%(counter)s publication", "%(counter)s publications", 5) % {
            "counter": 5
        }
    assert soup(response).select_one(".result-count").get_text(strip=True) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?type=policy-brief", ["courts"]),
        ("?type=report", ["mitrovica", "elections"]),
        ("?topic=northern-kosovo", ["mitrovica", "courts", "elections"]),
        ("?topic=rule-of-law", ["courts", "eu"]),
        ("?project=elevate-peace", ["mitrovica", "association"]),
        ("?author=milica-jovanovic", ["mitrovica", "courts"]),
        ("?author=arber-krasniqi", ["mitrovica", "eu"]),
        ("?year=2024", ["eu", "association"]),
        ("?language=sq", ["mitrovica", "association"]),
        ("?language=sr-latn", ["mitrovica", "courts"]),
        ("?language=en", ["mitrovica", "courts", "eu", "association"]),
        ("?q=bridge", ["mitrovica"]),
        ("?q=MITROVICA", ["mitrovica"]),
        ("?q=gjetjet+kryesore+courts", ["courts"]),
        ("?q=nothing-like-this", []),
    ],
)
def test_each_filter_alone(client, catalogue, query, expected):
    assert listed(client, catalogue, query) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?topic=northern-kosovo&author=milica-jovanovic", ["mitrovica", "courts"]),
        ("?topic=northern-kosovo&author=milica-jovanovic&language=sq", ["mitrovica"]),
        ("?topic=northern-kosovo&year=2025&type=policy-brief", ["courts"]),
        ("?project=elevate-peace&year=2024", ["association"]),
        ("?topic=rule-of-law&q=visa", ["eu"]),
        ("?type=commentary&language=sq", []),
    ],
)
def test_filters_combine(client, catalogue, query, expected):
    assert listed(client, catalogue, query, lang="sr-latn") == expected


def test_a_report_matching_a_filter_twice_is_listed_once(client, catalogue):
    """An author named twice on one report, or a report with a second PDF
    in the same language (imported data can have both), still makes one
    card, in every language."""
    from publications.models import ReportAuthor, ReportDownload

    mitrovica = catalogue["reports"]["mitrovica"]
    milica = mitrovica.authors.get(person__slug_en="milica-jovanovic")
    ReportAuthor.objects.create(report=mitrovica, person=milica.person, sort_order=9)
    pdf = mitrovica.downloads.get(language="sq")
    ReportDownload.objects.create(report=mitrovica, language="sq", document=pdf.document)
    for lang in ("en", "sq", "sr-latn"):
        assert listed(
            client, catalogue, "?author=milica-jovanovic&language=sq&topic=northern-kosovo", lang
        ) == ["mitrovica"]
        assert listed(client, catalogue, "?author=milica-jovanovic", lang) == [
            "mitrovica",
            "courts",
        ]


def test_filter_state_is_kept_in_the_form(client, catalogue):
    html = soup(
        client.get(url_in(catalogue["library"], "sq") + "?topic=rule-of-law&year=2025&q=courts")
    )
    assert html.select_one("#filter-topic option[selected]")["value"] == "rule-of-law"
    assert html.select_one("#filter-topic option[selected]").get_text() == "Sundimi i ligjit"
    assert html.select_one("#filter-year option[selected]")["value"] == "2025"
    assert html.select_one("#filter-q")["value"] == "courts"
    assert html.select_one(".filters a")  # "clear filters"


def test_filter_options_are_in_the_readers_language_and_keep_the_choice(client, catalogue):
    """The options are cached per language: English first must not leave its
    labels on the Albanian and Serbian pages."""
    topic = {"en": "Rule of law", "sq": "Sundimi i ligjit", "sr-latn": "Vladavina prava"}
    project = {"en": "Elevate Peace", "sq": "Elevate Peace (sq)", "sr-latn": "Elevate Peace (sr)"}
    for lang in ("en", "sq", "sr-latn"):
        html = soup(
            client.get(
                url_in(catalogue["library"], lang)
                + "?project=elevate-peace&author=milica-jovanovic"
            )
        )
        topics = {o["value"]: o.get_text() for o in html.select("#filter-topic option")}
        assert topics["rule-of-law"] == topic[lang]
        chosen = html.select_one("#filter-project option[selected]")
        assert (chosen["value"], chosen.get_text()) == ("elevate-peace", project[lang])
        chosen = html.select_one("#filter-author option[selected]")
        assert (chosen["value"], chosen.get_text()) == ("milica-jovanovic", "Milica Jovanovic")
        assert not html.select("#filter-topic option[selected]")


def test_no_results_says_so_in_the_readers_language(client, catalogue):
    html = soup(client.get(url_in(catalogue["library"], "sq") + "?type=commentary&language=sq"))
    with translation.override("sq"):
        assert (
            gettext("No publication matches these filters.")
            in html.select_one("#library-results").get_text()
        )


@pytest.mark.parametrize(
    "query",
    [
        "?type=novel",
        "?topic=astrology",
        "?project=unknown",
        "?author=nobody",
        "?year=abc",
        "?year=1999",
        "?language=de",
        "?page=abc",
        "?page=0",
        "?page=99",
        "?page=-1",
        "?type=%00",
        "?year=2024%00",
    ],
)
def test_bad_filter_values_and_pages_are_404(client, catalogue, query):
    client.raise_request_exception = False
    response = client.get(url_in(catalogue["library"], "sq") + query)
    assert response.status_code == 404
    with translation.override("sq"):
        assert gettext("Page not found") in response.content.decode()


@pytest.mark.parametrize("query", ["?q=%00", "?q=" + "x" * 5000, "?q=%3Cscript%3E", "?q=%27%22;--"])
def test_hostile_text_is_harmless(client, catalogue, query):
    response = client.get(url_in(catalogue["library"], "en") + query)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


def test_listing_shows_which_languages_have_a_pdf(client, catalogue):
    html = soup(client.get(url_in(catalogue["library"], "en")))
    cards = {
        a.get_text(strip=True): a.find_parent("article") for a in html.select(".card__title a")
    }
    assert (
        cards["The Mitrovica bridge"].select_one(".report-card__languages").get_text(strip=True)
        == "PDF: English, Albanian, Serbian"
    )
    assert (
        cards["Courts in the north"].select_one(".report-card__languages").get_text(strip=True)
        == "PDF: English, Serbian"
    )
    assert not cards["Local elections 2023"].select(".report-card__languages")


def test_load_more_links_to_the_next_page_and_keeps_filters(client, catalogue, monkeypatch):
    monkeypatch.setattr(PublicationIndexPage, "page_size", 2)
    url = url_in(catalogue["library"], "en")
    first = soup(client.get(url + "?topic=northern-kosovo"))
    more = first.select_one("[data-load-more]")
    assert more["href"] == "?topic=northern-kosovo&page=2"
    assert more["data-load-more"] == "library-results"
    second = client.get(url + more["href"])
    # From the first item to the page "Load more" reached.
    assert listed(client, catalogue, more["href"])[2:] == ["elections"]
    assert not soup(second).select("[data-load-more]")  # last page
    assert len(first.select("#library-results > li")) == 2


def test_library_query_count_does_not_grow_with_reports(client, catalogue):
    library = catalogue["library"]
    people, topics, projects = catalogue["people"], catalogue["topics"], catalogue["projects"]

    def count_queries():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url_in(library, "sq") + "?topic=northern-kosovo").status_code == 200
        return len(ctx.captured_queries)

    count_queries()
    with_five = count_queries()
    import datetime

    for n in range(45):
        make_report(
            library,
            f"extra-{n}",
            f"Extra report {n}",
            date=datetime.date(2022, 1, 1) + datetime.timedelta(days=n),
            authors=[people["arber"], ("Guest Author", "Elsewhere")],
            topics=[topics["north"], topics["law"]],
            project=projects["elevate"],
            pdfs=("en", "sq"),
        )
    count_queries()  # the first request after a change refills the content caches
    assert count_queries() == with_five


def test_english_titles_shown_to_other_readers_are_marked_as_english(client, catalogue):
    html = BeautifulSoup(
        client.get(url_in(catalogue["library"], "sq")).content.decode(), "html.parser"
    )
    links = {
        a.get_text(strip=True): a.get("lang")
        for a in html.select("#library-results .card__title a")
    }
    assert links["Visa liberalisation one year on"] == "en"  # English only
    assert links["The Mitrovica bridge (sq)"] is None
    english = soup(client.get(url_in(catalogue["library"], "en")))
    assert not english.select("#library-results .card__title a[lang]")
