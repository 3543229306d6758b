"""Moving, renaming and copying a page keep every language's URL right, and
old URLs redirect to the new ones."""

import pytest
from django.urls import reverse

from bbg_site.models import StandardPage
from tests.factories import make_standard_page
from tests.helpers import url_in

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "sq", "sr-latn"]


def urls(page):
    page = type(page).objects.get(pk=page.pk)
    return {language: url_in(page, language) for language in LANGUAGES}


def assert_serves(client, page_urls, title_by_language=None):
    for language, url in page_urls.items():
        response = client.get(url)
        assert response.status_code == 200, (language, url, response.status_code)


def assert_redirects(client, old, new):
    for language in LANGUAGES:
        response = client.get(old[language])
        assert response.status_code == 301, (language, old[language], response.status_code)
        assert response["Location"] == new[language], language


@pytest.fixture
def editor_client(client, communications_user):
    client.force_login(communications_user)
    return client


@pytest.fixture
def who(site):
    return make_standard_page(
        site.home,
        slug={"en": "who-we-are", "sq": "kush-jemi", "sr-latn": "ko-smo"},
        title={"en": "Who we are", "sq": "Kush jemi", "sr-latn": "Ko smo"},
    )


def test_moving_a_page_moves_its_url_in_every_language(editor_client, client, site, who):
    careers = site.careers
    old = urls(careers)
    assert old == {
        "en": "/en/about/careers/",
        "sq": "/sq/rreth-nesh/karriera/",
        "sr-latn": "/sr-latn/o-nama/karijera/",
    }
    response = editor_client.post(
        reverse("wagtailadmin_pages:move_confirm", args=[careers.pk, who.pk])
    )
    assert response.status_code == 302
    new = urls(careers)
    assert new == {
        "en": "/en/who-we-are/careers/",
        "sq": "/sq/kush-jemi/karriera/",
        "sr-latn": "/sr-latn/ko-smo/karijera/",
    }
    client.logout()
    assert_serves(client, new)
    assert_redirects(client, old, new)


def test_moving_a_section_moves_its_sub_pages_in_every_language(editor_client, client, site, who):
    old = urls(site.careers)
    old_about = urls(site.about)
    response = editor_client.post(
        reverse("wagtailadmin_pages:move_confirm", args=[site.about.pk, who.pk])
    )
    assert response.status_code == 302
    new = urls(site.careers)
    assert new == {
        "en": "/en/who-we-are/about/careers/",
        "sq": "/sq/kush-jemi/rreth-nesh/karriera/",
        "sr-latn": "/sr-latn/ko-smo/o-nama/karijera/",
    }
    client.logout()
    assert_serves(client, new)
    assert_redirects(client, old, new)
    assert_redirects(client, old_about, urls(site.about))


@pytest.mark.parametrize(
    ("language", "field", "new_slug", "expected_about", "expected_careers"),
    [
        ("en", "slug_en", "about-bprg", "/en/about-bprg/", "/en/about-bprg/careers/"),
        ("sq", "slug_sq", "rreth-bprg", "/sq/rreth-bprg/", "/sq/rreth-bprg/karriera/"),
        (
            "sr-latn",
            "slug_sr_latn",
            "o-bprg",
            "/sr-latn/o-bprg/",
            "/sr-latn/o-bprg/karijera/",
        ),
    ],
)
def test_renaming_a_slug_in_one_language_moves_that_language_only(
    client, site, language, field, new_slug, expected_about, expected_careers
):
    about, careers = site.about, site.careers
    old_about, old_careers = urls(about), urls(careers)
    about = StandardPage.objects.get(pk=about.pk)
    setattr(about, field, new_slug)
    about.save_revision().publish()

    new_about, new_careers = urls(about), urls(careers)
    assert new_about[language] == expected_about
    assert new_careers[language] == expected_careers
    for other in LANGUAGES:
        if other != language:
            assert new_about[other] == old_about[other]
            assert new_careers[other] == old_careers[other]
    assert_serves(client, new_about)
    assert_serves(client, new_careers)
    for old, new in ((old_about, new_about), (old_careers, new_careers)):
        response = client.get(old[language])
        assert response.status_code == 301
        assert response["Location"] == new[language]


def test_renaming_the_albanian_slug_in_the_admin(editor_client, client, site):
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    old = urls(site.careers)
    data = nested_form_data(
        {
            "title_en": "About us",
            "title_sq": "Rreth nesh",
            "title_sr_latn": "O nama",
            "slug_en": "about",
            "slug_sq": "rreth-grupit",
            "slug_sr_latn": "o-nama",
            "intro_en": "Who we are.",
            "intro_sq": "Kush jemi ne.",
            "intro_sr_latn": "Ko smo mi.",
            "body_en": streamfield([("paragraph", rich_text("<p>EN</p>"))]),
            "body_sq": streamfield([("paragraph", rich_text("<p>SQ</p>"))]),
            "body_sr_latn": streamfield([("paragraph", rich_text("<p>SR</p>"))]),
            "action-publish": "publish",
        }
    )
    response = editor_client.post(reverse("wagtailadmin_pages:edit", args=[site.about.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    assert urls(site.careers)["sq"] == "/sq/rreth-grupit/karriera/"
    response = client.get(old["sq"])
    assert response.status_code == 301
    assert response["Location"] == "/sq/rreth-grupit/karriera/"
    assert client.get("/sq/rreth-grupit/karriera/").status_code == 200


def copy_form(parent, **overrides):
    """wagtail-modeltranslation's copy form: a title and a slug per language."""
    return {
        "new_title_en": "About us (copy)",
        "new_title_sq": "Rreth nesh (kopje)",
        "new_title_sr_latn": "O nama (kopija)",
        "new_slug_en": "about-copy",
        "new_slug_sq": "rreth-nesh-kopje",
        "new_slug_sr_latn": "o-nama-kopija",
        "new_parent_page": parent.pk,
        **overrides,
    }


def test_copying_a_page_keeps_its_translations_with_urls_of_its_own(editor_client, client, site):
    response = editor_client.post(
        reverse("wagtailadmin_pages:copy", args=[site.about.pk]),
        copy_form(site.home, copy_subpages="on", publish_copies="on"),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    copy = StandardPage.objects.get(slug_en="about-copy")
    assert copy.live
    assert (copy.title_en, copy.title_sq, copy.title_sr_latn) == (
        "About us (copy)",
        "Rreth nesh (kopje)",
        "O nama (kopija)",
    )
    assert copy.intro_sq == "Kush jemi ne."
    assert "Gradimo potpuno mešovit tim." in str(copy.body_sr_latn)
    copy_urls = urls(copy)
    original_urls = urls(site.about)
    assert copy_urls == {
        "en": "/en/about-copy/",
        "sq": "/sq/rreth-nesh-kopje/",
        "sr-latn": "/sr-latn/o-nama-kopija/",
    }
    assert original_urls == {
        "en": "/en/about/",
        "sq": "/sq/rreth-nesh/",
        "sr-latn": "/sr-latn/o-nama/",
    }
    client.logout()
    for language in LANGUAGES:
        original = client.get(original_urls[language])
        assert original.status_code == 200
        assert original.context["page"].pk == site.about.pk
        copied = client.get(copy_urls[language])
        assert copied.status_code == 200
        assert copied.context["page"].pk == copy.pk
    (copied_careers,) = copy.get_children().specific()
    careers_urls = urls(copied_careers)
    assert careers_urls["sq"] == copy_urls["sq"] + "karriera/"
    assert_serves(client, careers_urls)


@pytest.mark.parametrize(
    ("field", "taken"),
    [("new_slug_en", "about"), ("new_slug_sq", "rreth-nesh"), ("new_slug_sr_latn", "o-nama")],
)
def test_a_copy_cannot_take_a_slug_already_used_in_any_language(editor_client, site, field, taken):
    response = editor_client.post(
        reverse("wagtailadmin_pages:copy", args=[site.about.pk]),
        copy_form(site.home, **{field: taken}),
    )
    assert response.status_code == 200
    assert "This slug is already in use" in response.content.decode()
    assert StandardPage.objects.count() == 2  # about and careers only
