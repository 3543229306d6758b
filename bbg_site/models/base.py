from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.html import strip_tags
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
from bbg_site.field_names import LANGUAGE_NAMES
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


def has_text(value) -> bool:
    """Whether a field's value (plain or rich text, a StreamField) has any
    text: what publishing and the translation status count as filled in."""
    if value is None:
        return False
    if isinstance(value, str):
        return bool(strip_tags(value).replace("&nbsp;", " ").strip())
    try:
        return len(value) > 0  # a StreamField's value
    except TypeError:
        return bool(value)


def needed_message(model, field: str) -> str:
    """What publishing a page without ``field`` in any language is told."""
    return _("To publish, fill in the “%(field)s” field in at least one language.") % {
        "field": model._meta.get_field(field).verbose_name
    }


class BasePageForm(WagtailAdminPageForm):
    """The admin's page form: each language's slug in plain letters when the
    site asks for them (``WAGTAIL_ALLOW_UNICODE_SLUGS = False``), as readers
    type addresses. Wagtail checks only its own ``slug``; the admin's script
    makes the per-language ones from the titles, but one typed by hand with
    ë, š or đ was saved as it was."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A page may be written in any language first: no language's title or
        # slug is required by itself (``clean`` asks for a title in one of
        # them; a slug is made from the title where it is left empty).
        model = self._meta.model
        optional = ("title", "slug", *getattr(model, "needed_in_one_language", ()))
        for name in [n for field in optional for n in self.translated_names(field)]:
            if name in self.fields:
                self.fields[name].required = False

    def is_valid(self):
        # Every inline formset is checked, not only those up to the first with
        # an error (modelcluster stops there): the editor gets every error at
        # once, each beside its field.
        valid = super().is_valid()
        for formset in self.formsets.values():
            valid = formset.is_valid() and valid
        return valid

    @staticmethod
    def translated_names(field: str) -> list[str]:
        codes = settings.MODELTRANSLATION_LANGUAGES
        return [build_localized_fieldname(field, code) for code in codes]

    def clean_titles(self, cleaned_data) -> None:
        """A title in at least one language, and, where no language has a
        slug yet, one made from the first title (the admin's script makes
        them as the editor types a new page's titles; a form sent without
        gets the same). A language without a slug of its own is at the
        slug of the first fallback language that has one (English, Albanian,
        Serbian), so a live page's address stays as it was when a title is
        translated."""
        titled = [
            code
            for code in settings.MODELTRANSLATION_LANGUAGES
            if (cleaned_data.get(build_localized_fieldname("title", code)) or "").strip()
        ]
        if not titled:
            self.add_error_in_editors_language(
                "title",
                _("Give the page a title in at least one language: English, Albanian or Serbian."),
            )
            return
        slugs = self.translated_names("slug")
        if any(cleaned_data.get(name) for name in slugs) or not all(
            name in self.fields for name in slugs
        ):
            return
        code = titled[0]
        title = cleaned_data[build_localized_fieldname("title", code)]
        cleaned_data[build_localized_fieldname("slug", code)] = self.free_slug(
            cautious_slugify(title.replace("đ", "dj").replace("Đ", "Dj")) or "page", code
        )

    @cached_property
    def sibling_slugs(self) -> dict[str, set[str]]:
        """The slugs of the page's siblings as each language reads them
        (with the fallbacks), from one query."""
        parent = self.parent_page
        if parent is None:
            return {code: set() for code in settings.MODELTRANSLATION_LANGUAGES}
        siblings = parent.get_children()
        if self.instance.pk:
            siblings = siblings.exclude(pk=self.instance.pk)
        siblings = list(siblings)
        taken = {}
        for code in settings.MODELTRANSLATION_LANGUAGES:
            with translation.override(code):
                taken[code] = {page.slug for page in siblings}
        return taken

    def clean_fallback_slugs(self, cleaned_data) -> None:
        """A language without a slug of its own is at another language's
        (``clean_titles``); refused where a sibling page is already at that
        address in that language (wagtail-modeltranslation checks only the
        slugs typed)."""
        from modeltranslation.utils import resolution_order

        for code in settings.MODELTRANSLATION_LANGUAGES:
            field = build_localized_fieldname("slug", code)
            if field not in self.fields or cleaned_data.get(field):
                continue
            shown = next(
                (
                    value
                    for value in (
                        cleaned_data.get(build_localized_fieldname("slug", other))
                        for other in resolution_order(code)
                    )
                    if value
                ),
                "",
            )
            if shown and shown in self.sibling_slugs[code]:
                self.add_error(
                    field,
                    _(
                        "Without its own address in %(language)s, this page would be at "
                        "“%(slug)s”, where another page already is: give it one."
                    )
                    % {"language": LANGUAGE_NAMES[code], "slug": shown},
                )

    def free_slug(self, base: str, code: str) -> str:
        """``base``, or ``base-2``, ``base-3``… where a sibling has it in ``code``."""
        taken = self.sibling_slugs[code]
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        return slug

    def add_error_in_editors_language(self, field: str, message) -> None:
        """``message`` beside ``field`` in the editor's admin language (the
        tab they are likely in), else beside its first language's."""
        names = [name for name in self.translated_names(field) if name in self.fields]
        language = content_language()
        if language not in settings.MODELTRANSLATION_LANGUAGES:
            language = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
        target = build_localized_fieldname(field, language)
        if names:
            self.add_error(target if target in names else names[0], message)

    def clean_needed_in_one_language(self, cleaned_data) -> None:
        """The page type's ``needed_in_one_language`` fields (a summary for
        listings) in at least one language, to publish, schedule or submit:
        a draft (Wagtail's deferred validation) saves without them."""
        if self.is_deferred_validation:
            return
        model = self._meta.model
        for field in getattr(model, "needed_in_one_language", ()):
            names = [name for name in self.translated_names(field) if name in self.fields]
            if names and not any(has_text(cleaned_data.get(name)) for name in names):
                self.add_error_in_editors_language(field, needed_message(model, field))

    def clean(self):
        cleaned_data = super().clean()
        self.clean_titles(cleaned_data)
        self.clean_fallback_slugs(cleaned_data)
        self.clean_needed_in_one_language(cleaned_data)
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


def allow_pages_without_english() -> None:
    """wagtail-modeltranslation makes the default language's title and slug
    required on the model (``title_en``, ``slug_en``); a page may be written
    in Albanian or Serbian first, so none of them is: ``BasePageForm`` asks
    for a title in one language, and Wagtail's own ``title`` and ``slug``
    checks read the page's first language (``BasePage.full_clean``). Called
    when the app is ready, after that patching."""
    for field in ("title", "slug"):
        for code in settings.MODELTRANSLATION_LANGUAGES:
            Page._meta.get_field(build_localized_fieldname(field, code)).blank = True


def required_to_publish(page) -> list[str]:
    """The fields a draft may leave empty and a published page may not:
    null in the database (so Wagtail's "Save draft" leaves them out of the
    required fields), required in the form (``blank=False``) for publishing,
    scheduling and submitting; e.g. a report's type and date."""
    return [f.name for f in page._meta.concrete_fields if f.editable and f.null and not f.blank]


class BasePage(Page):
    """Behaviour every public page shares: per-language URLs and the
    "not yet translated" notice.

    ``translated_text_fields`` names the fields whose emptiness in the reader's
    language means the reader is looking at the English fallback.
    """

    translated_text_fields: tuple[str, ...] = ("title",)
    # Translated fields a published page needs in at least one language (none
    # is required in a given one: a page may be written in any language first).
    needed_in_one_language: tuple[str, ...] = ()
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

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # The panels as declared, before wagtail-modeltranslation replaces
        # them (its copies drop a panel's own heading and help text): the
        # language tabs take those from here (bbg_site.edit_form).
        cls.declared_panels = [
            *getattr(cls, "content_panels", []),
            *getattr(cls, "promote_panels", []),
            *getattr(cls, "settings_panels", []),
        ]

    @upstream.cached_per_class
    def get_edit_handler(cls):
        """The editor's form: one tab per language, then the fields every
        language shares (``bbg_site.edit_form``)."""
        from bbg_site.edit_form import page_edit_handler

        return page_edit_handler(cls).bind_to_model(cls)

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
        """True when the reader sees the title in another language (none in
        theirs): listings then mark it with that language's ``lang`` for
        screen readers (the ``lang_attr`` filter names which)."""
        shown = upstream.language_shown(self, "title", content_language())
        return bool(shown) and shown != content_language()

    @property
    def document_title(self) -> str:
        """The title of the browser tab and of a shared link: the search
        title (``seo_title``) in the language the title is read in, else the
        title. (Read through the fallbacks, an Albanian search title would
        head an English page whose own search title is empty.)"""
        shown = upstream.language_shown(self, "title", content_language()) or content_language()
        return getattr(self, build_localized_fieldname("seo_title", shown), "") or self.title

    def fallback_language(self, language: str | None = None) -> str:
        """The language the reader of ``language`` reads instead of their own
        (the first of ``translated_text_fields`` they do not have: English,
        else Albanian, else Serbian, as ``MODELTRANSLATION_FALLBACK_LANGUAGES``
        orders them), "" when the page has its own text in ``language``."""
        language = content_language(language)
        for field in self.translated_text_fields:
            shown = upstream.language_shown(self, field, language)
            if shown and shown != language:
                return shown
        return ""

    def missing_translation(self, language: str | None = None) -> bool:
        """True when the page has no text of its own in ``language``."""
        return bool(self.fallback_language(language))

    def missing_to_publish(self) -> list[str]:
        """The names of the fields this version still lacks to be published
        (a draft may leave out a report's type and date: ``required_to_publish``,
        and its summary: ``empty_in_every_language``)."""
        missing = []
        for name in required_to_publish(self):
            field = self._meta.get_field(name)
            if getattr(self, field.attname) is None:
                missing.append(str(field.verbose_name))
        for name in self.empty_in_every_language():
            missing.append(str(self._meta.get_field(name).verbose_name))
        return missing

    def empty_in_every_language(self) -> list[str]:
        """The ``needed_in_one_language`` fields this version has in no language."""
        return [
            field
            for field in self.needed_in_one_language
            if not any(
                has_text(getattr(self, build_localized_fieldname(field, code), ""))
                for code in settings.MODELTRANSLATION_LANGUAGES
            )
        ]

    def first_language(self) -> str:
        """The first language (English, Albanian, Serbian) the page has a
        title in: a report may be written in Albanian or Serbian first."""
        for code in settings.MODELTRANSLATION_LANGUAGES:
            if getattr(self, build_localized_fieldname("title", code), ""):
                return code
        return settings.MODELTRANSLATION_DEFAULT_LANGUAGE

    # Wagtail's checks before a save read ``title`` and ``slug`` and write them
    # back (cleaned, or a slug made from the title) in the active language:
    # the editor's admin language, where a page without a title of its own
    # would receive the fallback (an English editor saving an Albanian-only
    # draft would give it an "English" title in Albanian). They run in the
    # page's first language instead, whose title is its own.
    def full_clean(self, *args, **kwargs):
        with translation.override(self.first_language()):
            return super().full_clean(*args, **kwargs)

    def minimal_clean(self):
        with translation.override(self.first_language()):
            return super().minimal_clean()

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
        shown = self.fallback_language()
        context["translation_missing"] = bool(shown)
        context["translation_shown"] = shown
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
