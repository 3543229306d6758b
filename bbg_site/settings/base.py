"""Settings shared by every environment.

Nothing secret and nothing environment-specific lives here: deployment values
come from the environment in ``production.py``; ``dev.py`` and ``test.py``
set safe local defaults.
"""

import os
from pathlib import Path

import dj_database_url

from bbg_site.field_names import localized_verbose_name

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

DEBUG = False

INSTALLED_APPS = [
    # modeltranslation must come before the apps whose models it translates
    # and before django.contrib.admin / wagtail.admin.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "bbg_site",
    "publications",
    "people",
    "projects",
    "events",
    "editorial",
    "wordpress_import",
    "reach",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "editorial.users_app.UsersAppConfig",  # wagtail.users, roles explained (editorial/users.py)
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy, one fixed string (bbg_site/security.py).
    "bbg_site.security.ContentSecurityPolicyMiddleware",
    # WhiteNoise, hashed files cached for a year (bbg_site/static_files.py).
    "bbg_site.static_files.StaticFilesMiddleware",
    # Outside sessions, CSRF and locale: public or private, for the HTTP cache
    # in front (bbg_site/edge_cache.py).
    "bbg_site.edge_cache.SharedCacheHeadersMiddleware",
    # /?p=12 and the like, from the WordPress site (wordpress_import).
    "wordpress_import.middleware.WordPressQueryRedirectMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After sessions, before common: picks the language from the URL prefix,
    # and redirects "/" by Accept-Language.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # The request's site from the content cache (bbg_site/middleware.py).
    "bbg_site.middleware.SiteMiddleware",
    # The public forms, whose cached pages carry no token, are checked by
    # where the request comes from (bbg_site/csrf.py); the rest by Django.
    "bbg_site.csrf.PublicFormsOriginMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Two-factor sign-in (editorial/two_factor.py): who still owes a code.
    "django_otp.middleware.OTPMiddleware",
    "editorial.two_factor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Inside CSRF, sessions and the header middleware: anonymous pages from
    # the cache (bbg_site/page_cache.py).
    "bbg_site.page_cache.AnonymousPageCacheMiddleware",
    # Inside the page cache: /sr-cyrl/ pages are transliterated once and
    # cached in Cyrillic (bbg_site/cyrillic.py).
    "bbg_site.middleware.CyrillicMiddleware",
    # Wagtail's redirects, never for the admin or the application's own
    # addresses (editorial/redirect_guard.py).
    "editorial.redirect_guard.GuardedRedirectMiddleware",
    "bbg_site.middleware.EnglishSlugFallbackMiddleware",
    # A database outage in a view becomes a translated 503 (bbg_site/outage.py).
    "bbg_site.outage.DatabaseOutageMiddleware",
    # Last: turns a refused sign-in (too many failures) into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "bbg_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "bbg_site.wsgi.application"

# SQLite is the zero-setup default; DATABASE_URL (PostgreSQL in CI and
# production) overrides it.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Sign-in: lockout after repeated failures (django-axes, editorial/) ------
AUTHENTICATION_BACKENDS = [
    # First: refuses sign-in while an account or address is locked out.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Five failed attempts for one username, or from one address, lock sign-in
# for that username / address for 15 minutes (each new attempt meanwhile
# restarts the wait); a successful sign-in clears the count.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25  # hours
# One account at one address (see editorial/lockout.py for the per-address
# limit and how a locked person gets in).
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_HANDLER = "editorial.lockout.LockoutHandler"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "editorial.lockout.lockout_response"
# Behind N reverse proxies, the client address is the N-th from the right in
# X-Forwarded-For (set TRUSTED_PROXY_COUNT); otherwise REMOTE_ADDR.
AXES_CLIENT_IP_CALLABLE = "bbg_site.abuse.client_address"
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# --- Public forms: limits that tell a crowd from a script (bbg_site/abuse.py)
# (submissions, seconds). Per address and form: 25 guests on a venue's Wi-Fi
# subscribing one after another all get through, a script sending dozens is
# refused. Per email address and form (registration: per event): strict.
FORM_LIMITS = {
    "address": (60, 10 * 60),
    "email": (3, 60 * 60),
}
# Two-factor sign-in (django-otp): the name authenticator apps show.
OTP_TOTP_ISSUER = "BPRG portal"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    # Not a rule: a new password clears the account's failed sign-ins.
    {"NAME": "editorial.lockout.UnlockOnPasswordChange"},
]

# --- Languages -------------------------------------------------------------
# Serbian is written in Latin script here. Django's plain "sr" locale is
# Cyrillic, so the code is "sr-latn" (model fields end in "_sr_latn") and
# the URL prefix is /sr-latn/. The names are shown in their own language in
# the switcher, so they are deliberately not marked for translation.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("sq", "Shqip"),
    ("sr-latn", "Srpski"),
    # Serbian in Cyrillic: the Serbian Latin text read in Cyrillic, not a
    # fourth set of fields (bbg_site/cyrillic.py, docs/architecture.md).
    ("sr-cyrl", "Српски"),
]
# The reader's last explicit choice in the language switcher is kept in this
# cookie (set by static/js/site.js when a switcher link is followed) for a
# year; at "/" LocaleMiddleware prefers it to the browser's Accept-Language.
# A preference, not tracking: it holds only "en", "sq", "sr-latn" or "sr-cyrl".
LANGUAGE_COOKIE_NAME = "bprg_language"
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"
LOCALE_PATHS = [BASE_DIR / "locale"]
# Names the Cyrillic edition leaves in Latin letters, besides words in
# capitals and words with q, w, x, y (bbg_site/cyrillic.py); editors add
# more in Site settings.
CYRILLIC_KEPT_WORDS = [
    "Sida",
    "Elevate Peace",
    "think tank",
    "think tanka",
    "think tankovi",
    "Balkans Policy Research Group",
    "Prishtina Insight",
    "Koha",
    "Kallxo",
    "Facebook",
    "LinkedIn",
    "YouTube",
    "Instagram",
    "Wagtail",
    "Django",
    "Google",
    "Zoom",
]
FORMAT_MODULE_PATH = ["bbg_site.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Belgrade"  # Kosovo's zone; times are stored aware (UTC).

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = ("en", "sq", "sr-latn")
# A page without text in the reader's language shows the English text (and a
# notice, see BasePage.missing_translation), never an empty page; a page
# written first in Albanian or Serbian (no English yet) shows its own text,
# Albanian first, with the same notice naming the language shown.
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en", "sq", "sr-latn")
# "Summary (Albanian)" in the admin's language, not "Summary [sq]".
MODELTRANSLATION_BUILD_LOCALIZED_VERBOSE_NAME = localized_verbose_name
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = True
# Editors see the three languages side by side instead of one at a time.
WAGTAILMODELTRANSLATION_LOCALE_PICKER_DEFAULT = ("en", "sq", "sr-latn")
# Slugs typed or generated from Albanian/Serbian titles are transliterated to
# ASCII ("izvestaj", not "izveštaj"), so readers can type and share them.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_I18N_ENABLED = False  # languages are fields on one page, not page copies
# Wagtail 8's autosave is off. On the "add page" form it creates the page
# with a background request while the editor types; a Publish clicked while
# that request is still running posts the same new page a second time, which
# fails with a server error ("slug already in use") and leaves an unpublished
# draft behind (seen on a loaded machine). The editor keeps Wagtail's
# "unsaved changes" warning when leaving a form, and every Save draft is a
# revision.
WAGTAIL_AUTOSAVE_INTERVAL = 0

# --- Cache ---------------------------------------------------------------
# Shared by every app container when REDIS_URL is set (pages, menu, filter
# options, rate limits, modeltranslation's URL paths); one process's memory
# otherwise. See bbg_site/content_cache.py and README "Performance and scale".
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "bprg",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "bprg",
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }
# How long an anonymous page may be served from the cache (0 turns it off).
# Changes purge it at once; this bounds what time alone changes (an event
# moving from upcoming to past, a registration closing).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 300))

# The HTTP cache in front (Varnish, docker/varnish/; bbg_site/edge_cache.py):
# how long browsers and the shared cache may keep a public page. Publishing
# purges the shared cache at once; this bounds what time alone changes.
EDGE_BROWSER_SECONDS = int(os.environ.get("EDGE_BROWSER_SECONDS", 60))
EDGE_CACHE_SECONDS = int(os.environ.get("EDGE_CACHE_SECONDS", 600))
# Where to send purges (the cache's own address, e.g. http://varnish:6081);
# unset, nothing is purged (local runs, most tests).
FRONTEND_CACHE_URL = os.environ.get("FRONTEND_CACHE_URL", "").strip()
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "edge": {"BACKEND": "bbg_site.edge_cache.VarnishBackend", "LOCATION": FRONTEND_CACHE_URL}
    }
# Each language has its own slugs (modeltranslation): bbg_site.edge_cache
# purges every language's URL itself, Wagtail must not swap the prefix.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# --- Static and media ------------------------------------------------------
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Security headers (every environment; production.py adds HSTS, cookies) -
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"

# --- Wagtail ---------------------------------------------------------------
WAGTAIL_SITE_NAME = "Balkans Policy Research Group"
# No avatars from gravatar.com: the admin would send every editor's hashed
# email address to a third party and fetch from the network at run time.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor a check for new Wagtail releases from every administrator's browser:
# upgrades are chosen in pyproject.toml.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# The public search has its own per-language documents (bbg_site.search),
# rebuilt for a page whenever it is published; Wagtail's index above serves
# the admin's search.
SEARCH_INDEX_ON_PUBLISH = True
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Raster pictures only: an SVG can carry script.
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
# Upload checks by content and messages in the editor's language (bbg_site/uploads.py).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "bbg_site.uploads.DocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "bbg_site.uploads.ImageForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    ("en", "English"),
    ("sq", "Shqip"),
    ("sr-latn", "Srpski (latinica)"),
]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        "bbg_site": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
