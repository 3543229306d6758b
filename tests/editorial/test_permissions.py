"""The permission matrix: what Communications and Administrators can open and do."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Site

from publications.models import ReportPage
from tests.admin_forms import report_form

pytestmark = pytest.mark.django_db


def settings_url():
    site = Site.objects.get(is_default_site=True)
    return reverse("wagtailsettings:edit", args=["bbg_site", "sitesettings", site.pk])


def refused(response):
    """Wagtail answers a forbidden admin view with a redirect to the dashboard
    (and a message) or a 403: either way the page itself is not shown."""
    return response.status_code in (302, 403) and (
        response.status_code == 403 or response["Location"] == reverse("wagtailadmin_home")
    )


def test_communications_create_and_publish_a_report_then_unpublish_it(
    client, communications_user, catalogue
):
    client.force_login(communications_user)
    library = catalogue["library"]
    add_url = reverse("wagtailadmin_pages:add", args=["publications", "reportpage", library.id])
    assert client.get(add_url).status_code == 200
    response = client.post(add_url, report_form())
    assert response.status_code == 302, response.content.decode()[:2000]
    report = ReportPage.objects.get(slug_en="dialogue-brief")
    assert report.live
    assert report.owner == communications_user
    assert client.get("/sq/publikimet/permbledhje-per-dialogun/").status_code == 200

    unpublish_url = reverse("wagtailadmin_pages:unpublish", args=[report.id])
    assert client.get(unpublish_url).status_code == 200
    assert client.post(unpublish_url).status_code == 302
    report.refresh_from_db()
    assert not report.live


def test_communications_edit_any_page_and_snippets_and_upload_images(
    client, communications_user, catalogue
):
    client.force_login(communications_user)
    assert (
        client.get(reverse("wagtailadmin_pages:edit", args=[catalogue["library"].id])).status_code
        == 200
    )
    assert client.get(reverse("wagtailsnippets_bbg_site_topic:add")).status_code == 200
    assert client.get(reverse("wagtailimages:add")).status_code == 200
    assert client.get(reverse("wagtaildocs:add")).status_code == 200
    assert client.get(reverse("wagtailadmin_reports:aging_pages")).status_code == 200


def test_communications_cannot_delete_a_section_with_its_reports(
    client, communications_user, catalogue
):
    client.force_login(communications_user)
    library = catalogue["library"]
    response = client.post(reverse("wagtailadmin_pages:delete", args=[library.id]))
    assert refused(response)
    assert ReportPage.objects.filter(pk=catalogue["reports"]["courts"].pk).exists()


@pytest.mark.parametrize(
    "url_name", ["wagtailusers_users:index", "wagtailusers_users:add", "wagtailusers_groups:index"]
)
def test_communications_cannot_open_user_management(client, communications_user, url_name):
    client.force_login(communications_user)
    assert refused(client.get(reverse(url_name)))


def test_communications_cannot_open_site_settings(client, communications_user, site):
    client.force_login(communications_user)
    assert refused(client.get(settings_url()))


@pytest.mark.parametrize(
    "url_name", ["wagtailusers_users:index", "wagtailusers_users:add", "wagtailusers_groups:index"]
)
def test_administrators_open_user_management(client, administrator, url_name):
    client.force_login(administrator)
    assert client.get(reverse(url_name)).status_code == 200


def test_administrators_open_site_settings_and_publish_reports(client, administrator, catalogue):
    client.force_login(administrator)
    assert client.get(settings_url()).status_code == 200
    add_url = reverse(
        "wagtailadmin_pages:add", args=["publications", "reportpage", catalogue["library"].id]
    )
    assert client.post(add_url, report_form()).status_code == 302
    assert ReportPage.objects.get(slug_en="dialogue-brief").live


def user_form(password, **overrides):
    return {
        "username": "drita",
        "email": "drita@example.org",
        "first_name": "Drita",
        "last_name": "Berisha",
        "password1": password,
        "password2": password,
        "groups": [Group.objects.get(name="Communications").pk],
        **overrides,
    }


def test_administrators_create_a_user_in_a_group_then_deactivate_them(client, administrator):
    client.force_login(administrator)
    response = client.post(reverse("wagtailusers_users:add"), user_form("prishtina-river-42"))
    assert response.status_code == 302, response.content.decode()[:2000]
    drita = get_user_model().objects.get(username="drita")
    assert list(drita.groups.values_list("name", flat=True)) == ["Communications"]
    assert drita.is_active

    edit = reverse("wagtailusers_users:edit", args=[drita.pk])
    data = user_form("", is_active="")  # an unticked box is absent
    del data["is_active"]
    response = client.post(edit, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    drita.refresh_from_db()
    assert not drita.is_active


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short-pass1", "at least 12 characters"),
        ("password1234", "too common"),
        ("482915736048", "entirely numeric"),
    ],
)
def test_passwords_follow_django_validators_with_twelve_characters(
    client, administrator, password, message
):
    client.force_login(administrator)
    response = client.post(reverse("wagtailusers_users:add"), user_form(password))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not get_user_model().objects.filter(username="drita").exists()
