from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from bbg_site.admin_policies import NoAddingPermissionPolicy
from bbg_site.exports import SafeExportIndexView

from .models import Registration

register_permission_policy(Registration, NoAddingPermissionPolicy(Registration))


class RegistrationViewSet(ModelViewSet):
    """Registrations per event for communications staff, exportable as CSV."""

    index_view_class = SafeExportIndexView
    model = Registration
    icon = "form"
    menu_label = _("Registrations")
    menu_order = 230
    add_to_admin_menu = True
    list_display = ["name", "email", "organisation", "event", "status", "language", "created_at"]
    list_filter = ["event", "status", "language"]
    search_fields = ["name", "email", "organisation"]
    list_export = [
        "event",
        "name",
        "email",
        "organisation",
        "get_status_display",
        "get_language_display",
        "created_at",
        "cancelled_at",
    ]
    export_headings = {"get_status_display": _("Status"), "get_language_display": _("Language")}
    export_filename = "registrations"
    form_fields = ["status"]
    inspect_view_enabled = True


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return RegistrationViewSet("registrations")
