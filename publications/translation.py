from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import (
    NewsIndexPage,
    NewsPage,
    PublicationIndexPage,
    ReportAuthor,
    ReportPage,
    ReportType,
)


@register(ReportType)
class ReportTypeTR(TranslationOptions):
    fields = ("name",)


@register(PublicationIndexPage)
class PublicationIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(ReportPage)
class ReportPageTR(TranslationOptions):
    fields = ("subtitle", "summary", "body", "cover_alt")


@register(ReportAuthor)
class ReportAuthorTR(TranslationOptions):
    fields = ("affiliation",)


@register(NewsIndexPage)
class NewsIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(NewsPage)
class NewsPageTR(TranslationOptions):
    fields = ("summary", "body", "image_alt")
