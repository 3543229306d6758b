"""Reports → Reach: who sees it, the period form, totals, top pages and
referrers, the per-project page, the report's panel, and exports that
match the screen."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.users.models import UserProfile

from bbg_site.models import Subscriber
from editorial.roles import ADMINISTRATORS
from events.models import Registration
from reach import flush
from reach.models import Count, Source, SubscriberSnapshot
from tests.helpers import soup

from .conftest import LANGS

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def add(kind, page, language, n, *, days_ago=1, source="", monthly=False):
    day = TODAY - datetime.timedelta(days=days_ago)
    Count.objects.create(
        kind=kind,
        page=page,
        language=language,
        day=day.replace(day=1) if monthly else day,
        monthly=monthly,
        source=source,
        count=n,
    )


@pytest.fixture
def counts(project_content):
    """Known numbers: per language, the report is read 10/20/30/40 times and
    downloaded 1/2/3/4 times, the news 5 times each, the other report 150 times
    in English; one view of the report 200 days ago."""
    report, news, other = (project_content[k] for k in ("report", "news", "other"))
    for factor, lang in enumerate(LANGS, start=1):
        add("view", report, lang, 10 * factor)
        add("download", report, lang, factor)
        add("view", news, lang, 5, days_ago=3)
    add("view", other, "en", 150)
    add("view", report, "en", 7, days_ago=200)
    add("referral", report, "sq", 12, source="google.com")
    add("referral", report, "sq", 4, source=Source.NEWSLETTER)
    add("referral", other, "en", 50, source="facebook.com")
    return project_content


def table(response, slug):
    section = soup(response).find(id=f"reach-{slug}").find_parent("section")
    if section.find("table") is None:  # "Nothing counted in this period."
        return []
    return [
        [cell.get_text(strip=True) for cell in row.find_all(["th", "td"])]
        for row in section.find("table").find_all("tr")
    ]


def test_reach_is_in_the_reports_menu_of_communications_and_administrators_only(
    client, site, communications_user, django_user_model
):
    client.force_login(communications_user)
    assert client.get("/admin/reports/reach/").status_code == 200
    admin = django_user_model.objects.create_user("boss", "boss@example.org", "x" * 14)
    admin.groups.add(Group.objects.get(name=ADMINISTRATORS))
    client.force_login(admin)
    assert client.get("/admin/reports/reach/").status_code == 200
    assert "/admin/reports/reach/" in client.get("/admin/").content.decode()
    outsider = django_user_model.objects.create_user("ed", "ed@example.org", "x" * 14)
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(outsider)
    refused = client.get("/admin/reports/reach/")  # Wagtail: back to the dashboard
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    assert "/admin/reports/reach/" not in client.get("/admin/").content.decode()


def test_totals_top_pages_and_referrers_of_the_last_30_days(client, counts, communications_user):
    client.force_login(communications_user)
    response = client.get("/admin/reports/reach/")
    assert table(response, "totals")[1:] == [
        ["English", "165", "1"],  # 10 + 5 + 150; the view 200 days ago is outside
        ["Albanian", "25", "2"],
        ["Serbian Latin", "35", "3"],
        ["Serbian Cyrillic", "45", "4"],
        ["All languages", "270", "10"],
    ]
    top = table(response, "top-pages")
    assert top[1] == ["Courts in the north", "150", "0"]
    assert top[2] == ["The bridge", "100", "10"]
    assert table(response, "top-referrers")[1:] == [
        ["facebook.com", "50"],
        ["google.com", "12"],
        ["Our newsletter", "4"],
    ]
    views = table(response, "views-over-time")
    yesterday = [row for row in views if row[1:] == ["160", "20", "30", "40"]]
    assert len(yesterday) == 1
    svg = soup(response).find("svg", attrs={"role": "img"})
    assert svg.find("title").get_text().startswith("Views over time")
    assert len(svg.find_all("polyline")) == 4


@pytest.mark.parametrize("lang", LANGS)
def test_the_language_filter_shows_one_language(client, counts, communications_user, lang):
    client.force_login(communications_user)
    response = client.get("/admin/reports/reach/", {"period": "year", "language": lang})
    expected = {
        "en": ["172", "1"],
        "sq": ["25", "2"],
        "sr-latn": ["35", "3"],
        "sr-cyrl": ["45", "4"],
    }[lang]
    rows = table(response, "totals")
    assert len(rows) == 2
    assert rows[1][1:] == expected


@pytest.mark.parametrize(
    "query, message",
    [
        ({"period": "custom"}, "For a custom period, give both dates."),
        (
            {"period": "custom", "start": "2026-05-01", "end": "2026-04-01"},
            "The period must end after it starts.",
        ),
        ({"period": "custom", "start": "2001-01-01", "end": "2026-01-01"}, "at most ten years"),
        ({"period": "custom", "start": "9999-01-01", "end": "9999-12-31"}, "from 2000 to next"),
        ({"period": "custom", "start": "1999-12-31", "end": "2000-01-01"}, "from 2000 to next"),
        ({"period": "decade"}, "Select a valid choice"),
        ({"period": "custom", "start": "yesterday", "end": "2026-01-01"}, "Enter a valid date"),
        ({"language": "de"}, "Select a valid choice"),
    ],
)
def test_bad_filter_values_get_a_clear_message(client, db, communications_user, query, message):
    client.force_login(communications_user)
    response = client.get("/admin/reports/reach/", query)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert soup(response).find(id="reach-totals") is None


@pytest.mark.parametrize(
    "lang, message",
    [
        ("sq", "Për një periudhë të zgjedhur, jepni të dyja datat."),
        ("sr-latn", "Za proizvoljan period unesite oba datuma."),
    ],
)
def test_the_message_is_in_the_editors_language(client, db, communications_user, lang, message):
    profile = UserProfile.get_for_user(communications_user)
    profile.preferred_language = lang
    profile.save()
    client.force_login(communications_user)
    response = client.get("/admin/reports/reach/", {"period": "custom"})
    assert message in response.content.decode()


def test_a_custom_period_in_rolled_up_months(client, counts, communications_user):
    flush.roll_up(keep_months=1)
    assert Count.objects.filter(monthly=True).count() == 1  # the view 200 days ago
    client.force_login(communications_user)
    start = TODAY - datetime.timedelta(days=300)
    response = client.get(
        "/admin/reports/reach/", {"period": "custom", "start": start, "end": TODAY}
    )
    assert table(response, "totals")[1] == ["English", "172", "1"]


def test_the_project_page_sums_what_belongs_to_the_project(client, counts, communications_user):
    client.force_login(communications_user)
    project = counts["project"]
    response = client.get(f"/admin/reports/reach/project/{project.pk}/", {"period": "year"})
    assert response.status_code == 200
    items = table(response, "items")
    assert items[0] == [
        "Page",
        "Type",
        "Views: English",
        "Views: Albanian",
        "Views: Serbian Latin",
        "Views: Serbian Cyrillic",
        "Downloads: English",
        "Downloads: Albanian",
        "Downloads: Serbian Latin",
        "Downloads: Serbian Cyrillic",
    ]
    assert items[1] == ["The bridge", "Report", "17", "20", "30", "40", "1", "2", "3", "4"]
    assert items[2] == [
        "Partnership with Sida",
        "News item",
        "5",
        "5",
        "5",
        "5",
        "0",
        "0",
        "0",
        "0",
    ]
    assert items[3][:2] == ["Roundtable on the bridge", "Event"]
    assert items[-1] == ["Total", "", "22", "25", "35", "45", "1", "2", "3", "4"]
    assert "Courts in the north" not in response.content.decode()  # another project's
    # The other report's facebook.com referrals are not the project's.
    assert table(response, "top-referrers")[1:] == [["google.com", "12"], ["Our newsletter", "4"]]


def test_the_project_page_counts_event_registrations(client, counts, communications_user):
    event = counts["event"]
    statuses = ["confirmed", "confirmed", "waiting", "cancelled", "pending", "confirmed"]
    for n, status in enumerate(statuses):
        Registration.objects.create(
            event=event,
            name=f"P{n}",
            email=f"p{n}@example.org",
            language="sr-latn" if n == 5 else "sq",
            status=status,
            token=f"token-{n}",
        )
    client.force_login(communications_user)
    response = client.get(f"/admin/reports/reach/project/{counts['project'].pk}/")
    row = table(response, "events")[1]
    assert row[0] == "Roundtable on the bridge"
    assert row[2:] == ["3", "1", "1"]
    in_albanian = client.get(
        f"/admin/reports/reach/project/{counts['project'].pk}/", {"language": "sq"}
    )
    assert table(in_albanian, "events")[1][2:] == ["2", "1", "1"]


def test_an_unknown_project_or_page_is_a_404(client, site, communications_user):
    client.force_login(communications_user)
    for url in (f"/admin/reports/reach/project/{site.about.pk}/", "/admin/reports/reach/page/0/"):
        assert client.get(url, follow=True).status_code == 404


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_exports_match_the_screen_and_are_named_by_project_and_period(
    client, counts, communications_user, fmt
):
    client.force_login(communications_user)
    url = f"/admin/reports/reach/project/{counts['project'].pk}/"
    query = {"period": "custom", "start": "2025-01-01", "end": TODAY.isoformat()}
    screen = table(client.get(url, query), "items")
    response = client.get(url, {**query, "export": fmt, "table": "items"})
    assert response.status_code == 200
    assert (
        f'filename="reach-elevate-peace-2025-01-01_{TODAY.isoformat()}-items.{fmt}"'
        in response["Content-Disposition"]
    )
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(response.content.decode())))
    else:
        sheet = load_workbook(io.BytesIO(response.content)).active
        rows = [
            ["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)
        ]
    assert rows == screen


def test_every_table_of_the_overview_can_be_exported(client, counts, communications_user):
    client.force_login(communications_user)
    response = client.get("/admin/reports/reach/")
    slugs = [
        s["aria-labelledby"].removeprefix("reach-")
        for s in soup(response).select("section.reach-table")
    ]
    assert slugs == [
        "totals",
        "views-over-time",
        "downloads-over-time",
        "top-pages",
        "top-referrers",
        "subscribers",
        "events",
    ]
    for slug in slugs:
        export = client.get("/admin/reports/reach/", {"export": "csv", "table": slug})
        assert export.status_code == 200
        assert (
            list(csv.reader(io.StringIO(export.content.decode())))[1:] == table(response, slug)[1:]
        )
    for query in ({"export": "pdf", "table": "totals"}, {"export": "csv", "table": "x"}):
        refused = client.get("/admin/reports/reach/", query)
        assert refused.status_code == 400
        assert "There is no such table or file format." in refused.content.decode()


def test_a_referrer_that_looks_like_a_formula_is_text_in_the_csv(client, site, communications_user):
    add("referral", site.about, "en", 3, source="-evil.example")
    client.force_login(communications_user)
    export = client.get("/admin/reports/reach/", {"export": "csv", "table": "top-referrers"})
    assert "'-evil.example" in export.content.decode()


def test_the_report_edit_page_shows_its_reach(client, counts, communications_user):
    client.force_login(communications_user)
    response = client.get(f"/admin/pages/{counts['report'].pk}/edit/")
    panel = soup(response).select_one(".reach-panel")
    rows = [
        [c.get_text(strip=True) for c in r.find_all(["th", "td"])] for r in panel.find_all("tr")
    ]
    assert rows[1:] == [
        ["English", "10", "1"],
        ["Albanian", "20", "2"],
        ["Serbian Latin", "30", "3"],
        ["Serbian Cyrillic", "40", "4"],
        ["All languages", "100", "10"],
    ]
    assert panel.find("a")["href"] == f"/admin/reports/reach/page/{counts['report'].pk}/"


def test_newsletter_subscribers_per_language_over_time(client, site, communications_user):
    SubscriberSnapshot.objects.create(
        day=TODAY - datetime.timedelta(days=2), language="sq", confirmed=4
    )
    for n, lang in enumerate(["sq", "sq", "sr-latn", "sr-cyrl"]):
        Subscriber.objects.create(
            email=f"s{n}@example.org", language=lang, status="confirmed", consent_text="ok"
        )
    Subscriber.objects.create(email="p@example.org", language="en", consent_text="ok")
    flush.snapshot_subscribers()
    client.force_login(communications_user)
    rows = table(client.get("/admin/reports/reach/"), "subscribers")
    assert [row[1:] for row in rows[1:]] == [["0", "4", "0", "0"], ["0", "2", "1", "1"]]
