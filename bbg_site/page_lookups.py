"""How public pages are found, each step in one SQL query.

Routing (used by ``BasePage.route``): the child whose slug in the active
language matches, asked of the database, with the same fallbacks as the
``slug`` field (a page without a slug in the reader's language is found by
its English slug, or, written in Albanian or Serbian first, by that one).

``public_pages`` (``BasePage.objects.public()``): Wagtail's ``public()`` reads
every view restriction first (a query per listing); here the same condition
is a subquery of the listing's own query.

The site of a request: Wagtail asks the database for it, then for its root
page, then for the root's specific page, on every request. Here the site
comes from the content cache with its home page attached, so routing starts
at the home page without a query (saving a site or a page starts a new
content generation, which drops it).
"""

from typing import NamedTuple

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from modeltranslation.utils import build_localized_fieldname, get_language, resolution_order
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname

from bbg_site import cache_keys
from bbg_site.content_cache import remember
from bbg_site.upstream import raw_hostname


def child_with_slug(page: Page, slug: str, model=None) -> Page | None:
    """The first child (in tree order) whose slug, as a reader of the active
    language sees it, is ``slug``; of the page type ``model`` (with what its
    template reads through foreign keys) when that is the only type the
    parent allows, else a plain ``Page``."""
    # The slug as the ``slug`` descriptor reads it: the reader's own, else the
    # first of the fallback languages that has one (English, Albanian,
    # Serbian: a page written in Albanian first is at its Albanian slug under
    # /en/ until it has an English one).
    match, none_before = Q(), Q()
    for code in resolution_order(get_language()):
        field = build_localized_fieldname("slug", code)
        match = (match | (none_before & Q(**{field: slug}))) if match else Q(**{field: slug})
        none_before &= Q(**{f"{field}__isnull": True}) | Q(**{field: ""})
    if model is None:
        return page.get_children().filter(match).order_by("path").first()
    children = model._default_manager.child_of(page).filter(match)
    related = getattr(model, "detail_select_related", ())
    return (children.select_related(*related) if related else children).order_by("path").first()


def section_with_slug(page: Page, slug: str) -> Page | None:
    """``child_with_slug`` for a page the route goes on through (a section
    index: the library, people, events...), from the content cache: every
    report, profile or event URL passes through one, and there are few of
    them. Only pages found are kept (a mistyped URL adds nothing)."""
    return remember(cache_keys.route_step(page.pk, slug), lambda: child_with_slug(page, slug))


def public_pages(queryset):
    """Pages outside every private section (a restricted page and what is below it)."""
    restricted_above = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return queryset.exclude(Exists(restricted_above))


class PrivateSections(NamedTuple):
    paths: list[str]  # of the pages with a view restriction (what is below them is private too)
    any_alias: bool  # an alias page takes its restrictions from the page it is an alias of


def private_sections() -> PrivateSections:
    """Where the site's view restrictions are, from the content cache (saving
    or deleting a restriction, or a page, starts a new generation)."""

    def load():
        # One query: the restricted pages and the aliases.
        rows = list(
            Page.objects.annotate(
                restricted=Exists(PageViewRestriction.objects.filter(page=OuterRef("pk")))
            )
            .filter(Q(restricted=True) | Q(alias_of__isnull=False))
            .values_list("path", "restricted", "alias_of_id")
        )
        return PrivateSections(
            [path for path, restricted, _ in rows if restricted],
            any(alias_of is not None for _, _, alias_of in rows),
        )

    return remember(cache_keys.private_sections(), load)


def cached_site(request) -> Site | None:
    """The site of the request, with its home page attached, from the content
    cache (``bbg_site.middleware.SiteMiddleware`` hands it to Wagtail)."""
    hostname = raw_hostname(request)
    port = request.get_port()

    def load():
        try:
            site = get_site_for_hostname(hostname, port)
        except Site.DoesNotExist:
            return False
        site.root_page.specific  # noqa: B018 (kept with the cached site)
        return site

    return remember(cache_keys.site(hostname, port), load) or None
