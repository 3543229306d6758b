import csv
import datetime
import io
import zoneinfo

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from freezegun import freeze_time
from icalendar import Calendar

from events import services
from events.models import EventIndexPage, EventPage, Registration
from tests.factories import make_event, make_event_index, make_people_index, make_person
from tests.helpers import soup, url_in

pytestmark = pytest.mark.django_db
BELGRADE = zoneinfo.ZoneInfo("Europe/Belgrade")
NOW = datetime.datetime(2026, 11, 28, 12, 0, tzinfo=datetime.UTC)


def at(year, month, day, hour=10):
    return datetime.datetime(year, month, day, hour, 0, tzinfo=BELGRADE)


@pytest.fixture
def calendar(site):
    index = make_event_index(site.home)
    people = make_people_index(site.home)
    milica = make_person(people, "Milica", "Jovanovic")
    events = {
        "soon": make_event(
            index,
            "soon",
            "Roundtable on the bridge",
            start=at(2026, 12, 3),
            speakers=[milica, ("Jane Doe", "EU Office")],
        ),
        "later": make_event(
            index,
            "later",
            "Conference on the EU agenda",
            start=at(2027, 2, 10),
            event_type="conference",
        ),
        "recent": make_event(
            index,
            "recent",
            "Report launch in Belgrade",
            start=at(2026, 10, 1),
            event_type="report-launch",
            speakers=[milica],
        ),
        "old": make_event(
            index, "old", "Workshop for journalists", start=at(2025, 5, 20), event_type="workshop"
        ),
    }
    return index, events, milica


def listed(response, list_id):
    return [a.get_text(strip=True) for a in soup(response).select(f"#{list_id} .card__title a")]


def test_page_tree_rules(site, calendar):
    index, _, _ = calendar
    assert not EventIndexPage.can_create_at(site.home)
    assert EventPage.can_create_at(index)
    assert not EventPage.can_create_at(site.home)


@freeze_time(NOW)
def test_upcoming_soonest_first_and_past_newest_first(client, calendar):
    index, _, _ = calendar
    response = client.get(url_in(index, "en"))
    assert listed(response, "upcoming-events") == [
        "Roundtable on the bridge",
        "Conference on the EU agenda",
    ]
    assert listed(response, "past-events") == [
        "Report launch in Belgrade",
        "Workshop for journalists",
    ]


@freeze_time(datetime.datetime(2026, 12, 3, 9, 30, tzinfo=BELGRADE))
def test_an_event_moves_to_past_when_it_starts(client, calendar):
    index, _, _ = calendar
    response = client.get(url_in(index, "en"))
    assert listed(response, "upcoming-events") == [
        "Roundtable on the bridge",
        "Conference on the EU agenda",
    ]
    with freeze_time(datetime.datetime(2026, 12, 3, 10, 1, tzinfo=BELGRADE)):
        response = client.get(url_in(index, "en"))
        assert listed(response, "upcoming-events") == ["Conference on the EU agenda"]
        assert listed(response, "past-events")[0] == "Roundtable on the bridge"


@freeze_time(NOW)
@pytest.mark.parametrize(
    ("query", "upcoming", "past"),
    [
        ("?type=conference", ["Conference on the EU agenda"], []),
        ("?type=workshop", [], ["Workshop for journalists"]),
        ("?year=2026", ["Roundtable on the bridge"], ["Report launch in Belgrade"]),
        ("?year=2025&type=workshop", [], ["Workshop for journalists"]),
    ],
)
def test_index_filters_by_year_and_type(client, calendar, query, upcoming, past):
    index, _, _ = calendar
    response = client.get(url_in(index, "sq") + query)
    assert listed(response, "upcoming-events") == [f"{t} (sq)" for t in upcoming]
    assert listed(response, "past-events") == [f"{t} (sq)" for t in past]


@pytest.mark.parametrize("query", ["?type=party", "?year=1990", "?year=abc", "?page=9", "?page=x"])
def test_index_bad_values_are_404(client, calendar, query):
    index, _, _ = calendar
    client.raise_request_exception = False
    assert client.get(url_in(index, "en") + query).status_code == 404


@freeze_time(NOW)
@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "3 December 2026, 10:00"),
        ("sq", "3 dhjetor 2026"),
        ("sr-latn", "3. decembar 2026."),
    ],
)
def test_event_time_is_shown_in_belgrade_time_in_the_readers_language(
    client, calendar, lang, expected
):
    _, events, _ = calendar
    html = soup(client.get(url_in(events["soon"], lang)))
    when = html.select_one(".event__facts time")
    assert expected in when.get_text()
    assert "10:00" in when.get_text()
    assert when["datetime"].startswith("2026-12-03T10:00:00+01:00")


def test_speakers_link_to_profiles_and_profile_lists_events(client, calendar):
    _, events, milica = calendar
    html = soup(client.get(url_in(events["soon"], "sr-latn")))
    speakers = [li.get_text(" ", strip=True) for li in html.select("#speakers-heading ~ ul li")]
    assert speakers[0].startswith("Milica Jovanovic")
    assert speakers[1] == "Jane Doe, EU Office"
    assert html.select_one("#speakers-heading ~ ul a")["href"] == url_in(milica, "sr-latn")
    profile = soup(client.get(url_in(milica, "sr-latn")))
    assert [
        a.get_text(strip=True) for a in profile.select("#events-heading ~ ol .card__title a")
    ] == [
        "Roundtable on the bridge (sr)",
        "Report launch in Belgrade (sr)",
    ]


def test_ics_for_one_event_has_the_right_utc_times(client, calendar):
    _, events, _ = calendar
    response = client.get(url_in(events["soon"], "en") + "calendar/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Content-Disposition"].endswith('.ics"')
    parsed = Calendar.from_ical(response.content)
    (event,) = parsed.walk("VEVENT")
    assert str(event["summary"]) == "Roundtable on the bridge"
    assert event.decoded("dtstart") == datetime.datetime(2026, 12, 3, 9, 0, tzinfo=datetime.UTC)
    assert event.decoded("dtend") == datetime.datetime(2026, 12, 3, 11, 0, tzinfo=datetime.UTC)
    assert "Hotel Sirius" in str(event["location"])
    assert str(event["url"]) == "http://testserver" + url_in(events["soon"], "en")


@freeze_time(NOW)
def test_ics_feed_of_upcoming_events_in_the_readers_language(client, calendar):
    response = client.get("/sq/feeds/events.ics")
    parsed = Calendar.from_ical(response.content)
    assert [str(e["summary"]) for e in parsed.walk("VEVENT")] == [
        "Roundtable on the bridge (sq)",
        "Conference on the EU agenda (sq)",
    ]


# --- registration --------------------------------------------------------------


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    """client.post that also runs what the view left for after the commit
    (the emails), as a real request does."""

    def _post(url, data, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data, **kwargs)

    return _post


@pytest.fixture
def get(client, django_capture_on_commit_callbacks):
    """client.get that runs what the view left for after the commit (the
    email a confirmation link sends)."""

    def _get(url, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return client.get(url, **kwargs)

    return _get


def form_data(**overrides):
    return {
        "name": "Ana Petrović",
        "email": "ana@example.org",
        "organisation": "OSCE",
        "consent": "on",
        "website": "",
        **overrides,
    }


@pytest.fixture
def open_event(calendar):
    _, events, _ = calendar
    event = events["soon"]
    event.registration_open = True
    event.capacity = 2
    event.registration_deadline = at(2026, 12, 1, 23)
    event.save_revision().publish()
    return EventPage.objects.get(pk=event.pk)


def link_in(message, route):
    """The path of the first link in an email that goes through ``route``
    (``/confirm/`` or ``/cancel/``), checked to be on the configured address."""
    (link,) = [w for w in message.body.split() if route in w][:1]
    assert link.startswith("http://testserver/"), link
    return link.removeprefix("http://testserver")


def register_and_confirm(post, get, event, lang="en", **data):
    mail.outbox.clear()
    post(url_in(event, lang), form_data(**data))
    (request_email,) = mail.outbox
    mail.outbox.clear()
    return get(link_in(request_email, "/confirm/"))


@freeze_time(NOW)
@pytest.mark.parametrize("lang", ["en", "sq", "sr-latn"])
def test_registration_is_confirmed_by_the_link_emailed_in_the_registrants_language(
    client, post, get, open_event, lang
):
    response = post(url_in(open_event, lang), form_data(), follow=True)
    assert response.status_code == 200
    with translation.override(lang):
        assert (
            gettext(
                "Almost done: please confirm with the link we have emailed to you. "
                "We are holding a seat for you for %(minutes)s minutes."
            )
            % {"minutes": 30}
            in response.content.decode()
        )
        title = getattr(open_event, f"title_{lang.replace('-', '_')}")
        ask_subject = gettext("Please confirm your registration: %(title)s") % {"title": title}
        confirmed_subject = gettext("Registration confirmed: %(title)s") % {"title": title}
    registration = Registration.objects.get()
    assert registration.status == "pending"
    assert registration.held_until == NOW + services.SEAT_HOLD
    assert registration.language == lang
    assert registration.email == "ana@example.org"
    assert "I agree" in registration.consent_text or lang != "en"
    # The held seat counts: one of two left.
    assert open_event.seats_left() == 1
    (asking,) = mail.outbox
    assert asking.to == ["ana@example.org"]
    assert asking.subject == ask_subject
    confirm = link_in(asking, "/confirm/")
    assert confirm.startswith(f"/{lang}/")
    assert "/cancel/" not in asking.body

    mail.outbox.clear()
    page = get(confirm)
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"]
    assert soup(page).select_one("[data-registration-status]")["data-registration-status"] == (
        "confirmed"
    )
    registration.refresh_from_db()
    assert registration.status == "confirmed"
    assert registration.held_until is None
    (message,) = mail.outbox
    assert message.subject == confirmed_subject
    assert link_in(message, "/cancel/") == services.cancel_url(registration).removeprefix(
        "http://testserver"
    )
    # Following the link again changes nothing and sends nothing.
    mail.outbox.clear()
    assert get(confirm).status_code == 200
    assert mail.outbox == []


@freeze_time(NOW)
def test_an_unconfirmed_seat_is_held_only_for_a_while(client, post, get, open_event):
    post(url_in(open_event, "en"), form_data(email="slow@example.org"))
    register_and_confirm(post, get, open_event, email="quick@example.org")
    assert open_event.seats_left() == 0
    with freeze_time(NOW + services.SEAT_HOLD + datetime.timedelta(minutes=1)):
        assert open_event.seats_left() == 1
        # Someone else takes the seat the slow person did not confirm in time ...
        register_and_confirm(post, get, open_event, email="third@example.org")
        # ... and the late confirmation joins the waiting list.
        slow = Registration.objects.get(email="slow@example.org")
        get(services.confirm_url(slow).removeprefix("http://testserver"))
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "slow@example.org": "waiting",
        "quick@example.org": "confirmed",
        "third@example.org": "confirmed",
    }


@freeze_time(NOW)
def test_full_event_puts_people_on_the_waiting_list(client, post, get, open_event):
    for n in range(2):
        register_and_confirm(post, get, open_event, email=f"p{n}@example.org")
    response = post(url_in(open_event, "sq"), form_data(email="third@example.org"), follow=True)
    with translation.override("sq"):
        assert (
            gettext(
                "Almost done: the event is full, so confirm with the link we have emailed to you "
                "to join the waiting list."
            )
            in response.content.decode()
        )
    third = Registration.objects.get(email="third@example.org")
    assert third.status == "pending" and third.held_until is None
    get(link_in(mail.outbox[-1], "/confirm/"))
    third.refresh_from_db()
    assert third.status == "waiting"
    with translation.override("sq"):
        assert mail.outbox[-1].subject == gettext("You are on the waiting list: %(title)s") % {
            "title": "Roundtable on the bridge (sq)"
        }
    assert open_event.seats_left() == 0
    html = soup(client.get(url_in(open_event, "en")))
    assert html.select_one("#registration button").get_text(strip=True) == "Join the waiting list"


@freeze_time(NOW)
def test_the_page_does_not_tell_who_is_registered(client, post, get, open_event):
    """The answer is the same for a known and an unknown address; only the
    address itself learns, by email, that it is registered already."""
    first = post(url_in(open_event, "en"), form_data(), follow=True)
    get(link_in(mail.outbox[0], "/confirm/"))
    mail.outbox.clear()
    second = post(
        url_in(open_event, "en"),
        form_data(email="ANA@example.org", name="Someone Else"),
        follow=True,
    )
    assert second.status_code == first.status_code == 200
    # Both land on the same page, which names nobody.
    assert first.redirect_chain == second.redirect_chain
    main = lambda r: soup(r).select_one("main").get_text(" ", strip=True)  # noqa: E731
    assert main(first) == main(second)
    assert Registration.objects.count() == 1
    registration = Registration.objects.get()
    assert registration.name == "Ana Petrović"  # a stranger cannot change it
    assert registration.status == "confirmed"
    (reminder,) = mail.outbox
    assert reminder.to == ["ana@example.org"]
    assert reminder.subject == "You are already registered: Roundtable on the bridge"
    assert "/confirm/" not in reminder.body
    assert link_in(reminder, "/cancel/")


@freeze_time(NOW)
def test_a_stranger_cannot_book_a_seat_in_someone_elses_name(client, post, open_event):
    post(url_in(open_event, "en"), form_data(email="victim@example.org", name="Not Me"))
    registration = Registration.objects.get()
    assert registration.status == "pending"  # nothing is confirmed without the link
    (message,) = mail.outbox
    assert "Registration confirmed" not in message.subject
    assert "If you did not ask to register, ignore this email" in message.body
    # The held seat is given back after the hold.
    with freeze_time(NOW + services.SEAT_HOLD + datetime.timedelta(seconds=1)):
        assert open_event.seats_left() == 2


@freeze_time(NOW)
def test_missing_fields_keep_the_input_and_say_what_to_fix(client, post, open_event):
    response = post(url_in(open_event, "sq"), form_data(email="not-an-email", consent=""))
    assert response.status_code == 400
    html = soup(response)
    assert html.select_one("#id_name")["value"] == "Ana Petrović"
    assert html.select_one("#id_organisation")["value"] == "OSCE"
    assert html.select_one("#id_email")["value"] == "not-an-email"
    assert html.select_one("#id_email")["aria-invalid"] == "true"
    with translation.override("sq"):
        assert (
            gettext("Please agree so that we can register you.")
            in html.select_one("#id_consent-error").get_text()
        )
    assert not Registration.objects.exists()


def test_after_the_deadline_the_form_says_it_is_closed(client, post, open_event):
    with freeze_time(datetime.datetime(2026, 12, 2, 12, 0, tzinfo=datetime.UTC)):
        html = soup(client.get(url_in(open_event, "sq")))
        with translation.override("sq"):
            assert (
                gettext("Registration for this event is closed.")
                in html.select_one("#registration").get_text()
            )
        assert not html.select("#registration form")
        response = post(url_in(open_event, "sq"), form_data())
        assert response.status_code == 400
        assert not Registration.objects.exists()


@freeze_time(NOW)
def test_closed_registration(client, post, calendar):
    _, events, _ = calendar
    html = soup(client.get(url_in(events["later"], "en")))
    assert "Registration for this event is closed." in html.select_one("#registration").get_text()
    assert post(url_in(events["later"], "en"), form_data()).status_code == 400


@freeze_time(NOW)
def test_cancellation_frees_a_seat_for_the_first_on_the_waiting_list(client, post, get, open_event):
    register_and_confirm(post, get, open_event, email="a@example.org")
    register_and_confirm(post, get, open_event, email="b@example.org")
    register_and_confirm(post, get, open_event, "sr-latn", email="c@example.org")
    register_and_confirm(post, get, open_event, "sq", email="d@example.org")
    first = Registration.objects.get(email="a@example.org")
    mail.outbox.clear()
    cancel_url = services.cancel_url(first).replace("http://testserver", "")
    page = client.get(cancel_url)
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"]
    assert "a@example.org" in page.content.decode()
    post(cancel_url, {})
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "a@example.org": "cancelled",
        "b@example.org": "confirmed",
        "c@example.org": "confirmed",
        "d@example.org": "waiting",
    }
    (message,) = mail.outbox
    assert message.to == ["c@example.org"]
    with translation.override("sr-latn"):
        assert message.subject == gettext("A seat is free for you: %(title)s") % {
            "title": "Roundtable on the bridge (sr)"
        }
    # The cancelled address may register again.
    register_and_confirm(post, get, open_event, email="a@example.org")
    assert Registration.objects.get(email="a@example.org", status="waiting")


def test_unknown_cancel_token_is_404(client, post, open_event):
    client.raise_request_exception = False
    assert client.get(url_in(open_event, "en") + "cancel/forged-token/").status_code == 404


@freeze_time(NOW)
def test_honeypot_rejects_robots(client, post, open_event):
    response = post(url_in(open_event, "en"), form_data(website="http://spam.example"))
    assert response.status_code == 400
    assert not Registration.objects.exists()
    assert soup(response).select_one("#id_name")["value"] == "Ana Petrović"


@pytest.mark.parametrize("lang", ["en", "sq", "sr-latn"])
@freeze_time(NOW)
def test_registrations_from_one_address_tell_a_room_from_a_script(
    client, post, open_event, settings, lang
):
    """25 guests on the venue's Wi-Fi register one after another; a script
    sending more than the limit (the real one from settings) is refused."""
    limit, _window = settings.FORM_LIMITS["address"]
    assert 25 <= limit < 100
    open_event.capacity = None
    open_event.save_revision().publish()
    codes = [
        post(url_in(open_event, lang), form_data(email=f"r{n}@example.org")).status_code
        for n in range(limit)
    ]
    assert codes == [302] * limit
    assert Registration.objects.count() == limit
    response = post(url_in(open_event, lang), form_data(email="later@example.org"))
    assert response.status_code == 429
    with translation.override(lang):
        assert (
            gettext(
                "Too many registrations from your connection. Please try again in a few minutes."
            )
            in response.content.decode()
        )
    assert soup(response).select_one("#id_email")["value"] == "later@example.org"
    assert soup(response).select_one("#id_name")["value"] == "Ana Petrović"


@freeze_time(NOW)
def test_one_email_address_registers_a_few_times_per_event(client, post, open_event, settings):
    limit, window = settings.FORM_LIMITS["email"]
    url = url_in(open_event, "sq")
    codes = [
        post(url, form_data(email="ana@example.org"), REMOTE_ADDR=f"198.51.100.{n}").status_code
        for n in range(limit + 1)
    ]
    assert codes == [302] * limit + [429]
    with translation.override("sq"):
        message = gettext(
            "This form was sent too often with this email address. "
            "Please try again in %(minutes)s minutes."
        ) % {"minutes": window // 60}
    assert message in soup(post(url, form_data(email="ana@example.org"))).get_text(" ", strip=True)
    # Another event is another form.
    other = make_event(
        open_event.get_parent().specific,
        "second-launch",
        "Second launch",
        start=open_event.start,
        registration_open=True,
    )
    other.save_revision().publish()
    assert post(url_in(other, "en"), form_data(email="ana@example.org")).status_code == 302


@pytest.mark.parametrize(
    "data",
    [
        {"name": "x" * 5000, "email": "a@b.org", "consent": "on"},
        {"name": "<script>alert(1)</script>", "email": "a@b.org\x00", "consent": "on"},
        {"email": ["a@b.org", "c@d.org"], "consent": ["on", "off"]},
        {},
    ],
)
@freeze_time(NOW)
def test_hostile_input_never_gives_a_500(client, post, open_event, data):
    client.raise_request_exception = False
    response = post(url_in(open_event, "en"), data)
    assert response.status_code in {302, 400}
    assert "<script>alert(1)</script>" not in response.content.decode()


@freeze_time(NOW)
def test_staff_export_registrations_as_csv(client, post, get, open_event, django_user_model):
    register_and_confirm(post, get, open_event, email="a@example.org", name="Ana Petrović")
    register_and_confirm(
        post, get, open_event, "sq", email="b@example.org", name="Besa Krasniqi", organisation=""
    )
    user = django_user_model.objects.create_superuser("comms", "c@example.org", "long-password-123")
    client.force_login(user)
    index = client.get(reverse("registrations:index") + f"?event={open_event.pk}")
    assert index.status_code == 200
    assert "Besa Krasniqi" in index.content.decode()
    response = client.get(reverse("registrations:index") + f"?event={open_event.pk}&export=csv")
    assert response.status_code == 200
    content = b"".join(response.streaming_content) if response.streaming else response.content
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert rows[0][:5] == ["Event", "Name", "Email", "Organisation", "Status"]
    assert [r[1:5] for r in rows[1:]] == [
        ["Ana Petrović", "a@example.org", "OSCE", "Confirmed"],
        ["Besa Krasniqi", "b@example.org", "", "Confirmed"],
    ]
    # The same rows in the spreadsheet, opened as a spreadsheet program would.
    from openpyxl import load_workbook

    response = client.get(reverse("registrations:index") + f"?event={open_event.pk}&export=xlsx")
    assert "spreadsheetml" in response["Content-Type"]
    content = b"".join(response.streaming_content) if response.streaming else response.content
    sheet = list(load_workbook(io.BytesIO(content)).active.iter_rows(values_only=True))
    assert sheet[0][:6] == ("Event", "Name", "Email", "Organisation", "Status", "Language")
    assert [r[1:6] for r in sheet[1:]] == [
        ("Ana Petrović", "a@example.org", "OSCE", "Confirmed", "English"),
        ("Besa Krasniqi", "b@example.org", None, "Confirmed", "Shqip"),
    ]
    assert {r[0] for r in sheet[1:]} == {str(open_event)}


REGISTERED_TITLE = {
    "en": "Check your email to finish registering",
    "sq": "Shikoni email-in për ta përfunduar regjistrimin",
    "sr-latn": "Proverite imejl da biste završili prijavu",
}


@freeze_time(NOW)
@pytest.mark.parametrize("lang", ["en", "sq", "sr-latn"])
def test_after_registering_the_reader_gets_a_page_of_its_own_without_a_second_form(
    client, post, open_event, lang
):
    response = post(url_in(open_event, lang), form_data())
    assert response.status_code == 302
    assert response["Location"] == url_in(open_event, lang) + "registered/#registration-result"
    for page in (client.get(response["Location"]), client.get(response["Location"])):  # reload
        assert page.status_code == 200
        assert "no-store" in page["Cache-Control"]
        html = soup(page)
        assert html.h1.get_text(strip=True) == REGISTERED_TITLE[lang]
        assert html.title.get_text().startswith(REGISTERED_TITLE[lang])
        main = html.select_one("main")
        assert main.select("form") == []  # no second form
        title = getattr(open_event, f"title_{lang.replace('-', '_')}")
        assert main.select_one(".event-summary a").get_text(strip=True) == title
        assert main.select_one(".event-summary time")["datetime"].startswith("2026-12-0")
        with translation.override(lang):
            assert main.select_one(f"a[href='{open_event.calendar_url}']") is not None
            assert gettext("How to cancel") in [h.get_text(strip=True) for h in main("h2")]
            held = gettext(
                "Almost done: please confirm with the link we have emailed to you. "
                "We are holding a seat for you for %(minutes)s minutes."
            ) % {"minutes": 30}
        assert main.select_one("[role=status]").get_text(strip=True) == held
        assert html.select_one("meta[name=robots]")["content"] == "noindex"


@freeze_time(NOW)
def test_the_registered_page_says_waiting_list_when_the_event_is_full(client, post, open_event):
    open_event.capacity = 0
    open_event.save_revision().publish()
    response = post(url_in(open_event, "sr-latn"), form_data())
    assert response["Location"].endswith("/registered/?list=waiting#registration-result")
    text = soup(client.get(response["Location"])).select_one("main").get_text(" ", strip=True)
    with translation.override("sr-latn"):
        assert (
            gettext(
                "Almost done: the event is full, so confirm with the link we have emailed to you "
                "to join the waiting list."
            )
            in text
        )
    bad = client.get(url_in(open_event, "sr-latn") + "registered/?list=%00vip")
    assert bad.status_code == 404


@freeze_time(NOW)
@pytest.mark.parametrize(
    ("lang", "place_text"),
    [
        ("en", "You are number 2 on the waiting list."),
        ("sq", "Jeni numri 2 në listën e pritjes."),
        ("sr-latn", "Vi ste broj 2 na listi čekanja."),
    ],
)
def test_the_confirmation_says_the_place_on_the_waiting_list_and_how_to_cancel(
    client, post, get, open_event, lang, place_text
):
    for n in range(4):  # two seats, then two on the waiting list
        register_and_confirm(post, get, open_event, lang=lang, email=f"p{n}@example.org")
    last = Registration.objects.get(email="p3@example.org")
    assert last.status == "waiting"
    html = soup(get(services.confirm_url(last).removeprefix("http://testserver")))
    main = html.select_one("main")
    assert main.select_one(".waiting-place").get_text(strip=True) == place_text
    with translation.override(lang):
        assert main.select_one(f"a[href='{open_event.calendar_url}']") is not None
    cancel = services.cancel_url(last).removeprefix("http://testserver")
    assert main.select_one(f"a[href$='{cancel}']") is not None
    first = Registration.objects.get(email="p0@example.org")
    html = soup(get(services.confirm_url(first).removeprefix("http://testserver")))
    assert html.select_one(".waiting-place") is None  # a seat: no place to tell


@freeze_time(NOW)
@pytest.mark.parametrize(
    ("lang", "error_prefix"), [("en", "Error:"), ("sq", "Gabim:"), ("sr-latn", "Greška:")]
)
def test_a_refused_registration_summarises_its_errors_with_links_to_the_fields(
    client, post, open_event, lang, error_prefix
):
    response = post(url_in(open_event, lang), form_data(email="", consent=""))
    assert response.status_code == 400
    html = soup(response)
    assert html.title.get_text().startswith(f"{error_prefix} ")
    summary = html.select_one(".error-summary")
    assert summary["tabindex"] == "-1" and summary.has_attr("data-focus-on-load")
    assert [a["href"] for a in summary.select("a")] == ["#id_email", "#id_consent"]
    # The consent's error sits above the checkbox row, not squeezed beside it.
    consent = html.select_one("#id_consent").find_parent(class_="form__field")
    assert consent.select_one(".form__error").find_next_sibling(class_="form__check")
    # Required fields, the consent included, are marked and the mark explained.
    assert consent.select_one("label .form__required").get_text() == "*"
    with translation.override(lang):
        note = gettext("Fields marked with an asterisk (*) are required.")
    assert html.select_one(".form__required-note").get_text(strip=True) == note
    assert html.select_one("#id_name")["value"] == "Ana Petrović"  # kept


@freeze_time(NOW)
@pytest.mark.parametrize(
    ("lang", "label", "meaning"),
    [
        ("en", "Quoting what is said", "you may not reveal who said it"),
        ("sq", "Citimi i asaj që thuhet", "nuk mund të zbuloni se kush e tha"),
        ("sr-latn", "Citiranje izrečenog", "ne smete otkriti ko je to rekao"),
    ],
)
def test_the_chatham_house_rule_is_explained_in_the_readers_language(
    client, open_event, lang, label, meaning
):
    from events.models import CHATHAM_HOUSE_RULE_URL

    open_event.chatham_house_rule = True
    open_event.save_revision().publish()
    facts = soup(client.get(url_in(open_event, lang))).select_one(".event__facts")
    terms = {dt.get_text(strip=True): dt.find_next_sibling("dd") for dt in facts("dt")}
    assert "Autori i citatit" not in terms and "Autor citata" not in terms
    assert meaning in terms[label].get_text()
    link = terms[label].select_one("a")
    assert link["href"] == CHATHAM_HOUSE_RULE_URL and link["hreflang"] == "en"
