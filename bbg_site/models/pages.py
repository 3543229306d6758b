from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.fields import StreamField
from wagtail.search import index

from bbg_site.blocks import BodyBlock, PageBodyBlock

from .base import BasePage


class HomePage(BasePage):
    template = "pages/home_page.html"

    hero_title = models.CharField(_("hero title"), max_length=200, blank=True)
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(PageBodyBlock(), blank=True, verbose_name=_("body"))

    translated_text_fields = ("title", "hero_title", "intro", "body")

    content_panels = BasePage.content_panels + [
        FieldPanel("hero_title"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    search_kind = ""  # the home page is where readers start, not a result

    def structured_data(self, request) -> list[dict]:
        from bbg_site.structured_data import organization, website

        return [organization(request), website(request, self)]

    parent_page_types = ["wagtailcore.Page"]
    # Named by string: the home page does not import the content apps.
    subpage_types = [
        "bbg_site.StandardPage",
        "bbg_site.ContactPage",
        "people.PeopleIndexPage",
        "projects.ProjectIndexPage",
        "publications.PublicationIndexPage",
        "publications.NewsIndexPage",
        "events.EventIndexPage",
    ]
    max_count = 1
    page_description = _("The front page of the site. There is only one.")

    class Meta:
        verbose_name = _("home page")


class StandardPage(BasePage):
    template = "pages/standard_page.html"

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(PageBodyBlock(), blank=True, verbose_name=_("body"))

    translated_text_fields = ("title", "intro", "body")

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["bbg_site.HomePage", "bbg_site.StandardPage"]
    subpage_types = ["bbg_site.StandardPage"]
    page_description = _("About us, careers and other pages of text; may contain sub-pages.")

    class Meta:
        verbose_name = _("standard page")


class ContactPage(BasePage):
    template = "pages/contact_page.html"

    intro = models.TextField(_("introduction"), blank=True)
    map_url = models.URLField(
        _("map link"),
        blank=True,
        help_text=_("A link to the office on a map, e.g. OpenStreetMap. Nothing is embedded."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    translated_text_fields = ("title", "intro")

    content_panels = BasePage.content_panels + [
        HelpPanel(
            content=_(
                "The address, opening hours, email and phone shown on this page come "
                "from Settings → Site settings, so they are the same as in the footer."
            )
        ),
        FieldPanel("intro"),
        FieldPanel("map_url"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["bbg_site.HomePage"]
    subpage_types: list[str] = []
    max_count = 1
    page_description = _("How to reach BPRG: address, opening hours, email and phone.")

    class Meta:
        verbose_name = _("contact page")

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            from bbg_site.views import contact_submit

            return contact_submit(request, self)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from bbg_site.forms import ContactForm

        context = super().get_context(request, *args, **kwargs)
        context.setdefault("form", ContactForm())
        return context
