"""The demo publications and news: load_demo_content (demo.loader) from
demo/content/publications/ and news/."""

import datetime
import re
from collections import Counter
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from bbg_site.models import MainMenuItem, SiteSettings, Topic
from demo.pdf import _text_string as pdf_text_string
from publications.models import (
    NewsCategory,
    NewsIndexPage,
    NewsPage,
    PublicationIndexPage,
    RelatedReport,
    ReportAuthor,
    ReportDownload,
    ReportPage,
)

pytestmark = pytest.mark.django_db
SUFFIXES = ("en", "sq", "sr_latn")
ALL_PDFS = ["en", "sq", "sr-latn"]
CYRILLIC = re.compile("[\u0400-\u04ff]")
SIDA = "new-partnership-with-sida"


def text_of(obj, fields, suffix):
    values = (getattr(obj, f"{field}_{suffix}") for field in fields)
    return " ".join(str(getattr(value, "raw_data", value)) for value in values)


def block_types(page, suffix="en"):
    return [block["type"] for block in getattr(page, f"body_{suffix}").raw_data]


def reports():
    return (
        ReportPage.objects.child_of(PublicationIndexPage.objects.get())
        .live()
        .select_related("report_type")
        .prefetch_related("downloads__document", "authors__person", "topics")
    )


def fully_translated(report) -> bool:
    return all(getattr(report, f"title_{suffix}") for suffix in SUFFIXES)


def test_library_and_newsroom_with_reports_of_mixed_types_and_languages(demo):
    index = PublicationIndexPage.objects.get()
    assert (index.slug_en, index.slug_sq, index.slug_sr_latn) == (
        "publications",
        "publikimet",
        "publikacije",
    )
    assert (index.title_en, index.title_sq, index.title_sr_latn) == (
        "Publications",
        "Publikimet",
        "Publikacije",
    )
    newsroom = NewsIndexPage.objects.get()
    assert (newsroom.slug_en, newsroom.slug_sq, newsroom.slug_sr_latn) == ("news", "lajme", "vesti")
    assert (newsroom.title_en, newsroom.title_sq, newsroom.title_sr_latn) == (
        "News",
        "Lajme",
        "Vesti",
    )
    for page in (index, newsroom):
        assert page.get_parent().specific_class.__name__ == "HomePage"
        for suffix in SUFFIXES:
            assert getattr(page, f"intro_{suffix}")
        assert not CYRILLIC.search(page.intro_sr_latn)
    assert Topic.objects.count() == 5

    library = reports()
    assert library.count() >= 12
    types = Counter(report.report_type.slug for report in library)
    assert len(types) >= 3
    assert set(types) <= {"report", "policy-brief", "policy-analysis", "commentary"}
    with_all_pdfs = [r for r in library if r.pdf_languages() == ALL_PDFS]
    assert len(with_all_pdfs) >= 6
    assert all(fully_translated(report) for report in with_all_pdfs)
    english_only = [r for r in library if not fully_translated(r)]
    assert len(english_only) >= 2
    for report in english_only:
        assert report.pdf_languages() == ["en"]
        assert report.slug_en == report.slug_sq == report.slug_sr_latn
        for suffix in ("sq", "sr_latn"):
            for field in ("title", "subtitle", "summary", "cover_alt"):
                assert not getattr(report, f"{field}_{suffix}"), (report, field, suffix)
            assert not getattr(report, f"body_{suffix}")
        # Readers of Albanian and Serbian get the English text and the notice.
        assert report.missing_translation("sq") and report.missing_translation("sr-latn")
    assert any(len(r.pdf_languages()) == 2 for r in library)
    years = {report.publication_date.year for report in library}
    assert years >= {2021, 2022, 2023, 2024, 2025, 2026}
    for report in library:
        assert datetime.date(2021, 1, 1) <= report.publication_date <= datetime.date(2026, 11, 20)
        assert re.fullmatch(r"\d{4}/\d{2}", report.report_number)
        assert report.report_number.startswith(str(report.publication_date.year))
        assert report.slug_en.isascii() and report.slug_sq.isascii()
        assert report.slug_sr_latn.isascii()


def test_report_texts_authors_topics_covers_and_pdfs(demo):
    translated = [r for r in reports() if fully_translated(r)]
    assert len(translated) >= 8
    for report in translated:
        for suffix in SUFFIXES:
            for field in ("title", "subtitle", "summary", "cover_alt"):
                assert getattr(report, f"{field}_{suffix}"), (report, field, suffix)
            summary = getattr(report, f"summary_{suffix}")
            assert summary.startswith("<p>") and "<ul><li>" in summary
            assert block_types(report, suffix)[0] == "heading"
            assert "paragraph" in block_types(report, suffix)
        assert report.title_sq != report.title_en != report.title_sr_latn
        assert report.slug_sq != report.slug_en
        assert not CYRILLIC.search(
            text_of(report, ["title", "subtitle", "summary", "body", "cover_alt"], "sr_latn")
        )
    bridge = ReportPage.objects.get(slug_en="mitrovica-bridge")
    assert (bridge.slug_sq, bridge.slug_sr_latn) == ("ura-e-mitrovices", "most-u-mitrovici")
    assert "ë" in bridge.title_sq
    assert "č" in bridge.summary_sr_latn or "ć" in bridge.summary_sr_latn

    library = list(reports())
    for report in library:
        assert report.authors.exists()
        assert 1 <= report.topics.count() <= 3
        assert report.cover_image is not None
        assert (report.cover_image.width, report.cover_image.height) == (800, 1131)
        assert report.cover_image.title == f"Cover: {report.title_en}"
    # Several reports by more than one BPRG researcher, among them mixed teams.
    co_authored = [r for r in library if r.authors.filter(person__isnull=False).count() >= 2]
    assert len(co_authored) >= 5
    assert [a.person.slug_en for a in bridge.authors.all()] == ["dusan-ristic", "dren-gashi"]
    guests = ReportAuthor.objects.filter(person__isnull=True)
    assert guests.exists()
    for guest in guests:
        assert guest.name and guest.affiliation_en and guest.affiliation_sq
        assert guest.affiliation_sr_latn
    assert sum("endnotes" in block_types(report) for report in library) >= 2
    assert any(r.isbn.startswith("978-9951-") for r in library)
    assert any(r.doi.startswith("10.5281/zenodo.") for r in library)
    assert RelatedReport.objects.exists()
    projects = {r.project.slug_en for r in library if r.project}
    assert {"elevate-peace", "building-bridges-north"} <= projects

    downloads = ReportDownload.objects.select_related("document", "report")
    assert downloads.count() >= 30
    for download in downloads:
        document = download.document
        assert document.title == f"{download.report.title_en} ({download.language})"
        with document.file.open("rb") as handle:
            data = handle.read()
        assert data.startswith(b"%PDF")
        assert document.file_size > 0
        # Tagged, in the download's language, titled with the report's title there.
        lang = {"en": b"en", "sq": b"sq", "sr-latn": b"sr-Latn"}[download.language]
        assert b"/Lang (" + lang + b")" in data
        assert b"/MarkInfo << /Marked true >>" in data and b"/StructTreeRoot" in data
        with translation.override(download.language):
            title = download.report.title
        assert pdf_text_string(title) in data


def test_news_in_all_categories_and_the_sida_announcement(demo):
    newsroom = NewsIndexPage.objects.get()
    news = NewsPage.objects.child_of(newsroom).live().prefetch_related("topics")
    assert news.count() >= 12
    assert set(news.values_list("category", flat=True)) == set(NewsCategory.values)
    for item in news:
        assert 2024 <= item.date.year <= 2026
        for suffix in SUFFIXES:
            for field in ("title", "summary"):
                assert getattr(item, f"{field}_{suffix}"), (item, field, suffix)
            assert "paragraph" in block_types(item, suffix)
            if item.image:
                assert getattr(item, f"image_alt_{suffix}")
        assert item.slug_sq != item.slug_en
        assert all(slug.isascii() for slug in (item.slug_en, item.slug_sq, item.slug_sr_latn))
        assert not CYRILLIC.search(text_of(item, ["title", "summary", "body"], "sr_latn"))
    assert news.filter(image__isnull=False).count() >= 3
    assert news.filter(project__isnull=False).count() >= 3
    assert news.filter(topics__isnull=False).distinct().count() >= 6

    # The Sida partnership, from BPRG's announcement.
    sida = NewsPage.objects.get(slug_en=SIDA)
    assert sida.category == NewsCategory.ANNOUNCEMENT
    assert sida.project.slug_en == "elevate-peace"
    assert sida.title_en == (
        "New partnership with Sida: Elevate Peace, state-building agenda, "
        "and advancing the EU Agenda"
    )
    assert sida.title_sq.startswith("Partneritet i ri me Sida-n")
    assert sida.title_sr_latn.startswith("Novo partnerstvo sa Sidom")
    body = {suffix: text_of(sida, ["body"], suffix) for suffix in SUFFIXES}
    assert "foster dialogue for peace" in body["en"]
    assert "inclusive policymaking" in body["en"]
    assert "politikëbërjen gjithëpërfshirëse" in body["sq"]
    assert "inkluzivno kreiranje politika" in body["sr_latn"]
    for suffix in SUFFIXES:
        assert getattr(sida, f"summary_{suffix}")
        assert "Sid" in body[suffix]
        # The social-media post's @ and # are cleaned up into prose.
        assert "@" not in body[suffix] and "#" not in body[suffix]


MENU = ["About us", "Publications", "News", "Projects", "People", "Contact"]


def menu():
    """The English titles of the menu's pages, in order, leaving out those other
    apps add (events puts itself between News and Projects)."""
    items = SiteSettings.objects.get().menu_items.order_by("sort_order")
    titles = [item.link_page.title_en for item in items.select_related("link_page")]
    return [title for title in titles if title in MENU]


def test_menu_lists_publications_and_news_after_about_us_once(demo):
    assert menu() == MENU
    # A menu that has both (editors may have changed it since) is left alone.
    site_settings = SiteSettings.objects.get()
    site_settings.menu_items.filter(link_page__title_en="People").delete()
    call_command("load_demo_content", stdout=StringIO())
    assert menu() == ["About us", "Publications", "News", "Projects", "Contact"]


def test_loading_again_adds_nothing(demo):
    def counts():
        return {
            "pages": Page.objects.count(),
            "revisions": Revision.objects.count(),
            "documents": get_document_model().objects.count(),
            "images": get_image_model().objects.count(),
            "menu items": list(MainMenuItem.objects.values_list("link_page_id", "sort_order")),
            "authors": ReportAuthor.objects.count(),
            "downloads": ReportDownload.objects.count(),
            "related": RelatedReport.objects.count(),
            "topics": Topic.objects.count(),
        }

    first = counts()
    call_command("load_demo_content", stdout=StringIO())
    assert counts() == first
    assert menu() == MENU


def test_demo_publications_and_news_render(demo, client):
    library = client.get("/sq/publikimet/")
    assert library.status_code == 200
    assert "Ura mbi Ibër në Mitrovicë" in library.content.decode()
    news = client.get("/sr-latn/vesti/")
    assert news.status_code == 200
    assert "Novo partnerstvo sa Sidom" in news.content.decode()
    bridge = ReportPage.objects.get(slug_en="mitrovica-bridge")
    for lang, suffix in (("en", "en"), ("sq", "sq"), ("sr-latn", "sr_latn")):
        with translation.override(lang):
            url = bridge.get_url()
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert getattr(bridge, f"title_{suffix}") in html
        assert not response.context["translation_missing"]
    assert client.get("/sr-latn/publikacije/most-u-mitrovici/").status_code == 200
    english_only = client.get("/sq/publikimet/licence-plates-lessons/")
    assert english_only.status_code == 200
    assert english_only.context["translation_missing"]
    sida = client.get("/sq/lajme/partneritet-i-ri-me-sida/")
    assert sida.status_code == 200
    assert "Partneritet i ri me Sida-n" in sida.content.decode()
