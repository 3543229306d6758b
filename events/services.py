"""Registration, cancellation and the waiting list, with their emails.

Kept out of views and models (STYLE.md): the view parses the form, these
functions decide and notify.
"""

import secrets

from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from bbg_site.i18n import absolute_url

from .models import EventPage, Registration


class RegistrationClosed(Exception):
    pass


class AlreadyRegistered(Exception):
    pass


@transaction.atomic
def register(event: EventPage, *, name, email, organisation, language, consent_text, request=None):
    # Lock the event row so that two people cannot take the last seat at once.
    event = EventPage.objects.select_for_update().get(pk=event.pk)
    state = event.registration_state()
    if state in ("closed", "past"):
        raise RegistrationClosed
    if (
        event.registrations.filter(email__iexact=email)
        .exclude(status=Registration.Status.CANCELLED)
        .exists()
    ):
        raise AlreadyRegistered
    status = (
        Registration.Status.WAITING if state == "waiting-list" else Registration.Status.CONFIRMED
    )
    try:
        with transaction.atomic():
            registration = Registration.objects.create(
                event=event,
                name=name,
                email=email,
                organisation=organisation,
                language=language,
                status=status,
                consent_text=str(consent_text),
                token=secrets.token_urlsafe(32),
            )
    except IntegrityError as exc:  # a double click that slipped past the check
        raise AlreadyRegistered from exc
    transaction.on_commit(lambda: send_registration_email(registration, request))
    return registration


@transaction.atomic
def cancel(registration: Registration, request=None) -> Registration | None:
    """Cancel a registration; a freed seat goes to the first on the waiting list,
    who is told by email. Returns the promoted registration, if any."""
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.status == Registration.Status.CANCELLED:
        return None
    freed_seat = registration.status == Registration.Status.CONFIRMED
    registration.status = Registration.Status.CANCELLED
    registration.cancelled_at = timezone.now()
    registration.save(update_fields=["status", "cancelled_at"])
    if not freed_seat:
        return None
    event = registration.event
    if event.start <= timezone.now():
        return None
    promoted = (
        event.registrations.select_for_update()
        .filter(status=Registration.Status.WAITING)
        .order_by("created_at", "pk")
        .first()
    )
    if promoted is None:
        return None
    promoted.status = Registration.Status.CONFIRMED
    promoted.save(update_fields=["status"])
    transaction.on_commit(
        lambda: send_registration_email(promoted, request, promoted_from_waiting_list=True)
    )
    return promoted


def cancel_url(registration: Registration, request=None) -> str:
    with translation.override(registration.language):
        event = registration.event.specific
        return absolute_url(event, request) + event.reverse_subpage(
            "cancel", args=[registration.token]
        )


def send_registration_email(
    registration: Registration, request=None, *, promoted_from_waiting_list=False
):
    """One email in the registrant's language: confirmed, on the waiting list,
    or moved from the waiting list to a seat."""
    with translation.override(registration.language):
        event = registration.event.specific
        context = {
            "registration": registration,
            "event": event,
            "event_url": absolute_url(event, request),
            "cancel_url": cancel_url(registration, request),
            "promoted": promoted_from_waiting_list,
        }
        subject = render_to_string("emails/registration_subject.txt", context).strip()
        body = render_to_string("emails/registration.txt", context)
    send_mail(subject, body, None, [registration.email])
