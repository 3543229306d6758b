from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from reach.admin_views import PageReachView, ProjectReachView, SiteReachView, can_see_reach


@hooks.register("register_admin_urls")
def register_reach_urls():
    return [
        path("reports/reach/", SiteReachView.as_view(), name="reach"),
        path("reports/reach/project/<int:pk>/", ProjectReachView.as_view(), name="reach_project"),
        path("reports/reach/page/<int:pk>/", PageReachView.as_view(), name="reach_page"),
    ]


class ReachMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_reach(request.user)


@hooks.register("register_reports_menu_item")
def register_reach_menu_item():
    return ReachMenuItem(_("Reach"), reverse("reach"), name="reach", icon_name="view", order=600)
