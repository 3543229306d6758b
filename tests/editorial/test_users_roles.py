"""Users: each role explained where it is chosen; the list names each role."""

import pytest

from tests.editorial.conftest import make_user
from tests.helpers import soup

pytestmark = pytest.mark.django_db

CASES = [
    ("en", "Superuser (every permission)", "Communications: create, edit, publish", "No role"),
    ("sq", "Superpërdorues (çdo leje)", "Communications: krijojnë, redaktojnë", "Pa rol"),
    ("sr-latn", "Superkorisnik (sve dozvole)", "Communications: prave, uređuju", "Bez uloge"),
]


@pytest.mark.parametrize("admin_language,superuser,communications,no_role", CASES)
def test_user_form_explains_superuser_and_roles(
    client, administrator, django_user_model, admin_language, superuser, communications, no_role
):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(administrator)
    profile.preferred_language = admin_language
    profile.save()
    make_user(django_user_model, "comms", "Communications")
    make_user(django_user_model, "nobody")
    client.force_login(administrator)
    form = soup(client.get("/admin/users/new/"))
    assert superuser in form.select_one("label[for=id_is_superuser]").get_text(" ", strip=True)
    assert communications in form.get_text(" ", strip=True)
    # The users list names each person's role, not only superusers'.
    rows = {
        row.select_one("td.username").get_text(strip=True): row.select_one("td.level").get_text(
            strip=True
        )
        for row in soup(client.get("/admin/users/")).select("tbody tr")
    }
    assert rows["comms"] == "Communications"
    assert rows["chief"] == "Administrators"
    assert rows["nobody"] == no_role
