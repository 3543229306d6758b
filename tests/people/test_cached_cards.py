"""People cards are rendered once per language and content generation
(bbg_site.fragments): a cached card is the card a fresh rendering gives, and
publishing a profile, changing its photo or unpublishing it shows at once in
every language, with the page cache off."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from demo.pictures import ensure_demo_image
from tests.factories import make_people_index, make_person, make_project, make_project_index
from tests.helpers import url_in

pytestmark = pytest.mark.django_db
LANGS = ("en", "sq", "sr-latn")
SUFFIX = {"en": "en", "sq": "sq", "sr-latn": "sr_latn"}
NEW_POSITION = {
    "en": "Head of research",
    "sq": "Drejtuese e hulumtimeve",
    "sr-latn": "Šefica istraživanja",
}


def cards(client, page, lang, query=""):
    response = client.get(url_in(page, lang) + query)
    assert response.status_code == 200
    html = BeautifulSoup(response.content.decode(), "html.parser")
    return {
        card.select_one(".card__title").get_text(strip=True): card
        for card in html.select(".person-card")
    }


@pytest.fixture
def team(site):
    index = make_people_index(site.home)
    photo = ensure_demo_image("Card photo", seed=3, size=(320, 320))
    milica = make_person(index, "Milica", "Jovanovic", photo=photo, photo_alt="Milica at a desk")
    arber = make_person(index, "Arber", "Krasniqi")
    return index, milica, arber


@pytest.mark.parametrize("lang", LANGS)
def test_a_cached_card_is_the_card_a_fresh_rendering_gives(client, team, lang):
    index, _, _ = team
    cold = client.get(url_in(index, lang)).content.decode()
    with CaptureQueriesContext(connection) as warm_queries:
        warm = client.get(url_in(index, lang)).content.decode()

    def people_sections(page):
        return BeautifulSoup(page, "html.parser").select_one(".people-section").decode()

    assert people_sections(warm) == people_sections(cold)
    picture = BeautifulSoup(warm, "html.parser").select_one(".person-card picture img")
    assert picture["alt"] == "Milica at a desk"
    assert ".webp" in BeautifulSoup(warm, "html.parser").select_one(".person-card source")["srcset"]
    # Cached cards need neither their photos nor their renditions.
    tables = " ".join(query["sql"] for query in warm_queries.captured_queries)
    assert "wagtailimages_rendition" not in tables
    assert "wagtailimages_image" not in tables


def test_cards_follow_publishing_in_every_language(client, team):
    index, milica, arber = team
    for lang in LANGS:  # every language's cards are cached now
        card = cards(client, index, lang)["Milica Jovanovic"]
        assert NEW_POSITION[lang] not in card.get_text()

    for lang in LANGS:
        setattr(milica, f"position_{SUFFIX[lang]}", NEW_POSITION[lang])
    milica.save_revision().publish()
    for lang in LANGS:
        assert NEW_POSITION[lang] in cards(client, index, lang)["Milica Jovanovic"].get_text()
        assert (
            NEW_POSITION[lang]
            in cards(client, index, lang, "?group=staff")["Milica Jovanovic"].get_text()
        )

    arber.unpublish()
    for lang in LANGS:
        assert list(cards(client, index, lang)) == ["Milica Jovanovic"]


def test_a_new_photo_shows_on_the_cached_card(client, team):
    index, milica, _ = team
    old = cards(client, index, "sq")["Milica Jovanovic"].select_one("img")["src"]
    milica.photo = ensure_demo_image("New card photo", seed=9, size=(300, 300))
    milica.save_revision().publish()
    new = cards(client, index, "sq")["Milica Jovanovic"].select_one("img")["src"]
    assert new != old
    assert "demo-new-card-photo" in new


def test_each_language_has_its_own_cards(client, team):
    index, _, _ = team
    positions = {
        "en": "Policy analyst",
        "sq": "Analist i politikave",
        "sr-latn": "Analitičar politika",
    }
    for lang in LANGS:  # English first: its cards must not be served in Albanian or Serbian
        card = cards(client, index, lang)["Arber Krasniqi"]
        assert card.select_one(".card__meta").get_text(strip=True) == positions[lang]
        with translation.override(lang):
            assert card.select_one("a")["href"] == team[2].get_url()


def test_a_project_team_card_shows_the_role_on_that_project(client, site, team):
    """The same person's card on a project page names their role there, not
    the position the people index shows."""
    index, milica, _ = team
    projects = make_project_index(site.home)
    project = make_project(
        projects, "elevate-peace", "Elevate Peace", team=[(milica, "Project lead")]
    )
    cards(client, index, "en")  # the people index card is cached
    card = cards(client, project, "sq")["Milica Jovanovic"]
    assert "Project lead (sq)" in card.get_text()
    assert "Analist i politikave" not in card.get_text()


def test_project_team_and_partner_cards_follow_changes_in_every_language(client, site, team):
    from tests.factories import make_partner

    index, milica, _ = team
    projects = make_project_index(site.home)
    donor = make_partner("eu", "European Union")
    project = make_project(
        projects,
        "elevate-peace",
        "Elevate Peace",
        team=[(milica, "Project lead")],
        partners=[(donor, "donor")],
    )
    suffix = {"en": "", "sq": " (sq)", "sr-latn": " (sr)"}
    for lang in LANGS:  # cached now
        page = client.get(url_in(project, lang)).content.decode()
        assert f"Project lead{suffix[lang]}" in page
        assert f"European Union{suffix[lang]}" in page

    member = project.team_members.get()
    member.role_en, member.role_sq, member.role_sr_latn = "Director", "Drejtore", "Direktorka"
    member.save()
    project.save_revision().publish()
    donor.name_en, donor.name_sq, donor.name_sr_latn = "EU Office", "Zyra e BE", "Kancelarija EU"
    donor.save()
    role = {"en": "Director", "sq": "Drejtore", "sr-latn": "Direktorka"}
    name = {"en": "EU Office", "sq": "Zyra e BE", "sr-latn": "Kancelarija EU"}
    for lang in LANGS:
        cards_on_page = cards(client, project, lang)
        assert role[lang] in cards_on_page["Milica Jovanovic"].get_text()
        page = client.get(url_in(project, lang)).content.decode()
        assert name[lang] in page
        assert f"European Union{suffix[lang]}" not in page
