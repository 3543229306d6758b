"""Which pages still lack a language: the report, the dashboard panel, the editor."""

import pytest
from django.urls import reverse

from editorial.translation_status import COMPLETE, MISSING, PARTIAL, page_status
from tests.factories import rich
from tests.helpers import soup

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/reports/translation-status/"


def states(page):
    return {code: status.state for code, status in page_status(page.specific).items()}


def test_a_fully_translated_report_with_three_pdfs_is_complete(catalogue):
    assert states(catalogue["reports"]["mitrovica"]) == dict.fromkeys(
        ["en", "sq", "sr-latn"], COMPLETE
    )


def test_a_report_without_a_pdf_in_a_language_is_partial_there(catalogue):
    status = page_status(catalogue["reports"]["courts"])  # PDFs in en and sr-latn
    assert status["sq"].state == PARTIAL
    assert [str(f) for f in status["sq"].missing_fields] == ["PDF"]
    assert status["en"].complete and status["sr-latn"].complete


def test_an_english_only_report_is_missing_in_albanian_and_serbian(catalogue):
    assert states(catalogue["reports"]["eu"]) == {
        "en": COMPLETE,
        "sq": MISSING,
        "sr-latn": MISSING,
    }


def test_a_page_with_only_some_fields_translated_is_partial(site):
    about = site.about
    about.body_sr_latn = []
    about.intro_sq = ""
    about.save()
    status = page_status(about)
    assert status["sq"].state == PARTIAL
    assert [str(f) for f in status["sq"].missing_fields] == ["introduction"]
    assert [str(f) for f in status["sr-latn"].missing_fields] == ["body"]


def test_a_field_empty_in_every_language_is_not_asked_for(site):
    contact_like = site.careers
    for suffix in ("en", "sq", "sr_latn"):
        setattr(contact_like, f"body_{suffix}", [])
    contact_like.save()
    assert states(contact_like) == dict.fromkeys(["en", "sq", "sr-latn"], COMPLETE)


def test_a_draft_translation_counts_before_it_is_published(catalogue):
    report = catalogue["reports"]["eu"]
    report.title_sq = "Liberalizimi i vizave"
    report.summary_sq = "<p>Gjetjet.</p>"
    report.body_sq = rich("Analiza.")
    report.save_revision()  # saved, not published
    from editorial.translation_status import with_status

    (draft,) = with_status([report.page_ptr])
    assert draft.translation_status["sq"].state == PARTIAL  # only the PDF lacks
    assert [str(f) for f in draft.translation_status["sq"].missing_fields] == ["PDF"]


def row_for(html, title):
    for row in html.select("tbody tr"):
        link = row.select_one("a")
        if link and link.get_text(strip=True) == title:
            return row
    return None


def cells(row):
    """Each cell's text, without the workspace's progress and link (test_workspace)."""
    texts = []
    for td in row.select("td"):
        for extra in td.select("[aria-hidden=true], [data-progress], a.button"):
            extra.decompose()
        texts.append(td.get_text(" ", strip=True))
    return texts


def test_report_lists_every_page_with_its_status_and_edit_link(
    client, communications_user, catalogue
):
    client.force_login(communications_user)
    response = client.get(REPORT_URL)
    assert response.status_code == 200
    html = soup(response)
    eu = catalogue["reports"]["eu"]
    row = row_for(html, "Visa liberalisation one year on")
    assert row is not None
    assert row.select_one("a")["href"] == reverse("wagtailadmin_pages:edit", args=[eu.pk])
    # Missing and Complete look different (a mark and a colour), not only in words.
    marks = [cell.select_one("[aria-hidden=true]").get_text() for cell in row.select("td")[2:]]
    assert marks == ["✓", "✗", "✗"]
    # Each language but English links to the translation workspace.
    translate = [a["href"] for a in row.select("a.button")]
    assert translate == [f"/admin/translate/{eu.pk}/sq/", f"/admin/translate/{eu.pk}/sr-latn/"]
    assert cells(row)[1:] == ["Report", "Complete", "Missing", "Missing"]
    courts = cells(row_for(html, "Courts in the north"))
    assert courts[1:] == ["Report", "Complete", "Partial Empty: PDF", "Complete"]
    assert cells(row_for(html, "The Mitrovica bridge"))[2:] == ["Complete"] * 3
    assert row_for(html, "About us") is not None
    assert row_for(html, "Root") is None


def titles(response):
    return {a.get_text(strip=True) for a in soup(response).select("tbody tr td:first-child a")}


def test_report_filters_by_missing_language_and_page_type(client, communications_user, catalogue):
    client.force_login(communications_user)
    lacking_sq = titles(client.get(REPORT_URL, {"incomplete_in": "sq"}))
    assert lacking_sq == {
        "Courts in the north",
        "Visa liberalisation one year on",
        "Local elections 2023",
    }
    lacking_sr = titles(client.get(REPORT_URL, {"incomplete_in": "sr-latn"}))
    assert "The Association of Serb-majority municipalities" in lacking_sr
    assert "Courts in the north" not in lacking_sr

    from django.contrib.contenttypes.models import ContentType

    from bbg_site.models import StandardPage

    standard = ContentType.objects.get_for_model(StandardPage).pk
    assert titles(client.get(REPORT_URL, {"content_type": standard})) == {"About us", "Careers"}
    # Both filters together: standard pages incomplete in Albanian: none.
    assert (
        titles(client.get(REPORT_URL, {"content_type": standard, "incomplete_in": "sq"})) == set()
    )


@pytest.mark.parametrize(
    "query",
    [
        {"incomplete_in": "xx"},
        {"content_type": "abc"},
        {"p": "abc"},
        {"p": "999"},
        {"incomplete_in": "sq\x00"},
        {"export": "csv"},
    ],
)
def test_report_never_fails_on_odd_query_strings(client, communications_user, catalogue, query):
    client.force_login(communications_user)
    assert client.get(REPORT_URL, query).status_code == 200


def test_report_exports_every_page_with_its_statuses_as_xlsx(
    client, communications_user, catalogue
):
    """The spreadsheet an editor downloads opens in a spreadsheet program
    and says, per page, what the table says."""
    import io

    from openpyxl import load_workbook

    client.force_login(communications_user)
    response = client.get(REPORT_URL, {"export": "xlsx", "incomplete_in": "sq"})
    assert response.status_code == 200
    assert "spreadsheetml" in response["Content-Type"]
    content = b"".join(response.streaming_content) if response.streaming else response.content
    rows = list(load_workbook(io.BytesIO(content)).active.iter_rows(values_only=True))
    assert rows[0] == ("Page", "Page type", "English", "Albanian", "Serbian")
    # The same pages as the filtered table, each with its three statuses.
    assert sorted(rows[1:]) == [
        ("Courts in the north", "Report", "Complete", "Partial: PDF", "Complete"),
        ("Local elections 2023", "Report", "Partial: PDF", "Partial: PDF", "Partial: PDF"),
        ("Visa liberalisation one year on", "Report", "Complete", "Missing", "Missing"),
    ]


def test_report_is_for_editors_only(client, django_user_model, catalogue):
    assert client.get(REPORT_URL).status_code == 302  # to the login page
    nobody = django_user_model.objects.create_user("reader", "r@example.org", "long-enough-pass")
    from django.contrib.auth.models import Permission

    nobody.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(nobody)
    response = client.get(REPORT_URL)
    assert response.status_code in (302, 403)


def set_admin_language(user, language):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


@pytest.mark.parametrize(
    ("language", "lacks_sq", "report_title"),
    [
        ("en", "3 pages lack Albanian", "Translation status"),
        ("sq", "3 faqe nuk kanë shqip", "Gjendja e përkthimeve"),
        ("sr-latn", "3 stranice nemaju albanski", "Stanje prevoda"),
    ],
)
def test_dashboard_counts_pages_lacking_albanian_or_serbian(
    client, communications_user, catalogue, language, lacks_sq, report_title
):
    set_admin_language(communications_user, language)
    client.force_login(communications_user)
    html = soup(client.get(reverse("wagtailadmin_home")))
    panel = html.select_one("#untranslated-pages-section")
    assert panel is not None
    links = [a.get_text(" ", strip=True) for a in panel.select(".untranslated-counts a")]
    assert links[0] == lacks_sq
    assert panel.select(".untranslated-counts a")[0]["href"] == REPORT_URL + "?incomplete_in=sq"
    recent = [a.get_text(strip=True) for a in panel.select("tbody td.title a")]
    # The most recently edited first; complete pages are not listed.
    assert recent[0] == "Local elections 2023"
    assert "The Mitrovica bridge" not in recent
    assert len(recent) <= 5
    # The report is in the Reports menu under its translated name.
    assert report_title in client.get(REPORT_URL).content.decode()


@pytest.mark.parametrize(
    ("language", "nothing_yet", "all_done"),
    [
        ("en", "nothing yet", "Text in all three languages."),
        ("sq", "asgjë ende", "Tekst në të tria gjuhët."),
        ("sr-latn", "još ništa", "Tekst na sva tri jezika."),
    ],
)
def test_page_editor_shows_which_languages_are_still_empty(
    client, communications_user, catalogue, language, nothing_yet, all_done
):
    set_admin_language(communications_user, language)
    client.force_login(communications_user)
    eu = catalogue["reports"]["eu"]
    html = soup(client.get(reverse("wagtailadmin_pages:edit", args=[eu.pk])))
    box = html.select_one("[data-translation-status]")
    items = {li["data-language"]: li.get_text(" ", strip=True) for li in box.select("li")}
    assert set(items) == {"sq", "sr-latn"}
    assert nothing_yet in items["sq"]

    courts = catalogue["reports"]["courts"]
    box = soup(client.get(reverse("wagtailadmin_pages:edit", args=[courts.pk]))).select_one(
        "[data-translation-status]"
    )
    assert [li["data-language"] for li in box.select("li")] == ["sq"]
    assert box.select_one("li")["data-state"] == "partial"
    assert "PDF" in box.get_text()

    mitrovica = catalogue["reports"]["mitrovica"]
    box = soup(client.get(reverse("wagtailadmin_pages:edit", args=[mitrovica.pk]))).select_one(
        "[data-translation-status]"
    )
    assert box.select_one("p").get_text(strip=True) == all_done
    assert not box.select("li")


@pytest.mark.parametrize(
    ("language", "labels"),
    [
        ("en", {"✓": "Complete", "◐": "Partial", "✗": "Missing"}),
        ("sq", {"✓": "E plotë", "◐": "E pjesshme", "✗": "Mungon"}),
        ("sr-latn", {"✓": "Potpuno", "◐": "Delimično", "✗": "Nedostaje"}),
    ],
)
def test_dashboard_and_report_show_missing_partial_and_complete_differently(
    client, communications_user, catalogue, language, labels
):
    """Missing, partial and complete each have their own mark and look, the
    same on the dashboard as in the report: an officer tells at a glance
    which language to work on."""
    set_admin_language(communications_user, language)
    client.force_login(communications_user)
    looks = {"✓": "w-status--primary", "✗": "w-status--label"}
    for html, where in (
        (soup(client.get(reverse("wagtailadmin_home"))), "#untranslated-pages-section tbody"),
        (soup(client.get(REPORT_URL)), "tbody"),
    ):
        badges = html.select_one(where).select(".w-status")
        seen = set()
        for badge in badges:
            mark = badge.select_one("[aria-hidden]").get_text(strip=True)
            assert badge.get_text(" ", strip=True).endswith(labels[mark])
            other_looks = set(looks.values()) - {looks.get(mark)}
            assert looks.get(mark, "w-status") in badge["class"]
            assert not other_looks & set(badge["class"])
            seen.add(mark)
        assert {"✗", "✓"} <= seen or {"✗", "◐"} <= seen, where


def test_the_report_sorted_missing_first_costs_the_same_queries_for_more_pages(
    client, communications_user, catalogue
):
    """Missing first (the default) reads every page's status: in a fixed
    number of queries, however many pages there are."""
    import datetime

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import make_report

    client.force_login(communications_user)
    client.get(REPORT_URL)  # caches warm

    def queries(url=REPORT_URL):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    before = queries()
    # Filtered by "Incomplete in" and sorted by status, each page's status
    # is read once, as when the filter alone reads it.
    filtered = REPORT_URL + "?incomplete_in=sq"
    # (the sort lists the filtered pages again: two queries, not a page's worth)
    assert queries(filtered) <= queries(filtered + "&sort=recent") + 2
    for day in range(1, 11):
        make_report(
            catalogue["library"], f"extra-{day}", f"Extra {day}", date=datetime.date(2025, 1, day)
        )
    assert queries() <= before + 3
