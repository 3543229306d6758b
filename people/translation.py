from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import PeopleIndexPage, PersonPage


@register(PeopleIndexPage)
class PeopleIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(PersonPage)
class PersonPageTR(TranslationOptions):
    fields = ("photo_alt", "position", "short_bio", "biography", "languages_spoken", "now_at")
