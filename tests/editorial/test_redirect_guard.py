"""Redirects never take over the site's own addresses, and only
Administrators send readers to another website (security probe: a
Communications user stored a permanent redirect from /admin to a copy of the
sign-in page elsewhere)."""

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db

ADD = "/admin/redirects/add/"
EVIL = "https://evil.example/admin/login/"


def add_redirect(client, old_path, link="", **extra):
    data = {"old_path": old_path, "site": "", "is_permanent": "on", "redirect_link": link}
    return client.post(ADD, {**data, **extra})


@pytest.mark.parametrize(
    "old_path",
    [
        "/admin",
        "/admin/",
        "admin/login",
        "/admin/two-factor/code/",
        "/admin/pages/",
        "/documents/1/report.pdf",
        "/static/css/site.css",
        "/media/images/x.jpg",
        "/en/search/",
        "/sq/search",
        "/sr-latn/newsletter/",
        "/sitemap.xml",
        "/robots.txt",
    ],
)
def test_communications_cannot_redirect_the_sites_own_addresses(
    client, communications_user, site, old_path
):
    client.force_login(communications_user)
    response = add_redirect(client, old_path, "/en/")
    assert response.status_code == 200  # the form again, with what was typed
    assert "belongs to the site itself" in response.content.decode()
    assert not Redirect.objects.exists()


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "belongs to the site itself"),
        ("sq", "i përket vetë sajtit"),
        ("sr-latn", "pripada samom sajtu"),
    ],
)
def test_the_refusal_is_in_the_editors_language(
    client, communications_user, site, language, message
):
    profile = UserProfile.get_for_user(communications_user)
    profile.preferred_language = language
    profile.save()
    client.force_login(communications_user)
    response = add_redirect(client, "/admin", EVIL)
    assert message in response.content.decode()


def test_communications_can_redirect_old_page_addresses_within_the_site(
    client, communications_user, site
):
    client.force_login(communications_user)
    response = add_redirect(client, "/en/old-report-address/", redirect_page=site.about.pk)
    assert response.status_code == 302
    assert Redirect.objects.get().old_path == "/en/old-report-address"
    from wagtail.models import Site

    Site.objects.filter(is_default_site=True).update(hostname="www.balkansgroup.org")
    own = "https://www.balkansgroup.org/en/"
    response = add_redirect(client, "/2019/05/old-wordpress-post/", own)
    assert response.status_code == 302  # the site's own host is not another website


def test_only_administrators_redirect_to_another_website(
    client, communications_user, administrator, site
):
    client.force_login(communications_user)
    refused = add_redirect(client, "/en/old-partner-page/", "https://partner.example/")
    assert "Only Administrators can redirect to another website" in refused.content.decode()
    assert not Redirect.objects.exists()
    protocol_relative = add_redirect(client, "/en/old-partner-page/", "//partner.example/")
    assert "Only Administrators" in protocol_relative.content.decode()

    client.force_login(administrator)
    assert (
        add_redirect(client, "/en/old-partner-page/", "https://partner.example/").status_code == 302
    )
    # Not even Administrators take over the admin.
    assert "belongs to the site itself" in add_redirect(client, "/admin", EVIL).content.decode()
    assert Redirect.objects.count() == 1


def test_editing_a_redirect_is_guarded_too(client, communications_user, site):
    redirect = Redirect.objects.create(old_path="/en/old", redirect_link="/en/")
    client.force_login(communications_user)
    response = client.post(
        f"/admin/redirects/{redirect.pk}/",
        {"old_path": "/admin", "site": "", "is_permanent": "on", "redirect_link": EVIL},
    )
    assert response.status_code == 200
    redirect.refresh_from_db()
    assert redirect.old_path == "/en/old"
    assert redirect.redirect_link == "/en/"


def test_importing_redirects_is_for_administrators(client, communications_user, administrator):
    client.force_login(communications_user)
    # The admin's answer to a missing permission: back to the dashboard.
    for response in (
        client.get("/admin/redirects/import/"),
        client.post("/admin/redirects/import/process/"),
    ):
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    client.force_login(administrator)
    assert client.get("/admin/redirects/import/").status_code == 200


@pytest.mark.parametrize(
    "path",
    ["/admin", "/admin/login", "/admin/no-such-view/", "/documents/no-such-file", "/static/nope"],
)
def test_stored_redirects_from_reserved_addresses_are_ignored(client, site, path):
    """Whatever is already in the database (made before the guard, or
    imported): the admin is never sent elsewhere."""
    Redirect.objects.create(old_path=Redirect.normalise_path(path), redirect_link=EVIL)
    response = client.get(path)
    assert "evil.example" not in response.get("Location", "")


def test_stored_redirects_are_ignored_for_a_signed_in_user_too(client, administrator):
    Redirect.objects.create(old_path="/admin/no-such-view", redirect_link=EVIL)
    client.force_login(administrator)
    response = client.get("/admin/no-such-view/")
    assert response.status_code in (302, 404)
    assert "evil.example" not in response.get("Location", "")


def test_redirects_of_page_addresses_still_work(client, site):
    Redirect.objects.create(
        old_path="/2019/05/old-wordpress-post", redirect_link="/en/", is_permanent=True
    )
    response = client.get("/2019/05/old-wordpress-post/")
    assert response.status_code == 301
    assert response["Location"] == "/en/"
