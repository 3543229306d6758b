import json

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from publications.models import PublicationIndexPage, RelatedReport, ReportPage, ReportType
from tests.admin_forms import formset, report_form
from tests.helpers import soup, url_in

pytestmark = pytest.mark.django_db
SUFFIX = {"en": "en", "sq": "sq", "sr-latn": "sr_latn"}


def test_page_tree_rules(site, catalogue):
    library = catalogue["library"]
    assert not PublicationIndexPage.can_create_at(site.home)  # one only
    assert ReportPage.can_create_at(library)
    assert not ReportPage.can_create_at(site.home)
    assert ReportPage.allowed_subpage_models() == []
    assert not ReportPage.can_create_at(Page.get_first_root_node())


@pytest.mark.parametrize("lang", ["en", "sq", "sr-latn"])
def test_report_renders_in_each_language_with_every_pdf(client, catalogue, lang):
    report = catalogue["reports"]["mitrovica"]
    response = client.get(url_in(report, lang))
    assert response.status_code == 200
    html = soup(response)
    suffix = SUFFIX[lang]
    assert html.h1.get_text(strip=True) == getattr(report, f"title_{suffix}")
    assert html.select_one(".report__subtitle").get_text(strip=True) == getattr(
        report, f"subtitle_{suffix}"
    )
    summary = BeautifulSoup(getattr(report, f"summary_{suffix}"), "html.parser").get_text()
    assert summary in html.select_one(".report__summary").get_text()
    downloads = html.select(".download-list a")
    assert [a["hreflang"] for a in downloads] == ["en", "sq", "sr-latn"]
    with translation.override(lang):
        report_type = gettext("Report") if lang == "en" else None
    # The buttons name every language: nothing repeats them without links.
    assert html.select_one(".availability") is None
    for link, code in zip(downloads, ["en", "sq", "sr-latn"], strict=True):
        pdf = client.get(link["href"])
        assert pdf.status_code == 200
        slug = getattr(report, f"slug_{SUFFIX[code]}") or report.slug
        short = code.split("-")[0]
        assert pdf["Content-Disposition"] == f'inline; filename="BPRG-2025-11-{slug}-{short}.pdf"'
        assert pdf["X-Content-Type-Options"] == "nosniff"
        assert b"".join(pdf.streaming_content if pdf.streaming else [pdf.content]).startswith(
            b"%PDF"
        )
    if report_type:
        assert report_type in html.select_one(".card__kicker").get_text()
    assert "2025/07" in html.select_one(".card__kicker").get_text()


def test_download_button_names_the_language_and_size(client, catalogue):
    report = catalogue["reports"]["mitrovica"]
    html = soup(client.get(url_in(report, "sq")))
    labels = [a.get_text(" ", strip=True) for a in html.select(".download-list a")]
    assert labels[0].startswith("PDF në anglisht")
    assert labels[1].startswith("PDF në shqip")
    assert labels[2].startswith("PDF në serbisht")
    assert "KB" in labels[1] or "bajt" in labels[1].lower()


def test_a_reader_without_a_pdf_in_their_language_is_told_which_exist(client, catalogue):
    report = catalogue["reports"]["courts"]  # English and Serbian only
    html = soup(client.get(url_in(report, "sq")))
    assert html.select_one(".availability").get_text(strip=True) == ("Ende nuk ka PDF në shqip.")
    labels = [a.get_text(" ", strip=True) for a in html.select(".download-list a")]
    assert [label.split(" (")[0] for label in labels] == ["PDF në anglisht", "PDF në serbisht"]


def test_a_pdf_in_a_language_the_report_lacks_is_not_found(client, catalogue):
    report = catalogue["reports"]["courts"]  # English and Serbian only
    for language in ("sq", "de", "sr-latn-x"):
        assert client.get(url_in(report, "en") + f"pdf/{language}/").status_code == 404
    served = client.get(url_in(report, "sq") + "pdf/sr-latn/")
    assert served.status_code == 200
    assert served["Content-Disposition"].endswith(f'-{report.slug_sr_latn or report.slug}-sr.pdf"')


def test_english_only_report_shows_the_translation_notice(client, catalogue):
    report = catalogue["reports"]["eu"]
    html = soup(client.get(url_in(report, "sr-latn")))
    assert html.h1.get_text(strip=True) == "Visa liberalisation one year on"
    assert html.select(".notice--translation")


def test_authors_link_to_profiles_and_guests_show_affiliation(client, catalogue):
    html = soup(client.get(url_in(catalogue["reports"]["mitrovica"], "sq")))
    links = [(a.get_text(strip=True), a["href"]) for a in html.select(".report__authors a")]
    assert links == [
        ("Arber Krasniqi", url_in(catalogue["people"]["arber"], "sq")),
        ("Milica Jovanovic", url_in(catalogue["people"]["milica"], "sq")),
    ]
    guest = soup(client.get(url_in(catalogue["reports"]["association"], "en")))
    authors_line = " ".join(guest.select_one(".report__authors").get_text(" ", strip=True).split())
    assert authors_line == "By Jane Doe (University of Oxford)"
    assert not guest.select(".report__authors a")


def test_topics_link_to_the_filtered_library(client, catalogue):
    html = soup(client.get(url_in(catalogue["reports"]["courts"], "sq")))
    links = {a.get_text(strip=True): a["href"] for a in html.select("#topics-heading ~ ul a")}
    library = url_in(catalogue["library"], "sq")
    assert links == {
        "Sundimi i ligjit": f"{library}?topic=rule-of-law",
        "Veriu i Kosovës": f"{library}?topic=northern-kosovo",
    }
    assert client.get(links["Sundimi i ligjit"]).status_code == 200


def test_related_reports_share_topics_newest_first_unless_editors_choose(client, catalogue):
    reports = catalogue["reports"]
    mitrovica = reports["mitrovica"]
    assert [r.pk for r in mitrovica.related_reports()] == [
        reports["courts"].pk,
        reports["association"].pk,
        reports["elections"].pk,
    ]
    mitrovica.related_links = [RelatedReport(report=reports["eu"])]
    mitrovica.save_revision().publish()
    mitrovica = ReportPage.objects.get(pk=mitrovica.pk)
    assert [r.pk for r in mitrovica.related_reports()] == [reports["eu"].pk]
    html = soup(client.get(url_in(mitrovica, "en")))
    assert [a.get_text(strip=True) for a in html.select(".related .card__title a")] == [
        "Visa liberalisation one year on"
    ]


def test_profile_lists_exactly_that_persons_reports(client, catalogue):
    html = soup(client.get(url_in(catalogue["people"]["milica"], "sq")))
    titles = [
        a.get_text(strip=True) for a in html.select("#publications-heading ~ * .card__title a")
    ]
    assert titles == ["The Mitrovica bridge (sq)", "Courts in the north (sq)"]


def test_project_lists_its_reports(client, catalogue):
    html = soup(client.get(url_in(catalogue["projects"]["elevate"], "en")))
    titles = [
        a.get_text(strip=True) for a in html.select("#publications-heading ~ * .card__title a")
    ]
    assert titles == ["The Mitrovica bridge", "The Association of Serb-majority municipalities"]


@pytest.mark.parametrize("lang", ["en", "sq", "sr-latn"])
def test_scholar_tags(client, catalogue, lang):
    report = catalogue["reports"]["mitrovica"]
    html = soup(client.get(url_in(report, lang)))

    def meta(name):
        return [m["content"] for m in html.find_all("meta", attrs={"name": name})]

    suffix = SUFFIX[lang]
    assert meta("citation_title") == [
        f"{getattr(report, f'title_{suffix}')}: {getattr(report, f'subtitle_{suffix}')}"
    ]
    assert meta("citation_author") == ["Arber Krasniqi", "Milica Jovanovic"]
    assert meta("citation_publication_date") == ["2025/11/03"]
    assert meta("citation_language") == [{"en": "en", "sq": "sq", "sr-latn": "sr"}[lang]]
    assert meta("citation_technical_report_institution") == [
        getattr(catalogue_site_settings(), f"organisation_name_{suffix}")
    ]
    assert meta("citation_technical_report_number") == ["2025/07"]
    pdf_url = meta("citation_pdf_url")[0]
    assert pdf_url.startswith("http://testserver/documents/")
    assert pdf_url == "http://testserver" + report.pdf_for(lang).document.url


def catalogue_site_settings():
    from bbg_site.models import SiteSettings

    return SiteSettings.objects.get()


def test_json_ld_and_open_graph(client, catalogue):
    report = catalogue["reports"]["mitrovica"]
    html = soup(client.get(url_in(report, "sq")))
    data = json.loads(html.find("script", type="application/ld+json").string)
    assert data["@type"] == "Report"
    assert data["name"] == "The Mitrovica bridge (sq)"
    assert data["datePublished"] == "2025-11-03"
    assert [a["name"] for a in data["author"]] == ["Arber Krasniqi", "Milica Jovanovic"]
    assert data["inLanguage"] == "sq"
    og = {m["property"]: m["content"] for m in html.find_all("meta", property=True)}
    assert og["og:type"] == "article"
    assert og["og:title"] == "The Mitrovica bridge (sq)"
    assert og["og:url"] == "http://testserver" + url_in(report, "sq")
    assert og["og:locale"] == "sq_AL"


def test_bibtex_download(client, catalogue):
    report = catalogue["reports"]["mitrovica"]
    response = client.get(url_in(report, "en") + "cite/bibtex/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/x-bibtex")
    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert response["Content-Disposition"].endswith('.bib"')
    text = response.content.decode()
    assert text.startswith("@techreport{")
    assert (
        "Krasniqi, Arber and Jovanovic, Milica" in text
        or "Arber Krasniqi and Milica Jovanovic" in text
    )
    assert "The Mitrovica bridge: Reopening to traffic" in text
    assert "2025" in text
    assert "Balkans Policy Research Group" in text
    assert "2025/07" in text


def test_ris_download(client, catalogue):
    report = catalogue["reports"]["mitrovica"]
    response = client.get(url_in(report, "sq") + "cite/ris/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/x-research-info-systems")
    lines = response.content.decode().split("\r\n")
    assert lines[0] == "TY  - RPRT"
    assert "AU  - Krasniqi, Arber" in lines
    assert "AU  - Jovanovic, Milica" in lines
    assert "TI  - The Mitrovica bridge (sq): Rihapja për trafik" in lines
    assert "PY  - 2025" in lines
    assert "LA  - sq" in lines
    assert any(line.startswith("UR  - http://testserver/sq/publikimet/") for line in lines)
    assert "ER  - " in lines


def test_cite_box_shows_apa_and_chicago(client, catalogue):
    html = soup(client.get(url_in(catalogue["reports"]["mitrovica"], "en")))
    cite = html.select_one(".cite")
    text = cite.get_text(" ", strip=True)
    assert "Krasniqi, A., & Jovanovic, M. (2025)." in text
    assert "Krasniqi, Arber, and Milica Jovanovic." in text
    hrefs = [a["href"] for a in cite.select("a")]
    report_url = url_in(catalogue["reports"]["mitrovica"], "en")
    assert hrefs == [report_url + "cite/bibtex/", report_url + "cite/ris/"]


@pytest.mark.parametrize(
    ("lang", "apa_number", "chicago_tail"),
    [
        (
            "en",
            "(Report No. 2025/07).",
            "Prishtina: Balkans Policy Research Group, November 3, 2025.",
        ),
        ("sq", "(Raport nr. 2025/07).", "Prishtina: Balkans Policy Research Group, 3 nëntor 2025."),
        (
            "sr-latn",
            "(Izveštaj br. 2025/07).",
            "Prishtina: Balkans Policy Research Group, 3. novembar 2025.",
        ),
    ],
)
def test_cite_box_writes_dates_and_numbers_in_the_page_language(
    client, catalogue, lang, apa_number, chicago_tail
):
    from publications.models import ReportType

    kind = ReportType.objects.get(slug="report")
    kind.name_sq, kind.name_sr_latn = "Raport", "Izveštaj"
    kind.save()
    cite = soup(client.get(url_in(catalogue["reports"]["mitrovica"], lang))).select_one(".cite")
    apa_text, chicago_text = (dd.get_text(" ", strip=True) for dd in cite.select("dd"))
    assert apa_number in apa_text
    assert chicago_tail in chicago_text
    # The comma closes the inverted first name (Chicago), in every language.
    conjunction = {"en": ", and Milica", "sq": ", dhe Milica", "sr-latn": ", i Milica"}[lang]
    assert f"Krasniqi, Arber{conjunction} Jovanovic." in chicago_text
    if lang != "en":
        assert "No." not in cite.get_text() and "November" not in cite.get_text()


def test_admin_refuses_two_pdfs_in_one_language(admin_client, catalogue):
    from tests.factories import make_pdf_document

    library = catalogue["library"]
    url = reverse("wagtailadmin_pages:add", args=["publications", "reportpage", library.id])
    first, second = make_pdf_document("one"), make_pdf_document("two")
    data = nested_form_data(
        {
            "title_en": "Duplicate PDFs",
            "slug_en": "duplicate-pdfs",
            "report_type": ReportType.objects.get(slug="report").pk,
            "publication_date": "2025-01-01",
            "summary_en": rich_text("<p>Summary.</p>"),
            "body_en": streamfield([]),
            "body_sq": streamfield([]),
            "body_sr_latn": streamfield([]),
            "authors": {
                "TOTAL_FORMS": 0,
                "INITIAL_FORMS": 0,
                "MIN_NUM_FORMS": 0,
                "MAX_NUM_FORMS": 1000,
            },
            "related_links": {
                "TOTAL_FORMS": 0,
                "INITIAL_FORMS": 0,
                "MIN_NUM_FORMS": 0,
                "MAX_NUM_FORMS": 1000,
            },
            "downloads": {
                "TOTAL_FORMS": 2,
                "INITIAL_FORMS": 0,
                "MIN_NUM_FORMS": 0,
                "MAX_NUM_FORMS": 1000,
                "0": {"language": "sq", "document": first.pk, "ORDER": 1},
                "1": {"language": "sq", "document": second.pk, "ORDER": 2},
            },
            "action-publish": "publish",
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 200  # the form comes back with the error
    assert "one PDF per language" in response.content.decode()
    assert not ReportPage.objects.filter(slug_en="duplicate-pdfs").exists()


@pytest.mark.parametrize(
    ("mode", "title"),
    [("sq", "The Mitrovica bridge (sq)"), ("sr-latn", "The Mitrovica bridge (sr)")],
)
def test_report_preview_in_each_language(catalogue, mode, title):
    response = catalogue["reports"]["mitrovica"].make_preview_request(preview_mode=mode)
    html = soup(response)
    assert html.h1.get_text(strip=True) == title
    assert html.html["lang"] == {"sq": "sq", "sr-latn": "sr-Latn"}[mode]


@pytest.mark.parametrize("lang", ["en", "sq", "sr-latn"])
def test_home_page_shows_the_latest_publications_and_news(client, site, catalogue, newsroom, lang):
    html = soup(client.get(url_in(site.home, lang)))
    suffix = SUFFIX[lang]
    reports = catalogue["reports"]
    latest = [
        a.get_text(strip=True) for a in html.select("#latest-publications ~ ol .card__title a")
    ]
    assert latest == [
        getattr(reports[k], f"title_{suffix}") or reports[k].title_en  # English fallback
        for k in ("mitrovica", "courts", "eu")
    ]
    news = [a.get_text(strip=True) for a in html.select("#latest-news ~ ol .card__title a")]
    assert len(news) == 3
    more = html.select_one("#latest-publications ~ p a")
    assert more["href"] == url_in(catalogue["library"], lang)


def test_officer_creates_a_report_in_three_languages_with_a_pdf_each(admin_client, catalogue):
    from tests.factories import make_pdf_document

    library = catalogue["library"]
    url = reverse("wagtailadmin_pages:add", args=["publications", "reportpage", library.id])
    form = admin_client.get(url)
    assert form.status_code == 200
    page_html = form.content.decode()
    for name in ("title_sq", "title_sr_latn", "subtitle_sq", "summary_sr_latn"):
        assert f'name="{name}"' in page_html
    pdfs = {code: make_pdf_document(f"Dialogue brief ({code})") for code in ("en", "sq", "sr-latn")}
    milica = catalogue["people"]["milica"]
    data = report_form(
        report_type=ReportType.objects.get(slug="policy-brief").pk,
        topics=[catalogue["topics"]["dialogue"].pk],
        authors=formset({"person": milica.pk, "name": "", "affiliation_en": "", "ORDER": 1}),
        downloads=formset(
            {"language": "en", "document": pdfs["en"].pk, "ORDER": 1},
            {"language": "sq", "document": pdfs["sq"].pk, "ORDER": 2},
            {"language": "sr-latn", "document": pdfs["sr-latn"].pk, "ORDER": 3},
        ),
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    report = ReportPage.objects.get(slug_en="dialogue-brief")
    assert report.live
    assert report.pdf_languages() == ["en", "sq", "sr-latn"]
    admin_client.logout()
    for lang, title in [
        ("en", "Dialogue brief"),
        ("sq", "Përmbledhje për dialogun"),
        ("sr-latn", "Kratka analiza o dijalogu"),
    ]:
        listing = soup(admin_client.get(url_in(library, lang)))
        assert listing.select_one("#library-results .card__title a").get_text(strip=True) == title
        page = soup(admin_client.get(url_in(report, lang)))
        assert page.h1.get_text(strip=True) == title
        assert len(page.select(".download-list a")) == 3


@pytest.mark.parametrize(
    "viewset", ["bbg_site/topic", "projects/partner", "publications/reporttype"]
)
def test_snippets_are_edited_in_three_languages(admin_client, viewset):
    response = admin_client.get(f"/admin/snippets/{viewset}/add/")
    assert response.status_code == 200
    html = response.content.decode()
    for suffix in ("en", "sq", "sr_latn"):
        assert f'name="name_{suffix}"' in html
