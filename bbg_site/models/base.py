from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel
from wagtail.coreutils import cautious_slugify
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet
from wagtail.url_routing import RouteResult

from bbg_site import page_lookups, upstream
from bbg_site.i18n import CYRILLIC, content_language
from bbg_site.listings import paginate
from bbg_site.page_lookups import private_sections


class BasePageQuerySet(PageQuerySet):
    def public(self):
        """Pages outside every private section, in the listing's own query
        (Wagtail's reads the view restrictions first, a query more)."""
        return page_lookups.public_pages(self)


class BasePageManager(PageManager.from_queryset(BasePageQuerySet)):
    pass


def public_pages():
    """Every live public page of the site, of any type (the sitemap's)."""
    return BasePageQuerySet(Page).live().public()


class BasePageForm(WagtailAdminPageForm):
    """The admin's page form: each language's slug in plain letters when the
    site asks for them (``WAGTAIL_ALLOW_UNICODE_SLUGS = False``), as readers
    type addresses. Wagtail checks only its own ``slug``; the admin's script
    makes the per-language ones from the titles, but one typed by hand with
    ë, š or đ was saved as it was."""

    def clean(self):
        cleaned_data = super().clean()
        # Serbian typed in Cyrillic by habit is kept in Latin, already in the
        # draft (the save signal in bbg_site.cyrillic covers everything else).
        from bbg_site.cyrillic import latin_value

        for name, value in cleaned_data.items():
            if name.endswith("_sr_latn") and value:
                cleaned_data[name] = latin_value(value)
        if getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True):
            return cleaned_data
        from bbg_site.i18n import content_language_codes

        for code in content_language_codes():
            field = build_localized_fieldname("slug", code)
            value = cleaned_data.get(field) or ""
            if field in self.fields and not value.isascii():
                suggestion = cautious_slugify(value.replace("đ", "dj").replace("Đ", "Dj"))
                self.add_error(
                    field,
                    _(
                        "Readers type this address: use plain letters, digits and hyphens, "
                        "for example “%(slug)s”."
                    )
                    % {"slug": suggestion},
                )
        return cleaned_data


class BasePage(Page):
    """Behaviour every public page shares: per-language URLs and the
    "not yet translated" notice.

    ``translated_text_fields`` names the fields whose emptiness in the reader's
    language means the reader is looking at the English fallback.
    """

    translated_text_fields: tuple[str, ...] = ("title",)
    # What the page's template reads through relations, fetched with the page
    # when it is routed (foreign keys, ``select_related``) and in one query
    # per relation before rendering (``prefetch_related`` lookups), so that a
    # page costs the same number of queries however many authors, PDFs or
    # topics it has.
    detail_select_related: tuple[str, ...] = ()
    detail_prefetch: tuple = ()

    objects = BasePageManager()
    base_form_class = BasePageForm

    class Meta:
        abstract = True

    def route(self, request, path_components):
        """The page a URL names below this one, one query per step: the child
        whose slug in the reader's language matches (``page_lookups``; a
        section index from the content cache). wagtail-modeltranslation's
        own ``route`` loads every child to compare slugs in Python; it is
        taken off our page classes when the app is ready (``bbg_site.apps``).
        Routable pages (the library's topic pages, the events calendar) try
        their own sub-URLs first (``RoutablePageMixin.route``) and come here
        for the rest."""
        if not path_components:
            if self.live:
                return RouteResult(self)
            raise Http404
        last = len(path_components) == 1
        if last:
            # Of its one allowed type, in one query, where there is one (a
            # report in the library); else found, then made specific.
            model = BasePage._only_child_type(self)
            child = page_lookups.child_with_slug(self, path_components[0], model)
        else:
            model = None
            child = page_lookups.section_with_slug(self, path_components[0])
        if child is None:
            raise Http404
        if model is None:
            child = BasePage._for_routing(child, last=last)
        # Breadcrumbs and get_parent() then need no query for the ancestors.
        child.route_parent = self
        upstream.set_cached_parent(child, self)
        if not isinstance(child, BasePage):  # a section, not made specific: this same route
            return BasePage.route(child, request, path_components[1:])
        return child.route(request, path_components[1:])

    @staticmethod
    def _only_child_type(page: Page):
        """The page type of the page's children, when only one is allowed."""
        model = page.specific_class
        allowed = model.allowed_subpage_models() if model is not None else []
        return allowed[0] if len(allowed) == 1 else None

    @staticmethod
    def _for_routing(page: Page, *, last: bool) -> Page:
        """The page itself where the route goes on through it with this same
        ``route``; its specific instance (with what its template reads through
        foreign keys, ``detail_select_related``) where it is served or routes
        by itself."""
        model = page.specific_class
        if model is None:
            return page
        if not last and model.route is BasePage.route:
            return page
        related = getattr(model, "detail_select_related", ())
        if not related:
            return page.specific
        return model._default_manager.select_related(*related).get(pk=page.pk)

    @classmethod
    def for_listing(cls):
        """Live public pages of this type, newest first, with what their card
        shows; page types override it to order by their own date."""
        return cls.objects.live().public().defer_streamfields().order_by("-first_published_at")

    @property
    def title_is_fallback(self) -> bool:
        """True when the reader sees the English title (none in their language):
        listings then mark it lang="en" for screen readers."""
        language = content_language()
        if language == settings.MODELTRANSLATION_DEFAULT_LANGUAGE:
            return False
        return not getattr(self, build_localized_fieldname("title", language), "")

    def missing_translation(self, language: str | None = None) -> bool:
        """True when the page has no text of its own in ``language``."""
        language = content_language(language)
        if language == settings.MODELTRANSLATION_DEFAULT_LANGUAGE:
            return False
        for field in self.translated_text_fields:
            default_value = getattr(
                self, build_localized_fieldname(field, settings.MODELTRANSLATION_DEFAULT_LANGUAGE)
            )
            if default_value and not getattr(self, build_localized_fieldname(field, language)):
                return True
        return False

    @cached_property
    def breadcrumb_ancestors(self) -> list:
        """The pages above this one, the tree's root left out; the route that
        found the page already walked them (``route``)."""
        chain = []
        parent = getattr(self, "route_parent", None)
        while parent is not None:
            chain.insert(0, parent)
            parent = getattr(parent, "route_parent", None)
        if chain and chain[0].depth == 2:
            return chain
        return list(self.get_ancestors().filter(depth__gt=1))

    def get_view_restrictions(self):
        """Wagtail's, in one query: restrictions on this page, its ancestors
        (found by path) and the pages those are aliases of; none, without a
        query, for a page outside every private section of a site without
        aliases (checked against the content cache, which a new restriction
        or page clears)."""
        private = private_sections()
        if not private.any_alias and not any(self.path.startswith(p) for p in private.paths):
            return PageViewRestriction.objects.none()
        steplen = self.steplen
        paths = [self.path[:end] for end in range(steplen, len(self.path) + 1, steplen)]
        alias_sources = Page.objects.filter(path__in=paths, alias_of__isnull=False)
        return PageViewRestriction.objects.filter(
            models.Q(page__path__in=paths)
            | models.Q(page_id__in=alias_sources.values("alias_of_id"))
        )

    def get_summary(self) -> str:
        """A sentence or two about the page; page types with a summary field override it."""
        return getattr(self, "intro", "") or ""

    # --- site search (bbg_site.search) ----------------------------------------
    search_kind = "page"  # a SearchKind value; "" keeps the page out of search

    def search_date(self):
        """The date a search result shows (page types with their own date override it)."""
        published = self.first_published_at or self.last_published_at
        return published.date() if published else None

    def search_extra_text(self) -> list[str]:
        """Text a reader sees on the page beyond its search fields (authors, venue...)."""
        return []

    def structured_data(self, request) -> list[dict]:
        """schema.org objects (JSON-LD) that describe the page, in the
        reader's language; the base template writes them into the head."""
        return []

    social_image_field = ""  # e.g. "cover_image": the image shown when the page is shared
    og_type = "website"

    def get_social_image(self):
        return getattr(self, self.social_image_field, None) if self.social_image_field else None

    @property
    def meta_description(self) -> str:
        """The editors' search description in the reader's language, else the
        page's summary. (An English search description must not win over an
        Albanian summary, as the plain fallback would make it.)"""
        language = content_language()
        own = getattr(self, build_localized_fieldname("search_description", language), "")
        return own or self.get_summary() or self.search_description

    # --- preview: one mode per language ----------------------------------------
    # Wagtail's preview does not go through the language prefix of the URL, so
    # the editor picks the language in the preview panel and it is activated
    # here, around the rendering (templates render lazily, hence .render()).
    @property
    def preview_modes(self):
        return list(settings.LANGUAGES)

    @property
    def default_preview_mode(self):
        return settings.LANGUAGE_CODE

    def serve_preview(self, request, mode_name):
        languages = dict(settings.LANGUAGES)
        language = mode_name if mode_name in languages else settings.LANGUAGE_CODE
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = super().serve_preview(request, mode_name)
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            if language == CYRILLIC:  # as CyrillicMiddleware does for /sr-cyrl/
                from bbg_site.middleware import to_cyrillic

                to_cyrillic(response, request)
        return response

    def get_context(self, request, *args, **kwargs):
        # Not in a preview: there the related objects (authors, PDFs...) are
        # the editor's unsaved ones, held in memory, and the page itself may
        # not be saved yet.
        if self.detail_prefetch and self.pk and not getattr(request, "is_preview", False):
            models.prefetch_related_objects([self], *self.detail_prefetch)
        context = super().get_context(request, *args, **kwargs)
        context["translation_missing"] = self.missing_translation()
        return context


class IndexPage(BasePage):
    """A section's listing page (library, news, people, projects, events):
    one per site, directly under the home page, with an introduction.

    Its listing is filtered by ``filterset_class`` (a ``ListingFilter`` of
    the section's app, or its dotted path) over ``listing_queryset()``, and
    paginated ``page_size`` at a time; "Load more" appends the next page to
    the element ``results_id``. See ``bbg_site.listings``."""

    intro = models.TextField(_("introduction"), blank=True)

    translated_text_fields = ("title", "intro")
    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["bbg_site.HomePage"]
    max_count = 1

    filterset_class: type | str | None = None
    page_size = 12
    results_id = "results"

    class Meta:
        abstract = True

    def listing_queryset(self):
        """The pages the listing shows, in order, with what their cards need
        (filtered afterwards)."""
        raise NotImplementedError

    def listing_context(self, request, listing) -> dict:
        """What the template shows of the pages the filters kept
        (``listing.qs``; ``listing`` is the checked filterset): by default
        the requested page of them (``page_obj``)."""
        return {"page_obj": paginate(request, listing.qs, self.page_size, from_start=True)}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.filterset_class is not None:
            filterset_class = self.filterset_class
            if isinstance(filterset_class, str):
                filterset_class = import_string(filterset_class)
            listing = filterset_class.for_request(self, request, self.listing_queryset())
            context["filter"] = listing
            context.update(self.listing_context(request, listing))
        return context
