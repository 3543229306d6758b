"""The real WordPress 6.1 export of BPRG's sample site, imported as a
communications officer would check it."""

import datetime

import pytest
from django.core.management import CommandError
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page

from bbg_site.models import SearchDocument, StandardPage, Topic
from publications.models import NewsPage, ReportPage
from tests.helpers import url_in
from wordpress_import.models import ImportedPage, ImportRun

from .conftest import SAMPLE, UPLOADS, run_import

pytestmark = pytest.mark.django_db


def imported_page(post_id):
    return ImportedPage.objects.get(posts__post_id=post_id).page.specific


def report(title_start):
    return ReportPage.objects.get(title_en__startswith=title_start)


def test_counts_types_and_the_printed_report(site, imported):
    assert ReportPage.objects.count() == 3
    assert NewsPage.objects.count() == 1
    assert ImportedPage.objects.filter(page_type="page").count() == 2  # About us, Privacy Policy
    assert "Pages created: 6" in imported
    assert "Triplets and pairs merged: 4" in imported
    assert "post 1 (Hello world!)" in imported and "post 2 (Sample Page)" in imported
    assert "Posts left unmatched: 0" in imported
    assert "Files missing: 0" in imported
    brief = report("Freedom of movement")
    assert brief.report_type.slug == "policy-brief"
    assert report("Decentralisation").report_type.slug == "report"
    assert NewsPage.objects.get().category == "announcement"


def test_each_language_has_its_own_text(site, imported):
    decentralisation = report("Decentralisation")
    assert decentralisation.title_sq.startswith("Decentralizimi në praktikë")
    assert decentralisation.title_sr_latn.startswith("Decentralizacija u praksi")
    assert "Gračanica" in decentralisation.summary_en  # the excerpt
    assert "Graçanicë" in decentralisation.summary_sq
    assert "Gračanici" in decentralisation.summary_sr_latn
    assert "Recommendations follow" in str(decentralisation.body_en)
    assert "Shërbimet komunale" in str(decentralisation.body_sq)
    # The "[ENG]" marker is gone from titles and slugs.
    assert decentralisation.slug_en == (
        "decentralisation-in-practice-serb-majority-municipalities-ten-years-on"
    )
    news = NewsPage.objects.get()
    assert news.title_en == "Balkans Group welcomes two new research fellows"
    assert news.title_sq.startswith("Grupi Ballkanik")
    assert not news.title_sr_latn  # a pair: Serbian readers get the English fallback
    with_translation = news.missing_translation("sr-latn")
    assert with_translation is True
    # No excerpt: the first paragraph is the summary, and not repeated in the body.
    assert news.summary_en.startswith("Two researchers")
    assert "Two researchers" not in str(news.body_en)


def test_cyrillic_serbian_is_transliterated_titles_and_slugs_included(site, imported):
    energy = report("Kosovo's energy sector")
    assert energy.title_sr_latn == "Energetski sektor Kosova i sever: plaćanje struje"
    assert energy.slug_sr_latn == "energetski-sektor-kosova-i-sever-placanje-struje"
    assert "većina potrošača u četiri severne opštine" in str(energy.body_sr_latn)
    assert "Ко плаћа" not in energy.summary_sr_latn
    assert "Ko plaća, ko ne plaća" in energy.summary_sr_latn


def test_pdfs_per_language_cover_authors_topics_dates(site, imported):
    decentralisation = report("Decentralisation")
    downloads = {d.language: d.document for d in decentralisation.downloads.all()}
    assert set(downloads) == {"en", "sq", "sr-latn"}
    assert "item0-alb" in downloads["sq"].file.name
    assert downloads["sq"].file.read(5) == b"%PDF-"
    assert decentralisation.cover_image.title == "item0"
    assert [a.display_name for a in decentralisation.authors.all()] == ["Lirie"]
    assert {t.slug for t in decentralisation.topics.all()} == {"decentralisation", "municipalities"}
    assert decentralisation.publication_date == datetime.date(2023, 3, 14)  # the English post's
    assert decentralisation.first_published_at.date() == datetime.date(2023, 3, 14)
    assert report("Freedom").pdf_languages() == ["en"]
    assert NewsPage.objects.get().image.title == "item2"
    assert NewsPage.objects.get().date == datetime.date(2024, 5, 20)
    # Every file once: three PDFs per triplet plus one, two pictures.
    assert Document.objects.count() == 7
    assert Image.objects.count() == 2
    assert Topic.objects.filter(slug="energy").count() == 1


def test_pages_and_drafts(site, imported):
    about = imported_page(32)
    assert about.title_en == "About us" and about.title_sr_latn == "O nama"
    assert about.get_parent().pk == site.home.pk
    assert about.live
    privacy = StandardPage.objects.get(title_en="Privacy Policy")
    assert not privacy.live  # a WordPress draft
    assert privacy.latest_revision is not None


def test_old_addresses_redirect_to_the_page_in_the_posts_language(site, imported, client):
    energy = report("Kosovo's energy sector")
    for path, language in (
        ("/2022/11/eng-kosovos-energy-sector-and-the-north-paying-for-electricity", "en"),
        (
            "/2022/11/alb-sektori-i-energjise-ne-kosove-dhe-veriu-pagesa-per-energjine-elektrike",
            "sq",
        ),
        (
            "/2022/11/srb-%d0%95%d0%bd%d0%b5%d1%80%d0%b3%d0%b5%d1%82%d1%81%d0%ba%d0%b8-%d1%81%d0%b5"
            "%d0%ba%d1%82%d0%be%d1%80-%d0%9a%d0%be%d1%81%d0%be%d0%b2%d0%b0-%d0%b8-%d1%81%d0%b5%d0%b2"
            "%d0%b5%d1%80-%d0%bf%d0%bb%d0%b0",
            "sr-latn",
        ),
        ("/?p=17", "sq"),
        ("/?p=20", "sr-latn"),
    ):
        response = client.get(path)
        assert response.status_code == 301, path
        assert response["Location"] == url_in(energy, language), path
        assert client.get(response["Location"]).status_code == 200
    pdf = report("Decentralisation").pdf_for("sr-latn").document
    response = client.get("/wp-content/uploads/2023/03/item0-srb.pdf")
    assert response.status_code == 301 and response["Location"] == pdf.url
    response = client.get("/wp-content/uploads/2023/03/item0-300x200.jpg")
    assert response.status_code == 301
    assert response["Location"] == report("Decentralisation").cover_image.file.url
    about = imported_page(32)
    assert client.get("/?page_id=33")["Location"] == url_in(about, "sr-latn")


def test_search_index_and_sitemap_include_the_imported_pages(site, imported, client):
    energy = report("Kosovo's energy sector")
    assert SearchDocument.objects.filter(page=energy, language="sr-latn").exists()
    response = client.get("/search/?q=placanje+struje", HTTP_ACCEPT_LANGUAGE="sr-latn")
    sitemap = client.get("/sitemap.xml").content.decode()
    assert url_in(energy, "sr-latn") in sitemap
    assert response.status_code in (200, 302)


def test_a_second_run_changes_nothing(site, imported):
    counts = (Page.objects.count(), Document.objects.count(), Image.objects.count())
    redirects = set(Redirect.objects.values_list("old_path", "redirect_link"))
    revisions = {p.pk: p.latest_revision_id for p in Page.objects.all()}
    out, _err = run_import(SAMPLE, "--uploads", UPLOADS)
    assert "Pages created: 0" in out and "Pages updated: 0" in out
    assert "Pages unchanged: 6" in out
    assert "Redirects made or updated: 0" in out
    assert (Page.objects.count(), Document.objects.count(), Image.objects.count()) == counts
    assert set(Redirect.objects.values_list("old_path", "redirect_link")) == redirects
    assert {p.pk: p.latest_revision_id for p in Page.objects.all()} == revisions
    assert ImportRun.objects.count() == 2


def test_changes_in_wordpress_update_but_never_overwrite_an_editors_work(site, imported, tmp_path):
    changed = tmp_path / "changed.xml"
    text = SAMPLE.read_text(encoding="utf-8")
    changed.write_text(
        text.replace("Who pays, who does not", "Who pays, who still does not").replace(
            "Two researchers from Prishtina", "Three researchers from Prishtina"
        ),
        encoding="utf-8",
    )
    news = NewsPage.objects.get()
    news.title_sq = "Titull i redaktuar"
    news.save_revision().publish()
    out, _err = run_import(changed, "--uploads", UPLOADS)
    assert "Pages updated: 1" in out
    assert "Pages edited in Wagtail since, not overwritten (--overwrite forces): 1" in out
    assert report("Kosovo's energy sector").summary_en.startswith("<p>Who pays, who still")
    news.refresh_from_db()
    assert news.title_sq == "Titull i redaktuar"
    out, _err = run_import(changed, "--uploads", UPLOADS, "--overwrite")
    news.refresh_from_db()
    assert news.summary_en.startswith("Three researchers")
    assert news.title_sq.startswith("Grupi Ballkanik")


def test_dry_run_writes_nothing_and_prints_the_same_report(site, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    before = (
        Page.objects.count(),
        Document.objects.count(),
        Image.objects.count(),
        Redirect.objects.count(),
        Topic.objects.count(),
        ImportRun.objects.count(),
    )
    dry, _err = run_import(SAMPLE, "--uploads", UPLOADS, "--dry-run")
    after = (
        Page.objects.count(),
        Document.objects.count(),
        Image.objects.count(),
        Redirect.objects.count(),
        Topic.objects.count(),
        ImportRun.objects.count(),
    )
    assert before == after
    stored = [p for p in (tmp_path / "media").rglob("*") if p.is_file()]
    assert stored == []
    real, _err = run_import(SAMPLE, "--uploads", UPLOADS)
    assert dry.splitlines()[0] == "Dry run: nothing was changed."
    assert dry.splitlines()[1:] == real.splitlines()[1:]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("this is not XML at all", "Not a readable XML file"),
        ('<?xml version="1.0"?><html><body>hello</body></html>', "Not a WordPress export"),
        (
            '<?xml version="1.0"?><rss><channel><title>x</title></channel></rss>',
            "no wp:wxr_version",
        ),
        (None, "Not a readable XML file"),  # the sample, cut in half
        (
            '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
            "<rss><channel>&lol2;</channel></rss>",
            "Refused",
        ),
        (
            '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            "<rss><channel>&x;</channel></rss>",
            "Refused",
        ),
    ],
)
def test_bad_input_is_one_line_and_changes_nothing(site, tmp_path, content, message):
    path = tmp_path / "bad.xml"
    if content is None:
        data = SAMPLE.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    else:
        path.write_text(content, encoding="utf-8")
    pages = Page.objects.count()
    with pytest.raises(CommandError) as raised:
        run_import(path, "--uploads", UPLOADS)
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)
    assert Page.objects.count() == pages
    assert ImportRun.objects.count() == 0


def test_the_admin_report_lists_the_run(site, imported, admin_client):
    run = ImportRun.objects.get()
    assert run.summary["created_total"] == 6
    listing = admin_client.get(reverse("wordpress_import_runs"))
    assert listing.status_code == 200
    assert "bprg-sample.wxr.xml" in listing.content.decode()
    detail = admin_client.get(reverse("wordpress_import_run", args=[run.pk]))
    page = detail.content.decode()
    assert detail.status_code == 200
    assert "Hello world!" in page and "Reports" in page
    albanian = admin_client.get(
        reverse("wordpress_import_run", args=[run.pk]), HTTP_ACCEPT_LANGUAGE="sq"
    )
    assert albanian.status_code == 200
