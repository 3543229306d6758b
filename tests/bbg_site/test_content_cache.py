"""Lists that detail pages keep in the content cache (a report's related
reports, a project's and a profile's publications) follow publishing at
once, in every language, with the page cache off (bbg_site.content_cache)."""

import datetime

import pytest

from tests.factories import make_report
from tests.helpers import url_in

pytestmark = pytest.mark.django_db

LANGS = ("en", "sq", "sr-latn")
NEW = {"en": "Water sharing on the Ibar", "sq": "Water sharing on the Ibar (sq)"}
NEW["sr-latn"] = "Water sharing on the Ibar (sr)"


def pages_showing_the_new_report(client, catalogue):
    pages = {
        "project": catalogue["projects"]["elevate"],
        "profile": catalogue["people"]["milica"],
        "related": catalogue["reports"]["courts"],  # newest on its topics
    }
    shown = set()
    for lang in LANGS:
        for name, page in pages.items():
            response = client.get(url_in(page, lang))
            assert response.status_code == 200
            if NEW[lang] in response.content.decode():
                shown.add((name, lang))
    return shown


def test_publishing_and_unpublishing_a_report_updates_cached_lists(client, catalogue):
    everywhere = {(name, lang) for name in ("project", "profile", "related") for lang in LANGS}
    assert pages_showing_the_new_report(client, catalogue) == set()  # the lists are cached now

    report = make_report(
        catalogue["library"],
        "water-ibar",
        NEW["en"],
        date=datetime.date(2026, 11, 20),
        authors=[catalogue["people"]["milica"]],
        topics=[catalogue["topics"]["north"], catalogue["topics"]["law"]],
        project=catalogue["projects"]["elevate"],
    )
    assert pages_showing_the_new_report(client, catalogue) == everywhere

    report.unpublish()
    assert pages_showing_the_new_report(client, catalogue) == set()


def careers_urls(site):
    careers = type(site.careers).objects.get(pk=site.careers.pk)
    return {lang: url_in(careers, lang) for lang in LANGS}


def test_a_section_renamed_after_its_pages_were_read_is_found_by_its_new_slug(client, site):
    """Routing keeps the sections a URL passes through (here "about") in the
    content cache; renaming one takes effect at once."""
    from bbg_site.models import StandardPage

    old = careers_urls(site)
    for url in old.values():  # the "about" section is cached on the way
        assert client.get(url).status_code == 200
    about = StandardPage.objects.get(pk=site.about.pk)
    about.slug_sq = "rreth-bprg"
    about.save_revision().publish()

    new = careers_urls(site)
    assert new["sq"] == "/sq/rreth-bprg/karriera/"
    assert client.get(new["sq"]).status_code == 200
    response = client.get(old["sq"])
    assert (response.status_code, response["Location"]) == (301, new["sq"])
    for lang in ("en", "sr-latn"):
        assert new[lang] == old[lang]
        assert client.get(new[lang]).status_code == 200


def test_a_section_made_private_after_its_pages_were_read_asks_for_the_password(client, site):
    """Pages outside every private section skip Wagtail's restriction query
    (the restricted paths are in the content cache); a new restriction, and
    its removal, take effect at once in every language."""
    from wagtail.models import PageViewRestriction

    urls = careers_urls(site)
    title = {lang: getattr(site.careers, f"title_{lang.replace('-', '_')}") for lang in LANGS}

    def private_everywhere():
        found = set()
        for lang, url in urls.items():
            response = client.get(url)
            assert response.status_code == 200
            page = response.content.decode()
            if 'name="password"' in page:
                assert f"<h1>{title[lang]}</h1>" not in page
                found.add(lang)
        return found

    assert private_everywhere() == set()
    restriction = PageViewRestriction.objects.create(
        page=site.about, restriction_type=PageViewRestriction.PASSWORD, password="bprg-board"
    )
    assert private_everywhere() == set(LANGS)
    restriction.delete()
    assert private_everywhere() == set()


def picture():
    import io

    from django.core.files.images import ImageFile
    from PIL import Image
    from wagtail.images import get_image_model

    data = io.BytesIO()
    Image.new("RGB", (400, 300), "#336699").save(data, "PNG")
    return get_image_model().objects.create(
        title="Bridge", file=ImageFile(io.BytesIO(data.getvalue()), name="bridge.png")
    )


def test_only_what_readers_see_empties_the_content_cache(
    client, catalogue, settings, django_user_model
):
    """An editor's Save draft once emptied every cached page and card, all
    day long; so did every registration, subscription or contact message."""
    from django.test import Client
    from wagtail.models import PageViewRestriction

    from bbg_site import content_cache
    from bbg_site.models import ContactMessage, SiteSettings, Subscriber, Topic

    settings.PAGE_CACHE_SECONDS = 300
    report = catalogue["reports"]["courts"]
    url = url_in(report, "sq")
    image = picture()
    Client().get(url)
    before = content_cache.generation()

    # None of these changes what readers see.
    report.title_en = "A draft title nobody reads yet"
    report.save_revision()  # the admin's Save draft
    Subscriber.objects.create(email="r@example.org", language="sq", consent_text="yes")
    ContactMessage.objects.create(
        name="Ana", email="a@example.org", subject="Hi", message="Hello", language="en"
    )
    editor = django_user_model.objects.create_user("ed", "ed@example.org", "long-password-12")
    client.force_login(editor)  # a sign-in saves the user
    image.get_rendition("width-200")  # made while a page renders
    assert content_cache.generation() == before
    assert Client().get(url)["X-Page-Cache"] == "hit"

    # Each of these does.
    changes = [
        lambda: report.get_latest_revision().publish(),
        lambda: Topic.objects.first().save(),
        lambda: SiteSettings.objects.first().save(),
        lambda: PageViewRestriction.objects.create(
            page=catalogue["library"], restriction_type="login"
        ),
        lambda: PageViewRestriction.objects.all().delete(),
    ]
    changes.append(lambda: image.save())  # an editor changes its focal point
    for change in changes:
        generation = content_cache.generation()
        change()
        assert content_cache.generation() > generation, change
    assert Client().get(url)["X-Page-Cache"] == "miss"
