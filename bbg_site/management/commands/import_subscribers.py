"""Bring confirmed subscribers over from an earlier mailing list.

The only way, besides the subscriber's own confirmation link, that an
address becomes a confirmed subscriber: an explicit command, run by an
Administrator who names themself, logged in the admin's history of each
subscriber and in the server log.

    manage.py import_subscribers old-list.csv --by chief --language sq

The CSV needs an ``email`` column; ``language`` (en, sq, sr-latn) is optional
per row, else ``--language`` applies. Addresses already known are left as
they are (an unsubscription is never undone).
"""

import csv
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from bbg_site.i18n import language_codes
from bbg_site.models import Subscriber
from editorial.roles import is_administrator

logger = logging.getLogger(__name__)
LANGUAGES = language_codes()


class Command(BaseCommand):
    help = "Import confirmed newsletter subscribers from an earlier list (Administrators only)."

    def add_arguments(self, parser):
        parser.add_argument("csv_file")
        parser.add_argument("--by", required=True, help="the Administrator's username")
        parser.add_argument("--language", default=settings.LANGUAGE_CODE, choices=LANGUAGES)

    def handle(self, csv_file, by, language, **options):
        user = get_user_model().objects.filter(username=by).first()
        if user is None or not is_administrator(user):
            raise CommandError(f"{by!r} is not an Administrator: only Administrators import.")
        try:
            with open(csv_file, newline="", encoding="utf-8-sig") as handle:
                rows = list(csv.DictReader(handle))
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            raise CommandError(f"Cannot read {csv_file}: {exc}") from exc
        if rows and "email" not in rows[0]:
            raise CommandError("The file needs an 'email' column.")
        added, known, refused = self._import(rows, user, language, csv_file)
        summary = f"{added} subscribers imported as confirmed, {known} already known, "
        summary += f"{len(refused)} refused"
        logger.warning("%s from %s by %s", summary, csv_file, user.username)
        self.stdout.write(summary + "".join(f"\n  refused: {row}" for row in refused))

    @transaction.atomic
    def _import(self, rows, user, default_language, source):
        added, known, refused = 0, 0, []
        now = timezone.now()
        consent = (
            f"Imported from an earlier mailing list ({source}) by {user.username} "
            f"on {now:%Y-%m-%d}; consent given there."
        )
        for row in rows:
            email = (row.get("email") or "").strip().lower()
            language = (row.get("language") or "").strip() or default_language
            try:
                validate_email(email)
            except ValidationError:
                refused.append(email or "(empty)")
                continue
            if language not in LANGUAGES:
                refused.append(f"{email} (language {language!r})")
                continue
            if Subscriber.objects.filter(email__iexact=email).exists():
                known += 1
                continue
            subscriber = Subscriber.objects.create(
                email=email,
                language=language,
                status=Subscriber.Status.CONFIRMED,
                consent_text=consent,
                confirmed_at=now,
            )
            log(instance=subscriber, action="wagtail.create", user=user)
            added += 1
        return added, known, refused
