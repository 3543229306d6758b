"""The demo people and projects: load_demo_content (demo.loader) from
demo/content/people/ and projects/."""

import datetime
import re
from collections import Counter
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from bbg_site.models import Topic
from people.models import PeopleIndexPage, PersonPage
from projects.models import (
    Partner,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
    ProjectStatus,
    ProjectTeamMember,
)

pytestmark = pytest.mark.django_db
SUFFIXES = ("en", "sq", "sr_latn")
CYRILLIC = re.compile("[\u0400-\u04ff]")


def sr_latn_text(obj, fields):
    values = (getattr(obj, f"{field}_sr_latn") for field in fields)
    return " ".join(str(getattr(value, "raw_data", value)) for value in values)


def test_staff_board_and_alumni_live_under_the_people_index(demo):
    index = PeopleIndexPage.objects.get()
    assert (index.slug_en, index.slug_sq, index.slug_sr_latn) == ("people", "njerezit", "ljudi")
    groups = Counter(PersonPage.objects.child_of(index).live().values_list("group", flat=True))
    assert groups["staff"] == 10
    assert groups["board"] == 3
    assert groups["alumni"] == 4
    assert Topic.objects.filter(people__isnull=False).distinct().count() == 5


def test_every_person_is_described_in_three_languages(demo):
    people = PersonPage.objects.prefetch_related("expertise")
    assert people.exists()
    for person in people:
        for suffix in SUFFIXES:
            for field in ("title", "position", "short_bio", "languages_spoken", "photo_alt"):
                assert getattr(person, f"{field}_{suffix}"), (person, field, suffix)
            assert len(getattr(person, f"biography_{suffix}")) >= 1, (person, suffix)
        # Translated, not English left in.
        assert person.position_sq != person.position_en
        assert person.short_bio_sr_latn != person.short_bio_en
        assert not CYRILLIC.search(
            sr_latn_text(person, ["title", "position", "short_bio", "biography", "now_at"])
        )
        # The name is the same everywhere; slugs and addresses are ASCII.
        assert person.title_en == person.title_sq == person.title_sr_latn == person.full_name
        assert person.slug_en == person.slug_sq == person.slug_sr_latn
        assert person.slug_en.isascii()
        assert person.email == f"{person.slug_en.replace('-', '.')}@balkansgroup.org"
        assert person.email.isascii()
        # The picture is an abstract drawing, and the alt text says so.
        assert person.photo_alt_en.startswith("Abstract circles in blue and red")
        assert person.photo_alt_sq.startswith("Rrathë abstraktë")
        assert person.photo_alt_sr_latn.startswith("Apstraktni krugovi")
        assert 1 <= len(person.expertise.all()) <= 3
        assert person.photo is not None
        assert person.start_year


def test_alumni_say_where_they_are_now(demo):
    alumni = PersonPage.objects.filter(group="alumni")
    assert alumni.count() == 4
    for person in alumni:
        assert person.now_at_en and person.now_at_sq and person.now_at_sr_latn
        assert person.start_year < person.end_year
    ardita = alumni.get(slug_en="ardita-kelmendi")
    assert ardita.now_at_en == "Policy officer at the EU Office in Kosovo"
    assert ardita.years_at_bprg == "2016–2020"


def test_projects_with_donors_partners_and_teams(demo):
    index = ProjectIndexPage.objects.get()
    projects = ProjectPage.objects.child_of(index).live()
    assert projects.count() == 3
    elevate = projects.get(slug_en="elevate-peace")
    assert (elevate.slug_sq, elevate.slug_sr_latn) == ("ngritja-e-paqes", "unapredjenje-mira")
    assert "Sida" in elevate.body_en.raw_data[0]["value"]
    assert [partner.slug for partner in elevate.donors()] == ["sida"]
    sida = Partner.objects.get(slug="sida")
    assert sida.kind == "donor"
    assert sida.website == "https://www.sida.se"
    assert sida.name_sq.startswith("Agjencia Suedeze")
    assert sida.name_sr_latn.startswith("Švedska agencija")
    team = {member.person.slug_en: member for member in elevate.team_members.all()}
    assert len(team) == 4
    assert team["arber-krasniqi"].role_en == "Project lead"
    assert team["arber-krasniqi"].role_sr_latn == "Rukovodilac projekta"
    # The published revision carries the team and donors too.
    published = elevate.live_revision.as_object()
    assert published.team_members.count() == 4
    assert published.project_partners.count() == 1

    north = projects.get(slug_en="building-bridges-north")
    assert north.donors() and north.partners()
    completed = projects.get(slug_en="monitoring-brussels-agreements")
    day = datetime.date(2026, 1, 1)
    assert elevate.status_on(day) == north.status_on(day) == ProjectStatus.ONGOING
    assert completed.status_on(day) == ProjectStatus.COMPLETED
    assert completed.end_date.year == 2023
    for project in projects:
        assert 2 <= project.team_members.count() <= 4
        for suffix in SUFFIXES:
            for field in ("title", "summary", "image_alt"):
                assert getattr(project, f"{field}_{suffix}"), (project, field, suffix)
            assert len(getattr(project, f"body_{suffix}")) >= 1
        assert not CYRILLIC.search(sr_latn_text(project, ["title", "summary", "body"]))
        assert all(slug.isascii() for slug in (project.slug_sq, project.slug_sr_latn))


def test_loading_again_creates_nothing_new(demo):
    def counts():
        return {
            "pages": Page.objects.count(),
            "revisions": Revision.objects.count(),
            "images": get_image_model().objects.count(),
            "partners": Partner.objects.count(),
            "topics": Topic.objects.count(),
            "team members": ProjectTeamMember.objects.count(),
            "project partners": ProjectPartner.objects.count(),
        }

    first = counts()
    call_command("load_demo_content", stdout=StringIO())
    assert counts() == first


def test_demo_people_and_projects_pages_render(demo, client):
    people = client.get("/sq/njerezit/")
    assert people.status_code == 200
    assert "Milica Jovanović" in people.content.decode()
    project = client.get("/sr-latn/projekti/unapredjenje-mira/")
    assert project.status_code == 200
    html = project.content.decode()
    assert "Švedska agencija za međunarodnu razvojnu saradnju (Sida)" in html
    assert "Rukovodilac projekta" in html
    profile = client.get("/sr-latn/ljudi/milica-jovanovic/")
    assert profile.status_code == 200
    assert "Zamenica direktora" in profile.content.decode()
    assert client.get("/en/projects/").status_code == 200
