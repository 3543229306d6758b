"""What public pages show, cached until the content changes.

Every cached value (site settings and menu, listing filter options, whole
anonymous pages, see ``bbg_site.page_cache``) is stored under the current
*content generation*. Publishing, unpublishing, moving or deleting a page,
saving a snippet, an image, a document or the site settings starts a new
generation, so each language's URL of the page and every listing or home
page that shows it are purged at once, in every process sharing the cache
(Redis when ``REDIS_URL`` is set).
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

GENERATION_KEY = "bbg:content-generation"
# Apps whose rows a public page shows; saving anything else (sessions, users,
# revisions of drafts, admin logs) leaves cached pages as they are.
PUBLIC_APPS = {
    "bbg_site",
    "publications",
    "people",
    "projects",
    "events",
    "wagtailcore",
    "wagtailimages",
    "wagtaildocs",
    "taggit",
}
# Rows in those apps that no public page shows.
PRIVATE_MODELS = {
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.taskstate",
    "wagtailcore.workflowstate",
    "wagtailcore.pagesubscription",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.referenceindex",
    "bbg_site.contactmessage",
    "bbg_site.subscriber",
    "bbg_site.searchdocument",
    # A registration changes only its event's free seats: the event's page
    # is dropped from the page cache by itself (events.services).
    "events.registration",
}


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


def key(name: str) -> str:
    return f"bbg:{generation()}:{name}"


def remember(name: str, compute, timeout: int = 60 * 60 * 24):
    """``compute()``, cached under ``name`` until the content changes (None
    is not kept: it is what the cache answers for a key it does not have)."""
    cache_key = key(name)
    value = cache.get(cache_key)
    if value is None:
        value = compute()
        if value is not None:
            cache.set(cache_key, value, timeout)
    return value


def _model_changed(sender, **kwargs):
    meta = sender._meta
    if meta.app_label in PUBLIC_APPS and meta.label_lower not in PRIVATE_MODELS:
        new_generation()


def connect() -> None:
    page_published.connect(new_generation, dispatch_uid="bbg-content-published")
    page_unpublished.connect(new_generation, dispatch_uid="bbg-content-unpublished")
    post_page_move.connect(new_generation, dispatch_uid="bbg-content-moved")
    post_save.connect(_model_changed, dispatch_uid="bbg-content-saved")
    post_delete.connect(_model_changed, dispatch_uid="bbg-content-deleted")
