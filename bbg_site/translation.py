"""Fields translated into every language (django-modeltranslation)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import ContactPage, HomePage, MainMenuItem, SiteSettings, StandardPage, Topic


@register(HomePage)
class HomePageTR(TranslationOptions):
    fields = ("hero_title", "intro", "body")


@register(StandardPage)
class StandardPageTR(TranslationOptions):
    fields = ("intro", "body")


@register(ContactPage)
class ContactPageTR(TranslationOptions):
    fields = ("intro", "body")


@register(SiteSettings)
class SiteSettingsTR(TranslationOptions):
    fields = (
        "organisation_name",
        "address",
        "opening_hours",
        "footer_text",
        "street_address",
        "locality",
    )
    # The organisation's own details read English where a language lacks
    # them, never Albanian or Serbian in English (the wider fallbacks of
    # MODELTRANSLATION_FALLBACK_LANGUAGES are for pages written in another
    # language first): address parts left empty in English mean "use the
    # free-text address", and the organisation's name defaults to English.
    fallback_languages = {"default": ("en",)}


@register(MainMenuItem)
class MainMenuItemTR(TranslationOptions):
    fields = ("label",)


@register(Topic)
class TopicTR(TranslationOptions):
    fields = ("name", "description")
