import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext
from freezegun import freeze_time

from bbg_site.models import HomePage
from projects.models import ProjectIndexPage, ProjectPage
from tests.factories import (
    make_partner,
    make_people_index,
    make_person,
    make_project,
    make_project_index,
)
from tests.helpers import soup, url_in

pytestmark = pytest.mark.django_db
SUFFIX = {"en": "en", "sq": "sq", "sr-latn": "sr_latn"}
D = datetime.date


@pytest.fixture
def portfolio(site):
    index = make_project_index(site.home)
    people = make_people_index(site.home)
    milica = make_person(people, "Milica", "Jovanovic")
    sida = make_partner("sida", "Sida")
    eu = make_partner("eu-office", "EU Office in Kosovo")
    ngo = make_partner("belgrade-ngo", "Belgrade Centre", kind="partner")
    projects = {
        "elevate": make_project(
            index,
            "elevate-peace",
            "Elevate Peace",
            start=D(2024, 9, 1),
            end=D(2027, 8, 31),
            partners=[(sida, "donor"), (ngo, "partner")],
            team=[(milica, "Project lead")],
        ),
        "north": make_project(
            index, "north", "Northern integration", start=D(2025, 3, 1), partners=[(eu, "donor")]
        ),
        "dialogue": make_project(
            index,
            "dialogue-monitor",
            "Dialogue monitor",
            start=D(2020, 1, 1),
            end=D(2023, 6, 30),
            partners=[(eu, "donor")],
        ),
    }
    return index, projects, {"sida": sida, "eu": eu, "ngo": ngo}, milica


def titles(response):
    return [a.get_text(strip=True) for a in soup(response).select(".project-card .card__title a")]


def test_page_tree_rules(site, portfolio):
    index, projects, _, _ = portfolio
    assert not ProjectIndexPage.can_create_at(site.home)
    assert ProjectPage.can_create_at(index)
    assert not ProjectPage.can_create_at(site.home)
    assert ProjectPage.allowed_subpage_models() == []
    assert ProjectIndexPage in HomePage.allowed_subpage_models()


@pytest.mark.parametrize("lang", ["en", "sq", "sr-latn"])
def test_project_page_renders_donors_partners_and_team_in_each_language(client, portfolio, lang):
    _, projects, _, _ = portfolio
    elevate = projects["elevate"]
    with freeze_time("2026-11-28"):
        html = soup(client.get(url_in(elevate, lang)))
    main = html.select_one("main").get_text(" ", strip=True)
    assert html.h1.get_text(strip=True) == getattr(elevate, f"title_{SUFFIX[lang]}")
    assert getattr(elevate, f"summary_{SUFFIX[lang]}") in main
    partners = html.select_one("section[aria-labelledby=partners-heading]").get_text(
        " ", strip=True
    )
    suffix = {"en": "", "sq": " (sq)", "sr-latn": " (sr)"}[lang]
    assert f"Sida{suffix}" in partners
    assert f"Belgrade Centre{suffix}" in partners
    with translation.override(lang):
        assert gettext("Donor") in partners
        assert gettext("Ongoing") == html.select_one(".badge").get_text(strip=True)
    team = html.select_one("section[aria-labelledby=team-heading]").get_text(" ", strip=True)
    assert "Milica Jovanovic" in team
    assert f"Project lead{suffix}" in team


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "September 2024 – August 2027"),
        ("sq", "shtator 2024 – gusht 2027"),
        ("sr-latn", "septembar 2024. – avgust 2027."),
    ],
)
def test_project_dates_in_the_readers_language(client, portfolio, lang, expected):
    _, projects, _, _ = portfolio
    html = soup(client.get(url_in(projects["elevate"], lang)))
    assert html.select_one("header .card__meta").get_text(" ", strip=True) == expected


def test_status_is_derived_from_dates_unless_editors_set_it(portfolio):
    _, projects, _, _ = portfolio
    elevate, dialogue, north = projects["elevate"], projects["dialogue"], projects["north"]
    with freeze_time("2026-11-28"):
        assert (elevate.status, dialogue.status, north.status) == (
            "ongoing",
            "completed",
            "ongoing",
        )
    with freeze_time("2027-09-01"):
        assert elevate.status == "completed"
    north.status_override = "completed"
    assert north.status == "completed"


@freeze_time("2026-11-28")
def test_index_lists_ongoing_first_then_completed(client, portfolio):
    index, _, _, _ = portfolio
    assert titles(client.get(url_in(index, "en"))) == [
        "Northern integration",
        "Elevate Peace",
        "Dialogue monitor",
    ]


@freeze_time("2026-11-28")
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?status=ongoing", ["Northern integration", "Elevate Peace"]),
        ("?status=completed", ["Dialogue monitor"]),
        ("?partner=sida", ["Elevate Peace"]),
        ("?partner=eu-office", ["Northern integration", "Dialogue monitor"]),
        ("?partner=eu-office&status=completed", ["Dialogue monitor"]),
        ("?partner=sida&status=completed", []),
    ],
)
def test_index_filters(client, portfolio, query, expected):
    index, _, _, _ = portfolio
    response = client.get(url_in(index, "sr-latn") + query)
    assert response.status_code == 200
    assert titles(response) == [f"{title} (sr)" for title in expected]
    if not expected:
        with translation.override("sr-latn"):
            assert gettext("No project matches these filters.") in soup(response).get_text()


@pytest.mark.parametrize(
    "query",
    ["?status=paused", "?partner=unknown", "?page=abc", "?page=7", "?page=0", "?status=%00"],
)
def test_index_bad_values_are_404(client, portfolio, query):
    index, _, _, _ = portfolio
    client.raise_request_exception = False
    assert client.get(url_in(index, "en") + query).status_code == 404


def test_index_query_count_does_not_grow_with_projects(client, portfolio):
    index, _, partners, _ = portfolio

    def count_queries():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url_in(index, "sq")).status_code == 200
        return len(ctx.captured_queries)

    count_queries()
    small = count_queries()
    for n in range(9):
        make_project(
            index,
            f"extra-{n}",
            f"Extra {n}",
            start=D(2021, 1, 1),
            partners=[(partners["sida"], "donor")],
        )
    count_queries()  # the first request after a change refills the content caches
    assert count_queries() == small
    assert small <= 15


def test_partners_strip_on_the_home_page(client, site, portfolio):
    _, _, partners, _ = portfolio
    site.home.body_sq = [
        ("partners", {"heading": "Partnerët tanë", "partners": [partners["sida"], partners["eu"]]})
    ]
    site.home.save_revision().publish()
    html = soup(client.get("/sq/"))
    strip = html.select_one(".partners-strip")
    assert strip.h2.get_text(strip=True) == "Partnerët tanë"
    assert [n.get_text(strip=True) for n in strip.select(".partner__name")] == [
        "Sida (sq)",
        "EU Office in Kosovo (sq)",
    ]
