"""Registrations and newsletter subscriptions are confirmed only by the
people themselves: nobody adds them in the admin, staff cannot confirm a
subscription, and an older list comes over only by an Administrator's
explicit, logged command."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import ModelLogEntry

from bbg_site.models import Subscriber

pytestmark = pytest.mark.django_db


@pytest.fixture
def comms(client, django_user_model):
    user = django_user_model.objects.create_user("comms", "c@example.org", "long-password-12")
    user.groups.add(Group.objects.get(name="Communications"))
    client.force_login(user)
    return user


@pytest.mark.parametrize("url", ["/admin/registrations/new/", "/admin/subscribers/new/"])
def test_nobody_adds_registrations_or_subscribers_in_the_admin(
    client, comms, url, django_user_model
):
    """A POST to the registration add view answered 500 (its form had only
    a status field); adding a subscriber skipped double opt-in."""
    client.raise_request_exception = False

    def refused(response):
        # The admin's answer to a missing permission: back to the dashboard.
        return response.status_code == 302 and response["Location"] == "/admin/"

    assert refused(client.get(url))
    assert refused(client.post(url, {"status": "confirmed", "email": "x@example.org"}))
    root = django_user_model.objects.create_superuser("root", "r@example.org", "long-password-12")
    client.force_login(root)
    assert refused(client.post(url, {"status": "confirmed", "email": "x@example.org"}))
    assert not Subscriber.objects.exists()


def test_the_lists_offer_no_add_button(client, comms):
    for index in ("/admin/registrations/", "/admin/subscribers/"):
        html = client.get(index).content.decode()
        assert "/new/" not in html


def test_staff_can_unsubscribe_but_not_confirm_a_subscriber(client, comms):
    subscriber = Subscriber.objects.create(
        email="reader@example.org", language="sq", consent_text="yes"
    )
    url = f"/admin/subscribers/edit/{subscriber.pk}/"
    page = client.get(url).content.decode()
    assert 'value="confirmed"' not in page
    assert 'value="unsubscribed"' in page
    refused = client.post(url, {"status": "confirmed", "language": "sq"})
    assert refused.status_code == 200  # the form again, with the error
    subscriber.refresh_from_db()
    assert subscriber.status == "pending"
    client.post(url, {"status": "unsubscribed", "language": "sq"})
    subscriber.refresh_from_db()
    assert subscriber.status == "unsubscribed"
    assert subscriber.unsubscribed_at is not None


def test_an_older_list_is_imported_only_by_an_administrator(tmp_path, django_user_model, comms):
    chief = django_user_model.objects.create_user("chief", "chief@example.org", "long-password-12")
    chief.groups.add(Group.objects.get(name="Administrators"))
    Subscriber.objects.create(
        email="gone@example.org", language="en", consent_text="x", status="unsubscribed"
    )
    source = tmp_path / "old-list.csv"
    source.write_text(
        "email,language\nnew@example.org,sq\nGONE@example.org,en\nnot-an-address,en\n"
        "third@example.org,\n",
        encoding="utf-8",
    )
    with pytest.raises(CommandError, match="only Administrators"):
        call_command("import_subscribers", str(source), "--by", "comms")
    assert Subscriber.objects.count() == 1

    call_command("import_subscribers", str(source), "--by", "chief", "--language", "sr-latn")
    statuses = dict(Subscriber.objects.values_list("email", "status"))
    assert statuses == {
        "gone@example.org": "unsubscribed",  # an unsubscription is never undone
        "new@example.org": "confirmed",
        "third@example.org": "confirmed",
    }
    new = Subscriber.objects.get(email="new@example.org")
    assert new.language == "sq"
    assert Subscriber.objects.get(email="third@example.org").language == "sr-latn"
    assert "by chief" in new.consent_text
    assert ModelLogEntry.objects.filter(object_id=str(new.pk), user=chief).exists()
