from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet

from bbg_site.edit_form import LanguageTabsSnippetViewSet
from projects.models import Partner


class PartnerViewSet(LanguageTabsSnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partners")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "kind", "website"]
    list_filter = ["kind"]
    search_fields = ["name_en", "name_sq", "name_sr_latn", "short_name_en"]


register_snippet(PartnerViewSet)
