# syntax=docker/dockerfile:1
#
# Production image of the BPRG portal: gunicorn serves Django/Wagtail, whitenoise
# serves the static files collected at build time, PostgreSQL comes from
# DATABASE_URL. Every setting is read from the environment at run time (see
# .env.example and bbg_site/settings/production.py): no secret is baked in.
#
#   docker build -t bprg-portal .
#   docker compose up -d --build        # the whole site, see docker-compose.yml
#                                       # and docs/operations.md
#
# docker/entrypoint.sh is the entrypoint: `web` (the default) migrates and
# starts gunicorn, `publish-scheduled` publishes scheduled pages in a loop, and
# any other command runs as given (`python manage.py createsuperuser`).

# --- build: the pinned dependencies, in a virtualenv ---------------------------
FROM python:3.11-slim-bookworm AS build

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PATH=/opt/venv/bin:$PATH

RUN python -m venv /opt/venv

WORKDIR /src

# Only the dependencies (the [project] list of pyproject.toml, without the dev
# extra: no test, browser or lint tools in the image). The project's own code
# is not installed: it exists once in the image, in /app below, and runs from
# there (manage.py and gunicorn put /app on the import path, and so does
# PYTHONPATH). This layer is rebuilt only when pyproject.toml changes.
COPY pyproject.toml ./
RUN python -c "import tomllib; deps = tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']; print('\n'.join(deps))" > /tmp/requirements.txt \
    && pip install --no-cache-dir -r /tmp/requirements.txt \
    && rm /tmp/requirements.txt

# --- runtime -------------------------------------------------------------------
FROM python:3.11-slim-bookworm AS runtime

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/venv/bin:$PATH \
    PYTHONPATH=/app \
    DJANGO_SETTINGS_MODULE=bbg_site.settings.production \
    STATIC_ROOT=/app/staticfiles \
    MEDIA_ROOT=/app/media

# pg_dump / pg_restore for `manage.py backup` and `restore` (bookworm's
# client is PostgreSQL 15, as the db service).
RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-client \
    && rm -rf /var/lib/apt/lists/*

# The site runs as an unprivileged user. The code and the collected static
# files stay owned by root (read-only for the site); only MEDIA_ROOT, where
# editors' uploads and image renditions go, is writable, and the user's home
# (gunicorn puts its control socket in ~/.gunicorn/).
RUN groupadd --system --gid 1000 bprg \
    && useradd --system --uid 1000 --gid bprg --create-home --home-dir /home/bprg \
        --shell /usr/sbin/nologin bprg

COPY --from=build /opt/venv /opt/venv

# The project: every app in INSTALLED_APPS, one COPY each (a directory's
# contents are copied, so several sources in one COPY would be flattened).
# What is not listed here (tests, demo/: the demo content and the benchmark)
# is not in the image; tests/bbg_site/test_deploy_image.py builds this same
# tree from these lines and runs the site from it.
WORKDIR /app
COPY manage.py ./
COPY bbg_site ./bbg_site
COPY publications ./publications
COPY people ./people
COPY projects ./projects
COPY events ./events
COPY editorial ./editorial
COPY wordpress_import ./wordpress_import
COPY reach ./reach
COPY templates ./templates
COPY static ./static
COPY locale ./locale
COPY docker/entrypoint.sh ./docker/entrypoint.sh

# collectstatic needs the production settings to load, hence a throw-away
# SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL and REDIS_URL that exist only for
# this command (they are not kept in the image; collectstatic connects to
# neither). The real values come from the environment at run time.
# /app/media is created owned by the site user so that a named volume mounted
# there starts with that owner.
RUN chmod 0755 docker/entrypoint.sh \
    && SECRET_KEY="build-only-$(python -c 'import secrets; print(secrets.token_urlsafe(60))')" \
       ALLOWED_HOSTS=localhost \
       DATABASE_URL=postgres://build@localhost:5432/unused \
       REDIS_URL=redis://localhost:6379/0 \
       python manage.py collectstatic --noinput \
    && mkdir -p /app/media \
    && chown bprg:bprg /app/media

USER bprg

EXPOSE 8000

# Asks gunicorn for the English home page with the first ALLOWED_HOSTS entry
# as Host (any other host is refused with 400) and X-Forwarded-Proto: https
# (as the TLS proxy sends it; otherwise SECURE_SSL_REDIRECT answers with a
# redirect). Healthy when the answer is not a server error: a fresh database
# without a home page answers 404, which still proves gunicorn, Django and the
# database work. The start period leaves time for the migrations.
HEALTHCHECK --interval=30s --timeout=10s --start-period=120s --retries=3 \
    CMD ["python", "-c", "import http.client, os, sys; host = os.environ.get('ALLOWED_HOSTS', 'localhost').split(',')[0].strip().lstrip('.'); conn = http.client.HTTPConnection('127.0.0.1', 8000, timeout=8); conn.request('GET', '/en/', headers={'Host': host, 'X-Forwarded-Proto': 'https'}); sys.exit(0 if conn.getresponse().status < 500 else 1)"]

ENTRYPOINT ["/app/docker/entrypoint.sh"]
CMD ["web"]
