"""Serbian in Cyrillic (/sr-cyrl/): the Serbian Latin text read in Cyrillic,
with URLs, names, acronyms and foreign words kept as written."""

import datetime
import json
import re
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core import mail
from django.urls import reverse
from freezegun import freeze_time
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from bbg_site.cyrillic import html_to_cyrillic, to_cyrillic
from bbg_site.management.commands.cyrillic_catalogue import cyrillic_catalogue
from bbg_site.models import StandardPage, Topic

# The registration fixtures of the events' tests (pytest finds them here).
from tests.events.test_events import (  # noqa: F401
    NOW,
    calendar,
    form_data,
    get,
    link_in,
    open_event,
    post,
)
from tests.factories import make_event, make_event_index, rich
from tests.helpers import soup, url_in

pytestmark = pytest.mark.django_db

LATIN = re.compile(r"[A-Za-zČčĆćĐđŠšŽž]")
CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")
# What may stay in Latin letters in a Cyrillic page: the kept words of the
# settings, acronyms, camel-case brands, words with q/w/x/y (and Albanian
# ë), addresses.
ALLOWED_LATIN = re.compile(
    r"https?://\S+|[\w.+-]+@[\w.-]+|\b[\w-]+\.(?:pdf|org|com)\b"
    r"|\b[A-Z]{2,6}\b|\b\w*[qwxyQWXYëË]\w*\b|\b\w*[a-z][A-Z]\w*\b"
    r"|" + "|".join(re.escape(word) for word in settings.CYRILLIC_KEPT_WORDS)
)


def visible_latin(response) -> list[str]:
    """The words of the page a reader sees in Latin letters that are not
    allowed to stay so: outside scripts, code and elements in another
    language (the switcher's English, Shqip, Srpski; English fallbacks)."""
    html = BeautifulSoup(response.content.decode(), "html.parser")
    for element in html(["script", "style", "code", "pre", "svg", "template"]):
        element.decompose()
    for element in html.select("[lang]"):
        if element.name != "html" and element["lang"] != "sr-Cyrl":
            element.decompose()
    for element in html.select('[translate="no"]'):
        element.decompose()
    texts = [html.get_text(" ")]
    for element in html.select("[alt], [title], [aria-label], [placeholder]"):
        texts += [element.get(name, "") for name in ("alt", "title", "aria-label", "placeholder")]
    texts.append(html.title.get_text() if html.title else "")
    text = ALLOWED_LATIN.sub(" ", " ".join(texts))
    return sorted({word for word in text.split() if LATIN.search(word)})


def assert_cyrillic_page(response):
    assert response.status_code == 200, response.status_code
    assert response["Content-Language"] == "sr-cyrl"
    assert visible_latin(response) == []
    html = soup(response)
    assert html.html["lang"] == "sr-Cyrl"
    return html


# --- the letters ------------------------------------------------------------


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("nadživeti", "надживети"),
        ("Nadživeo je rat.", "Надживео је рат."),
        ("konjunktura", "конјунктура"),
        ("konjunkturni ciklus", "конјунктурни циклус"),
        ("injekcija", "инјекција"),
        ("injekcijama", "инјекцијама"),
        ("konjugacija", "конјугација"),
        ("podžanr", "поджанр"),
        ("Tanjug", "Танјуг"),
        ("konj i njiva", "коњ и њива"),
        ("džep, odžak", "џеп, оџак"),
        ("Ljubljana, LJUBLJANA, NJegoš", "Љубљана, ЉУБЉАНА, Његош"),
        ("Đorđe Ćirić, VAŽNO", "Ђорђе Ћирић, ВАЖНО"),
        ("28. novembar 2026.", "28. новембар 2026."),
    ],
)
def test_serbian_latin_becomes_cyrillic_with_the_digraph_exceptions(latin, cyrillic):
    assert to_cyrillic(latin) == cyrillic


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("EU, KFOR, EULEX, NATO, OSCE i UNMIK", "EU, KFOR, EULEX, NATO, OSCE и UNMIK"),
        ("Sida i Elevate Peace", "Sida и Elevate Peace"),
        ("Pišite na info@balkansgroup.org", "Пишите на info@balkansgroup.org"),
        (
            "Vidi https://bprg.org/sr-latn/o-nama/ ovde",
            "Види https://bprg.org/sr-latn/o-nama/ овде",
        ),
        ("Preuzmi izvestaj-2026.pdf sada", "Преузми izvestaj-2026.pdf сада"),
        ("Xavier Wolf i Yannick", "Xavier Wolf и Yannick"),
        ("Mapa na OpenStreetMap", "Мапа на OpenStreetMap"),
        ("Krasniqi u Prishtinë", "Krasniqi у Prishtinë"),
        ("%(count)s izveštaja &amp; više", "%(count)s извештаја &amp; више"),
    ],
)
def test_what_stays_as_written(latin, cyrillic):
    assert to_cyrillic(latin) == cyrillic


def test_html_text_and_reading_attributes_change_nothing_else():
    html = (
        '<p class="lead" title="Naslov" data-x="reč"><a href="/sr-latn/o-nama/">O nama</a> '
        '<q lang="en">Peace and trust</q> <span lang="sq">Paqja dhe besimi</span> '
        '<code>print(reč)</code><img src="slika.png" alt="Slika mosta" aria-label="Most"> '
        '<input placeholder="Pretraga"><span translate="no">ime [at] domen</span></p>'
        '<script>var reč = "reč";</script>'
    )
    assert html_to_cyrillic(html) == (
        '<p class="lead" title="Наслов" data-x="reč"><a href="/sr-latn/o-nama/">О нама</a> '
        '<q lang="en">Peace and trust</q> <span lang="sq">Paqja dhe besimi</span> '
        '<code>print(reč)</code><img src="slika.png" alt="Слика моста" aria-label="Мост"> '
        '<input placeholder="Претрага"><span translate="no">ime [at] domen</span></p>'
        '<script>var reč = "reč";</script>'
    )


def test_words_editors_keep_in_site_settings(client, site):
    site.settings.cyrillic_kept_words = "Mitrovica Dialogue Lab\nKosovo Online"
    site.settings.save()
    assert to_cyrillic("Mitrovica Dialogue Lab i Kosovo Online o Mitrovici") == (
        "Mitrovica Dialogue Lab и Kosovo Online о Митровици"
    )


def test_interface_catalogue_is_the_serbian_latin_one_in_cyrillic():
    locale = Path(settings.LOCALE_PATHS[0])
    latin = polib.pofile(str(locale / "sr_Latn/LC_MESSAGES/django.po"))
    cyrillic = polib.pofile(str(locale / "sr_Cyrl/LC_MESSAGES/django.po"))
    expected = cyrillic_catalogue(latin)
    as_pairs = lambda po: {  # noqa: E731
        (e.msgctxt, e.msgid): (e.msgstr, dict(e.msgstr_plural)) for e in po if not e.obsolete
    }
    assert as_pairs(cyrillic) == as_pairs(expected), "run make messages (cyrillic_catalogue)"
    assert (locale / "sr_Cyrl/LC_MESSAGES/django.mo").exists()
    assert cyrillic.find("Search").msgstr == "Претрага"
    # No Serbian word was left in Latin (placeholders and markup aside).
    text = " ".join(e.msgstr + " ".join(e.msgstr_plural.values()) for e in cyrillic)
    text = re.sub(r"%\(\w+\)[sd]|%[sd]|\{\w*\}|<[^>]*>|&\w+;", " ", text)
    left = {word for word in ALLOWED_LATIN.sub(" ", text).split() if LATIN.search(word)}
    assert left == set(), left


# --- every page type at /sr-cyrl/ ---------------------------------------------


@pytest.fixture
def portal(site, catalogue, newsroom):
    """One page of every type, the Serbian text written in Latin."""
    reports = catalogue["reports"]
    mitrovica = reports["mitrovica"]
    mitrovica.title_sr_latn = "Most u Mitrovici: nadživeti podele"
    mitrovica.summary_sr_latn = (
        '<p>EU i KFOR o konjunkturi; <a href="https://www.eulex-kosovo.eu/">EULEX</a> '
        "piše na info@balkansgroup.org. Projekat Elevate Peace podržava Sida.</p>"
    )
    mitrovica.body_sr_latn = rich('Injekcija poverenja za <q lang="en">the bridge</q> u Ljubljani.')
    mitrovica.save_revision().publish()
    event = make_event(
        make_event_index(site.home),
        "north-roundtable",
        "Roundtable",
        start=datetime.datetime(2030, 3, 2, 9, 0, tzinfo=datetime.UTC),
        registration_open=True,
        capacity=30,
    )
    event.title_sr_latn = "Okrugli sto o severu"
    event.summary_sr_latn = "O severu Kosova."
    event.venue_name_sr_latn = "Hotel Sirijus, Priština"
    event.save_revision().publish()
    return {
        "home": site.home,
        "standard": site.about,
        "contact": site.contact,
        "library": catalogue["library"],
        "report": mitrovica,
        "news index": newsroom[0],
        "news": newsroom[1]["press"],
        "people": catalogue["people"]["milica"].get_parent().specific,
        "person": catalogue["people"]["milica"],
        "projects": catalogue["projects"]["elevate"].get_parent().specific,
        "project": catalogue["projects"]["elevate"],
        "events": event.get_parent().specific,
        "event": event,
    }


def test_every_page_type_reads_in_cyrillic_with_switcher_and_hreflang(client, portal):
    for kind, page in portal.items():
        url = url_in(page, "sr-cyrl")
        assert (
            url.startswith("/sr-cyrl/")
            and url[len("/sr-cyrl") :] == url_in(page, "sr-latn")[len("/sr-latn") :]
        ), kind
        response = client.get(url)
        html = assert_cyrillic_page(response)
        # Canonical to itself, hreflang for the four languages and x-default.
        assert html.select_one('link[rel="canonical"]')["href"] == "http://testserver" + url
        alternates = {
            link["hreflang"]: link["href"]
            for link in html.select('link[rel="alternate"][hreflang]')
        }
        assert alternates == {
            "en": "http://testserver" + url_in(page, "en"),
            "sq": "http://testserver" + url_in(page, "sq"),
            "sr-Latn": "http://testserver" + url_in(page, "sr-latn"),
            "sr-Cyrl": "http://testserver" + url,
            "x-default": "http://testserver" + url_in(page, "en"),
        }, kind
        switcher = [
            (a.get_text(strip=True), a["href"], a.has_attr("aria-current"))
            for a in html.select(".language-switcher a")
        ]
        assert switcher == [
            ("English", url_in(page, "en"), False),
            ("Shqip", url_in(page, "sq"), False),
            ("Srpski", url_in(page, "sr-latn"), False),
            ("Српски", url, True),
        ], kind
        # Every link of the site stays in the Cyrillic edition.
        own_links = [a["href"] for a in html.select("main a[href^='/']")]
        assert not [h for h in own_links if h.startswith(("/sr-latn/", "/en/", "/sq/"))], kind


def test_a_report_keeps_names_acronyms_addresses_and_quoted_english(client, portal):
    response = client.get(url_in(portal["report"], "sr-cyrl"))
    html = assert_cyrillic_page(response)
    assert html.h1.get_text(strip=True) == "Мост у Митровици: надживети поделе"
    text = html.select_one("main").get_text(" ", strip=True)
    assert "EU и KFOR о конјунктури" in text
    assert "EULEX пише на info@balkansgroup.org" in text
    assert "Пројекат Elevate Peace подржава Sida." in text
    assert "Инјекција поверења за the bridge у Љубљани." in text
    assert html.select_one('a[href="https://www.eulex-kosovo.eu/"]')
    # The Serbian PDF is offered as it is, and says it is in Latin script.
    pdf = html.select_one('a.download[hreflang="sr-latn"]')
    assert "PDF на језику: српски (латиница)" in pdf.get_text(), pdf.get_text()
    # Dates in Cyrillic.
    assert "новембар 2025." in text
    # What search engines read says the same, in the same script; addresses
    # and types stay as they are.
    blocks = html.select('script[type="application/ld+json"]')
    data = next(
        item
        for item in map(json.loads, (b.string for b in blocks))
        if item.get("@type") == "Report"
    )
    assert data["inLanguage"] == "sr-Cyrl"
    assert data["headline"] == "Мост у Митровици: надживети поделе"
    assert data["url"].startswith("http://testserver/sr-cyrl/")
    assert data["publisher"]["@type"] == "Organization"


def test_a_page_without_serbian_shows_the_english_and_the_notice_in_cyrillic(client, catalogue):
    response = client.get(url_in(catalogue["reports"]["eu"], "sr-cyrl"))
    html = assert_cyrillic_page(response)
    notice = html.select_one(".notice--translation")
    assert notice["lang"] == "sr-Cyrl"
    assert CYRILLIC_LETTER.search(notice.get_text())
    assert html.h1.get_text(strip=True) == "Visa liberalisation one year on"
    assert html.h1["lang"] == "en"


def test_search_finds_the_serbian_documents_with_either_script(client, portal):
    from bbg_site.search.indexing import index_page

    index_page(portal["report"])
    latin = client.get("/sr-latn/search/", {"q": "nadživeti"})
    titles = [a.get_text(strip=True) for a in soup(latin).select(".search-result__title a")]
    assert "Most u Mitrovici: nadživeti podele" in titles, titles
    for query in ("nadživeti", "надживети"):
        response = client.get("/sr-cyrl/search/", {"q": query})
        assert response.status_code == 200
        assert visible_latin(response) == []
        html = soup(response)
        links = {
            a.get_text(strip=True): a["href"] for a in html.select("main a[href^='/sr-cyrl/']")
        }
        assert links.get("Мост у Митровици: надживети поделе") == url_in(
            portal["report"], "sr-cyrl"
        ), links


def test_the_404_page_is_in_cyrillic(client, site):
    response = client.get("/sr-cyrl/nema-takve-stranice/")
    assert response.status_code == 404
    assert visible_latin(response) == []
    assert soup(response).html["lang"] == "sr-Cyrl"


def test_feed_calendar_and_sitemap(client, portal):
    feed = client.get("/sr-cyrl/feeds/publications/")
    assert feed.status_code == 200, feed.status_code
    body = feed.content.decode()
    assert "<language>sr-cyrl</language>" in body
    assert "Мост у Митровици: надживети поделе" in body
    assert "/sr-cyrl/" in body and "nadživeti" not in body

    ics = client.get(url_in(portal["event"], "sr-cyrl") + "calendar/")
    assert ics.status_code == 200
    text = ics.content.decode()
    assert "SUMMARY:Округли сто о северу" in text
    assert "Priština" not in text and "Приштина" in text

    sitemap = client.get("/sitemap.xml").content.decode()
    assert 'hreflang="sr-Cyrl"' in sitemap or 'hreflang="sr-cyrl"' in sitemap
    assert "<loc>http://testserver" + url_in(portal["report"], "sr-cyrl") + "</loc>" in sitemap


# --- /sr/ ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "cookie", "target"),
    [
        ("sr", None, "/sr-cyrl/"),
        ("sr-Cyrl-RS,sr;q=0.9,en;q=0.5", None, "/sr-cyrl/"),
        ("sr-Latn,sr;q=0.8", None, "/sr-latn/"),
        ("en-GB,en;q=0.9", None, "/sr-latn/"),
        ("", None, "/sr-latn/"),
        ("sr", "sr-latn", "/sr-latn/"),
        ("en", "sr-cyrl", "/sr-cyrl/"),
    ],
)
def test_sr_redirects_to_the_readers_script(client, accept, cookie, target):
    if cookie:
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = cookie
    for path, rest in (("/sr/", ""), ("/sr/o-nama/karijera/", "o-nama/karijera/")):
        response = client.get(path, HTTP_ACCEPT_LANGUAGE=accept)
        assert response.status_code == 302
        assert response["Location"] == target + rest


def test_sr_keeps_the_query(client):
    response = client.get("/sr/search/", {"q": "most"}, HTTP_ACCEPT_LANGUAGE="sr")
    assert response["Location"] == "/sr-cyrl/search/?q=most"


@pytest.mark.parametrize(
    "path", ["/sr/%0D%0ALocation:%20x", "/sr/a%20b/", "/sr/" + "x/" * 3000, "/sr/Приштина/"]
)
def test_sr_with_odd_paths_redirects_without_error(client, path):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="sr;q=x, sr-Cyrl;q=0.5, ;;")
    assert response.status_code == 302
    location = response["Location"]
    assert location.startswith("/sr-cyrl/") and "\n" not in location and " " not in location


# --- caches -------------------------------------------------------------------


def count_transliterations(monkeypatch) -> list:
    """Each whole page transliterated adds one item; read pages forgotten."""
    from bbg_site import cyrillic

    cyrillic._readings.clear()
    calls = []
    original = cyrillic.html_to_cyrillic
    monkeypatch.setattr(
        cyrillic, "html_to_cyrillic", lambda html, **kw: calls.append(1) or original(html, **kw)
    )
    return calls


def test_without_the_page_cache_a_page_is_transliterated_once_per_content_change(
    client, site, monkeypatch
):
    """Page cache off (as for a signed-in reader's render or right after a
    purge): the page is rendered each time, but read in Cyrillic only when
    its content changed."""
    calls = count_transliterations(monkeypatch)
    first = client.get("/sr-cyrl/o-nama/")
    second = client.get("/sr-cyrl/o-nama/")
    assert "Градимо потпуно мешовит тим." in second.content.decode()
    assert first.content == second.content
    assert len(calls) == 1

    # An editor changes the Serbian text: the next reader gets the new text
    # in Cyrillic, read once more.
    about = site.about.specific
    about.body_sr_latn = rich("Gradimo potpuno mešovit tim u Prištini.")
    about.save_revision().publish()
    changed = client.get("/sr-cyrl/o-nama/").content.decode()
    assert "Градимо потпуно мешовит тим у Приштини." in changed
    assert len(calls) == 2

    # A word added to the kept words is a change too.
    site.settings.cyrillic_kept_words = "Prištini"
    site.settings.save()
    kept = client.get("/sr-cyrl/o-nama/").content.decode()
    assert "Градимо потпуно мешовит тим у Prištini." in kept
    assert len(calls) == 3
    # The Latin edition is untouched by all of it.
    latin = client.get("/sr-latn/o-nama/").content.decode()
    assert "Gradimo potpuno mešovit tim u Prištini." in latin


def test_a_cyrillic_page_is_transliterated_once_and_served_from_the_page_cache(
    client, site, settings, monkeypatch
):
    settings.PAGE_CACHE_SECONDS = 60
    calls = count_transliterations(monkeypatch)
    first = client.get("/sr-cyrl/o-nama/")
    second = client.get("/sr-cyrl/o-nama/")
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert second.content.decode().count("Градимо потпуно мешовит тим.") == 1
    assert len(calls) == 1
    # The Latin twin is a page of its own.
    assert "Gradimo potpuno mešovit tim." in client.get("/sr-latn/o-nama/").content.decode()


# --- editors --------------------------------------------------------------------


def test_serbian_typed_in_cyrillic_in_the_admin_is_stored_in_latin(admin_client, site):
    url = reverse("wagtailadmin_pages:add", args=["bbg_site", "standardpage", site.about.id])
    data = nested_form_data(
        {
            "title_en": "Internships",
            "title_sq": "Praktikat",
            "title_sr_latn": "Праксе у Љубљани",
            "slug_en": "internships",
            "slug_sq": "praktikat",
            "slug_sr_latn": "праксе",
            "intro_en": "Learn with us.",
            "intro_sq": "Mësoni me ne.",
            "intro_sr_latn": "Учите са нама.",
            "body_en": streamfield([("paragraph", rich_text("<p>Six months.</p>"))]),
            "body_sq": streamfield([("paragraph", rich_text("<p>Gjashtë muaj.</p>"))]),
            "body_sr_latn": streamfield([("paragraph", rich_text("<p>Шест месеци.</p>"))]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = StandardPage.objects.get(slug_en="internships")
    assert page.title_sr_latn == "Prakse u Ljubljani"
    assert page.slug_sr_latn == "prakse"
    assert page.intro_sr_latn == "Učite sa nama."
    assert "Šest meseci." in str(page.body_sr_latn)
    assert "Prakse u Ljubljani" in str(page.latest_revision.content)
    admin_client.logout()
    latin = admin_client.get("/sr-latn/o-nama/prakse/").content.decode()
    assert "Šest meseci." in latin
    cyrillic = admin_client.get("/sr-cyrl/o-nama/prakse/")
    assert "Шест месеци." in cyrillic.content.decode()


def test_a_snippet_typed_in_cyrillic_is_stored_in_latin(db):
    topic = Topic.objects.create(
        slug="dijalog", name_en="Dialogue", name_sq="Dialogu", name_sr_latn="Дијалог"
    )
    topic.refresh_from_db()
    assert topic.name_sr_latn == "Dijalog"


def test_preview_offers_a_cyrillic_mode(site):
    assert ("sr-cyrl", "Српски") in site.about.preview_modes
    response = site.about.make_preview_request(preview_mode="sr-cyrl")
    html = soup(response)
    assert html.html["lang"] == "sr-Cyrl"
    assert html.h1.get_text(strip=True) == "О нама"
    assert visible_latin(response) == []


def test_translation_status_counts_cyrillic_with_serbian(site):
    from editorial.translation_status import LANGUAGES

    assert "sr-cyrl" not in LANGUAGES and "sr-latn" in LANGUAGES


# --- forms and e-mails ------------------------------------------------------------


@freeze_time(NOW)
def test_registration_from_the_cyrillic_page_is_answered_in_cyrillic(client, post, get, open_event):  # noqa: F811
    response = post(url_in(open_event, "sr-cyrl"), form_data(), follow=True)
    assert response.status_code == 200
    assert visible_latin(response) == []
    (asking,) = mail.outbox
    assert CYRILLIC_LETTER.search(asking.subject)
    assert not LATIN.search(ALLOWED_LATIN.sub(" ", asking.subject))
    body = asking.body
    confirm = link_in(asking, "/confirm/")
    assert confirm.startswith("/sr-cyrl/")
    # The registrant's name as typed, the rest in Cyrillic.
    assert "Ana Petrović" in body
    leftover = ALLOWED_LATIN.sub(" ", body.replace("Ana Petrović", ""))
    assert [w for w in leftover.split() if LATIN.search(w)] == []
    mail.outbox.clear()
    page = get(confirm)
    assert page.status_code == 200
    assert visible_latin(page) == []
    (confirmed,) = mail.outbox
    assert CYRILLIC_LETTER.search(confirmed.subject)


def test_newsletter_from_the_cyrillic_page_in_cyrillic(
    client, site, django_capture_on_commit_callbacks
):
    page = client.get("/sr-cyrl/newsletter/")
    options = {
        o["value"]: o.get_text(strip=True)
        for o in soup(page).select('select[name="language"] option')
    }
    if options:
        assert options["sr-cyrl"] == "Српски (ћирилица)"
        assert options["sr-latn"] == "Српски (латиница)"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/sr-cyrl/newsletter/",
            {"email": "mila@example.org", "language": "sr-cyrl", "consent": "on", "website": ""},
        )
    assert response.status_code in (200, 302)
    from bbg_site.models import Subscriber

    assert Subscriber.objects.get().language == "sr-cyrl"
    (message,) = mail.outbox
    assert CYRILLIC_LETTER.search(message.subject)
    leftover = ALLOWED_LATIN.sub(" ", message.body)
    assert [w for w in leftover.split() if LATIN.search(w)] == []
    assert "http://testserver/sr-cyrl/newsletter/confirm/" in message.body
