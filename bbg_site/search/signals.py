"""Keeping search documents in step with publishing."""

from django.conf import settings
from wagtail.signals import page_published, page_unpublished

from .indexing import index_page, unindex_page


def _published(sender, instance, **kwargs):
    if settings.SEARCH_INDEX_ON_PUBLISH:
        index_page(instance)


def _unpublished(sender, instance, **kwargs):
    unindex_page(instance)


def connect() -> None:
    page_published.connect(_published, dispatch_uid="bbg_search_published")
    page_unpublished.connect(_unpublished, dispatch_uid="bbg_search_unpublished")
