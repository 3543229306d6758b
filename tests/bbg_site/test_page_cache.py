"""Anonymous readers get cached pages; a change purges every language's copy;
editors, previews and forms never see someone else's page."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client, override_settings
from django.utils import translation

from bbg_site.models import Subscriber
from tests.factories import make_standard_page
from tests.helpers import url_in

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]

LANGS = ("en", "sq", "sr-latn")
TITLE_FIELD = {"en": "title_en", "sq": "title_sq", "sr-latn": "title_sr_latn"}


@pytest.fixture
def page_cache_on():
    with override_settings(PAGE_CACHE_SECONDS=300):
        yield


def h1(response):
    return BeautifulSoup(response.content.decode(), "html.parser").h1.get_text(strip=True)


@pytest.mark.parametrize("lang", LANGS)
def test_second_anonymous_request_is_served_from_the_cache(client, site, lang):
    url = url_in(site.about, lang)
    first = client.get(url)
    assert first["X-Page-Cache"] == "miss"
    second = Client().get(url)
    assert second["X-Page-Cache"] == "hit"
    assert h1(second) == h1(first)
    assert second["Content-Type"].startswith("text/html")


def test_publishing_a_change_purges_the_page_in_every_language(client, site):
    urls = {lang: url_in(site.careers, lang) for lang in LANGS}
    for url in urls.values():
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit"
    parent_urls = [url_in(site.about, lang) for lang in LANGS]
    for url in parent_urls:  # the about page lists careers among its children
        client.get(url)

    page = site.careers
    for lang in LANGS:
        setattr(page, TITLE_FIELD[lang], f"Jobs ({lang})")
    page.save_revision().publish()

    for lang, url in urls.items():
        response = client.get(url)
        assert response["X-Page-Cache"] == "miss"
        assert h1(response) == f"Jobs ({lang})"
    for url in parent_urls:
        assert client.get(url)["X-Page-Cache"] == "miss"


@pytest.mark.parametrize("change", ["unpublish", "delete", "move"])
def test_unpublishing_deleting_or_moving_purges_the_cached_page(client, site, change):
    url = url_in(site.careers, "sq")
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    if change == "unpublish":
        site.careers.unpublish()
        assert client.get(url).status_code == 404
    elif change == "delete":
        site.careers.delete()
        assert client.get(url).status_code == 404
    else:
        site.careers.move(site.home, pos="last-child")
        assert client.get(url).status_code in (301, 404)
        with translation.override("sq"):
            site.careers.refresh_from_db()
            moved = site.careers.get_url()
        assert moved == "/sq/karriera/"
        assert client.get(moved).status_code == 200


def test_logged_in_editors_never_get_or_fill_the_cache(client, site, django_user_model):
    url = url_in(site.about, "en")
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "pw-123456789")
    client.force_login(editor)
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
    assert Client().get(url)["X-Page-Cache"] == "miss"


@pytest.mark.parametrize("lang", LANGS)
def test_previews_are_never_cached_nor_served_from_the_cache(client, site, lang):
    url = url_in(site.about, lang)
    client.get(url)
    setattr(site.about, TITLE_FIELD[lang], "Draft title")
    preview = site.about.make_preview_request(preview_mode=lang)
    assert h1(preview) == "Draft title"
    assert "X-Page-Cache" not in preview
    assert h1(Client().get(url)) != "Draft title"


def test_query_strings_are_not_cached(client, site):
    url = url_in(site.about, "en")
    assert "X-Page-Cache" not in client.get(url + "?utm_source=x")
    assert "X-Page-Cache" not in client.get(url + "?utm_source=x")
    assert client.get(url)["X-Page-Cache"] == "miss"  # nor stored as the plain page


@pytest.mark.parametrize("lang", LANGS)
def test_a_post_is_answered_by_the_view_and_never_cached(site, lang):
    """A form's answer (its errors, with what the person typed) belongs to
    that person: it is neither served from the cache nor stored in it."""
    url = url_in(site.contact, lang)
    Client().get(url)
    assert Client().get(url)["X-Page-Cache"] == "hit"
    typed = {"name": "Ana Private", "email": "ana@", "subject": "", "message": "My secret text"}
    answer = Client().post(url, typed)
    assert answer.status_code == 400  # the view ran: the form's errors
    assert "X-Page-Cache" not in answer
    assert "no-store" in answer["Cache-Control"]
    assert "My secret text" in answer.content.decode()
    after = Client().get(url)
    assert after["X-Page-Cache"] == "hit"
    assert "My secret text" not in after.content.decode()
    assert "Ana Private" not in after.content.decode()


@pytest.mark.parametrize("lang", LANGS)
def test_newsletter_form_works_from_a_cached_page_with_no_token_and_no_cookie(site, lang):
    """Cached pages hold nothing of one reader (the shared cache in front
    serves the same bytes to everyone): no CSRF token, no cookie. The form
    posts from the same origin (bbg_site/csrf.py); another site's is refused."""
    url = url_in(site.about, lang)
    Client().get(url)  # fills the cache with the first reader's page
    readers = [Client(enforce_csrf_checks=True) for _ in range(2)]
    pages = [reader.get(url) for reader in readers]
    assert [page["X-Page-Cache"] for page in pages] == ["hit", "hit"]
    assert pages[0].content == pages[1].content
    for page in pages:
        assert "csrfmiddlewaretoken" not in page.content.decode()
        assert not page.cookies
    for n, reader in enumerate(readers):
        response = reader.post(
            "/" + lang + "/newsletter/",
            {"email": f"reader{n}@example.org", "language": lang, "consent": "on", "website": ""},
            HTTP_ORIGIN="http://testserver",
            HTTP_SEC_FETCH_SITE="same-origin",
        )
        assert response.status_code == 302, response.status_code
    emails = ["reader0@example.org", "reader1@example.org"]
    assert Subscriber.objects.filter(email__in=emails).count() == 2


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_SEC_FETCH_SITE": "same-site", "HTTP_ORIGIN": "https://news.testserver"},
        {"HTTP_ORIGIN": "https://evil.example"},
    ],
)
def test_a_public_form_posted_from_another_site_is_refused(site, headers):
    response = Client(enforce_csrf_checks=True).post(
        "/en/newsletter/", {"email": "a@example.org", "consent": "on"}, **headers
    )
    assert response.status_code == 403
    assert not Subscriber.objects.exists()


def test_the_admin_still_needs_its_csrf_token(site, django_user_model):
    """Only the public forms (under a language prefix) trade the token for the
    origin check: a same-origin POST to the admin without a token is refused."""
    editor = django_user_model.objects.create_superuser("csrf-admin", "c@example.org", "x" * 20)
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(editor)
    response = strict.post(
        f"/admin/pages/{site.about.id}/unpublish/",
        HTTP_ORIGIN="http://testserver",
        HTTP_SEC_FETCH_SITE="same-origin",
    )
    assert response.status_code == 403
    site.about.refresh_from_db()
    assert site.about.live


def test_new_child_page_appears_on_its_cached_parent(client, site):
    url = url_in(site.about, "sr-latn")
    client.get(url)
    make_standard_page(
        site.about,
        slug={"en": "team", "sq": "ekipi", "sr-latn": "tim"},
        title={"en": "Team", "sq": "Ekipi", "sr-latn": "Tim"},
    )
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert "Tim" in response.content.decode()


def test_a_registration_refreshes_its_event_page_and_leaves_the_rest_cached(
    client, site, django_capture_on_commit_callbacks
):
    """Any anonymous registration once emptied the whole cache, so a script
    posting from rotating addresses kept the site uncached."""
    import datetime

    from django.utils import timezone

    from tests.factories import make_event, make_event_index

    event = make_event(
        make_event_index(site.home),
        "launch",
        "Report launch",
        start=timezone.now() + datetime.timedelta(days=5),
        registration_open=True,
        capacity=10,
    )
    event_urls = [url_in(event, lang) for lang in LANGS]
    others = [url_in(site.home, "en"), url_in(site.about, "sq")]
    for url in event_urls + others:
        Client().get(url)
    assert all(Client().get(url)["X-Page-Cache"] == "hit" for url in event_urls + others)
    assert "10 seats left" in Client().get(event_urls[0]).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = Client().post(
            event_urls[1],
            {"name": "Ana", "email": "ana@example.org", "consent": "on", "website": ""},
        )
    assert response.status_code == 302
    for url in others:
        assert Client().get(url)["X-Page-Cache"] == "hit"
    for url in event_urls:
        assert Client().get(url)["X-Page-Cache"] == "miss"
    assert "9 seats left" in Client().get(event_urls[0]).content.decode()


@pytest.mark.parametrize("lang", LANGS)
def test_what_belongs_to_one_person_is_never_public(site, django_user_model, lang):
    """The cache in front keeps only what says public (bbg_site/edge_cache.py):
    a signed-in editor's pages and searches, and a page shown with a message,
    are private and not stored; the same pages for a reader are public."""
    about, search = url_in(site.about, lang), f"/{lang}/search/?q=bridge"
    for url in (about, search):
        control = Client().get(url)["Cache-Control"]
        assert "public" in control and "s-maxage=" in control, url
    editor = django_user_model.objects.create_superuser(
        f"private-{lang}", f"p-{lang}@example.org", "x" * 20
    )
    signed_in = Client()
    signed_in.force_login(editor)
    with_message = Client()
    with_message.cookies["messages"] = "anything"
    for client in (signed_in, with_message):
        for url in (about, search):
            response = client.get(url)
            assert response.status_code == 200, url
            assert "private" in response["Cache-Control"], url
            assert "no-store" in response["Cache-Control"], url
            assert "public" not in response["Cache-Control"], url
