"""Personal data kept only as long as the consent texts promise.

- Event registrations: the name, email address and organisation are erased
  ``registration_retention_months`` after the event (site settings, 12 by
  default); the registration stays as an anonymous count (event, status,
  language, dates).
- Contact messages are deleted ``contact_retention_months`` after they came
  (24).
- Newsletter subscriptions never confirmed are deleted after
  ``unconfirmed_subscription_days`` (30). An unsubscribe deletes the
  subscription at once (``bbg_site.engagement.unsubscribe``).

``apply_retention`` is run by the scheduler (``manage.py apply_retention``,
docker/entrypoint.sh); ``erase_email`` is the admin's "erase everything
about one address" (``bbg_site.views_privacy``).
"""

import hashlib
import logging
from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

logger = logging.getLogger(__name__)

AVERAGE_MONTH = timedelta(days=30.44)


def _settings():
    from wagtail.models import Site

    from bbg_site.models import SiteSettings

    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return SiteSettings.for_site(site) if site else SiteSettings()


def _anonymise(registrations, now) -> int:
    return registrations.filter(anonymised_at__isnull=True).update(
        name="", email="", organisation="", anonymised_at=now
    )


@transaction.atomic
def apply_retention(now=None) -> dict[str, int]:
    """Erase or delete what is past its period; the counts of each."""
    from bbg_site.models import ContactMessage, Subscriber
    from events.models import Registration

    now = now or timezone.now()
    periods = _settings()
    event_over = now - periods.registration_retention_months * AVERAGE_MONTH
    counts = {
        "registrations_anonymised": _anonymise(
            Registration.objects.filter(
                Q(event__end__lt=event_over)
                | Q(event__end__isnull=True, event__start__lt=event_over)
            ),
            now,
        ),
        "contact_messages_deleted": ContactMessage.objects.filter(
            created_at__lt=now - periods.contact_retention_months * AVERAGE_MONTH
        ).delete()[0],
        "subscriptions_deleted": Subscriber.objects.filter(
            Q(
                status=Subscriber.Status.PENDING,
                created_at__lt=now - timedelta(days=periods.unconfirmed_subscription_days),
            )
            # Left from before an unsubscribe deleted the address at once.
            | Q(status=Subscriber.Status.UNSUBSCRIBED)
        )
        .delete()[1]
        .get("bbg_site.Subscriber", 0),
    }
    logger.info("Retention: %s", ", ".join(f"{k} {v}" for k, v in counts.items()))
    return counts


def held_about(email: str) -> dict:
    """Everything held about one email address (any letter case)."""
    from bbg_site.models import ContactMessage, Subscriber
    from events.models import Registration

    email = email.strip()
    return {
        "subscriptions": Subscriber.objects.filter(email__iexact=email),
        "registrations": Registration.objects.filter(email__iexact=email).select_related("event"),
        "contact_messages": ContactMessage.objects.filter(email__iexact=email),
    }


def email_reference(email: str) -> str:
    """What the log says instead of the address: a log kept for months must
    not hold the address it records the erasure of."""
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()[:12]


@transaction.atomic
def erase_email(email: str, user) -> dict[str, int]:
    """Erase everything held about ``email`` in one step: the subscription
    and contact messages are deleted, registrations become anonymous counts.
    Logged with who did it and the counts."""
    held = held_about(email)
    counts = {
        "subscriptions": held["subscriptions"].delete()[1].get("bbg_site.Subscriber", 0),
        "registrations": _anonymise(held["registrations"], timezone.now()),
        "contact_messages": held["contact_messages"].delete()[0],
    }
    logger.warning(
        "Personal data erased on request by %s for address ref %s: %s",
        user.get_username() if user else "-",
        email_reference(email),
        ", ".join(f"{k} {v}" for k, v in counts.items()),
    )
    return counts
