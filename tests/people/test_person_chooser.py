"""Authors, speakers and team members are chosen from a searchable list of people."""

import json

import pytest
from django.urls import reverse

from tests.editorial.conftest import make_user
from tests.factories import make_people_index, make_person
from tests.helpers import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(site):
    index = make_people_index(site.home)
    return [
        make_person(index, "Milica", "Jovanovic", position="Senior researcher"),
        make_person(index, "Arber", "Krasniqi", position="Executive director"),
    ]


def chooser_html(client, **params):
    response = client.get(reverse("person_chooser:choose"), params)
    assert response.status_code == 200
    return soup(type("R", (), {"content": json.loads(response.content)["html"].encode()}))


@pytest.mark.parametrize(
    "admin_language,position_heading",
    [("en", "Position"), ("sq", "Pozita"), ("sr-latn", "Pozicija")],
)
def test_people_are_listed_by_name_with_their_position(
    client, django_user_model, people, admin_language, position_heading
):
    from wagtail.users.models import UserProfile

    user = make_user(django_user_model, "comms", "Communications")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = admin_language
    profile.save()
    client.force_login(user)
    html = chooser_html(client)
    rows = [row.get_text(" ", strip=True) for row in html.select("tbody tr")]
    assert rows[0].startswith("Milica Jovanovic") and "Senior researcher" in rows[0]
    assert rows[1].startswith("Arber Krasniqi") and "Executive director" in rows[1]
    assert position_heading in [th.get_text(strip=True) for th in html.select("thead th")]
    results = client.get(reverse("person_chooser:choose_results"), {"q": "krasn"})
    found = soup(results).get_text(" ", strip=True)
    assert "Arber Krasniqi" in found and "Milica" not in found


def test_the_report_form_uses_the_person_chooser(client, django_user_model, catalogue):
    client.force_login(make_user(django_user_model, "comms", "Communications"))
    report = catalogue["reports"]["mitrovica"]
    html = client.get(reverse("wagtailadmin_pages:edit", args=[report.pk])).content.decode()
    assert reverse("person_chooser:choose") in html
    assert "Choose a person" in html
