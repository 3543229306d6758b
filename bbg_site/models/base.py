from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, PageViewRestriction

from bbg_site.page_lookups import private_sections


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

    class Meta:
        abstract = True

    @classmethod
    def for_listing(cls):
        """Live public pages of this type, newest first, with what their card
        shows; page types override it to order by their own date."""
        return cls.objects.live().public().defer_streamfields().order_by("-first_published_at")

    @property
    def title_is_fallback(self) -> bool:
        """True when the reader sees the English title (none in their language):
        listings then mark it lang="en" for screen readers."""
        language = translation.get_language()
        if language == settings.MODELTRANSLATION_DEFAULT_LANGUAGE:
            return False
        return not getattr(self, build_localized_fieldname("title", language), "")

    def missing_translation(self, language: str | None = None) -> bool:
        """True when the page has no text of its own in ``language``."""
        language = language or translation.get_language()
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
        found the page already walked them (``bbg_site.routing``)."""
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
        language = translation.get_language()
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
    one per site, directly under the home page, with an introduction."""

    intro = models.TextField(_("introduction"), blank=True)

    translated_text_fields = ("title", "intro")
    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["bbg_site.HomePage"]
    max_count = 1

    class Meta:
        abstract = True
