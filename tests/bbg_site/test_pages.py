"""Core pages in three languages: rendering, switcher, alternates, fallback."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page

from bbg_site.models import ContactPage, HomePage, StandardPage
from tests.factories import make_standard_page, rich
from tests.helpers import soup, url_in

pytestmark = pytest.mark.django_db

HTML_LANG = {"en": "en", "sq": "sq", "sr-latn": "sr-Latn", "sr-cyrl": "sr-Cyrl"}
SUFFIX = {"en": "en", "sq": "sq", "sr-latn": "sr_latn"}


def test_test_database_has_the_per_language_page_columns():
    with connection.cursor() as cursor:
        columns = {
            c.name
            for c in connection.introspection.get_table_description(cursor, "wagtailcore_page")
        }
    for field in ("title", "slug", "seo_title", "search_description", "url_path"):
        for suffix in SUFFIX.values():
            assert f"{field}_{suffix}" in columns


def test_every_languages_slug_column_is_indexed_for_routing():
    """Routing finds a page among its parent's children by its slug in the
    reader's language; migrate indexes those columns, which no migration owns."""
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "wagtailcore_page")
    indexed = {tuple(c["columns"]) for c in constraints.values() if c["index"]}
    for suffix in SUFFIX.values():
        assert (f"slug_{suffix}",) in indexed


def test_page_tree_rules(site):
    root = Page.get_first_root_node()
    assert not HomePage.can_create_at(root)  # singleton: one exists already
    assert not HomePage.can_create_at(site.home)
    assert StandardPage.can_create_at(site.home)
    assert StandardPage.can_create_at(site.about)  # standard pages nest
    assert not StandardPage.can_create_at(site.contact)
    assert not ContactPage.can_create_at(site.home)  # singleton
    assert not ContactPage.can_create_at(site.about)
    assert ContactPage.allowed_subpage_models() == []


@pytest.mark.parametrize("lang", ["en", "sq", "sr-latn"])
@pytest.mark.parametrize("name", ["home", "about", "careers", "contact"])
def test_core_pages_render_their_own_text_in_each_language(client, site, lang, name):
    page = getattr(site, name)
    response = client.get(url_in(page, lang))
    assert response.status_code == 200
    html = soup(response)
    assert html.html["lang"] == HTML_LANG[lang]
    assert len(html.find_all("h1")) == 1
    text = html.get_text(" ")
    suffix = SUFFIX[lang]
    expected = getattr(page, f"hero_title_{suffix}", None) or getattr(page, f"title_{suffix}")
    assert html.h1.get_text(strip=True) == expected
    assert getattr(page, f"intro_{suffix}") in text
    if name != "contact":
        body_text = BeautifulSoup(str(getattr(page, f"body_{suffix}")), "html.parser").get_text()
        assert body_text.strip() in text
    assert not html.select(".notice--translation")


def test_root_url_paths_are_translated(site):
    assert url_in(site.careers, "en") == "/en/about/careers/"
    assert url_in(site.careers, "sq") == "/sq/rreth-nesh/karriera/"
    assert url_in(site.careers, "sr-latn") == "/sr-latn/o-nama/karijera/"


@pytest.mark.parametrize("lang", ["en", "sq", "sr-latn", "sr-cyrl"])
@pytest.mark.parametrize("name", ["home", "about", "careers", "contact"])
def test_switcher_leads_to_the_same_page_in_every_language(client, site, lang, name):
    page = getattr(site, name)
    links = soup(client.get(url_in(page, lang))).select(".language-switcher a")
    assert [a["hreflang"] for a in links] == ["en", "sq", "sr-Latn", "sr-Cyrl"]
    assert [a.get_text(strip=True) for a in links] == ["English", "Shqip", "Srpski", "Српски"]
    for link, target_lang in zip(links, ["en", "sq", "sr-latn", "sr-cyrl"], strict=True):
        assert link["href"] == url_in(page, target_lang)
        assert (link.get("aria-current") == "true") == (target_lang == lang)
        target = client.get(link["href"])
        assert target.status_code == 200
        assert soup(target).html["lang"] == HTML_LANG[target_lang]
        assert target.context["page"].id == page.id


@pytest.mark.parametrize("lang", ["en", "sq", "sr-latn", "sr-cyrl"])
def test_alternate_and_canonical_links(client, site, lang):
    html = soup(client.get(url_in(site.about, lang)))
    canonical = html.find("link", rel="canonical")["href"]
    assert canonical == f"http://testserver{url_in(site.about, lang)}"
    alternates = {link["hreflang"]: link["href"] for link in html.find_all("link", rel="alternate")}
    assert alternates == {
        "en": "http://testserver/en/about/",
        "sq": "http://testserver/sq/rreth-nesh/",
        "sr-Latn": "http://testserver/sr-latn/o-nama/",
        "sr-Cyrl": "http://testserver/sr-cyrl/o-nama/",
        "x-default": "http://testserver/en/about/",
    }


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("sq", "/sq/"),
        ("sq-AL,sq;q=0.9,en;q=0.5", "/sq/"),
        ("sr-Latn-RS,sr;q=0.9", "/sr-latn/"),
        ("sr", "/sr-latn/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("de-DE,fr;q=0.8", "/en/"),
        ("", "/en/"),
        ("%%%garbage;;;q=x", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(client, site, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize(
    ("chosen", "browser"), [("sr-latn", "sq"), ("en", "sr-Latn-RS,sr;q=0.9"), ("sq", "en-GB")]
)
def test_root_opens_the_language_the_reader_last_chose_not_the_browsers(
    client, site, chosen, browser
):
    """The switcher (static/js/site.js) keeps the reader's choice in the
    language cookie; "/" prefers it to Accept-Language."""
    from django.conf import settings

    client.cookies[settings.LANGUAGE_COOKIE_NAME] = chosen
    response = client.get("/", headers={"accept-language": browser})
    assert response["Location"] == f"/{chosen}/"
    # The switcher names the cookie the script sets, on every page.
    html = soup(client.get(f"/{chosen}/"))
    switcher = html.select_one(".language-switcher")
    assert switcher["data-language-cookie"] == settings.LANGUAGE_COOKIE_NAME == "bprg_language"
    # ...and it stays in the header bar, outside the phone menu.
    assert switcher.find_parent(id="site-nav") is None
    # A cookie naming no language of the site is ignored.
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "xx-evil"
    assert client.get("/", headers={"accept-language": browser})["Location"] != "/xx-evil/"


def test_unprefixed_page_path_redirects_into_a_language(client, site):
    response = client.get("/about/", headers={"accept-language": "en"})
    assert response.status_code == 302
    assert response["Location"] == "/en/about/"


@pytest.mark.parametrize("lang", ["sq", "sr-latn"])
def test_page_without_text_in_the_language_falls_back_to_english_with_a_notice(client, site, lang):
    page = make_standard_page(
        site.home,
        slug="annual-report-2025",
        title={"en": "Annual report 2025"},
        intro={"en": "What we did in 2025."},
        body={"en": rich("Twelve reports and forty roundtables.")},
    )
    response = client.get(url_in(page, lang))
    assert response.status_code == 200
    html = soup(response)
    assert html.h1.get_text(strip=True) == "Annual report 2025"
    assert "Twelve reports and forty roundtables." in html.get_text()
    english_notice = (
        "This page is not yet available in your language. You are reading the English version."
    )
    with translation.override(lang):
        notice = gettext(english_notice)
    assert notice != english_notice, "the notice must be translated"
    assert html.select_one(".notice--translation").get_text(strip=True) == notice
    # English readers never see it.
    assert not soup(client.get(url_in(page, "en"))).select(".notice--translation")


def test_partially_translated_page_shows_the_notice(client, site):
    """A translated title alone is not a translation: the body is still English."""
    page = make_standard_page(
        site.home,
        slug="partners",
        title={"en": "Partners", "sq": "Partnerët", "sr-latn": "Partneri"},
        intro={"en": "Who funds us."},
        body={"en": rich("Sida supports our work.")},
    )
    html = soup(client.get(url_in(page, "sq")))
    assert html.h1.get_text(strip=True) == "Partnerët"
    assert "Sida supports our work." in html.get_text()
    assert html.select(".notice--translation")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "28 November 2026"), ("sq", "28 nëntor 2026"), ("sr-latn", "28. novembar 2026.")],
)
def test_dates_use_the_readers_language_and_latin_script(client, site, lang, expected):
    published = datetime.datetime(2026, 11, 28, 10, 0, tzinfo=datetime.UTC)
    type(site.about).objects.filter(pk=site.about.pk).update(last_published_at=published)
    html = soup(client.get(url_in(site.about, lang)))
    assert html.select_one(".page-meta time").get_text(strip=True) == expected


@pytest.mark.parametrize("lang", ["en", "sq", "sr-latn"])
def test_menu_footer_and_settings_are_translated(client, site, lang):
    html = soup(client.get(url_in(site.home, lang)))
    suffix = SUFFIX[lang]
    menu = [(a.get_text(strip=True), a["href"]) for a in html.select(".main-nav a")]
    assert menu == [
        (getattr(site.about, f"title_{suffix}"), url_in(site.about, lang)),
        (getattr(site.contact, f"title_{suffix}"), url_in(site.contact, lang)),
    ]
    footer = html.select_one("footer").get_text(" ", strip=True)
    assert getattr(site.settings, f"address_{suffix}").split("\n")[0] in footer
    assert getattr(site.settings, f"opening_hours_{suffix}") in footer
    with translation.override(lang):
        assert gettext("Connect with us") in footer
    assert "LinkedIn" in footer
    title = html.title.get_text()
    assert getattr(site.settings, f"organisation_name_{suffix}") in title


def test_menu_label_overrides_the_title_only_in_its_language(client, site):
    item = site.settings.menu_items.get(link_page=site.about)
    item.label_en = "Who we are"
    item.save()
    assert "Who we are" in [
        a.get_text(strip=True) for a in soup(client.get("/en/")).select(".main-nav a")
    ]
    assert "Rreth nesh" in [
        a.get_text(strip=True) for a in soup(client.get("/sq/")).select(".main-nav a")
    ]


@pytest.mark.parametrize("lang", ["en", "sq", "sr-latn"])
def test_contact_page_shows_the_organisation_details(client, site, lang):
    html = soup(client.get(url_in(site.contact, lang)))
    main = html.select_one("main").get_text(" ", strip=True)
    assert getattr(site.settings, f"opening_hours_{SUFFIX[lang]}") in main
    assert "info [at] balkansgroup [dot] org" in main  # put together by site.js
    assert "info@balkansgroup.org" not in str(html)
    assert "+383 38 000 000" in main
    assert html.select_one('main a[href="https://www.openstreetmap.org/"]')


def test_skip_link_targets_main(client, site):
    html = soup(client.get("/en/"))
    skip = html.select_one("a.skip-link")
    assert skip["href"] == "#main-content"
    assert html.select_one("main#main-content")


def test_body_blocks_render_headings_quotes_tables_and_images_with_alt_text(client, site):
    from demo.pictures import ensure_demo_image

    image = ensure_demo_image("Test picture", seed=3, size=(320, 180))
    body = [
        ("heading", {"text": "Findings", "level": "h2"}),
        ("quote", {"quote": "Dialogue works.", "attribution": "A Mitrovica mayor"}),
        (
            "table",
            {
                "caption": "Municipalities",
                "table": {
                    "data": [["Municipality", "Seats"], ["North Mitrovica", "19"]],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                },
            },
        ),
        ("image", {"image": image, "alt_text": "Ibar bridge at dusk", "caption": "The bridge"}),
    ]
    page = make_standard_page(
        site.home,
        slug="findings",
        title={"en": "Findings", "sq": "Gjetjet", "sr-latn": "Nalazi"},
        body={"en": body, "sq": body, "sr-latn": body},
    )
    html = soup(client.get(url_in(page, "sq")))
    main = html.select_one("main")
    assert main.select_one("h2").get_text(strip=True) == "Findings"
    assert main.select_one("blockquote").get_text(strip=True) == "Dialogue works."
    assert [th.get_text(strip=True) for th in main.select("table th")] == ["Municipality", "Seats"]
    assert [td.get_text(strip=True) for td in main.select("table td")] == ["North Mitrovica", "19"]
    img = main.select_one("figure.block-image img")
    assert img["alt"] == "Ibar bridge at dusk"
    assert img["width"] and img["height"]
    assert main.select_one(".block-table figcaption").get_text(strip=True) == "Municipalities"


@pytest.mark.parametrize("lang", ["en", "sq", "sr-latn"])
def test_meta_description_falls_back_to_the_intro_in_the_readers_language(client, site, lang):
    html = soup(client.get(url_in(site.about, lang)))
    assert html.find("meta", attrs={"name": "description"})["content"] == getattr(
        site.about, f"intro_{SUFFIX[lang]}"
    )
    # An English search description does not replace the Albanian summary…
    site.about.search_description_en = "BPRG: who we are."
    site.about.save_revision().publish()
    html = soup(client.get(url_in(site.about, "sq")))
    assert html.find("meta", attrs={"name": "description"})["content"] == "Kush jemi ne."
    # …but an Albanian one does.
    site.about.search_description_sq = "Grupi Ballkanik: kush jemi."
    site.about.save_revision().publish()
    html = soup(client.get(url_in(site.about, "sq")))
    assert (
        html.find("meta", attrs={"name": "description"})["content"] == "Grupi Ballkanik: kush jemi."
    )
    html = soup(client.get(url_in(site.about, "en")))
    assert html.find("meta", attrs={"name": "description"})["content"] == "BPRG: who we are."


@pytest.mark.parametrize(
    ("path", "accept_language", "expected"),
    [
        ("/sq/about/careers/", "", "/sq/rreth-nesh/karriera/"),
        ("/sr-latn/about/", "", "/sr-latn/o-nama/"),
        ("/sr-latn/contact/?ref=mail", "", "/sr-latn/kontakt/?ref=mail"),
    ],
)
def test_english_slugs_under_another_language_redirect_to_the_translated_page(
    client, site, path, accept_language, expected
):
    response = client.get(path)
    assert response.status_code == 301
    assert response["Location"] == expected


def test_an_unprefixed_english_link_reaches_an_albanian_reader(client, site):
    response = client.get("/about/careers/", headers={"accept-language": "sq"}, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == "/sq/rreth-nesh/karriera/"
    assert soup(response).h1.get_text(strip=True) == "Karriera"


def test_unknown_pages_stay_404_in_every_language(client, site):
    assert client.get("/sq/no-such-page/").status_code == 404
    assert client.get("/sq/about/no-such-child/").status_code == 404
