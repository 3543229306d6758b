import json

import feedparser
import pytest
from django.utils import translation
from django.utils.translation import gettext

from publications.models import NewsIndexPage, NewsPage
from tests.helpers import soup, url_in

pytestmark = pytest.mark.django_db


def test_news_page_tree_rules(site, newsroom):
    index, _ = newsroom
    assert not NewsIndexPage.can_create_at(site.home)
    assert NewsPage.can_create_at(index)
    assert not NewsPage.can_create_at(site.home)


@pytest.mark.parametrize("lang", ["en", "sq", "sr-latn"])
def test_news_item_renders_with_category_date_and_json_ld(client, newsroom, lang):
    _, items = newsroom
    item = items["press"]
    html = soup(client.get(url_in(item, lang)))
    suffix = {"en": "en", "sq": "sq", "sr-latn": "sr_latn"}[lang]
    assert html.h1.get_text(strip=True) == getattr(item, f"title_{suffix}")
    assert getattr(item, f"summary_{suffix}") in html.select_one("main").get_text()
    kicker = html.select_one(".card__kicker").get_text(" ", strip=True)
    with translation.override(lang):
        assert gettext("Statement") in kicker
    assert {"en": "4 November 2025", "sq": "4 nëntor 2025", "sr-latn": "4. novembar 2025."}[
        lang
    ] in kicker
    data = json.loads(html.find("script", type="application/ld+json").string)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == getattr(item, f"title_{suffix}")
    assert data["datePublished"] == "2025-11-04"


def news_titles(response):
    return [a.get_text(strip=True) for a in soup(response).select("#news-results .card__title a")]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "",
            ["Statement on the bridge", "New partnership with Sida", "BPRG on regional television"],
        ),
        ("?category=statement", ["Statement on the bridge"]),
        ("?category=in-the-media", ["BPRG on regional television"]),
        ("?topic=brussels-dialogue", ["New partnership with Sida"]),
        ("?topic=northern-kosovo&category=statement", ["Statement on the bridge"]),
        ("?topic=northern-kosovo&category=announcement", []),
    ],
)
def test_news_index_filters(client, newsroom, query, expected):
    index, _ = newsroom
    response = client.get(url_in(index, "en") + query)
    assert response.status_code == 200
    assert news_titles(response) == expected


@pytest.mark.parametrize(
    "query", ["?category=gossip", "?topic=unknown", "?page=2", "?page=x", "?category=%00"]
)
def test_news_index_bad_values_are_404(client, newsroom, query):
    index, _ = newsroom
    client.raise_request_exception = False
    assert client.get(url_in(index, "sq") + query).status_code == 404


def test_news_load_more(client, newsroom, monkeypatch):
    from publications.models import NewsIndexPage

    monkeypatch.setattr(NewsIndexPage, "page_size", 2)
    index, _ = newsroom
    first = client.get(url_in(index, "en"))
    more = soup(first).select_one("[data-load-more=news-results]")
    assert more["href"] == "?page=2"
    # The page "Load more" reached shows the list from its first item.
    assert news_titles(client.get(url_in(index, "en") + more["href"]))[-1:] == [
        "BPRG on regional television"
    ]


def test_listings_advertise_their_feeds(client, catalogue, newsroom):
    index, _ = newsroom
    library_feed = soup(client.get(url_in(catalogue["library"], "sq"))).find(
        "link", type="application/rss+xml"
    )
    assert library_feed["href"] == "/sq/feeds/publications/"
    news_feed = soup(client.get(url_in(index, "sr-latn"))).find("link", type="application/rss+xml")
    assert news_feed["href"] == "/sr-latn/feeds/news/"


@pytest.mark.parametrize("lang", ["en", "sq", "sr-latn"])
def test_publications_feed_parses_in_each_language(client, catalogue, lang):
    response = client.get(f"/{lang}/feeds/publications/")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.language == lang
    suffix = {"en": "en", "sq": "sq", "sr-latn": "sr_latn"}[lang]
    reports = catalogue["reports"]
    assert [e.title for e in feed.entries] == [
        getattr(reports[key], f"title_{suffix}") or reports[key].title_en
        for key in ["mitrovica", "courts", "eu", "association", "elections"]
    ]
    first = feed.entries[0]
    assert first.link == "http://testserver" + url_in(reports["mitrovica"], lang)
    assert first.author == "Arber Krasniqi, Milica Jovanovic"
    assert first.enclosures[0].type == "application/pdf"
    assert (
        first.enclosures[0].href
        == "http://testserver" + reports["mitrovica"].pdf_for(lang).document.url
    )
    assert {t.term for t in first.tags} >= {"Northern Kosovo"} or lang != "en"


def test_news_and_topic_feeds(client, catalogue, newsroom):
    news = feedparser.parse(client.get("/sq/feeds/news/").content)
    assert not news.bozo
    assert [e.title for e in news.entries] == [
        "Statement on the bridge (sq)",
        "New partnership with Sida (sq)",
        "BPRG on regional television (sq)",
    ]
    topic = feedparser.parse(client.get("/en/feeds/topics/brussels-dialogue/").content)
    assert not topic.bozo
    assert [e.title for e in topic.entries] == [
        "The Mitrovica bridge",
        "New partnership with Sida",
        "The Association of Serb-majority municipalities",
    ]
    assert "The Brussels dialogue" in topic.feed.title
    client.raise_request_exception = False
    assert client.get("/en/feeds/topics/astrology/").status_code == 404
