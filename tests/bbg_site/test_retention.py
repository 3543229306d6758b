"""Personal data kept only as long as the consent texts promise: the periods
in the site settings, carried out by the scheduler's `apply_retention`; an
unsubscribe removes the address; an administrator erases everything about
one address in one step."""

import datetime
import logging

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from freezegun import freeze_time

from bbg_site.forms import NEWSLETTER_CONSENT
from bbg_site.models import ContactMessage, Subscriber
from events.forms import CONSENT_TEXT
from events.models import Registration
from tests.factories import make_event, make_event_index
from tests.helpers import soup

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 12, 2, 12, 0, tzinfo=datetime.UTC)
DAY = datetime.timedelta(days=1)


def registration(event, email, name="Ana Petrović", status="confirmed"):
    return Registration.objects.create(
        event=event,
        name=name,
        email=email,
        organisation="OSCE",
        language="sq",
        status=status,
        consent_text="yes",
        token=f"t-{email}-{event.pk}",
    )


@pytest.fixture
def held(site):
    """Personal data of every kind, some past its period and some not."""
    index = make_event_index(site.home)
    old = make_event(index, "old", "Old launch", start=NOW - 400 * DAY)
    recent = make_event(index, "recent", "Recent launch", start=NOW - 300 * DAY)
    with freeze_time(NOW - 400 * DAY):
        for n in range(3):
            registration(old, f"guest{n}@example.org", status="confirmed" if n else "cancelled")
    with freeze_time(NOW - 300 * DAY):
        registration(recent, "guest0@example.org")
    with freeze_time(NOW - 25 * 30 * DAY):
        ContactMessage.objects.create(
            name="Old", email="old@example.org", subject="S", message="M", language="en"
        )
    with freeze_time(NOW - 23 * 30 * DAY):
        ContactMessage.objects.create(
            name="Recent", email="recent@example.org", subject="S", message="M", language="en"
        )
    with freeze_time(NOW - 31 * DAY):
        Subscriber.objects.create(email="late@example.org", language="en", consent_text="y")
        Subscriber.objects.create(
            email="reader@example.org", language="en", consent_text="y", status="confirmed"
        )
    with freeze_time(NOW - 29 * DAY):
        Subscriber.objects.create(email="fresh@example.org", language="en", consent_text="y")
    return {"old": old, "recent": recent}


def test_the_periods_are_site_settings_with_the_promised_defaults(site):
    assert site.settings.registration_retention_months == 12
    assert site.settings.contact_retention_months == 24
    assert site.settings.unconfirmed_subscription_days == 30


@pytest.mark.parametrize("lang", ["en", "sq", "sr-latn"])
def test_the_consent_texts_state_the_periods(lang):
    numbers = {"en": ("12 months", "30 days"), "sq": ("12 muaj", "30 ditësh")}
    numbers["sr-latn"] = ("12 meseci", "30 dana")
    with translation.override(lang):
        registration_text, newsletter_text = str(CONSENT_TEXT), str(NEWSLETTER_CONSENT)
    assert numbers[lang][0] in registration_text
    assert numbers[lang][1] in newsletter_text


def test_the_scheduler_erases_what_is_past_its_period_and_keeps_the_counts(held):
    with freeze_time(NOW):
        call_command("apply_retention")
    old = Registration.objects.filter(event=held["old"])
    # A registration becomes an anonymous count: status, language, dates kept.
    assert old.count() == 3
    assert set(old.values_list("name", "email", "organisation")) == {("", "", "")}
    assert sorted(old.values_list("status", flat=True)) == ["cancelled", "confirmed", "confirmed"]
    assert all(r.anonymised_at == NOW for r in old)
    assert held["old"].registrations.filter(status="confirmed").count() == 2
    # Within its period: untouched.
    recent = Registration.objects.get(event=held["recent"])
    assert (recent.name, recent.email) == ("Ana Petrović", "guest0@example.org")
    assert list(ContactMessage.objects.values_list("name", flat=True)) == ["Recent"]
    assert set(Subscriber.objects.values_list("email", flat=True)) == {
        "reader@example.org",  # confirmed: kept until they unsubscribe
        "fresh@example.org",
    }
    # Run again: nothing more to do, nothing breaks.
    with freeze_time(NOW):
        call_command("apply_retention")
    assert Registration.objects.filter(anonymised_at__isnull=False).count() == 3


def test_shorter_periods_set_by_an_administrator_apply(held, site):
    site.settings.registration_retention_months = 6
    site.settings.contact_retention_months = 12
    site.settings.unconfirmed_subscription_days = 7
    site.settings.save()
    with freeze_time(NOW):
        call_command("apply_retention")
    assert not Registration.objects.exclude(email="").exists()
    assert not ContactMessage.objects.exists()
    assert set(Subscriber.objects.values_list("email", flat=True)) == {"reader@example.org"}


def test_the_scheduler_runs_retention_every_round():
    from pathlib import Path

    entrypoint = (Path(__file__).resolve().parents[2] / "docker" / "entrypoint.sh").read_text()
    loop = entrypoint[entrypoint.index("while :; do") : entrypoint.index("done\n")]
    assert "python manage.py apply_retention" in loop


def test_an_unsubscribe_removes_the_address(site, django_capture_on_commit_callbacks):
    client = Client()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/sq/newsletter/",
            {"email": "reader@example.org", "language": "sq", "consent": "on", "website": ""},
        )
    (message,) = mail.outbox
    link = next(w for w in message.body.split() if "/newsletter/unsubscribe/" in w)
    link = link.replace("http://testserver", "")
    client.get(next(w for w in message.body.split() if "/newsletter/confirm/" in w))
    assert client.post(link).status_code == 200
    assert not Subscriber.objects.filter(email="reader@example.org").exists()
    # The link again: nothing left, the same friendly answer (not a 404).
    again = client.get(link)
    assert again.status_code == 200
    assert soup(again).select_one("main form[method=post]") is None
    assert client.post(link).status_code == 200


@pytest.fixture
def administrator(client, django_user_model):
    user = django_user_model.objects.create_superuser("chief", "c@example.org", "long-pass-1234")
    client.force_login(user)
    return client


def test_an_administrator_finds_and_erases_everything_about_one_address(
    administrator, held, caplog
):
    url = reverse("bbg_personal_data")
    ContactMessage.objects.create(
        name="Ana", email="Guest0@Example.org", subject="Data", message="M", language="sq"
    )
    Subscriber.objects.create(email="guest0@example.org", language="sq", consent_text="y")
    found = administrator.post(url, {"email": "GUEST0@example.org"})
    assert found.status_code == 200
    listed = soup(found).select_one("[data-personal-data=found]").get_text(" ", strip=True)
    assert "Old launch" in listed and "Recent launch" in listed and "Data" in listed
    with caplog.at_level(logging.INFO, logger="bbg_site.retention"):
        erased = administrator.post(url, {"email": "guest0@example.org", "erase": "1"}, follow=True)
    assert erased.status_code == 200
    assert "2 registration(s) made anonymous" in erased.content.decode()
    assert not Subscriber.objects.filter(email__iexact="guest0@example.org").exists()
    assert not ContactMessage.objects.filter(email__iexact="guest0@example.org").exists()
    assert not Registration.objects.filter(email__iexact="guest0@example.org").exists()
    assert Registration.objects.filter(event=held["recent"]).count() == 1  # the count stays
    # Others untouched; the erasure is logged, with who did it, without the address.
    assert Registration.objects.filter(email="guest1@example.org").exists()
    (record,) = [r for r in caplog.records if "erased on request" in r.getMessage()]
    assert "chief" in record.getMessage() and "guest0" not in record.getMessage()
    again = administrator.post(url, {"email": "guest0@example.org"})
    assert soup(again).select_one("[data-personal-data=none]") is not None


def test_the_personal_data_page_is_for_administrators_only(client, site, django_user_model):
    from django.contrib.auth.models import Permission

    editor = django_user_model.objects.create_user("ed", "ed@example.org", "long-pass-1234")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    response = client.post(reverse("bbg_personal_data"), {"email": "a@example.org"})
    assert response.status_code in (302, 403)


@pytest.mark.parametrize(
    ("lang", "heading"), [("en", "Personal data"), ("sq", None), ("sr-latn", None)]
)
def test_the_personal_data_page_speaks_the_administrators_language(
    administrator, site, django_user_model, lang, heading
):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(django_user_model.objects.get(username="chief"))
    profile.preferred_language = lang
    profile.save()
    with translation.override(lang):
        expected = gettext("Personal data")
    page = administrator.get(reverse("bbg_personal_data"))
    assert expected in soup(page).title.get_text(strip=True)
    assert expected in soup(page).select_one("header").get_text(" ", strip=True)
    assert lang == "en" or expected != "Personal data"


def test_retention_never_touches_an_event_still_to_come(site):
    event = make_event(make_event_index(site.home), "soon", "Soon", start=timezone.now() + 30 * DAY)
    registration(event, "a@example.org")
    call_command("apply_retention")
    assert Registration.objects.get().email == "a@example.org"
