"""Newsletter subscriptions (double opt-in) and contact messages: the
decisions and emails, kept out of the views."""

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from bbg_site.cyrillic import for_reader
from bbg_site.i18n import email_link
from bbg_site.models import ContactMessage, SiteSettings, Subscriber

CONFIRM_SALT = "newsletter-confirm"
UNSUBSCRIBE_SALT = "newsletter-unsubscribe"
CONFIRM_MAX_AGE = 7 * 24 * 3600  # a confirmation link works for a week


class BadToken(Exception):
    pass


class ExpiredToken(BadToken):
    pass


class Gone(BadToken):
    """A genuine link whose subscription is no longer held (unsubscribed,
    or deleted unconfirmed)."""


def _link(name, token, language) -> str:
    with translation.override(language):
        return email_link(reverse(name, args=[token]))


def confirm_url(subscriber) -> str:
    token = signing.dumps(subscriber.pk, salt=CONFIRM_SALT)
    return _link("newsletter_confirm", token, subscriber.language)


def unsubscribe_url(subscriber) -> str:
    token = signing.dumps(subscriber.pk, salt=UNSUBSCRIBE_SALT)
    return _link("newsletter_unsubscribe", token, subscriber.language)


def _subscriber_from(token: str, salt: str, max_age=None) -> Subscriber:
    try:
        pk = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired as exc:
        raise ExpiredToken from exc
    except signing.BadSignature as exc:
        raise BadToken from exc
    subscriber = Subscriber.objects.filter(pk=pk).first()
    if subscriber is None:
        raise Gone
    return subscriber


@transaction.atomic
def subscribe(*, email, language, topics, consent_text, request=None) -> None:
    """Ask for confirmation, whatever the state of the address.

    The reader sees the same answer whether or not the address was already
    subscribed; an address already confirmed gets no second email (so nobody
    can flood someone's inbox through this form), nor are its choices changed.
    """
    subscriber = Subscriber.objects.filter(email__iexact=email).first()
    if subscriber is not None and subscriber.status == Subscriber.Status.CONFIRMED:
        return
    if subscriber is None:
        subscriber = Subscriber(email=email)
    subscriber.language = language
    subscriber.consent_text = str(consent_text)
    subscriber.status = Subscriber.Status.PENDING
    subscriber.unsubscribed_at = None
    subscriber.save()
    subscriber.topics.set(topics)
    transaction.on_commit(lambda: send_confirmation(subscriber, request))


def confirm(token: str) -> Subscriber:
    subscriber = _subscriber_from(token, CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    if subscriber.status == Subscriber.Status.PENDING:
        subscriber.status = Subscriber.Status.CONFIRMED
        subscriber.confirmed_at = timezone.now()
        subscriber.save(update_fields=["status", "confirmed_at"])
    elif subscriber.status == Subscriber.Status.UNSUBSCRIBED:
        raise BadToken  # an old confirmation link must not undo an unsubscription
    return subscriber


def subscriber_to_unsubscribe(token: str) -> Subscriber:
    return _subscriber_from(token, UNSUBSCRIBE_SALT)


def unsubscribe(token: str) -> None:
    """Unsubscribing removes the address: nothing about the subscriber is
    kept (the consent text promises it). A second click finds nothing to
    remove and says the same."""
    try:
        subscriber = _subscriber_from(token, UNSUBSCRIBE_SALT)
    except Gone:
        return
    subscriber.delete()


def send_confirmation(subscriber: Subscriber, request=None) -> None:
    unsubscribe = unsubscribe_url(subscriber)
    with translation.override(subscriber.language):
        context = {
            "confirm_url": confirm_url(subscriber),
            "unsubscribe_url": unsubscribe,
            "organisation": SiteSettings.for_request(request).organisation_name
            if request
            else "Balkans Policy Research Group",
        }
        subject = render_to_string("emails/newsletter_confirm_subject.txt", context).strip()
        body = render_to_string("emails/newsletter_confirm.txt", context)
        subject, body = for_reader(subject), for_reader(body)  # /sr-cyrl/: in Cyrillic
    EmailMessage(
        subject,
        body,
        to=[subscriber.email],
        # One-click unsubscribe for mail programs (RFC 8058).
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    ).send()


def receive_contact_message(*, name, email, subject, message, language, request) -> ContactMessage:
    stored = ContactMessage.objects.create(
        name=name, email=email, subject=subject, message=message, language=language
    )
    site_settings = SiteSettings.for_request(request)
    recipient = site_settings.email or settings.DEFAULT_FROM_EMAIL
    with translation.override(settings.LANGUAGE_CODE):  # for BPRG's staff
        body = render_to_string("emails/contact_message.txt", {"message": stored})
    EmailMessage(
        f"[{site_settings.organisation_name}] {subject}", body, to=[recipient], reply_to=[email]
    ).send()
    return stored
