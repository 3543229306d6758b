#!/bin/sh
# Entrypoint of the BPRG portal image (see Dockerfile and docker-compose.yml).
#
#   web                 apply migrations, then serve the site with gunicorn on
#                       GUNICORN_BIND (default 0.0.0.0:8000: inside the
#                       container, where only the proxy reaches it; the
#                       compose files publish no port of this container)
#                       (extra arguments are passed on to gunicorn)
#   publish-scheduled   run `manage.py publish_scheduled` and then
#                       `manage.py apply_retention` (personal data past its
#                       period) and `manage.py flush_reach` (reach counts
#                       from Redis into PostgreSQL) every PUBLISH_INTERVAL_SECONDS seconds
#                       (default 300), forever
#   anything else       run as given, e.g. `python manage.py createsuperuser`
set -eu

# Run from the project directory (/app in the image), wherever we are called from.
cd "$(dirname "$0")/.."

log() {
    echo "$(date -u '+%Y-%m-%dT%H:%M:%SZ') entrypoint: $*"
}

case "${1:-}" in
web)
    shift
    log "applying database migrations"
    # Always --noinput: migrate also adds the per-language page columns
    # (bbg_site/schema.py) and must never stop to ask a question.
    python manage.py migrate --noinput
    log "starting gunicorn with ${GUNICORN_WORKERS:-3} workers"
    exec gunicorn bbg_site.wsgi:application \
        --bind "${GUNICORN_BIND:-0.0.0.0:8000}" \
        --workers "${GUNICORN_WORKERS:-3}" \
        --access-logfile - \
        --timeout 60 \
        "$@"
    ;;
publish-scheduled)
    interval="${PUBLISH_INTERVAL_SECONDS:-300}"
    case "$interval" in
    '' | *[!0-9]*) interval=0 ;;
    esac
    if [ "$interval" -lt 1 ]; then
        echo "entrypoint: PUBLISH_INTERVAL_SECONDS must be a whole number of seconds (>= 1)," \
            "not '${PUBLISH_INTERVAL_SECONDS:-}'" >&2
        exit 64
    fi
    # Stop promptly on `docker stop` (a shell running as PID 1 would otherwise
    # ignore SIGTERM and wait to be killed).
    sleeper=""
    trap 'log "stopping"; [ -n "$sleeper" ] && kill "$sleeper" 2>/dev/null; exit 0' TERM INT
    log "publishing scheduled pages every ${interval}s"
    while :; do
        log "publish_scheduled: starting"
        status=0
        python manage.py publish_scheduled || status=$?
        if [ "$status" -eq 0 ]; then
            log "publish_scheduled: done"
        else
            # Keep going: the next run retries (e.g. while the database restarts).
            log "publish_scheduled: FAILED with exit status $status" >&2
        fi
        # Personal data past the periods in the site settings (registrants'
        # names, old contact messages, unconfirmed subscriptions): a few
        # queries, so every round is cheap; see bbg_site/retention.py.
        if python manage.py apply_retention; then
            log "apply_retention: done"
        else
            log "apply_retention: FAILED (retried next round)" >&2
        fi
        # Reach: page views and downloads counted in Redis into the daily
        # rows (reach/flush.py); counts stay in Redis until written.
        if python manage.py flush_reach; then
            log "flush_reach: done"
        else
            log "flush_reach: FAILED (retried next round)" >&2
        fi
        sleep "$interval" &
        sleeper=$!
        wait "$sleeper" || true
        sleeper=""
    done
    ;;
*)
    exec "$@"
    ;;
esac
