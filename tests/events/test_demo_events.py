"""The demo events: load_demo_content (demo/content/events/, demo.loader)."""

import datetime
import re
import zoneinfo
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone, translation
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from bbg_site.models import MainMenuItem, SiteSettings
from events.models import (
    EventIndexPage,
    EventPage,
    EventReport,
    EventSpeaker,
    EventType,
    Registration,
)

pytestmark = pytest.mark.django_db
SUFFIXES = ("en", "sq", "sr_latn")
CYRILLIC = re.compile("[\u0400-\u04ff]")
BELGRADE = zoneinfo.ZoneInfo("Europe/Belgrade")
MENU = ["About us", "Publications", "News", "Events", "Projects", "People", "Contact"]


def events():
    return EventPage.objects.child_of(EventIndexPage.objects.get()).live()


def upcoming():
    return events().filter(start__gt=timezone.now()).order_by("start")


def past():
    return events().filter(start__lt=timezone.now()).order_by("start")


def text_of(obj, fields, suffix):
    values = (getattr(obj, f"{field}_{suffix}") for field in fields)
    return " ".join(str(getattr(value, "raw_data", value)) for value in values)


def menu():
    items = SiteSettings.objects.get().menu_items.order_by("sort_order")
    return [item.link_page.title_en for item in items.select_related("link_page")]


def test_four_upcoming_and_eight_past_events(demo):
    assert events().count() == 12
    assert upcoming().count() == 4
    assert past().count() == 8
    now = timezone.now()
    for event in upcoming():
        # Dated from the day the loader ran, at a round hour, Belgrade time.
        assert now + datetime.timedelta(days=10) < event.start < now + datetime.timedelta(days=80)
        local = event.start.astimezone(BELGRADE)
        assert (local.hour, local.minute) == (10, 0)
        assert datetime.timedelta(hours=2) <= event.end - event.start <= datetime.timedelta(hours=3)
        assert event.registration_state() in {"open", "closed"}
    assert upcoming().filter(registration_open=True).count() >= 2
    assert {e.registration_state() for e in upcoming()} >= {"open"}
    with_deadline = upcoming().get(capacity=40)
    assert with_deadline.registration_open
    assert with_deadline.registration_deadline < with_deadline.start
    assert with_deadline.start - with_deadline.registration_deadline <= datetime.timedelta(days=3)
    assert upcoming().filter(registration_open=True, capacity__lte=30).exists()
    webinar = upcoming().get(event_type=EventType.WEBINAR)
    assert webinar.online_url.startswith("https://example.org/")
    assert not webinar.venue_name_en and not webinar.venue_address_en
    years = set()
    for event in past():
        years.add(event.start.year)
        assert event.start < datetime.datetime(2026, 11, 1, tzinfo=BELGRADE)
        assert event.end > event.start
        assert not event.registration_open
        assert event.registration_state() == "past"
        assert event.is_past
    assert years == {2023, 2024, 2025, 2026}
    assert set(events().values_list("event_type", flat=True)) == set(EventType.values)
    assert set(upcoming().values_list("event_type", flat=True)) >= {"roundtable", "webinar"}


def test_the_index_and_every_event_in_three_languages(demo):
    index = EventIndexPage.objects.get()
    assert index.get_parent().specific_class.__name__ == "HomePage"
    assert (index.slug_en, index.slug_sq, index.slug_sr_latn) == (
        "events",
        "ngjarjet",
        "dogadjaji",
    )
    assert (index.title_en, index.title_sq, index.title_sr_latn) == (
        "Events",
        "Ngjarjet",
        "Događaji",
    )
    for suffix in SUFFIXES:
        assert getattr(index, f"intro_{suffix}")
    assert not CYRILLIC.search(index.intro_sr_latn)
    for event in events():
        for suffix in SUFFIXES:
            for field in ("title", "summary", "working_languages", "image_alt"):
                assert getattr(event, f"{field}_{suffix}"), (event, field, suffix)
            blocks = [block["type"] for block in getattr(event, f"body_{suffix}").raw_data]
            assert blocks.count("paragraph") >= 2
            if event.venue_name_en:
                assert getattr(event, f"venue_name_{suffix}")
                assert getattr(event, f"venue_address_{suffix}")
            if event.is_past:
                assert getattr(event, f"report_summary_{suffix}").startswith("<p>")
            else:
                assert not getattr(event, f"report_summary_{suffix}")
        assert event.title_sq != event.title_en != event.title_sr_latn
        assert event.slug_sq != event.slug_en != event.slug_sr_latn
        assert all(s.isascii() for s in (event.slug_en, event.slug_sq, event.slug_sr_latn))
        fields = ["title", "summary", "body", "venue_name", "venue_address"]
        fields += ["working_languages", "image_alt", "report_summary"]
        assert not CYRILLIC.search(text_of(event, fields, "sr_latn")), event
    albanian = " ".join(text_of(e, ["title", "summary", "body"], "sq") for e in events())
    assert "ë" in albanian and "ç" in albanian
    serbian = " ".join(text_of(e, ["title", "summary", "body"], "sr_latn") for e in events())
    assert all(letter in serbian for letter in "čćšžđ")


def test_venues_speakers_projects_reports_and_images(demo):
    cities = " ".join(e.venue_name_en or "" for e in events())
    for city in ("Prishtina", "North Mitrovica", "Belgrade", "Brussels"):
        assert city in cities
    assert "Prishtinë" in " ".join(e.venue_name_sq or "" for e in events())
    assert "Priština" in " ".join(e.venue_name_sr_latn or "" for e in events())
    for event in events():
        assert 1 <= event.speakers.count() <= 4
        assert event.chatham_house_rule == (event.event_type == EventType.ROUNDTABLE)
        assert event.image.title == f"Event: {event.title_en}"
        assert (event.image.width, event.image.height) == (1200, 675)
    staff = EventSpeaker.objects.filter(person__isnull=False).select_related("person")
    assert staff.count() >= 12
    assert all(speaker.person.live for speaker in staff)
    guests = EventSpeaker.objects.filter(person__isnull=True)
    assert guests.count() >= 6
    for guest in guests:
        assert guest.name and not guest.person_id
        assert guest.affiliation_en and guest.affiliation_sq and guest.affiliation_sr_latn
        assert not CYRILLIC.search(guest.affiliation_sr_latn)
    projects = {e.project.slug_en for e in events() if e.project}
    assert {"elevate-peace", "building-bridges-north"} <= projects
    launches = events().filter(event_type=EventType.REPORT_LAUNCH)
    assert launches.count() >= 2
    for launch in launches:
        assert launch.related_reports.exists()
    bridge = events().get(slug_en="report-launch-the-ibar-bridge-in-mitrovica")
    assert [r.report.slug_en for r in bridge.related_reports.all()] == ["mitrovica-bridge"]
    recorded = past().exclude(recording_url="")
    assert recorded.count() >= 3
    assert all(e.recording_url.startswith("https://www.youtube.com/watch?v=") for e in recorded)
    assert not upcoming().exclude(recording_url="").exists()
    # The published revision has the speakers and reports too.
    revision = bridge.get_latest_revision_as_object()
    assert revision.speakers.count() == bridge.speakers.count() == 3
    assert revision.related_reports.count() == 1


def test_menu_has_events_before_projects(demo):
    assert menu() == MENU
    orders = list(
        SiteSettings.objects.get()
        .menu_items.order_by("sort_order")
        .values_list("sort_order", flat=True)
    )
    assert orders == sorted(set(orders))


def test_loading_again_adds_nothing(demo):
    def counts():
        return {
            "pages": Page.objects.count(),
            "revisions": Revision.objects.count(),
            "images": get_image_model().objects.count(),
            "menu items": list(MainMenuItem.objects.values_list("link_page_id", "sort_order")),
            "speakers": EventSpeaker.objects.count(),
            "reports": EventReport.objects.count(),
            "starts": list(EventPage.objects.order_by("pk").values_list("start", flat=True)),
        }

    assert not Registration.objects.exists()  # no personal data in the demo
    first = counts()
    call_command("load_demo_content", stdout=StringIO())
    assert counts() == first
    assert menu() == MENU
    assert not Registration.objects.exists()


def test_an_events_item_an_editor_moved_stays_where_it_is(demo):
    site_settings = SiteSettings.objects.get()
    events_item = site_settings.menu_items.get(link_page__title_en="Events")
    events_item.sort_order = 99
    events_item.save()
    call_command("load_demo_content", stdout=StringIO())
    assert menu() == [title for title in MENU if title != "Events"] + ["Events"]


def test_demo_events_render_in_three_languages(demo, client):
    index = EventIndexPage.objects.get()
    event = upcoming().get(event_type=EventType.CONFERENCE)
    for lang, suffix in (("en", "en"), ("sq", "sq"), ("sr-latn", "sr_latn")):
        with translation.override(lang):
            index_url = index.get_url()
            event_url = event.get_url()
        assert index_url.startswith(f"/{lang}/")
        response = client.get(index_url)
        assert response.status_code == 200, index_url
        html = response.content.decode()
        assert getattr(index, f"title_{suffix}") in html
        assert len(response.context["upcoming"]) == 4
        response = client.get(event_url)
        assert response.status_code == 200, event_url
        html = response.content.decode()
        assert getattr(event, f"title_{suffix}") in html
        assert getattr(event, f"venue_name_{suffix}") in html
        assert response.context["registration_state"] == "open"
        assert not response.context["translation_missing"]
    assert client.get("/sr-latn/dogadjaji/").status_code == 200
    assert client.get("/sq/ngjarjet/").status_code == 200
    # A past event shows what was discussed and the recording.
    bridge = events().get(slug_en="report-launch-the-ibar-bridge-in-mitrovica")
    with translation.override("sq"):
        url = bridge.get_url()
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Dakordimi i çdo faze" in html
    assert bridge.recording_url in html
