from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import ImportRunDetailView, ImportRunListView, can_see


@hooks.register("register_admin_urls")
def register_wordpress_import_urls():
    return [
        path(
            "reports/wordpress-import/", ImportRunListView.as_view(), name="wordpress_import_runs"
        ),
        path(
            "reports/wordpress-import/<int:pk>/",
            ImportRunDetailView.as_view(),
            name="wordpress_import_run",
        ),
    ]


class WordPressImportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see(request.user)


@hooks.register("register_reports_menu_item")
def register_wordpress_import_menu_item():
    return WordPressImportMenuItem(
        _("WordPress import"),
        reverse("wordpress_import_runs"),
        name="wordpress-import",
        icon_name="download",
        order=700,
    )
