"""WCAG 3.1.2, language of parts: text shown in a language other than the
page's (the English fallback of an untranslated field) carries its ``lang``,
field by field, wherever it shows: detail pages, cards, sidebars, breadcrumbs,
alt text and citations. Text in the reader's language carries none."""

import datetime

import pytest
from django.utils import translation

from bbg_site.i18n import shown_language
from tests.factories import make_event, make_event_index, make_report
from tests.helpers import soup, url_in

pytestmark = pytest.mark.django_db

OTHER_LANGS = ["sq", "sr-latn"]
LANGS = ["en", *OTHER_LANGS]
PAGE_LANG = {"en": "en", "sq": "sq", "sr-latn": "sr-Latn"}


def lang_of(element) -> str:
    """The language a screen reader uses for ``element``: its own ``lang``
    or its nearest ancestor's (the page's ``<html lang>`` in the end)."""
    while element is not None:
        if element.has_attr("lang"):
            return element["lang"]
        element = element.parent
    return ""


@pytest.fixture
def partly_translated(catalogue):
    """A report whose title and summary are translated but whose subtitle is
    in English only, with an English cover alt text."""
    return make_report(
        catalogue["library"],
        "partly",
        "Partly translated",
        date=datetime.date(2026, 1, 5),
        authors=[catalogue["people"]["arber"]],
        project=catalogue["projects"]["elevate"],
        subtitle={"en": "An English subtitle"},
    )


def test_shown_language_follows_modeltranslation_fallback(catalogue, partly_translated):
    eu = catalogue["reports"]["eu"]
    with translation.override("sq"):
        assert eu.title == "Visa liberalisation one year on"
        assert shown_language(eu, "title") == "en"
        assert shown_language(eu, "summary") == "en"
        assert shown_language(eu, "body") == "en"  # an empty StreamField falls back too
        assert shown_language(partly_translated, "title") == "sq"
        assert shown_language(partly_translated, "subtitle") == "en"
        assert shown_language(eu, "subtitle") == ""  # empty everywhere: nothing shown
        assert shown_language(eu, "slug_en") == ""  # not a translated field
    with translation.override("en"):
        assert shown_language(eu, "title") == "en"


@pytest.mark.parametrize("lang", OTHER_LANGS)
def test_untranslated_report_page_marks_each_english_field(client, catalogue, lang):
    eu = catalogue["reports"]["eu"]
    page = soup(client.get(url_in(eu, lang)))
    assert page.html["lang"] == PAGE_LANG[lang]
    assert lang_of(page.h1) == "en"
    assert lang_of(page.select_one(".breadcrumbs [aria-current=page]")) == "en"
    assert lang_of(page.select_one(".report__summary p")) == "en"
    assert lang_of(page.select_one(".report__main .prose p")) == "en"
    # The headings around them are the interface's, in the reader's language.
    assert lang_of(page.select_one("#summary-heading")) == PAGE_LANG[lang]
    for entry in page.select(".cite dd"):
        assert lang_of(entry.i) == "en", entry
        assert lang_of(entry) == PAGE_LANG[lang]
    # The notice about the missing translation stays in the reader's language.
    assert lang_of(page.select_one(".notice--translation p")) == PAGE_LANG[lang]


@pytest.mark.parametrize("lang", OTHER_LANGS)
def test_partly_translated_report_marks_only_the_english_fields(
    client, catalogue, partly_translated, lang
):
    page = soup(client.get(url_in(partly_translated, lang)))
    assert lang_of(page.h1) == PAGE_LANG[lang]
    assert lang_of(page.select_one(".report__subtitle")) == "en"
    assert lang_of(page.select_one(".report__summary p")) == PAGE_LANG[lang]
    # The cited title is in two languages: left as the page's.
    assert lang_of(page.select_one(".cite dd i")) == PAGE_LANG[lang]


def test_english_pages_carry_no_extra_lang(client, catalogue, partly_translated):
    for report in (catalogue["reports"]["eu"], partly_translated):
        page = soup(client.get(url_in(report, "en")))
        main = page.select_one("main")
        assert main.select("[lang]") == [], main.select("[lang]")


@pytest.mark.parametrize("lang", OTHER_LANGS)
def test_cards_mark_english_subtitles_on_home_library_profile_and_project(
    client, catalogue, partly_translated, lang
):
    pages = [
        catalogue["library"].get_parent(),  # home
        catalogue["library"],
        catalogue["people"]["arber"],
        catalogue["projects"]["elevate"],
    ]
    for listing in pages:
        page = soup(client.get(url_in(listing, lang)))
        link = page.find("a", href=url_in(partly_translated, lang))
        assert link is not None, listing
        card = link.find_parent("article")
        assert lang_of(card.select_one(".card__title a")) == PAGE_LANG[lang]
        assert lang_of(card.select_one(".card__subtitle")) == "en", listing


@pytest.mark.parametrize("lang", LANGS)
def test_event_sidebar_marks_english_related_publication_titles(client, catalogue, lang):
    from events.models import EventReport

    index = make_event_index(catalogue["library"].get_parent())
    event = make_event(
        index, "launch", "Launch", start=datetime.datetime(2026, 3, 2, 10, tzinfo=datetime.UTC)
    )
    eu, mitrovica = catalogue["reports"]["eu"], catalogue["reports"]["mitrovica"]
    EventReport.objects.create(event=event, report=eu, sort_order=0)
    EventReport.objects.create(event=event, report=mitrovica, sort_order=1)
    page = soup(client.get(url_in(event, lang)))
    aside = page.select_one("aside.report__aside")
    untranslated = aside.find("a", href=url_in(eu, lang))
    translated = aside.find("a", href=url_in(mitrovica, lang))
    assert lang_of(untranslated) == "en"
    assert untranslated.has_attr("lang") == (lang != "en")
    assert not translated.has_attr("lang")
    assert lang_of(translated) == PAGE_LANG[lang]


@pytest.mark.parametrize("lang", OTHER_LANGS)
def test_menu_footer_and_standard_pages_mark_english_fallbacks(client, site, lang):
    about, careers = site.about, site.careers
    for page in (about, careers):
        setattr(page, f"title_{lang.replace('-', '_')}", "")
        page.save()
    site.settings.footer_text_sq = site.settings.footer_text_sr_latn = ""
    site.settings.save()
    page = soup(client.get(url_in(site.contact, lang)))
    menu_about = page.select_one(f".main-nav a[href='{url_in(about, lang)}']")
    assert menu_about.text.strip() == about.title_en
    assert lang_of(menu_about) == "en"
    menu_contact = page.select_one(f".main-nav a[href='{url_in(site.contact, lang)}']")
    assert lang_of(menu_contact) == PAGE_LANG[lang]
    assert lang_of(page.select_one(".site-footer__grid p")) == "en"
    assert lang_of(page.select_one(".site-footer address")) == PAGE_LANG[lang]
    # A standard page's own title, breadcrumb and list of subpages.
    page = soup(client.get(url_in(about, lang)))
    assert lang_of(page.h1) == "en"
    assert lang_of(page.select_one(".breadcrumbs [aria-current=page]")) == "en"
    assert lang_of(page.select_one(".subpages a")) == "en"
