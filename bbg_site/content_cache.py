"""What public pages show, cached until the content changes.

Every cached value (site settings and menu, listing filter options, whole
anonymous pages, see ``bbg_site.page_cache``) is stored under the current
*content generation*. The events that change what readers see start a new
generation (``connect``): publishing, unpublishing, moving or deleting a
live page; saving or deleting a snippet, the site settings, a site, an
image, a document or a view restriction. Each language's URL of the page
and every listing or home page that shows it are then purged at once, in
every process sharing the cache (Redis when ``REDIS_URL`` is set). An
editor's Save draft, a revision, a workflow step, a sign-in, a form sent or
a registration leaves the cache as it is.
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from bbg_site import cache_keys
from bbg_site.cache_keys import GENERATION as GENERATION_KEY


def generation() -> int:
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        value = cache.get(GENERATION_KEY) or 1
    return value


def new_generation(**_kwargs) -> None:
    """Forget every cached page and value (the old keys expire by themselves)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not set yet (or evicted)
        cache.set(GENERATION_KEY, generation() + 1, timeout=None)


def key(name: cache_keys.ContentKey) -> str:
    """The key a content value has now (names come from ``bbg_site.cache_keys``)."""
    return cache_keys.in_generation(name, generation())


def remember(name: cache_keys.ContentKey, compute, timeout: int = 60 * 60 * 24):
    """``compute()``, cached under ``name`` until the content changes (None
    is not kept: it is what the cache answers for a key it does not have)."""
    cache_key = key(name)
    value = cache.get(cache_key)
    if value is None:
        value = compute()
        if value is not None:
            cache.set(cache_key, value, timeout)
    return value


# What starts a new generation: the events that change what readers see.
# Not a draft saved, a revision, a workflow step, a sign-in, a form sent or a
# registration (an event's free seats refresh only its page: events.services).


def content_models() -> list:
    """Rows public pages show that are saved outside publishing: snippets
    (topics, partners, publication types…), the site settings with their
    menu, sites, images, documents and view restrictions. Renditions are not
    here: one is made while a page renders."""
    from wagtail.contrib.settings.registry import registry as settings_registry
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import (
        Collection,
        CollectionViewRestriction,
        PageViewRestriction,
        Site,
    )
    from wagtail.snippets.models import get_snippet_models

    from bbg_site.models import MainMenuItem

    return [
        *get_snippet_models(),
        *settings_registry,
        MainMenuItem,
        Site,
        get_image_model(),
        get_document_model(),
        Collection,
        PageViewRestriction,
        CollectionViewRestriction,
    ]


def _row_saved_or_deleted(sender, **kwargs) -> None:
    # The list is read when a row changes, not when the apps load: snippets
    # register themselves from wagtail_hooks modules, after every ready().
    if sender in content_models():
        new_generation()


def _page_deleted(sender, instance, **kwargs) -> None:
    from wagtail.models import Page

    if isinstance(instance, Page) and instance.live:
        new_generation()


def connect() -> None:
    page_published.connect(new_generation, dispatch_uid="bbg-content-published")
    page_unpublished.connect(new_generation, dispatch_uid="bbg-content-unpublished")
    post_page_move.connect(new_generation, dispatch_uid="bbg-content-moved")
    post_delete.connect(_page_deleted, dispatch_uid="bbg-content-page-deleted")
    post_save.connect(_row_saved_or_deleted, dispatch_uid="bbg-content-saved")
    post_delete.connect(_row_saved_or_deleted, dispatch_uid="bbg-content-deleted")
