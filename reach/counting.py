"""Counting a view or a download: in Redis, never in the database.

Every app container adds to the same Redis hashes (``HINCRBY`` is atomic, so
counts from several processes add up exactly); ``manage.py flush_reach``
(the scheduler) moves them into PostgreSQL (``reach.flush``).

What is not counted (``should_count``): robots and crawlers (the maintained
user-agent list of the ``crawlerdetect`` package), browsers that send
``DNT: 1`` or ``Sec-GPC: 1``, anyone with a session cookie (only staff sign
in; readers have no accounts), and the same browser reading the same page
in the same language again within 30 minutes.

Repeats are recognised without cookies and without storing an address: the
key is a SHA-256 of a random salt of the day (kept only in Redis, and in
this process's memory, until the day is over), the client's address, its
user agent, the page and the language; it lives 30 minutes in Redis and is
then gone. Nothing else about the reader is kept or logged.

When Redis cannot be reached the view or download is served as usual and is
simply not counted; a warning says so (at most once a minute per process),
and for ``OUTAGE_PAUSE`` seconds this process does not try again, so an
outage costs readers no time.
"""

import hashlib
import logging
import re
import secrets
import threading
import time
from datetime import datetime, timedelta
from functools import lru_cache

import redis
from crawlerdetect import CrawlerDetect
from django.conf import settings
from django.utils import timezone

from bbg_site.abuse import client_address
from bbg_site.i18n import language_codes

logger = logging.getLogger(__name__)

REPEAT_SECONDS = 30 * 60
OUTAGE_PAUSE = 10
WARNING_EVERY = 60

VIEW = "view"
DOWNLOAD = "download"
REFERRAL = "referral"
# Short names in Redis keys.
KIND_CODES = {VIEW: "v", DOWNLOAD: "d", REFERRAL: "r"}
CODE_KINDS = {code: kind for kind, code in KIND_CODES.items()}

PAGE_ID = re.compile(r"[1-9][0-9]{0,11}", re.ASCII)
# A site's name: labels separated by dots, the last (the top-level domain)
# starting with a letter; an IP address or a lone word is not kept.
HOST = re.compile(r"([a-z0-9][a-z0-9-]{0,62}\.)+[a-z][a-z0-9-]{0,62}", re.ASCII)

# One round trip: a repeat (the NX key exists) changes nothing.
RECORD_SCRIPT = """
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
    redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
    if ARGV[3] ~= '' then redis.call('HINCRBY', KEYS[3], ARGV[3], 1) end
    redis.call('SADD', KEYS[4], ARGV[4])
    return 1
end
return 0
"""


def prefix() -> str:
    return getattr(settings, "REACH_KEY_PREFIX", "reach")


def redis_url() -> str:
    """``REACH_REDIS_URL``, else the cache's ``REDIS_URL``; empty: not counted."""
    return getattr(settings, "REACH_REDIS_URL", None) or getattr(settings, "REDIS_URL", "")


def day_key(kind: str, day: str) -> str:
    return f"{prefix()}:{KIND_CODES[kind]}:{day}"


def days_key() -> str:
    """The set of days that may have counts not yet flushed."""
    return f"{prefix()}:days"


class _State:
    lock = threading.Lock()
    clients: dict = {}
    scripts: dict = {}
    salts: dict = {}
    paused_until = 0.0
    last_warning = 0.0
    skipped = 0


def client():
    """A Redis client for ``redis_url()``, or None when none is set."""
    url = redis_url()
    if not url:
        return None
    with _State.lock:
        found = _State.clients.get(url)
        if found is None:
            # Short timeouts: a Redis that does not answer must not hold up a page.
            found = redis.Redis.from_url(
                url, socket_connect_timeout=0.25, socket_timeout=0.5, health_check_interval=30
            )
            _State.clients[url] = found
            _State.scripts[url] = found.register_script(RECORD_SCRIPT)
        return found


def reset():
    """Forget clients, salts and a pause (tests, after changing settings)."""
    with _State.lock:
        _State.clients.clear()
        _State.scripts.clear()
        _State.salts.clear()
        _State.paused_until = 0.0
        _State.last_warning = 0.0
        _State.skipped = 0


def _outage(what: str, error: Exception) -> None:
    now = time.monotonic()
    with _State.lock:
        _State.paused_until = now + OUTAGE_PAUSE
        _State.skipped += 1
        if now - _State.last_warning < WARNING_EVERY:
            return
        _State.last_warning = now
        skipped, _State.skipped = _State.skipped, 0
    logger.warning(
        "Reach: Redis unreachable (%s); %s not counted (%d skipped since the last warning)",
        error.__class__.__name__,
        what,
        skipped,
    )


def today() -> str:
    return timezone.localdate().isoformat()


# How long a process reuses the day's salt before reading it again: after a
# Redis restart (a new salt) every process agrees again within this time.
SALT_REREAD_SECONDS = 60


def _salt(connection, day: str) -> str:
    found = _State.salts.get(day)
    if found is not None and time.monotonic() - found[1] < SALT_REREAD_SECONDS:
        return found[0]
    key = f"{prefix()}:salt:{day}"
    # Gone an hour after the day ends (the last 30-minute repeat window).
    end = timezone.make_aware(datetime.fromisoformat(day) + timedelta(days=1, hours=1))
    candidate = secrets.token_hex(32)
    if connection.set(key, candidate, nx=True, exat=int(end.timestamp())):
        salt = candidate
    else:
        existing = connection.get(key)
        if existing is None:  # expired or evicted in between
            connection.set(key, candidate, exat=int(end.timestamp()))
        salt = existing.decode() if existing is not None else candidate
    _State.salts = {day: (salt, time.monotonic())}  # yesterday's salt is forgotten
    return salt


@lru_cache(maxsize=2048)
def is_crawler(user_agent: str) -> bool:
    if not user_agent.strip():
        return True
    return CrawlerDetect().isCrawler(user_agent)


def should_count(request) -> bool:
    """False for robots, DNT/GPC, signed-in staff and previews."""
    meta = request.META
    if meta.get("HTTP_DNT", "").strip() == "1" or meta.get("HTTP_SEC_GPC", "").strip() == "1":
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    if getattr(request, "is_preview", False) or getattr(request, "is_dummy", False):
        return False
    return not is_crawler(meta.get("HTTP_USER_AGENT", "")[:1000])


def valid_page_id(value) -> bool:
    return isinstance(value, str) and PAGE_ID.fullmatch(value) is not None


def valid_language(value) -> bool:
    return value in language_codes()


HOST_AND_PORT = re.compile(r"([a-z0-9.-]{1,253})(:[0-9]{1,5})?", re.ASCII)


def _bare_host(value: str) -> str | None:
    """``value`` without port and "www.", or None when it cannot be a host
    (an address with a path, an IPv6 literal, anything else)."""
    found = HOST_AND_PORT.fullmatch(value.strip().lower())
    if found is None:
        return None
    return found[1].rstrip(".").removeprefix("www.")


def referral_source(referrer_host: str, newsletter: bool, own_host: str) -> str:
    """Where a view came from: a ``Source`` marker, the referring host (never
    more than the host: the script sends nothing else), or "" when what was
    sent is not a host name (the view counts, its origin does not)."""
    from reach.models import Source

    if newsletter:
        return Source.NEWSLETTER
    if not (referrer_host or "").strip():
        return Source.DIRECT
    host = _bare_host(referrer_host[:300])
    if host is not None and host == _bare_host(own_host):
        return Source.INTERNAL
    if host is None or not HOST.fullmatch(host):
        return ""
    return host


def record(kind: str, page_id: int, language: str, request, source: str = "") -> bool:
    """Count one ``kind`` for the page in ``language``, unless the same
    browser was counted for it in the last 30 minutes. True when counted;
    False for a repeat, without Redis, or during an outage."""
    connection = client()
    if connection is None or time.monotonic() < _State.paused_until:
        return False
    day = today()
    try:
        salt = _salt(connection, day)
        fingerprint = "\n".join(
            (
                salt,
                client_address(request) or "",
                request.META.get("HTTP_USER_AGENT", "")[:1000],
                kind,
                str(page_id),
                language,
            )
        )
        digest = hashlib.sha256(fingerprint.encode()).hexdigest()[:32]
        counted = _State.scripts[redis_url()](
            keys=[
                f"{prefix()}:seen:{digest}",
                day_key(kind, day),
                day_key(REFERRAL, day),
                days_key(),
            ],
            args=[
                REPEAT_SECONDS,
                f"{page_id}:{language}",
                f"{page_id}:{language}:{source}" if source else "",
                day,
            ],
        )
    except redis.RedisError as error:
        _outage(kind, error)
        return False
    except Exception:  # counting must never fail the reader's request
        logger.exception("Reach: %s not counted", kind)
        return False
    return bool(counted)


def count_download(sender, request, report, language, response, **kwargs):
    """Receiver of ``publications.signals.pdf_served``: a PDF served whole
    or in part (range requests of one reader are one download)."""
    if response.status_code not in (200, 206) or not valid_language(language):
        return
    if should_count(request):
        record(DOWNLOAD, report.pk, language, request)
