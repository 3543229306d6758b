from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import EventIndexPage, EventPage, EventSpeaker


@register(EventIndexPage)
class EventIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(EventPage)
class EventPageTR(TranslationOptions):
    fields = (
        "venue_name",
        "venue_address",
        "working_languages",
        "summary",
        "body",
        "image_alt",
        "report_summary",
    )


@register(EventSpeaker)
class EventSpeakerTR(TranslationOptions):
    fields = ("affiliation",)
