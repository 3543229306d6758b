"""Registration, confirmation by email, cancellation and the waiting list,
with their emails.

Kept out of views and models: the view parses the form, these functions
decide and notify. A registration only counts once the person has followed
the link emailed to them (so nobody can book a seat, or send a "seat
confirmed" email, in a stranger's name); meanwhile a seat is held for them
for ``SEAT_HOLD``. The page answers the same way whether or not an address
is already registered: what differs goes only to that address, by email.
"""

import datetime
import secrets

from django.core.mail import send_mail
from django.db import IntegrityError, models, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from bbg_site import page_cache
from bbg_site.cyrillic import kept_words, to_cyrillic
from bbg_site.i18n import email_link, is_cyrillic

from .models import EventPage, Registration

SEAT_HOLD = datetime.timedelta(minutes=30)
Status = Registration.Status


class RegistrationClosed(Exception):
    pass


@transaction.atomic
def register(event: EventPage, *, name, email, organisation, language, consent_text) -> None:
    """Email the address a link to confirm its registration (or, when it is
    registered already, a reminder of that registration)."""
    # Lock the event row so that two people cannot take the last seat at once.
    event = EventPage.objects.select_for_update().get(pk=event.pk)
    state = event.registration_state()
    if state in ("closed", "past"):
        raise RegistrationClosed
    existing = (
        event.registrations.select_for_update()
        .filter(email__iexact=email)
        .exclude(status=Status.CANCELLED)
        .first()
    )
    if existing is not None and existing.status != Status.PENDING:
        transaction.on_commit(lambda: send_registration_email(existing, "already"))
        return
    registration = existing or Registration(event=event, token=secrets.token_urlsafe(32))
    registration.name = name
    registration.email = email
    registration.organisation = organisation
    registration.language = language
    registration.consent_text = str(consent_text)
    registration.status = Status.PENDING
    registration.held_until = timezone.now() + SEAT_HOLD if state == "open" else None
    try:
        with transaction.atomic():
            registration.save()
    except IntegrityError:  # a double click that slipped past the check
        return
    transaction.on_commit(lambda: send_registration_email(registration, "confirm"))
    transaction.on_commit(lambda: page_cache.forget(event))


@transaction.atomic
def confirm(registration: Registration) -> Registration:
    """The person followed the link: a seat if one is held for them or free,
    else a place on the waiting list. Following it again, or after the event
    has begun, changes nothing."""
    event = EventPage.objects.select_for_update().get(pk=registration.event_id)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    now = timezone.now()
    if registration.status != Status.PENDING or event.start <= now:
        return registration  # the page says what it is (too late: closed)
    held = registration.held_until is not None and registration.held_until > now
    taken = (
        event.registrations.filter(Registration.takes_a_seat(now))
        .exclude(pk=registration.pk)
        .count()
    )
    free = event.capacity is None or taken < event.capacity
    registration.status = Status.CONFIRMED if held or free else Status.WAITING
    registration.held_until = None
    registration.save(update_fields=["status", "held_until"])
    transaction.on_commit(lambda: send_registration_email(registration, registration.status))
    transaction.on_commit(lambda: page_cache.forget(event))
    return registration


@transaction.atomic
def cancel(registration: Registration) -> Registration | None:
    """Cancel a registration; a freed seat goes to the first on the waiting list,
    who is told by email. Returns the promoted registration, if any."""
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.status == Status.CANCELLED:
        return None
    freed_seat = registration.status == Status.CONFIRMED
    registration.status = Status.CANCELLED
    registration.cancelled_at = timezone.now()
    registration.held_until = None
    registration.save(update_fields=["status", "cancelled_at", "held_until"])
    transaction.on_commit(lambda: page_cache.forget(registration.event))
    if not freed_seat:
        return None
    event = registration.event
    if event.start <= timezone.now():
        return None
    promoted = (
        event.registrations.select_for_update()
        .filter(status=Status.WAITING)
        .order_by("created_at", "pk")
        .first()
    )
    if promoted is None:
        return None
    promoted.status = Status.CONFIRMED
    promoted.save(update_fields=["status"])
    transaction.on_commit(lambda: send_registration_email(promoted, "promoted"))
    return promoted


def waiting_place(registration: Registration) -> int | None:
    """The registration's place on the event's waiting list (1 is the next
    to get a seat), or None when it is not waiting."""
    if registration.status != Status.WAITING:
        return None
    ahead = registration.event.registrations.filter(status=Status.WAITING).filter(
        models.Q(created_at__lt=registration.created_at)
        | models.Q(created_at=registration.created_at, pk__lt=registration.pk)
    )
    return ahead.count() + 1


def _event_link(registration: Registration, route: str | None = None) -> str:
    """An address on the event's page in the registrant's language, on the
    site's configured address (never the Host of the request)."""
    with translation.override(registration.language):
        event = registration.event.specific
        path = event.get_url_parts()[2]
        if route:
            path += event.reverse_subpage(route, args=[registration.token])
    return email_link(path)


def cancel_url(registration: Registration) -> str:
    return _event_link(registration, "cancel")


def confirm_url(registration: Registration) -> str:
    return _event_link(registration, "confirm")


# What each email says: "confirm" asks to follow the link, "already" reminds
# an address that is registered, the others tell the outcome.
EMAIL_KINDS = ("confirm", "already", Status.CONFIRMED, Status.WAITING, "promoted")


def send_registration_email(registration: Registration, kind: str) -> None:
    """One email in the registrant's language."""
    assert kind in EMAIL_KINDS, kind
    with translation.override(registration.language):
        event = registration.event.specific
        context = {
            "kind": str(kind),
            "registration": registration,
            "event": event,
            "event_url": _event_link(registration),
            "cancel_url": cancel_url(registration),
            "confirm_url": confirm_url(registration),
        }
        subject = render_to_string("emails/registration_subject.txt", context).strip()
        body = render_to_string("emails/registration.txt", context)
        if is_cyrillic():
            # Signed up from /sr-cyrl/: the Serbian text in Cyrillic, the
            # registrant's name as they typed it.
            kept = (*kept_words(), registration.name.strip())
            subject, body = to_cyrillic(subject, kept), to_cyrillic(body, kept)
    send_mail(subject, body, None, [registration.email])
