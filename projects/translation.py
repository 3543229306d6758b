from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import Partner, ProjectIndexPage, ProjectPage, ProjectTeamMember


@register(Partner)
class PartnerTR(TranslationOptions):
    fields = ("name", "short_name")


@register(ProjectIndexPage)
class ProjectIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(ProjectPage)
class ProjectPageTR(TranslationOptions):
    fields = ("summary", "body", "image_alt")


@register(ProjectTeamMember)
class ProjectTeamMemberTR(TranslationOptions):
    fields = ("role",)
