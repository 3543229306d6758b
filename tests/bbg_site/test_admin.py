"""Editors manage all three languages of a page in the Wagtail admin."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from bbg_site.models import SiteSettings, StandardPage

pytestmark = pytest.mark.django_db


def test_edit_form_offers_every_language(admin_client, site):
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[site.about.id]))
    assert response.status_code == 200
    html = BeautifulSoup(response.content.decode(), "html.parser")
    for suffix in ("en", "sq", "sr_latn"):
        for field in ("title", "slug", "intro"):
            assert html.select(f'[name="{field}_{suffix}"]'), f"{field}_{suffix} missing"
        # StreamFields are drawn by the admin's JavaScript into this section.
        assert html.select(f'[id$="body_{suffix}-section"]'), f"body_{suffix} missing"


def test_editor_creates_a_page_in_three_languages(admin_client, site):
    url = reverse("wagtailadmin_pages:add", args=["bbg_site", "standardpage", site.about.id])
    assert admin_client.get(url).status_code == 200
    data = nested_form_data(
        {
            "title_en": "Internships",
            "title_sq": "Praktikat",
            "title_sr_latn": "Prakse",
            "slug_en": "internships",
            "slug_sq": "praktikat",
            "slug_sr_latn": "prakse",
            "intro_en": "Learn with us.",
            "intro_sq": "Mësoni me ne.",
            "intro_sr_latn": "Učite sa nama.",
            "body_en": streamfield([("paragraph", rich_text("<p>Six months in Prishtina.</p>"))]),
            "body_sq": streamfield([("paragraph", rich_text("<p>Gjashtë muaj në Prishtinë.</p>"))]),
            "body_sr_latn": streamfield(
                [("paragraph", rich_text("<p>Šest meseci u Prištini.</p>"))]
            ),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = StandardPage.objects.get(slug_en="internships")
    assert page.live
    admin_client.logout()
    assert (
        "Gjashtë muaj në Prishtinë."
        in admin_client.get("/sq/rreth-nesh/praktikat/").content.decode()
    )
    assert "Šest meseci u Prištini." in admin_client.get("/sr-latn/o-nama/prakse/").content.decode()
    assert "Six months in Prishtina." in admin_client.get("/en/about/internships/").content.decode()


def test_add_and_edit_forms_do_not_autosave(admin_client, site):
    """Wagtail 8's autosave creates the new page in the background while the
    editor types; a Publish clicked meanwhile posts the same page again and
    fails with a server error. The forms must not start it."""
    add = reverse("wagtailadmin_pages:add", args=["bbg_site", "standardpage", site.about.id])
    edit = reverse("wagtailadmin_pages:edit", args=[site.about.id])
    for url in (add, edit):
        response = admin_client.get(url)
        assert response.status_code == 200
        form = BeautifulSoup(response.content.decode(), "html.parser").select_one(
            "form#page-edit-form"
        )
        assert form is not None, url
        assert "w-autosave" not in form.get("data-controller", ""), url
        assert not form.has_attr("data-w-autosave-interval-value"), url


@pytest.mark.parametrize(
    ("field", "slug"),
    [("slug_sq", "raporti-për-prishtinën"), ("slug_sr_latn", "izveštaj-o-đakovici")],
)
def test_the_admin_page_form_refuses_a_slug_readers_cannot_type(admin_client, site, field, slug):
    """Addresses are in plain letters (WAGTAIL_ALLOW_UNICODE_SLUGS = False):
    the admin's page form makes them from the title as the editor types it
    (tests/browser/test_served.py) and refuses one typed with ë, š or đ."""
    url = reverse("wagtailadmin_pages:add", args=["bbg_site", "standardpage", site.about.id])
    slugs = {"slug_en": "mitrovica", "slug_sq": "mitrovica", "slug_sr_latn": "mitrovica"}
    data = nested_form_data(
        {
            "title_en": "Mitrovica",
            "title_sq": "Mitrovica",
            "title_sr_latn": "Mitrovica",
            **slugs,
            field: slug,
            "body_en": streamfield([]),
            "body_sq": streamfield([]),
            "body_sr_latn": streamfield([]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert not StandardPage.objects.filter(title_en="Mitrovica").exists()
    expected = "raporti-per-prishtinen" if field == "slug_sq" else "izvestaj-o-djakovici"
    assert f"for example “{expected}”" in response.content.decode()
    # The same form with plain letters publishes the page.
    assert admin_client.post(url, {**data, field: "mitrovica"}).status_code == 302
    assert StandardPage.objects.get(title_en="Mitrovica").live


def test_site_settings_edit_in_three_languages(admin_client, site):
    url = reverse("wagtailsettings:edit", args=["bbg_site", "sitesettings", site.settings.site_id])
    response = admin_client.get(url)
    assert response.status_code == 200
    html = BeautifulSoup(response.content.decode(), "html.parser")
    for suffix in ("en", "sq", "sr_latn"):
        assert html.select(f'[name="address_{suffix}"]')
        assert html.select(f'[name="opening_hours_{suffix}"]')
    assert SiteSettings.objects.count() == 1


def test_section_index_pages_edit_their_introduction_in_three_languages(admin_client, catalogue):
    for page in (catalogue["library"], catalogue["people"]["milica"].get_parent()):
        response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.id]))
        assert response.status_code == 200
        html = response.content.decode()
        for suffix in ("en", "sq", "sr_latn"):
            assert f'name="intro_{suffix}"' in html
