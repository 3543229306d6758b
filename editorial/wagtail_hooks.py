from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy

from editorial import two_factor_views
from editorial.panels import UntranslatedPagesPanel
from editorial.views import TranslationStatusView


def can_see_page_reports(user):
    return PagePermissionPolicy().user_has_any_permission(user, ["add", "change", "publish"])


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return [
        path(
            "reports/translation-status/",
            TranslationStatusView.as_view(),
            name="editorial_translation_status",
        ),
        path(
            "reports/translation-status/results/",
            TranslationStatusView.as_view(results_only=True),
            name="editorial_translation_status_results",
        ),
    ]


class PageReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_page_reports(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return PageReportMenuItem(
        _("Translation status"),
        reverse("editorial_translation_status"),
        name="translation-status",
        icon_name="globe",
        order=650,
    )


@hooks.register("construct_homepage_panels")
def add_untranslated_pages_panel(request, panels):
    if can_see_page_reports(request.user):
        panels.append(UntranslatedPagesPanel())


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path("two-factor/", two_factor_views.overview, name="editorial_two_factor"),
        path("two-factor/set-up/", two_factor_views.enrol, name="editorial_two_factor_enrol"),
        path("two-factor/code/", two_factor_views.verify, name="editorial_two_factor_verify"),
        path(
            "two-factor/recovery-codes/",
            two_factor_views.regenerate_codes,
            name="editorial_two_factor_codes",
        ),
        path(
            "two-factor/turn-off/", two_factor_views.turn_off, name="editorial_two_factor_disable"
        ),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("editorial_two_factor"),
        "label": _("Two-factor sign-in"),
        "help_text": _("Sign in with a code from an authenticator app as well as your password."),
    }
