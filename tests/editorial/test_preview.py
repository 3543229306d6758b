"""Preview shows each language of a report, unsaved edits included."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.test.utils.form_data import rich_text

from publications.models import ReportType
from tests.admin_forms import formset, report_form

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("mode", "html_lang", "title", "summary", "heading"),
    [
        ("en", "en", "Visa liberalisation: draft", "Draft findings.", "Executive summary"),
        ("sq", "sq", "Liberalizimi i vizave", "Gjetjet e draftit.", "Përmbledhje ekzekutive"),
        ("sr-latn", "sr-Latn", "Liberalizacija viza", "Nalazi nacrta.", "Rezime"),
    ],
)
def test_report_preview_in_each_language_before_saving(
    client, communications_user, catalogue, mode, html_lang, title, summary, heading
):
    client.force_login(communications_user)
    report = catalogue["reports"]["eu"]  # English only so far
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[report.pk])
    data = report_form(
        title_en="Visa liberalisation: draft",
        title_sq="Liberalizimi i vizave",
        title_sr_latn="Liberalizacija viza",
        slug_en="eu-visa",
        slug_sq="",
        slug_sr_latn="",
        report_type=ReportType.objects.get(slug="commentary").pk,
        publication_date="2024-12-15",
        summary_en=rich_text("<p>Draft findings.</p>"),
        summary_sq=rich_text("<p>Gjetjet e draftit.</p>"),
        summary_sr_latn=rich_text("<p>Nalazi nacrta.</p>"),
    )
    del data["action-publish"]
    assert client.post(preview_url, data).json()["is_valid"] is True
    response = client.get(preview_url, {"mode": mode})
    assert response.status_code == 200
    html = BeautifulSoup(response.content.decode(), "html.parser")
    assert html.html["lang"] == html_lang
    assert html.h1.get_text(strip=True) == title
    text = html.get_text(" ", strip=True)
    assert summary in text
    assert heading in text
    # Nothing was saved by previewing.
    report.refresh_from_db()
    assert report.title_sq in (None, "")


def test_preview_offers_every_reader_language_in_the_editor(client, communications_user, catalogue):
    client.force_login(communications_user)
    report = catalogue["reports"]["mitrovica"]
    html = client.get(reverse("wagtailadmin_pages:edit", args=[report.pk])).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    modes = [option["value"] for option in soup.select("[data-w-preview-target='mode'] option")]
    assert modes == ["en", "sq", "sr-latn", "sr-cyrl"]


@pytest.mark.parametrize(
    ("mode", "summary"),
    [("en", "Three recommendations."), ("sq", "Tri rekomandime."), ("sr-latn", "Tri preporuke.")],
)
def test_preview_of_a_new_report_shows_the_authors_typed_in_the_form(
    client, communications_user, catalogue, mode, summary
):
    """A report that was never saved previews (no 500), in each language,
    with the author typed in the form rather than anything in the database."""
    client.force_login(communications_user)
    library = catalogue["library"]
    preview_url = reverse(
        "wagtailadmin_pages:preview_on_add",
        args=["publications", "reportpage", library.pk],
    )
    data = report_form(
        authors=formset(
            {"person": "", "name": "Ilir Deda", "affiliation_en": "Independent", "ORDER": 1}
        )
    )
    del data["action-publish"]
    assert client.post(preview_url, data).json()["is_valid"] is True
    response = client.get(preview_url, {"mode": mode})
    assert response.status_code == 200
    text = BeautifulSoup(response.content.decode(), "html.parser").get_text(" ", strip=True)
    assert summary in text
    assert "Ilir Deda" in text
