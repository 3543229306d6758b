from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet

from bbg_site.edit_form import LanguageTabsSnippetViewSet
from publications.models import ReportType


class ReportTypeViewSet(LanguageTabsSnippetViewSet):
    model = ReportType
    icon = "doc-full"
    menu_label = _("Publication types")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["name", "slug", "sort_order"]


register_snippet(ReportTypeViewSet)
