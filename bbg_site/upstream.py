"""Every private name of Django, Wagtail and wagtail-modeltranslation this
project touches, and nowhere else.

The project's own behaviour lives where a reader looks for it:
``BasePage.route`` and ``BasePage.objects`` (``bbg_site/models/base.py``),
the site lookup in ``bbg_site.middleware.SiteMiddleware``, the post-migrate
step in ``bbg_site.apps``. A few of those need a name the upstream projects
do not promise to keep. Each is wrapped here, with what it does and why, and
``tests/bbg_site/test_upstream.py`` checks each one's behaviour and fails,
naming this module, when one of the packages is upgraded past ``CHECKED``:
then read each function below against the new release, and update
``CHECKED``.
"""

from importlib.metadata import version

# The releases (major.minor) every function below was read against.
CHECKED = {
    "django": "5.2",
    "wagtail": "8.0",
    "wagtail-modeltranslation": "0.16",
    "django-modeltranslation": "0.20",
}


def unchecked_upgrades() -> list[str]:
    """``"wagtail 8.1 (checked: 8.0)"`` for each package installed at a release
    this module was not read against."""
    found = []
    for package, checked in CHECKED.items():
        installed = ".".join(version(package).split(".")[:2])
        if installed != checked:
            found.append(f"{package} {installed} (checked: {checked})")
    return found


def language_shown(obj, field: str, language: str) -> str:
    """The language whose column django-modeltranslation's descriptor
    returns for ``obj.field`` when ``language`` is active (the reader's own,
    or a fallback where theirs is empty), "" when none has a value or the
    field is not translated. Decided with the descriptor's own
    ``fallback_languages``, ``fallback_undefined`` and ``meaningful_value``
    (not documented API), so it agrees with the text the page shows."""
    from modeltranslation.fields import NONE, TranslationFieldDescriptor
    from modeltranslation.utils import build_localized_fieldname, resolution_order

    descriptor = getattr(type(obj), field, None)
    if not isinstance(descriptor, TranslationFieldDescriptor):
        return ""
    undefined = descriptor.fallback_undefined
    if undefined is NONE:
        undefined = descriptor.field.get_default()
    for code in resolution_order(language, descriptor.fallback_languages):
        value = getattr(obj, build_localized_fieldname(field, code), None)
        if descriptor.meaningful_value(value, undefined):
            return code
    return ""


def raw_hostname(request) -> str:
    """The request's host without its port and without Django's
    ALLOWED_HOSTS check, as Wagtail's own site lookup reads it (Django's
    ``HttpRequest._get_raw_host``)."""
    from django.http.request import split_domain_port

    return split_domain_port(request._get_raw_host())[0]


def set_site_for_request(request, site) -> None:
    """Make ``site`` the answer of ``Site.find_for_request(request)``, which
    keeps its answer on the request as ``_wagtail_site`` and asks the
    database only when that is missing."""
    request._wagtail_site = site


def set_cached_parent(page, parent) -> None:
    """Let ``page.get_parent()`` answer ``parent`` without a query (Wagtail
    keeps a parent it has read as ``_cached_parent_obj``)."""
    page._cached_parent_obj = parent


def translated_route_function():
    """wagtail-modeltranslation's replacement ``route`` (it assigns it to
    every translated page class when its app is ready)."""
    from wagtail_modeltranslation.patch_wagtailadmin import _new_route

    return _new_route


def restore_own_routes(base) -> list[type]:
    """Undo wagtail-modeltranslation's ``route`` on ``base`` and its
    subclasses, so that the class's own ``route`` (``BasePage.route``, or a
    routable page's ``RoutablePageMixin.route`` first) answers again. Its
    version loads every child of a page to compare slugs in Python; ours
    asks the database for the one child. Returns the classes changed."""
    replaced = translated_route_function()
    changed = []
    models = [base]
    while models:
        model = models.pop()
        models.extend(model.__subclasses__())
        if model.__dict__.get("route") is replaced:
            del model.route
            changed.append(model)
    return changed


def prime_translated_site_root_paths(languages) -> None:
    """wagtail-modeltranslation keeps each language's site root paths (what
    ``page.get_url`` starts from) in the cache under a key of its own, read
    with a query of its own: a page that links to itself in three languages
    paid three queries when they had expired. This fills every missing
    language from one query, as its ``_localized_site_get_site_root_paths``
    would (same key, value and timeout)."""
    from django.core.cache import cache
    from django.utils import translation
    from wagtail.models import Site

    from bbg_site.cache_keys import translated_site_root_paths

    keys = {translated_site_root_paths(code): code for code in languages}
    missing = set(keys) - set(cache.get_many(list(keys)))
    if not missing:
        return
    sites = list(Site.objects.select_related("root_page", "root_page__locale"))
    values = {}
    for key in missing:
        with translation.override(keys[key]):
            rows = [
                (
                    site.id,
                    site.root_page.url_path,
                    site.root_url,
                    site.root_page.locale.language_code,
                )
                for site in sites
            ]
        values[key] = sorted(rows, key=lambda row: row[1], reverse=True)
    cache.set_many(values, 3600)


def _language_code(site) -> str:
    return site.root_page.locale.language_code


def read_content_language(content_language) -> None:
    """Make django-modeltranslation read the fields of
    ``content_language(code)`` while the Django language ``code`` is active
    (``sr-cyrl`` reads the ``*_sr_latn`` fields: the Cyrillic edition is a
    reading of the Serbian Latin text, not a fourth set of fields).

    Every descriptor, manager and wagtail-modeltranslation URL asks
    ``modeltranslation.utils.get_language()``, which calls the module's
    ``_get_language`` (Django's ``get_language``, imported under that
    private name) and falls back to English for a language it does not know;
    wrapping that one name is enough. Idempotent."""
    from modeltranslation import utils

    original = getattr(utils._get_language, "bbg_original", utils._get_language)

    def _get_language():
        code = original()
        return content_language(code) if code else code

    _get_language.bbg_original = original
    utils._get_language = _get_language


class _ContentLanguageSettings:
    """Django's settings as wagtail-modeltranslation's admin should read
    them: ``LANGUAGES`` without the languages that have no fields."""

    def __getattr__(self, name):
        from django.conf import settings

        value = getattr(settings, name)
        if name == "LANGUAGES":
            return [pair for pair in value if pair[0] in settings.MODELTRANSLATION_LANGUAGES]
        return value


def admin_languages_are_content_languages() -> None:
    """wagtail-modeltranslation's copy form and view and its editor script
    loop over ``settings.LANGUAGES`` to build ``title_<code>`` and
    ``slug_<code>`` fields; ``sr-cyrl`` has none (it is a reading of
    ``sr-latn``). Their module-level ``settings`` name is pointed at a view
    of the settings whose ``LANGUAGES`` are the content languages."""
    from wagtail_modeltranslation import patch_wagtailadmin_forms, wagtail_hooks

    patch_wagtailadmin_forms.settings = _ContentLanguageSettings()
    wagtail_hooks.settings = _ContentLanguageSettings()


def mark_csrf_checked(request) -> None:
    """Tells Django's ``CsrfViewMiddleware`` that this request's check is
    done (``request.csrf_processing_done``: the attribute it sets itself once
    it accepted a request, and reads first in ``process_view``). Used by
    ``bbg_site.csrf.PublicFormsOriginMiddleware``, which checks the public
    forms by origin instead of by token, while ``CsrfViewMiddleware`` stays in
    ``MIDDLEWARE`` for everything else (and for ``check --deploy``)."""
    request.csrf_processing_done = True


def cached_per_class(function):
    """Wagtail's ``cached_classmethod`` (``wagtail.utils.decorators``): a
    class method computed once per class, with ``cache_clear()``. Wagtail's
    ``Page.get_edit_handler`` is one, and wagtail-modeltranslation calls
    ``get_edit_handler.cache_clear()`` on every translated page class when it
    patches their panels: ``BasePage.get_edit_handler`` (the language tabs,
    ``bbg_site.edit_form``) must be one too."""
    from wagtail.utils.decorators import cached_classmethod

    return cached_classmethod(function)


def wagtail_moderation_panel_class():
    """Wagtail's dashboard panel of what awaits the user's review
    (``wagtail.admin.views.home.WorkflowObjectsToModeratePanel``), which
    ``editorial.panels.AwaitingReviewPanel`` replaces in
    ``construct_homepage_panels`` (its text has no Albanian or Serbian)."""
    from wagtail.admin.views.home import WorkflowObjectsToModeratePanel

    return WorkflowObjectsToModeratePanel
