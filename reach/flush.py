"""From Redis to PostgreSQL, run by the scheduler (``manage.py flush_reach``).

For each day with counts in Redis and each kind, the hash is first renamed
to a batch name of its own (``RENAME`` is atomic: a view arriving a moment
later starts a new hash and is flushed next time, none is lost or counted
twice). The batch is added to the daily rows in one transaction that also
records the batch's name (``FlushedBatch``); only then is it deleted from
Redis. A batch left in Redis by a crash is finished by the next run, and one
already written is only deleted: the upserts are idempotent.

Ids that are not live pages and languages no longer in ``settings.LANGUAGES``
are dropped here (the beacon cannot ask the database).
"""

import logging
import uuid
from collections import defaultdict
from datetime import date, timedelta

from django.db import transaction
from django.db.models import Count as Total
from django.utils import timezone
from wagtail.models import Page

from bbg_site.i18n import language_codes
from reach import counting
from reach.models import Count, FlushedBatch, SubscriberSnapshot

logger = logging.getLogger(__name__)


def _batches_key() -> str:
    return f"{counting.prefix()}:batches"


def _parse(kind: str, fields: dict) -> dict:
    """``{(page_id, language, source): count}`` from a Redis hash."""
    parsed = defaultdict(int)
    for raw_field, raw_count in fields.items():
        parts = raw_field.decode().split(":", 2)
        if len(parts) < 2 or not counting.valid_page_id(parts[0]):
            continue
        source = parts[2] if kind == counting.REFERRAL and len(parts) == 3 else ""
        parsed[(int(parts[0]), parts[1], source)] += int(raw_count)
    return parsed


def _add(kind: str, day: date, counts: dict) -> int:
    """Add ``counts`` to the daily rows of ``kind``; the number of views (or
    downloads, referrals) written."""
    languages = set(language_codes())
    live = set(
        Page.objects.live()
        .filter(pk__in={page_id for page_id, _l, _s in counts})
        .values_list("pk", flat=True)
    )
    wanted = {
        key: n for key, n in counts.items() if key[0] in live and key[1] in languages and n > 0
    }
    if not wanted:
        return 0
    existing = {
        (row.page_id, row.language, row.source): row
        for row in Count.objects.select_for_update().filter(
            kind=kind, day=day, monthly=False, page_id__in={key[0] for key in wanted}
        )
    }
    changed, created = [], []
    for (page_id, language, source), n in wanted.items():
        row = existing.get((page_id, language, source))
        if row is None:
            created.append(
                Count(
                    kind=kind, page_id=page_id, language=language, source=source, day=day, count=n
                )
            )
        else:
            row.count += n
            changed.append(row)
    Count.objects.bulk_update(changed, ["count"])
    Count.objects.bulk_create(created)
    return sum(wanted.values())


def _write_batch(connection, name: str) -> int:
    _prefix, _batch, _id, code, day = name.rsplit(":", 4)
    kind = counting.CODE_KINDS[code]
    fields = connection.hgetall(name)
    written = 0
    with transaction.atomic():
        if not FlushedBatch.objects.filter(name=name).exists():
            written = _add(kind, date.fromisoformat(day), _parse(kind, fields))
            FlushedBatch.objects.create(name=name)
    connection.delete(name)
    connection.srem(_batches_key(), name)
    return written


def flush(now=None) -> dict:
    """Move every count in Redis into the database. Raises ``redis.RedisError``
    when Redis cannot be reached (the counts stay there for the next run)."""
    connection = counting.client()
    totals = {"views": 0, "downloads": 0, "referrals": 0}
    if connection is None:
        return totals
    today = timezone.localdate(now)
    names = dict.fromkeys(counting.KIND_CODES, 0)
    # Batches of an earlier run that did not finish.
    for raw in connection.smembers(_batches_key()):
        name = raw.decode()
        names[counting.CODE_KINDS[name.rsplit(":", 2)[1]]] += _write_batch(connection, name)
    for raw_day in connection.smembers(counting.days_key()):
        day = raw_day.decode()
        for kind in counting.KIND_CODES:
            source = counting.day_key(kind, day)
            name = f"{counting.prefix()}:batch:{uuid.uuid4().hex}:{counting.KIND_CODES[kind]}:{day}"
            connection.sadd(_batches_key(), name)
            try:
                connection.rename(source, name)
            except counting.redis.ResponseError:  # nothing counted since the last run
                connection.srem(_batches_key(), name)
                continue
            names[kind] += _write_batch(connection, name)
        # No view can arrive for a day that is over (each counts on its own
        # day), so once that day is flushed it is forgotten.
        if date.fromisoformat(day) < today:
            connection.srem(counting.days_key(), day)
    FlushedBatch.objects.filter(flushed_at__lt=timezone.now() - timedelta(days=7)).delete()
    totals.update(
        views=names[counting.VIEW],
        downloads=names[counting.DOWNLOAD],
        referrals=names[counting.REFERRAL],
    )
    return totals


def snapshot_subscribers(now=None) -> None:
    """Today's confirmed newsletter subscribers per language (replaced on
    every run, so the day's last run stands)."""
    from bbg_site.models import Subscriber

    day = timezone.localdate(now)
    confirmed = dict(
        Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED)
        .values("language")
        .annotate(n=Total("pk"))
        .values_list("language", "n")
    )
    for language in language_codes():
        SubscriberSnapshot.objects.update_or_create(
            day=day, language=language, defaults={"confirmed": confirmed.get(language, 0)}
        )


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _months_before(day: date, months: int) -> date:
    """The first day of the month ``months`` months before ``day``'s month."""
    index = day.year * 12 + day.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


@transaction.atomic
def roll_up(keep_months: int, now=None) -> int:
    """Add the daily rows of whole months older than ``keep_months`` months
    into monthly rows and delete them; the number of daily rows rolled up."""
    cutoff = _months_before(timezone.localdate(now), keep_months)
    old = Count.objects.select_for_update().filter(monthly=False, day__lt=cutoff)
    sums = defaultdict(int)
    for kind, page_id, language, source, day, n in old.values_list(
        "kind", "page_id", "language", "source", "day", "count"
    ):
        sums[(kind, page_id, language, source, _month_start(day))] += n
    if not sums:
        return 0
    for (kind, page_id, language, source, month), n in sums.items():
        row, created = Count.objects.get_or_create(
            kind=kind,
            page_id=page_id,
            language=language,
            source=source,
            day=month,
            monthly=True,
            defaults={"count": n},
        )
        if not created:
            row.count += n
            row.save(update_fields=["count"])
    return old.delete()[0]
