"""Site search: what a reader of each language types finds what they mean."""

import datetime
import os

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import override_settings
from wagtail.models import PageViewRestriction

from bbg_site.models import SearchDocument
from bbg_site.search.indexing import rebuild
from bbg_site.transliteration import fold
from tests.factories import (
    make_event,
    make_event_index,
    make_library,
    make_news,
    make_news_index,
    make_people_index,
    make_person,
    make_report,
    make_standard_page,
    rich,
)

D = datetime.date
ON_POSTGRESQL = connection.vendor == "postgresql"


def postgresql_only():
    """Stemming and the GIN index are PostgreSQL's: skipped on a SQLite run
    on a developer's machine, never in CI (which runs on PostgreSQL)."""
    if not ON_POSTGRESQL:
        if os.environ.get("CI"):
            pytest.fail("CI must run the search tests on PostgreSQL")
        pytest.skip("needs PostgreSQL (full-text search with stemmers)")


def titles(response) -> list[str]:
    html = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in html.select(".search-result__title a")]


def set_body(page, texts: dict):
    """Give a page its body text in each language, and publish it."""
    for lang, text in texts.items():
        setattr(page, f"body_{lang.replace('-', '_')}", rich(text))
    page.save_revision().publish()
    return page


def page_html(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def corpus(site):
    """Pages whose text in each language holds the words readers search for."""
    library = make_library(site.home)
    bridge = set_body(
        make_report(library, "bridge", "The Mitrovica bridge", date=D(2025, 11, 3)),
        {
            "en": "Negotiations over the bridge in Mitrovica continued in Brussels.",
            "sq": "Negociatat për urën në Mitrovicë vazhduan në Prishtinë dhe Bruksel.",
            "sr-latn": "Pregovori o mostu u Mitrovici nastavljeni su u Briselu.",
        },
    )
    rule_of_law = set_body(
        make_report(library, "rule-of-law", "Rule of law in the north", date=D(2024, 3, 1)),
        {
            "en": "Courts in the north were integrated in 2017.",
            "sq": "Gjykatat në veri u integruan në vitin 2017.",
            "sr-latn": "Vladavina prava na severu Kosova i početna integracija sudova.",
        },
    )
    english_only = set_body(
        make_report(
            library,
            "visa",
            "Visa liberalisation one year on",
            date=D(2024, 12, 15),
            translated=False,
        ),
        {"en": "Kosovars travel to Schengen without visas since January."},
    )
    people = make_people_index(site.home)
    arber = make_person(people, "Arbër", "Krasniqi")
    news = set_body(
        make_news(make_news_index(site.home), "talks", "Talks resumed", date=D(2025, 1, 10)),
        {
            "en": "The negotiated agreement was discussed at length.",
            "sq": "Marrëveshja u diskutua gjatë në Prishtinë.",
            "sr-latn": "O sporazumu se dugo raspravljalo.",
        },
    )
    event = make_event(
        make_event_index(site.home),
        "roundtable",
        "Roundtable on the bridge",
        start=datetime.datetime(2026, 12, 1, 10, tzinfo=datetime.UTC),
    )
    rebuild()
    return {
        "bridge": bridge,
        "rule_of_law": rule_of_law,
        "english_only": english_only,
        "arber": arber,
        "news": news,
        "event": event,
        "library": library,
    }


# --- folding -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("Prishtinë", "prishtine"),
        ("MITROVICË", "mitrovice"),
        ("Çështja", "ceshtja"),
        ("početna", "pocetna"),
        ("Đorđe Šćekić", "djordje scekic"),
        ("Косово", "kosovo"),
        ("владавина права", "vladavina prava"),
        ("Љубљана и Њујорк", "ljubljana i njujork"),
        ("Ђорђе Џаковић", "djordje dzakovic"),
    ],
)
def test_folding_drops_diacritics_and_writes_cyrillic_in_latin(typed, folded):
    assert fold(typed) == folded


# --- what readers type -----------------------------------------------------------


def test_albanian_reader_finds_prishtine_without_the_diacritic(client, corpus):
    for query in ["Prishtine", "prishtinë", "PRISHTINE"]:
        found = titles(client.get("/sq/search/", {"q": query}))
        assert "The Mitrovica bridge (sq)" in found, query
        assert "Talks resumed (sq)" in found, query


def test_albanian_reader_finds_mitrovice_without_the_diacritic(client, corpus):
    found = titles(client.get("/sq/search/", {"q": "Mitrovice"}))
    assert found[0] == "The Mitrovica bridge (sq)"


def test_serbian_reader_finds_pocetna_without_the_hacek(client, corpus):
    found = titles(client.get("/sr-latn/search/", {"q": "pocetna"}))
    assert found == ["Rule of law in the north (sr)"]


def test_cyrillic_query_finds_serbian_text_written_in_latin(client, corpus):
    for query in ["Косово", "владавина права", "ВЛАДАВИНА ПРАВА"]:
        found = titles(client.get("/sr-latn/search/", {"q": query}))
        assert "Rule of law in the north (sr)" in found, query


def test_serbian_inflected_forms_match_on_postgresql(client, corpus):
    postgresql_only()
    # "pregovora" (genitive) finds "Pregovori" (nominative); Cyrillic too.
    assert titles(client.get("/sr-latn/search/", {"q": "pregovora"})) == [
        "The Mitrovica bridge (sr)"
    ]
    assert titles(client.get("/sr-latn/search/", {"q": "владавином права"})) == [
        "Rule of law in the north (sr)"
    ]


def test_english_inflected_forms_match_on_postgresql(client, corpus):
    postgresql_only()
    # "negotiation" finds "Negotiations" and "negotiated" (English stemmer).
    found = titles(client.get("/en/search/", {"q": "negotiation"}))
    assert set(found) == {"The Mitrovica bridge", "Talks resumed"}


def test_a_word_typed_halfway_finds_on_postgresql(client, corpus):
    postgresql_only()
    assert titles(client.get("/en/search/", {"q": "liberalis"})) == [
        "Visa liberalisation one year on"
    ]


def test_search_reads_the_readers_language(client, corpus):
    for lang, query, expected, absent in [
        ("en", "Brussels", "The Mitrovica bridge", "Talks resumed"),
        ("sq", "Bruksel", "The Mitrovica bridge (sq)", "Talks resumed (sq)"),
        ("sr-latn", "Briselu", "The Mitrovica bridge (sr)", "Talks resumed (sr)"),
    ]:
        found = titles(client.get(f"/{lang}/search/", {"q": query}))
        assert expected in found
        assert absent not in found


def test_words_of_another_language_do_not_match(client, corpus):
    # "Negociatat" is Albanian: English and Serbian readers do not find it.
    assert titles(client.get("/en/search/", {"q": "Negociatat"})) == []
    assert titles(client.get("/sr-latn/search/", {"q": "Negociatat"})) == []
    assert titles(client.get("/sq/search/", {"q": "Negociatat"})) == ["The Mitrovica bridge (sq)"]


def test_untranslated_pages_are_found_in_english_and_marked(client, corpus):
    for lang in ["sq", "sr-latn"]:
        html = page_html(client.get(f"/{lang}/search/", {"q": "Schengen"}))
        link = html.select_one(".search-result__title a")
        assert link.get_text(strip=True) == "Visa liberalisation one year on"
        assert link["lang"] == "en"
        assert link["href"].startswith(f"/{lang}/")


def test_result_links_to_the_page_in_the_readers_language(client, corpus):
    for lang, expected in [
        ("en", "/en/publications/bridge/"),
        ("sq", "/sq/publikimet/bridge/"),
        ("sr-latn", "/sr-latn/publikacije/bridge/"),
    ]:
        html = page_html(client.get(f"/{lang}/search/", {"q": "Mitrovica"}))
        link = html.select_one(".search-result__title a")
        assert link["href"] == expected
        assert client.get(link["href"]).status_code == 200


def test_excerpt_shows_the_matching_words(client, corpus):
    for lang, query, marked in [
        ("en", "bridge", "bridge"),
        ("sq", "Prishtine", "Prishtinë"),
        ("sr-latn", "Косова", "Kosova"),
    ]:
        html = page_html(client.get(f"/{lang}/search/", {"q": query}))
        excerpt = html.select_one(".search-result__excerpt")
        assert marked in [mark.get_text() for mark in excerpt.select("mark")]


def test_people_are_found_by_name_without_diacritics(client, corpus):
    for lang in ("en", "sq", "sr-latn"):
        assert "Arbër Krasniqi" in titles(client.get(f"/{lang}/search/", {"q": "arber"}))


# --- counting, filtering, paging -------------------------------------------------


def test_type_filter_narrows_results_and_shows_counts(client, corpus):
    for lang, all_label, reports_label in [
        ("en", "All", "Publications"),
        ("sq", "Të gjitha", "Publikimet"),
        ("sr-latn", "Sve", "Publikacije"),
    ]:
        html = page_html(client.get(f"/{lang}/search/", {"q": "bridge"}))
        kinds = {a.get_text(" ", strip=True) for a in html.select(".search-kinds a")}
        assert f"{all_label} (2)" in kinds
        assert f"{reports_label} (1)" in kinds
        narrowed = client.get(f"/{lang}/search/", {"q": "bridge", "type": "event"})
        assert len(titles(narrowed)) == 1
        assert "Roundtable on the bridge" in titles(narrowed)[0]


def test_unknown_type_is_not_found(client, corpus):
    assert client.get("/en/search/", {"q": "bridge", "type": "secret"}).status_code == 404
    assert client.get("/en/search/", {"q": "bridge", "order": "random"}).status_code == 404


def test_every_word_of_the_query_must_match(client, corpus):
    assert titles(client.get("/en/search/", {"q": "courts bridge"})) == []
    assert titles(client.get("/en/search/", {"q": "courts north"})) == ["Rule of law in the north"]


def test_newest_first_orders_by_date(client, corpus):
    found = titles(client.get("/sq/search/", {"q": "bridge", "order": "newest"}))
    assert found == ["Roundtable on the bridge (sq)", "The Mitrovica bridge (sq)"]


@pytest.mark.parametrize("lang", ["en", "sq", "sr-latn"])
def test_relevance_puts_title_matches_first_and_ranks_only_the_newest_of_a_broad_query(
    client, site, monkeypatch, lang
):
    """The best match first (the word in the title outranks the word in the
    text); a query matching more than ``RANKED_MATCHES`` documents ranks its
    newest ones and lists the older ones after them, newest first."""
    postgresql_only()
    from bbg_site.search import query

    library = make_library(site.home)
    make_report(library, "ibar-water", "Water of the Ibar", date=D(2019, 5, 1))
    for year in (2021, 2022, 2023):
        set_body(
            make_report(
                library, f"municipal-{year}", f"Municipal report {year}", date=D(year, 1, 1)
            ),
            {
                "en": "Towns along the Ibar share one budget.",
                "sq": "Qytetet përgjatë Ibrit e ndajnë një buxhet, Ibar.",
                "sr-latn": "Gradovi duž Ibra dele budžet, Ibar.",
            },
        )
    rebuild()
    suffix = "" if lang == "en" else f" ({lang.split('-')[0]})"
    water = "Water of the Ibar" + suffix
    municipal = [f"Municipal report {year}{suffix}" for year in (2023, 2022, 2021)]

    assert titles(client.get(f"/{lang}/search/", {"q": "Ibar"})) == [water, *municipal]
    monkeypatch.setattr(query, "RANKED_MATCHES", 2)  # only the two newest are ranked
    assert titles(client.get(f"/{lang}/search/", {"q": "Ibar"})) == [*municipal, water]


def test_results_are_paginated(client, site):
    library = make_library(site.home)
    for number in range(12):
        make_report(
            library, f"budget-{number}", f"Budget review {number}", date=D(2020, 1, 1 + number)
        )
    rebuild()
    for lang in ["en", "sq", "sr-latn"]:
        first = page_html(client.get(f"/{lang}/search/", {"q": "budget"}))
        assert len(first.select(".search-result")) == 10
        assert "12" in first.select_one(".result-count").get_text()
        second = client.get(f"/{lang}/search/", {"q": "budget", "page": 2})
        assert len(titles(second)) == 2
        assert client.get(f"/{lang}/search/", {"q": "budget", "page": 3}).status_code == 404


# --- empty, nothing found, hostile ----------------------------------------------


def test_empty_search_explains_what_to_do(client, corpus):
    for lang, hint in [
        ("en", "Type a word or a name"),
        ("sq", "Shkruani një fjalë ose një emër"),
        ("sr-latn", "Upišite reč ili ime"),
    ]:
        html = page_html(client.get(f"/{lang}/search/"))
        assert hint in html.select_one("main").get_text()
        # Links on to the library, the people and the events, in the reader's language.
        links = [a["href"] for a in html.select(".search-page > p a")]
        assert len(links) == 3
        assert all(href.startswith(f"/{lang}/") for href in links)


def test_no_results_page_helps(client, corpus):
    for lang, message in [
        ("en", "Nothing was found for “zzzyx”."),
        ("sq", "Nuk u gjet asgjë për “zzzyx”."),
        ("sr-latn", "Ništa nije pronađeno za „zzzyx”."),
    ]:
        html = page_html(client.get(f"/{lang}/search/", {"q": "zzzyx"}))
        text = " ".join(html.select_one(".search-empty").get_text().split())
        assert message in text
        # A way on: links to the library, people and events in the reader's language.
        assert len(html.select(".search-empty a")) == 3


HOSTILE_QUERIES = [
    "x" * 5000,
    "<script>alert(1)</script>",
    "bridge\x00\x01\x1f",
    "'; DROP TABLE bbg_site_searchdocument; --",
    '"unterminated & | ! ( :* <->',
    "!!!",
    "ⓑⓡⓘⓓⓖⓔ 🙂 \u202e",
]


def test_hostile_queries_never_fail_and_are_never_echoed_raw(client, corpus):
    for lang in ["en", "sq", "sr-latn"]:
        for query in HOSTILE_QUERIES:
            for params in ({"q": query}, {"q": query, "type": "report", "order": "newest"}):
                response = client.get(f"/{lang}/search/", params)
                assert response.status_code == 200, query
                body = response.content.decode()
                assert "<script>alert(1)</script>" not in body
                assert "\x00" not in body
                shown = BeautifulSoup(body, "html.parser").select_one("#search-q")["value"]
                assert len(shown) <= 200  # queries are cut to 200 characters
    assert SearchDocument.objects.count() > 0  # nothing dropped


def test_search_results_are_not_indexed_by_search_engines(client, corpus):
    html = page_html(client.get("/en/search/", {"q": "bridge"}))
    assert html.select_one('meta[name="robots"]')["content"] == "noindex, follow"


# --- keeping the documents up to date -------------------------------------------


@override_settings(SEARCH_INDEX_ON_PUBLISH=True)
def test_publishing_indexes_a_page_in_every_language_and_unpublishing_drops_it(client, site):
    page = make_standard_page(
        site.home,
        slug="ombudsperson",
        title={"en": "Ombudsperson", "sq": "Avokati i Popullit", "sr-latn": "Ombudsman"},
    )
    assert titles(client.get("/sq/search/", {"q": "avokati"})) == ["Avokati i Popullit"]
    assert titles(client.get("/sr-latn/search/", {"q": "ombudsman"})) == ["Ombudsman"]
    page.title_sq = "Avokati i Popullit i Kosovës"
    page.save_revision().publish()
    assert titles(client.get("/sq/search/", {"q": "kosoves"})) == ["Avokati i Popullit i Kosovës"]
    page.unpublish()
    assert titles(client.get("/sq/search/", {"q": "avokati"})) == []
    assert not SearchDocument.objects.filter(page=page).exists()


@pytest.mark.parametrize("lang", ["en", "sq", "sr-latn"])
def test_drafts_are_not_found(client, corpus, lang):
    """Neither a page that is only a draft, nor the unpublished draft of a
    live page: readers find what is published, in each language."""
    draft = make_report(
        corpus["library"], "leposavic", "Leposavić water supply", date=D(2025, 5, 1)
    )
    draft.unpublish()
    bridge = corpus["bridge"]
    for code in ("en", "sq", "sr_latn"):
        setattr(bridge, f"title_{code}", f"Zvečan crossing ({code})")
    bridge.save_revision()  # a draft, not published
    rebuild()
    search = f"/{lang}/search/"
    assert titles(client.get(search, {"q": "Leposavić"})) == []
    assert titles(client.get(search, {"q": "Zvečan"})) == []
    # The live page is still found, under its published title.
    suffix = {"en": "", "sq": " (sq)", "sr-latn": " (sr)"}[lang]
    assert f"The Mitrovica bridge{suffix}" in titles(client.get(search, {"q": "Mitrovica"}))
    # Published, the same page is found at once by its new words.
    draft.save_revision().publish()
    rebuild()
    found = titles(client.get(search, {"q": "Leposavić"}))
    assert [t for t in found if t.startswith("Leposavić water supply")]


def test_private_pages_are_not_found(client, corpus):
    bridge = corpus["bridge"]
    assert "The Mitrovica bridge" in titles(client.get("/en/search/", {"q": "bridge"}))
    PageViewRestriction.objects.create(
        page=bridge, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert "The Mitrovica bridge" not in titles(client.get("/en/search/", {"q": "bridge"}))


def test_search_uses_the_full_text_index_on_postgresql(corpus):
    """At a realistic size the planner picks the language's GIN index: the
    search never reads every document."""
    postgresql_only()
    from django.contrib.postgres.search import SearchQuery

    from bbg_site.search.indexing import _update_vectors, search_config

    # 2,000 filler documents per language; their pages need not exist (the
    # foreign key is checked at commit: they are deleted before).
    SearchDocument.objects.bulk_create(
        SearchDocument(
            page_id=10_000_000 + number,
            language=lang,
            kind="news",
            title=f"Filler {number}",
            folded_title=f"filler {number}",
            folded_text=f"ordinary words number {number} about the weather",
        )
        for number in range(2000)
        for lang in ("en", "sq", "sr-latn")
    )
    _update_vectors(SearchDocument.objects.filter(page_id__gte=10_000_000))
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE bbg_site_searchdocument")
    plans = {}
    for lang in ("en", "sq", "sr-latn"):
        # The full-text match of the search; live pages are then joined by key.
        tsquery = SearchQuery("bridge", config=search_config(lang), search_type="websearch")
        found = SearchDocument.objects.filter(language=lang, search_vector=tsquery)
        sql, params = found.query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN " + sql, params)
            plans[lang] = "\n".join(row[0] for row in cursor.fetchall())
    SearchDocument.objects.filter(page_id__gte=10_000_000).delete()
    for lang, plan in plans.items():
        assert f"Bitmap Index Scan on search_vector_{lang.replace('-', '_')}" in plan
