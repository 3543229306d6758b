"""How public pages are found, each step in one SQL query.

Routing: wagtail-modeltranslation replaces ``Page.route`` on every translated page
type with a version that loads *all* children of a page and compares their
slugs in Python: a report URL read every one of the library's reports. This
version asks the database for the child whose slug in the active language
matches, with the same English fallback as the ``slug`` field (a page without
a slug in the reader's language is found by its English slug).

``PageQuerySet.public()``: Wagtail's reads every view restriction first (a
query per listing); here the same condition is a subquery of the listing's
own query.

The site of a request: Wagtail asks the database for it, then for its root
page, then for the root's specific page, on every request. Here the site
comes from the content cache with its home page attached, so routing starts
at the home page without a query (saving a site or a page starts a new
content generation, which drops it).
"""

import hashlib
from typing import NamedTuple

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from django.http import Http404
from django.http.request import split_domain_port
from modeltranslation import settings as mt_settings
from modeltranslation.utils import build_localized_fieldname, get_language
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname
from wagtail.query import PageQuerySet
from wagtail.url_routing import RouteResult

from bbg_site.content_cache import remember


def child_with_slug(page: Page, slug: str) -> Page | None:
    """The first child (in tree order) whose slug, as a reader of the active
    language sees it, is ``slug``."""
    field = build_localized_fieldname("slug", get_language())
    default_field = build_localized_fieldname("slug", mt_settings.DEFAULT_LANGUAGE)
    match = Q(**{field: slug})
    if field != default_field:
        untranslated = Q(**{f"{field}__isnull": True}) | Q(**{field: ""})
        match |= untranslated & Q(**{default_field: slug})
    return page.get_children().filter(match).order_by("path").first()


def section_with_slug(page: Page, slug: str) -> Page | None:
    """``child_with_slug`` for a page the route goes on through (a section
    index: the library, people, events...), from the content cache: every
    report, profile or event URL passes through one, and there are few of
    them. Only pages found are kept (a mistyped URL adds nothing)."""
    # Hashed: a URL can hold what a cache key must not (spaces, 250+ characters).
    digest = hashlib.md5(slug.encode(), usedforsecurity=False).hexdigest()
    return remember(
        f"route:{page.pk}:{get_language()}:{digest}", lambda: child_with_slug(page, slug)
    )


def _for_routing(page: Page, *, last: bool) -> Page:
    """The page itself where the route goes on through it with this same
    ``route``; its specific instance (with what its template reads through
    foreign keys, ``detail_select_related``) where it is served or routes
    by itself."""
    model = page.specific_class
    if model is None:
        return page
    if not last and model.route is route and not issubclass(model, RoutablePageMixin):
        return page
    related = getattr(model, "detail_select_related", ())
    if not related:
        return page.specific
    return model._default_manager.select_related(*related).get(pk=page.pk)


def route(self, request, path_components):
    if isinstance(self, RoutablePageMixin) and self.live:
        try:
            path = "/" + "".join(f"{part}/" for part in path_components)
            view, args, kwargs = self.resolve_subpage(path)
            return RouteResult(self, args=(view, args, kwargs))
        except Http404:
            pass
    if path_components:
        last = len(path_components) == 1
        child = (child_with_slug if last else section_with_slug)(self, path_components[0])
        if child is None:
            raise Http404
        child = _for_routing(child, last=last)
        # Breadcrumbs and get_parent() then need no query for the ancestors.
        child.route_parent = child._cached_parent_obj = self
        return child.route(request, path_components[1:])
    if self.live:
        return RouteResult(self)
    raise Http404


def public(self):
    """Pages outside every private section (a restricted page and what is below it)."""
    restricted_above = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return self.exclude(Exists(restricted_above))


class PrivateSections(NamedTuple):
    paths: list[str]  # of the pages with a view restriction (what is below them is private too)
    any_alias: bool  # an alias page takes its restrictions from the page it is an alias of


def private_sections() -> PrivateSections:
    """Where the site's view restrictions are, from the content cache (saving
    or deleting a restriction, or a page, starts a new generation)."""

    def load():
        paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        return PrivateSections(paths, Page.objects.filter(alias_of__isnull=False).exists())

    return remember("private-sections", load)


def find_site_for_request(request) -> Site | None:
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()

    def load():
        try:
            site = get_site_for_hostname(hostname, port)
        except Site.DoesNotExist:
            return False
        site.root_page.specific  # noqa: B018 (kept with the cached site)
        return site

    return remember(f"site:{hostname}:{port}", load) or None


def install() -> None:
    """Put this ``route`` wherever wagtail-modeltranslation put its own, and
    this ``public`` on Wagtail's page querysets."""
    PageQuerySet.public = public
    Site._find_for_request = staticmethod(find_site_for_request)
    from wagtail_modeltranslation.patch_wagtailadmin import _new_route

    models = [Page, *Page.__subclasses__()]
    while models:
        model = models.pop()
        models.extend(model.__subclasses__())
        if model.__dict__.get("route") is _new_route:
            model.route = route
