"""Albanian search finds inflected words: a reader types one form of a word,
the page holds another (bbg_site/search/albanian.py). On SQLite and on
PostgreSQL alike."""

import pytest
from bs4 import BeautifulSoup

from bbg_site.search.albanian import stem
from bbg_site.search.indexing import rebuild
from bbg_site.transliteration import fold
from tests.factories import make_standard_page, rich

# What each page says in Albanian, and forms a reader may type for its words,
# none of them the form the page uses.
BRIDGE_TEXT = (
    "Ura mbi Ibër në Mitrovicë. Raporti i ri për dialogun ndërmjet Kosovës dhe "
    "Serbisë dhe marrëveshjet e Brukselit. Qeveria në Prishtinë dhe komunat në veri. "
    "Buxheti i komunës për vitin e ardhshëm."
)
BRIDGE_FORMS = [
    "Mitrovica", "Mitrovicës", "Mitrovicën", "Митровица", "Mitrovice",
    "raport", "raportin", "raportit", "raportet", "raporteve",
    "dialog", "dialogu", "dialogut",
    "Kosova", "Kosovë", "Kosovo",
    "Serbia", "Serbi",
    "marrëveshje", "marrëveshja", "marrëveshjen", "marrëveshjes", "marrëveshjeve",
    "Bruksel",
    "qeveri", "qeverisë",
    "Prishtina", "Prishtinës", "Prishtinën",
    "komuna", "komunë", "komunave",
    "buxhet", "buxhetit",
]  # fmt: skip
COURTS_TEXT = (
    "Gjykatat dhe reformat e drejtësisë. Zgjedhjet lokale dhe pakicat. Bisedimet për ligjin e ri."
)
COURTS_FORMS = [
    "gjykatë", "gjykata", "gjykatës",
    "reformë", "reforma", "reformave",
    "drejtësi", "drejtësia",
    "zgjedhje", "zgjedhjeve",
    "pakica", "pakicë", "pakicave",
    "bisedime", "bisedimeve",
    "ligj", "ligji", "ligjet",
]  # fmt: skip


def _page(parent, slug, title, albanian):
    return make_standard_page(
        parent,
        slug={"en": slug, "sq": slug, "sr-latn": slug},
        title={"en": title, "sq": title, "sr-latn": title},
        intro={"en": "", "sq": "", "sr-latn": ""},
        body={"en": rich("English."), "sq": rich(albanian), "sr-latn": rich("Srpski.")},
    )


@pytest.fixture
def albanian_pages(site):
    pages = {
        "bridge": _page(site.home, "bridge", "Ura", BRIDGE_TEXT),
        "courts": _page(site.home, "courts", "Gjykatat", COURTS_TEXT),
        "media": _page(site.home, "media", "Mediat", "Raportimi i medias."),
    }
    rebuild()
    return pages


OURS = ("Ura", "Gjykatat", "Mediat")


def found_titles(client, query: str) -> list[str]:
    """Which of this module's pages /sq/search/ lists for ``query`` (the
    site's contact page, which is in Prishtinë too, left out)."""
    response = client.get("/sq/search/", {"q": query})
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    titles = [a.get_text(strip=True) for a in html.select(".search-result__title a")]
    return [title for title in titles if title in OURS]


def test_more_than_thirty_forms_are_tried():
    assert len(BRIDGE_FORMS) + len(COURTS_FORMS) >= 30
    assert not set(map(fold, BRIDGE_FORMS)) & set(fold(BRIDGE_TEXT).split())


@pytest.mark.django_db
@pytest.mark.parametrize("form", BRIDGE_FORMS)
def test_an_inflected_form_finds_the_page_with_another_form(client, albanian_pages, form):
    assert found_titles(client, form) == ["Ura"]


@pytest.mark.django_db
@pytest.mark.parametrize("form", COURTS_FORMS)
def test_an_inflected_form_finds_the_courts_page(client, albanian_pages, form):
    assert found_titles(client, form) == ["Gjykatat"]


@pytest.mark.django_db
def test_report_does_not_find_a_page_that_only_speaks_of_reporting(client, albanian_pages):
    """ "raportim" (reporting) is another word than "raport" (report)."""
    assert found_titles(client, "raport") == ["Ura"]
    assert found_titles(client, "raportimi") == ["Mediat"]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "sr-latn"])
def test_english_and_serbian_are_not_stemmed_as_albanian(client, albanian_pages, language):
    # "reformave" is Albanian only: no other language's page holds it.
    response = client.get(f"/{language}/search/", {"q": "reformave"})
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select(".search-result__title a") == []


def test_words_whose_own_ending_looks_like_a_suffix_keep_it():
    assert stem(fold("buxhet")) == stem(fold("buxheti")) == "buxhet"
    assert stem(fold("proces")) == stem(fold("proceset")) == "proces"
    assert stem(fold("shtet")) == stem(fold("shtetit")) == "shtet"
