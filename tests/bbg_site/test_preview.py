"""Editors preview each language of a page before publishing."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_every_page_offers_a_preview_mode_per_language(site):
    assert [code for code, _name in site.about.preview_modes] == ["en", "sq", "sr-latn", "sr-cyrl"]
    assert site.about.default_preview_mode == "en"


@pytest.mark.parametrize(
    ("mode", "html_lang", "title", "switcher_current"),
    [
        ("en", "en", "About us", "English"),
        ("sq", "sq", "Rreth nesh", "Shqip"),
        ("sr-latn", "sr-Latn", "O nama", "Srpski"),
    ],
)
def test_preview_renders_the_chosen_language(site, mode, html_lang, title, switcher_current):
    response = site.about.make_preview_request(preview_mode=mode)
    assert response.status_code == 200
    html = BeautifulSoup(response.content.decode(), "html.parser")
    assert html.html["lang"] == html_lang
    assert html.h1.get_text(strip=True) == title
    assert (
        html.select_one(".language-switcher a[aria-current]").get_text(strip=True)
        == switcher_current
    )


def test_preview_of_unsaved_albanian_text_in_the_admin(client, django_user_model, site):
    user = django_user_model.objects.create_superuser(
        "editor", "e@example.org", "long-password-123"
    )
    client.force_login(user)
    edit_url = reverse("wagtailadmin_pages:edit", args=[site.about.id])
    assert client.get(edit_url).status_code == 200
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[site.about.id])
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    data = nested_form_data(
        {
            "title_en": "About us",
            "title_sq": "Rreth nesh – draft",
            "title_sr_latn": "O nama",
            "slug_en": "about",
            "slug_sq": "rreth-nesh",
            "slug_sr_latn": "o-nama",
            "intro_en": "Who we are.",
            "intro_sq": "Teksti i ri, ende pa u publikuar.",
            "intro_sr_latn": "Ko smo mi.",
            "body_en": streamfield([("paragraph", rich_text("<p>EN</p>"))]),
            "body_sq": streamfield([("paragraph", rich_text("<p>SQ</p>"))]),
            "body_sr_latn": streamfield([("paragraph", rich_text("<p>SR</p>"))]),
        }
    )
    assert client.post(preview_url, data).json()["is_valid"] is True
    response = client.get(preview_url + "?mode=sq")
    html = BeautifulSoup(response.content.decode(), "html.parser")
    assert html.html["lang"] == "sq"
    assert html.h1.get_text(strip=True) == "Rreth nesh – draft"
    assert "Teksti i ri, ende pa u publikuar." in html.get_text()
    # Nothing was published by previewing.
    client.logout()
    assert "Teksti i ri" not in client.get("/sq/rreth-nesh/").content.decode()
