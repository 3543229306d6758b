import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext

from bbg_site.models import StandardPage
from people.models import PeopleIndexPage, PersonPage
from tests.factories import (
    make_people_index,
    make_person,
    make_project,
    make_project_index,
    make_topic,
)
from tests.helpers import soup, url_in

pytestmark = pytest.mark.django_db
SUFFIX = {"en": "en", "sq": "sq", "sr-latn": "sr_latn"}


@pytest.fixture
def team(site):
    index = make_people_index(site.home)
    law = make_topic("rule-of-law", "Rule of law", "Sundimi i ligjit", "Vladavina prava")
    north = make_topic("northern-kosovo", "Northern Kosovo", "Veriu i Kosovës", "Sever Kosova")
    people = {
        "arber": make_person(index, "Arber", "Krasniqi", expertise=[law]),
        "milica": make_person(index, "Milica", "Jovanovic", expertise=[north, law]),
        "ana": make_person(index, "Ana", "Petrovic", group="board"),
        "dren": make_person(
            index,
            "Dren",
            "Gashi",
            group="alumni",
            start_year=2018,
            end_year=2022,
            now_at={
                "en": "Policy officer at the EU Office in Kosovo",
                "sq": "Zyrtar politikash në Zyrën e BE-së në Kosovë",
                "sr-latn": "Službenik za politike u Kancelariji EU na Kosovu",
            },
        ),
        "nikola": make_person(index, "Nikola", "Stojanovic", expertise=[north]),
    }
    return index, people, {"law": law, "north": north}


def test_page_tree_rules(site, team):
    index, people, _ = team
    assert not PeopleIndexPage.can_create_at(site.home)  # one only
    assert not PersonPage.can_create_at(site.home)
    assert PersonPage.can_create_at(index)
    assert not StandardPage.can_create_at(index)
    assert PersonPage.allowed_subpage_models() == []


@pytest.mark.parametrize("lang", ["en", "sq", "sr-latn"])
def test_profile_renders_in_each_language(client, team, lang):
    _, people, _ = team
    milica = people["milica"]
    response = client.get(url_in(milica, lang))
    assert response.status_code == 200
    html = soup(response)
    main = html.select_one("main").get_text(" ", strip=True)
    assert html.h1.get_text(strip=True) == "Milica Jovanovic"
    assert getattr(milica, f"position_{SUFFIX[lang]}") in main
    assert getattr(milica, f"short_bio_{SUFFIX[lang]}") in main
    with translation.override(lang):
        assert gettext("Staff") in main
        assert gettext("Areas of expertise") in main
    topic_names = [a.get_text(strip=True) for a in html.select(".tag-list a")]
    expected = {
        "en": ["Northern Kosovo", "Rule of law"],
        "sq": ["Veriu i Kosovës", "Sundimi i ligjit"],
    }
    if lang in expected:
        assert sorted(topic_names) == sorted(expected[lang])
    assert not html.select(".notice--translation")


def test_email_is_not_in_the_html_as_plain_text(client, team):
    _, people, _ = team
    person = people["arber"]
    person.email = "arber.krasniqi@balkansgroup.org"
    person.save_revision().publish()
    body = client.get(url_in(person, "en")).content.decode()
    assert "arber.krasniqi@balkansgroup.org" not in body
    assert "mailto:" not in body
    html = soup(client.get(url_in(person, "en")))
    protected = html.select_one(".protected-email")
    assert protected["data-u"][::-1] == "arber.krasniqi"
    assert protected["data-d"][::-1] == "balkansgroup.org"


@pytest.mark.parametrize("lang", ["en", "sq", "sr-latn"])
def test_people_index_shows_groups_in_order_staff_first(client, team, lang):
    index, people, _ = team
    html = soup(client.get(url_in(index, lang)))
    headings = [h.get_text(strip=True) for h in html.select(".people-section h2")]
    with translation.override(lang):
        assert headings == [gettext("Staff"), gettext("Board"), gettext("Alumni")]
    staff = [a.get_text(strip=True) for a in html.select("#group-staff ~ div .card__title a")]
    assert staff == ["Arber Krasniqi", "Milica Jovanovic", "Nikola Stojanovic"]
    alumni = html.select_one("section[aria-labelledby=group-alumni]").get_text(" ", strip=True)
    assert "2018–2022" in alumni
    assert getattr(people["dren"], f"now_at_{SUFFIX[lang]}") in alumni


@pytest.mark.parametrize("lang", ["en", "sq", "sr-latn"])
def test_a_large_group_shows_its_first_people_and_links_to_all_of_them(
    client, team, monkeypatch, lang
):
    """At ten times BPRG's size the index would be 300 cards: each group shows
    its first people, and "Everyone in this group" pages through the rest."""
    import people.models as people_models

    monkeypatch.setattr(people_models, "PEOPLE_PER_GROUP", 2)
    monkeypatch.setattr(PeopleIndexPage, "page_size", 2)
    index, _, _ = team
    html = soup(client.get(url_in(index, lang)))
    staff = [a.get_text(strip=True) for a in html.select("#group-staff ~ div .card__title a")]
    assert staff == ["Arber Krasniqi", "Milica Jovanovic"]
    assert [a.get_text(strip=True) for a in html.select("#group-board ~ div .card__title a")] == [
        "Ana Petrovic"
    ]
    with translation.override(lang):
        label = gettext("Everyone in this group (%(total)s)") % {"total": 3}
    links = html.select(".people-section__more a")
    assert [a.get_text(strip=True) for a in links] == [label]  # only staff has more
    assert links[0]["href"] == "?group=staff"
    assert "5" in html.select_one(".result-count").get_text()  # everyone is counted

    first = soup(client.get(url_in(index, lang) + "?group=staff"))
    names = [a.get_text(strip=True) for a in first.select(".people-section .card__title a")]
    assert names == ["Arber Krasniqi", "Milica Jovanovic"]
    assert not first.select(".people-section__more")
    assert first.select_one(".load-more a[rel=next]")["href"] == "?group=staff&page=2"
    second = soup(client.get(url_in(index, lang) + "?group=staff&page=2"))
    names = [a.get_text(strip=True) for a in second.select(".people-section .card__title a")]
    # From the first person to the page "Load more" reached.
    assert names == ["Arber Krasniqi", "Milica Jovanovic", "Nikola Stojanovic"]
    client.raise_request_exception = False
    for bad in ("?group=staff&page=3", "?group=staff&page=x"):
        assert client.get(url_in(index, lang) + bad).status_code == 404


def test_editors_order_within_a_group_by_moving_pages(client, team):
    index, people, _ = team
    people["nikola"].move(people["arber"], pos="left")
    html = soup(client.get(url_in(index, "en")))
    staff = [a.get_text(strip=True) for a in html.select("#group-staff ~ div .card__title a")]
    assert staff == ["Nikola Stojanovic", "Arber Krasniqi", "Milica Jovanovic"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?group=board", ["Ana Petrovic"]),
        ("?group=alumni", ["Dren Gashi"]),
        ("?expertise=rule-of-law", ["Arber Krasniqi", "Milica Jovanovic"]),
        ("?expertise=northern-kosovo", ["Milica Jovanovic", "Nikola Stojanovic"]),
        ("?group=staff&expertise=rule-of-law", ["Arber Krasniqi", "Milica Jovanovic"]),
        ("?group=board&expertise=rule-of-law", []),
        (
            "?group=&expertise=",
            [
                "Arber Krasniqi",
                "Milica Jovanovic",
                "Nikola Stojanovic",
                "Ana Petrovic",
                "Dren Gashi",
            ],
        ),
    ],
)
def test_people_index_filters(client, team, query, expected):
    index, _, _ = team
    response = client.get(url_in(index, "sq") + query)
    assert response.status_code == 200
    html = soup(response)
    names = [a.get_text(strip=True) for a in html.select(".people-section .card__title a")]
    assert names == expected
    if not expected:
        with translation.override("sq"):
            assert gettext("Nobody matches these filters.") in html.get_text()


@pytest.mark.parametrize(
    "query",
    ["?group=interns", "?expertise=astrology", "?group=%00", "?expertise[]=x&expertise=%ff"],
)
def test_unknown_filter_values_are_404(client, team, query):
    index, _, _ = team
    client.raise_request_exception = False
    assert client.get(url_in(index, "en") + query).status_code == 404


def test_people_index_query_count_does_not_grow_with_people(client, team):
    index, _, topics = team

    def count_queries():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url_in(index, "sq")).status_code == 200
        return len(ctx.captured_queries)

    count_queries()  # warm the per-process caches (content types, site root paths)
    small = count_queries()
    for n in range(12):
        make_person(
            index,
            f"Extra{n}",
            "Person",
            expertise=[topics["law"]],
            group=["staff", "board", "alumni"][n % 3],
        )
    count_queries()  # the first request after a change refills the content caches
    assert count_queries() == small
    assert small <= 15


def test_profile_lists_the_projects_the_person_works_on(client, site, team):
    _, people, _ = team
    projects = make_project_index(site.home)
    make_project(
        projects, "elevate-peace", "Elevate Peace", team=[(people["milica"], "Project lead")]
    )
    make_project(projects, "other", "Other project", team=[(people["arber"], "Researcher")])
    html = soup(client.get(url_in(people["milica"], "sq")))
    items = [
        li.get_text(" ", strip=True)
        for li in html.select("section[aria-labelledby=projects-heading] li")
    ]
    assert items == ["Elevate Peace (sq) — Project lead (sq)"]
