"""A project or a profile with many publications shows the newest six and
links to all of them in the library (at ten times BPRG's size a project had
hundreds of report cards on one page)."""

import datetime

import pytest
from bs4 import BeautifulSoup

from tests.factories import make_report
from tests.helpers import url_in

pytestmark = pytest.mark.django_db

LANGS = ("en", "sq", "sr-latn")
ALL_PUBLICATIONS = {
    "en": "All publications",
    "sq": "Të gjitha publikimet",
    "sr-latn": "Sve publikacije",
}


@pytest.fixture
def prolific(catalogue):
    library, arber = catalogue["library"], catalogue["people"]["arber"]
    elevate = catalogue["projects"]["elevate"]
    for n in range(7):
        make_report(
            library,
            f"many-{n}",
            f"Many {n}",
            date=datetime.date(2026, 1, 1) + datetime.timedelta(days=n),
            authors=[arber],
            project=elevate,
        )
    return catalogue


def cards_and_more_link(client, page, lang):
    html = BeautifulSoup(client.get(url_in(page, lang)).content.decode(), "html.parser")
    section = html.select_one("section[aria-labelledby=publications-heading]")
    return section.select(".report-card"), section.select_one("a.more-link")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("owner", "param"), [("project", "project"), ("person", "author")])
def test_newest_six_publications_and_a_link_to_all_of_them(client, prolific, lang, owner, param):
    page = prolific["projects"]["elevate"] if owner == "project" else prolific["people"]["arber"]
    cards, more = cards_and_more_link(client, page, lang)
    assert len(cards) == 6
    titles = [card.select_one(".card__title").get_text(strip=True) for card in cards]
    assert titles[0].startswith("Many 6")  # newest first
    assert more is not None
    expected = url_in(prolific["library"], lang) + f"?{param}={page.slug_en}"
    assert more["href"] == expected
    assert more.get_text(strip=True) == ALL_PUBLICATIONS[lang]
    listed = client.get(more["href"])
    assert listed.status_code == 200
    assert "Many 0" in listed.content.decode()


@pytest.mark.parametrize("lang", LANGS)
def test_a_short_list_has_no_link(client, catalogue, lang):
    cards, more = cards_and_more_link(client, catalogue["people"]["milica"], lang)
    assert 0 < len(cards) <= 6
    assert more is None
