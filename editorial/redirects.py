"""Old addresses keep working, in every language, when a page moves or a slug changes.

Wagtail's own automatic redirects (``wagtail.contrib.redirects``) only know
the address in the language that is active when the page is saved (English
in the admin); wagtail-modeltranslation keeps one ``url_path`` per language.
Here, whenever a saved page's ``url_path`` changes in a language, a permanent
redirect is created from its old address in that language, and from the old
addresses of its live sub-pages, to the page itself: the redirect resolves
the page's current address in the reader's language when it is followed.
"""

from django.conf import settings
from django.db.models.signals import post_save, pre_save
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from wagtail.contrib.redirects.signal_handlers import BatchRedirectCreator, _page_urls_for_sites
from wagtail.models import Page, Site

from bbg_site.i18n import content_language, language_codes

LANGUAGES = language_codes()
DEFAULT = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
# /sr-cyrl/ addresses are the Serbian Latin ones under their own prefix.
URL_PATH_FIELDS = {
    code: build_localized_fieldname("url_path", content_language(code)) for code in LANGUAGES
}


def _url_paths(values: dict) -> dict[str, str]:
    default = values[URL_PATH_FIELDS[DEFAULT]]
    return {code: values[field] or default for code, field in URL_PATH_FIELDS.items()}


def remember_url_paths(sender, instance, update_fields=None, **kwargs):
    if not isinstance(instance, Page) or instance.pk is None:
        return
    if update_fields is not None and not set(update_fields) & {
        "url_path",
        *URL_PATH_FIELDS.values(),
    }:
        return
    old = Page.objects.filter(pk=instance.pk).values("live", *URL_PATH_FIELDS.values()).first()
    if old and old["live"]:
        instance._editorial_old_url_paths = _url_paths(old)


def redirect_old_urls(sender, instance, **kwargs):
    old_paths = getattr(instance, "_editorial_old_url_paths", None)
    if not old_paths:
        return
    del instance._editorial_old_url_paths
    new_paths = _url_paths({field: getattr(instance, field) for field in URL_PATH_FIELDS.values()})
    changed = {code for code in LANGUAGES if old_paths[code] != new_paths[code]}
    if not changed:
        return
    sites = tuple(Site.objects.exclude(root_page_id=instance.pk))
    if not sites:
        return
    page = instance.specific
    batch = BatchRedirectCreator(max_size=2000, ignore_conflicts=True)
    descendants = list(page.get_descendants().live().defer_streamfields().specific())
    for code in changed:
        with translation.override(code):
            _add_redirects(batch, page, old_paths[code], new_paths[code], sites)
            for descendant in descendants:
                current = descendant.url_path
                if current.startswith(old_paths[code]):
                    rest = current[len(old_paths[code]) :]
                elif current.startswith(new_paths[code]):
                    rest = current[len(new_paths[code]) :]
                else:
                    continue
                _add_redirects(
                    batch,
                    descendant,
                    old_paths[code] + rest,
                    new_paths[code] + rest,
                    sites,
                    cache_target=page,
                )
    batch.process()


def _add_redirects(batch, page, old_path, new_path, sites, cache_target=None):
    """Redirects from ``page``'s addresses (and its routes) at ``old_path`` to
    ``page``, in the active language."""
    cache_target = cache_target or page
    saved = page.url_path
    try:
        page.url_path = old_path
        old_urls = _page_urls_for_sites(page, sites, cache_target=cache_target)
        page.url_path = new_path
        new_urls = _page_urls_for_sites(page, sites, cache_target=cache_target)
    finally:
        page.url_path = saved
    for site, path, route_path in old_urls - new_urls:
        batch.add(
            old_path=path,
            site=site,
            redirect_page=page,
            redirect_page_route_path=route_path,
            automatically_created=True,
        )


def connect():
    pre_save.connect(remember_url_paths, dispatch_uid="editorial_remember_url_paths")
    post_save.connect(redirect_old_urls, dispatch_uid="editorial_redirect_old_urls")
