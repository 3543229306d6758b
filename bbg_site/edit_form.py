"""The page editor's form: one tab per language.

wagtail-modeltranslation turns each translated ``FieldPanel("title")`` into
three stacked panels (``title_en``, ``title_sq``, ``title_sr_latn``, labelled
"Title [sq]"). ``page_edit_handler`` regroups a page type's panels, after that
patch, into a ``TabbedInterface`` whose first tabs are the languages (English,
Albanian, Serbian, named in the editor's admin language and in their own),
each holding that language's fields in their original order and labelled
with the field's own name; then the untranslated fields (type, dates,
authors, PDFs, topics, pictures…) once, in an "All languages" tab; then
Wagtail's Promote and Settings tabs with what is left in them. Translated
fields of the Promote tab (slug, title tag, meta description) go to the end
of their language's tab, in their "For search engines" group.

Each language's panel is labelled with the field's own name ("Title", not
"Title [sq]"), keeping the heading and help text the page class gave the
panel (wagtail-modeltranslation's copies drop them; ``BasePage`` keeps the
panels as declared in ``declared_panels``). The star follows the field:
no language's title is required by itself (a page may be written in
Albanian or Serbian first; ``BasePageForm.clean_titles`` asks for one in any
language), so no title shows Wagtail's "Page title*" placeholder either:
"Page title", without the star, in the editor's language.

A group (``MultiFieldPanel``, ``FieldRowPanel``) that mixes both kinds is cut
in two: the cover's picture stays in "All languages", its description goes
to each language's tab, under the same heading. Inline panels (authors,
speakers, team) stay whole in "All languages", with their own per-language
fields inside, labelled "Affiliation (Albanian)" rather than
"Affiliation [sq]" (as every per-language field is: ``bbg_site.field_names``).

It works on any page type with no per-model code: ``BasePage.get_edit_handler``
calls it once per page type (Wagtail caches the result). Snippets (topics,
partners, publication types) get the same tabs through
``LanguageTabsSnippetViewSet``.
"""

from django.conf import settings
from django.utils.functional import lazy
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
    TitleFieldPanel,
    expand_panel_list,
)
from wagtail.snippets.views.snippets import SnippetViewSet

from bbg_site.field_names import LANGUAGE_NAMES
from bbg_site.i18n import content_language_codes, html_lang


# The tab of each content language, named in the admin's language, with the
# language's own name where that differs: "Albanian (Shqip)" for an editor who
# works in English, "Shqip" for one who works in Albanian, "Albanski (Shqip)"
# in Serbian.
def _tab_heading(code: str) -> str:
    name = capfirst(str(LANGUAGE_NAMES.get(code, code)))
    own = dict(settings.LANGUAGES).get(code, code)
    return name if name == own else f"{name} ({own})"


tab_heading = lazy(_tab_heading, str)

# Wagtail's own tabs, in its order, with what is left in them once the
# translated fields went to their language's tab.
OTHER_TABS = (
    ("content", "content_panels", _("All languages")),
    ("promote", "promote_panels", _("Promote")),
    ("settings", "settings_panels", _("Settings")),
)

# Groups whose children are split between the language tabs and the rest.
SPLIT_GROUPS = (MultiFieldPanel, FieldRowPanel)


class Tab(ObjectList):
    """A tab with a fixed name in its HTML ids (``#tab-sq``), whatever the
    admin's language: Wagtail derives it from the heading otherwise, which
    is translated (and the tab's id would depend on the language of the
    first request after a restart). A language's tab marks its text boxes
    with their language (``lang="sq"``), so the browser checks the spelling
    in Albanian and a screen reader reads them in Albanian."""

    def __init__(self, *args, name="", language="", **kwargs):
        super().__init__(*args, **kwargs)
        self.name = name
        self.language = language

    def clone_kwargs(self):
        kwargs = super().clone_kwargs()
        kwargs.update(name=self.name, language=self.language)
        return kwargs

    @property
    def clean_name(self):
        return self.name

    def on_model_bound(self):
        super().on_model_bound()
        names, todo = set(), list(self.children)
        while todo:
            panel = todo.pop()
            if isinstance(panel, FieldPanel):
                names.add(panel.field_name)
            todo.extend(getattr(panel, "children", ()))
        self.field_names = names

    class BoundPanel(ObjectList.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            if self.panel.language and self.form is not None:
                for name in self.panel.field_names & set(self.form.fields):
                    widget = self.form.fields[name].widget
                    widget.attrs.setdefault("lang", html_lang(self.panel.language))


def localized_fields(model) -> dict[str, tuple[str, str]]:
    """``{"title_sq": ("title", "sq"), …}`` for the model's translated fields."""
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return {}
    return {
        field.name: (original, field.language)
        for original, fields in options.all_fields.items()
        for field in fields
    }


def declared_field_panels(model) -> dict:
    """``{"title": FieldPanel("title", help_text=…), …}``: the model's field
    panels as its class declared them (``BasePage.declared_panels``)."""
    found = {}
    todo = list(getattr(model, "declared_panels", []))
    while todo:
        panel = todo.pop()
        if isinstance(panel, FieldPanel):
            found.setdefault(panel.field_name, panel)
        todo.extend(getattr(panel, "children", ()))
    return found


# Wagtail's own page fields, in words that have an Albanian and a Serbian
# translation here (Wagtail has none in either language) and that say what
# the field is in a language's tab.
PAGE_FIELD_WORDS = {
    "title": {
        "heading": _("Title"),
        "help_text": _(
            "The title readers see in this language. A page needs a title in at least one language."
        ),
    },
    "slug": {
        "heading": _("Address (slug)"),
        "help_text": _(
            "The last part of the page's address in this language: plain letters, "
            "digits and hyphens. Made from the title when left empty."
        ),
    },
    "seo_title": {
        "heading": _("Title for search engines"),
        "help_text": _(
            "The headline search engines and the browser tab show, when it should "
            "differ from the title."
        ),
    },
    "search_description": {
        "heading": _("Search description"),
        "help_text": _("The text search engines show under the headline."),
    },
}


def _relabelled(model, panel, original: str, declared: dict):
    """The panel of one language's field, labelled with the field's own name
    ("Title", not "Title [sq]") and with the heading and help text its class
    gave it (else, for Wagtail's own fields, ``PAGE_FIELD_WORDS``): the tab
    says which language it is. An optional title gets a "Page title"
    placeholder without Wagtail's star, which says it is required."""
    kwargs = panel.clone_kwargs()
    source = declared.get(original)
    words = PAGE_FIELD_WORDS.get(original, {})
    kwargs["heading"] = (
        (source and source.heading)
        or kwargs.get("heading")
        or words.get("heading")
        or capfirst(model._meta.get_field(original).verbose_name)
    )
    if source and source.help_text:
        kwargs["help_text"] = source.help_text
    elif words.get("help_text"):
        kwargs["help_text"] = words["help_text"]
    if isinstance(panel, TitleFieldPanel) and model._meta.get_field(panel.field_name).blank:
        # Wagtail's title box has no border: the placeholder shows where to
        # type (without the star of a required field).
        kwargs["placeholder"] = _("Page title")
    return panel.__class__(**kwargs)


def _regrouped(group, children):
    kwargs = group.clone_kwargs()
    kwargs["children"] = children
    return group.__class__(**kwargs)


def split_panels(model, panels, localized, languages, declared=None):
    """``({language: [panels]}, [shared panels])`` from a list of panels."""
    if declared is None:
        declared = declared_field_panels(model)
    by_language = {code: [] for code in languages}
    shared = []
    for panel in expand_panel_list(model, panels):
        name = getattr(panel, "field_name", None)
        if isinstance(panel, FieldPanel) and name in localized:
            original, code = localized[name]
            if code in by_language:
                by_language[code].append(_relabelled(model, panel, original, declared))
        elif isinstance(panel, SPLIT_GROUPS):
            children_by_language, children_shared = split_panels(
                model, panel.children, localized, languages, declared
            )
            for code, children in children_by_language.items():
                if children:
                    by_language[code].append(_regrouped(panel, children))
            if children_shared:
                shared.append(_regrouped(panel, children_shared))
        else:
            shared.append(panel)
    return by_language, shared


def page_edit_handler(model) -> TabbedInterface:
    """The (unbound) edit handler of a page type: language tabs first."""
    return language_tabs(model, OTHER_TABS, base_form_class=model.base_form_class)


# A snippet (topic, partner, publication type) has one list of panels.
SNIPPET_TABS = (("content", "panels", _("All languages")),)


def language_tabs(model, other_tabs, **options) -> TabbedInterface:
    """The language tabs of ``model``'s translated fields, then ``other_tabs``
    (``(name, attribute holding the panels, heading)``) with what is left."""
    languages = content_language_codes()
    localized = localized_fields(model)
    language_panels = {code: [] for code in languages}
    tabs_after = []
    for name, attribute, heading in other_tabs:
        panels = getattr(model, attribute, None) or []
        by_language, shared = split_panels(model, panels, localized, languages)
        for code in languages:
            language_panels[code] += by_language[code]
        if shared:
            tabs_after.append(Tab(shared, heading=heading, name=name))
    tabs = [
        Tab(
            language_panels[code],
            heading=tab_heading(code),
            name=code.replace("-", "_"),
            language=code,
        )
        for code in languages
        if language_panels[code]
    ]
    return TabbedInterface(tabs + tabs_after, **options)


class LanguageTabsSnippetViewSet(SnippetViewSet):
    """A snippet's editor with the same language tabs as a page's (its
    ``panels``, after wagtail-modeltranslation made them per language)."""

    def get_edit_handler(self):
        if not localized_fields(self.model):
            return super().get_edit_handler()
        return language_tabs(self.model, SNIPPET_TABS).bind_to_model(self.model)
