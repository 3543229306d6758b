from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.permission_policies.pages import PagePermissionPolicy

from editorial import two_factor_views, workspace_views
from editorial.panels import AwaitingReviewPanel, NewFromReadersPanel, UntranslatedPagesPanel
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


@hooks.register("register_admin_urls")
def register_workspace_urls():
    return [
        path(
            "translate/<int:page_id>/<str:language>/",
            workspace_views.TranslationWorkspaceView.as_view(),
            name="editorial_translate",
        ),
        path(
            "translate/<int:page_id>/<str:language>/preview/",
            workspace_views.preview,
            name="editorial_translate_preview",
        ),
    ]


@hooks.register("register_page_header_buttons")
def translate_header_buttons(page, user, view_name, next_url=None):
    """ "Translate into …" in the page's header menu, for those who may edit it."""
    from editorial.translation_status import LANGUAGE_NAMES, LANGUAGES
    from editorial.workspace import SOURCE_LANGUAGE

    if page.depth <= 1 or page.specific_class is None:
        return
    if not hasattr(page.specific_class, "translated_text_fields"):
        return
    if not page.permissions_for_user(user).can_edit():
        return
    for priority, code in enumerate(c for c in LANGUAGES if c != SOURCE_LANGUAGE):
        yield Button(
            _("Translate into %(language)s") % {"language": LANGUAGE_NAMES[code]},
            workspace_views.workspace_url(page.pk, code),
            icon_name="globe",
            priority=12 + priority,
        )


@hooks.register("construct_page_action_menu")
def publish_first(menu_items, request, context):
    """Publish is the main button for those allowed to publish (Wagtail puts
    Save draft there and Publish under "More actions", next to "Submit to
    Report review"); the others keep Save draft first."""
    from wagtail.admin.action_menu import PublishMenuItem

    publish = [item for item in menu_items if isinstance(item, PublishMenuItem)]
    if publish:
        menu_items.remove(publish[0])
        menu_items.insert(0, publish[0])


@hooks.register("insert_editor_js")
def copy_buttons_put_right():
    """Rebuilds wagtail-modeltranslation's "Copy content from" buttons:
    only on translated StreamFields, only from other languages that have
    content, named in the editor's language
    (editorial/static/editorial/copy-buttons.js)."""
    import json

    from django.templatetags.static import static
    from django.utils.html import format_html

    from editorial.translation_status import LANGUAGE_NAMES

    names = {code: str(name) for code, name in LANGUAGE_NAMES.items()}
    return format_html(
        '<script src="{}" data-copy-label="{}" data-language-names="{}"></script>',
        static("editorial/copy-buttons.js"),
        _("Copy content from"),
        json.dumps({code: name[:1].upper() + name[1:] for code, name in names.items()}),
    )


@hooks.register("insert_editor_js")
def add_block_labels():
    """The body's ⊕ says what it does, in the editor's language
    (editorial/static/editorial/add-block-label.js)."""
    from django.templatetags.static import static
    from django.utils.html import format_html

    return format_html(
        '<script src="{}" data-add-block-label="{}" data-add-item-label="{}"></script>',
        static("editorial/add-block-label.js"),
        _("Add block"),
        _("Add item"),
    )


@hooks.register("insert_global_admin_css")
def editor_css():
    from django.templatetags.static import static
    from django.utils.html import format_html

    return format_html('<link rel="stylesheet" href="{}">', static("editorial/editor.css"))


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
    """The dashboard: pages awaiting the user's review (ours, in the admin's
    language, in place of Wagtail's), pages missing a translation, and what
    readers sent this week."""
    from bbg_site.upstream import wagtail_moderation_panel_class

    wagtails = wagtail_moderation_panel_class()
    panels[:] = [panel for panel in panels if not isinstance(panel, wagtails)]
    panels.append(AwaitingReviewPanel(request.user))
    if can_see_page_reports(request.user):
        panels.append(UntranslatedPagesPanel())
    panels.append(NewFromReadersPanel(request.user))


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
