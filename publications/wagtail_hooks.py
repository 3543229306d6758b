from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from publications.models import ReportType


class ReportTypeViewSet(SnippetViewSet):
    model = ReportType
    icon = "doc-full"
    menu_label = _("Publication types")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["name", "slug", "sort_order"]


register_snippet(ReportTypeViewSet)
