"""Moves the reach counts from Redis into PostgreSQL (run by the scheduler)."""

import logging

import redis
from django.core.management.base import BaseCommand, CommandError

from reach import flush
from reach.models import ReachSettings

logger = logging.getLogger(__name__)


def _keep_months() -> int:
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return ReachSettings.for_site(site).keep_days_months if site else 24


class Command(BaseCommand):
    help = (
        "Add the page views, downloads and referrals counted in Redis to the daily rows, "
        "note today's confirmed newsletter subscribers per language, and add up days "
        "older than the reach retention period (site settings) into months."
    )

    def handle(self, *args, **options):
        try:
            totals = flush.flush()
        except redis.RedisError as error:
            # The counts stay in Redis; the next run writes them.
            raise CommandError(f"Redis unreachable, nothing flushed: {error}") from error
        flush.snapshot_subscribers()
        rolled = flush.roll_up(_keep_months())
        message = (
            f"Reach: {totals['views']} views, {totals['downloads']} downloads, "
            f"{totals['referrals']} referrals written; {rolled} old daily rows rolled up"
        )
        logger.info(message)
        self.stdout.write(message)
