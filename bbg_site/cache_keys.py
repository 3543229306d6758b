"""Every key the site keeps in its cache, built here and nowhere else.

Two kinds:

- *content keys* (``ContentKey``): what readers see (whole anonymous pages,
  cards, the site and its settings, listing filter options, a page's latest
  reports…). ``bbg_site.content_cache`` stores each under the current
  *content generation*, so a publish forgets them all at once;
  ``content_cache.remember`` and ``content_cache.key`` accept nothing else.
- bookkeeping that outlives a generation: the generation counter itself,
  the host names pages were cached under, the per-address form counters.

Parts that come from a request (a slug, a path, a search) are hashed: a URL
can hold what a cache key must not (spaces, control characters, 250+
characters for memcached).
"""

import hashlib

from django.utils import translation

GENERATION = "bbg:content-generation"
PAGE_CACHE_HOSTS = "bbg:page-cache-hosts"


class ContentKey(str):
    """The name of a content key, without its generation."""


def _digest(text: str) -> str:
    return hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()


def _language() -> str:
    return translation.get_language() or "en"


def in_generation(name: ContentKey, generation: int) -> str:
    """The key a content value is stored under in one generation."""
    if not isinstance(name, ContentKey):
        raise TypeError(f"{name!r}: build content keys in bbg_site/cache_keys.py")
    return f"bbg:{generation}:{name}"


# --- whole pages and cards ----------------------------------------------------


def page(host: str, path: str) -> ContentKey:
    """An anonymous reader's copy of a page (``bbg_site.page_cache``)."""
    return ContentKey(f"page:{_digest(host)}:{_digest(path)}")


def card(template_name: str, obj) -> ContentKey:
    """A rendered card of ``obj`` in the active language (``bbg_site.fragments``)."""
    return ContentKey(f"card:{template_name}:{_language()}:{obj._meta.label_lower}:{obj.pk}")


# --- finding pages ------------------------------------------------------------


def site(hostname: str, port) -> ContentKey:
    return ContentKey(f"site:{_digest(hostname)}:{port}")


def default_site() -> ContentKey:
    """The default Site record (for what has no request, e.g. e-mails)."""
    return ContentKey("default-site")


def site_settings(site_pk: int) -> ContentKey:
    return ContentKey(f"site-settings:{site_pk}")


def route_step(parent_pk: int, slug: str) -> ContentKey:
    """The child of a section with a slug, in the active language."""
    return ContentKey(f"route:{parent_pk}:{_language()}:{_digest(slug)}")


def private_sections() -> ContentKey:
    return ContentKey("private-sections")


def index_page(model_label: str) -> ContentKey:
    """The one index page of a type (the library, the events…)."""
    return ContentKey(f"index-page:{model_label}")


# --- what pages show beside their own fields -------------------------------------


def listing(index_pk: int, what: str, *parts) -> ContentKey:
    """Something a section listing shows beside its items (the options its
    filters offer, totals), in the active language; ``parts`` name the
    reader's choices it depends on."""
    chosen = _digest(":".join(map(str, parts))) if parts else "-"
    return ContentKey(f"listing:{index_pk}:{what}:{_language()}:{chosen}")


def related(page_pk: int, what: str, *parts) -> ContentKey:
    """What a page lists of other pages (a profile's publications, a
    project's events, a report's related reports)."""
    chosen = ":".join(map(str, parts)) if parts else "-"
    return ContentKey(f"related:{page_pk}:{what}:{_digest(chosen)}")


# --- bookkeeping (not content) ----------------------------------------------------


def rate(scope: str, address: str | None) -> str:
    """Submissions of a form from one address (``bbg_site.abuse``)."""
    return f"bbg:rate:{scope}:{_digest(address or '')}"


def translated_site_root_paths(language: str) -> str:
    """wagtail-modeltranslation's own key for a language's site root paths
    (filled for all languages at once by ``bbg_site.upstream``)."""
    return f"wagtail_site_root_paths_{language}"
