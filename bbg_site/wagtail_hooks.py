from django.contrib import messages
from django.forms import modelform_factory
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from bbg_site.admin_policies import NoAddingPermissionPolicy, SubscriberForm
from bbg_site.edit_form import LanguageTabsSnippetViewSet
from bbg_site.exports import SafeExportIndexView
from bbg_site.models import ContactMessage, Subscriber, Topic


class TopicViewSet(LanguageTabsSnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name_en", "name_sq", "name_sr_latn"]


register_snippet(TopicViewSet)
register_permission_policy(Subscriber, NoAddingPermissionPolicy(Subscriber))


class SubscriberViewSet(ModelViewSet):
    """Newsletter subscribers, exported as CSV for the mailing tool."""

    index_view_class = SafeExportIndexView
    model = Subscriber
    icon = "mail"
    menu_label = _("Newsletter subscribers")
    menu_order = 240
    add_to_admin_menu = True
    list_display = ["email", "language", "status", "topic_names", "created_at", "confirmed_at"]
    list_filter = ["status", "language", "topics"]
    search_fields = ["email"]
    list_export = ["email", "language", "get_status_display", "topic_names", "confirmed_at"]
    export_headings = {"get_status_display": _("Status"), "topic_names": _("Interests")}
    export_filename = "newsletter-subscribers"
    inspect_view_enabled = True

    def get_form_class(self, for_update=False):
        return modelform_factory(Subscriber, form=SubscriberForm)


class ContactMessageViewSet(ModelViewSet):
    index_view_class = SafeExportIndexView
    model = ContactMessage
    icon = "mail"
    menu_label = _("Contact messages")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["subject", "name", "email", "language", "created_at"]
    list_filter = ["language"]
    search_fields = ["name", "email", "subject", "message"]
    list_export = ["created_at", "name", "email", "subject", "message", "language"]
    export_filename = "contact-messages"
    form_fields = ["name", "email", "subject", "message", "language"]
    inspect_view_enabled = True


@hooks.register("register_admin_viewset")
def register_subscriber_viewset():
    return SubscriberViewSet("subscribers")


@hooks.register("register_admin_viewset")
def register_contact_message_viewset():
    return ContactMessageViewSet("contact_messages")


@hooks.register("register_admin_urls")
def register_personal_data_urls():
    from django.urls import path

    from bbg_site.views_privacy import personal_data

    return [path("personal-data/", personal_data, name="bbg_personal_data")]


class PersonalDataMenuItem(MenuItem):
    def is_shown(self, request):
        from bbg_site.views_privacy import may_erase

        return may_erase(request.user)


@hooks.register("register_settings_menu_item")
def register_personal_data_menu_item():
    return PersonalDataMenuItem(
        _("Personal data"), reverse("bbg_personal_data"), icon_name="user", order=900
    )


@hooks.register("before_bulk_action")
def refuse_to_publish_unfinished_drafts(request, action_type, objects, action):
    """The explorer's bulk "Publish" publishes each page's latest draft
    without the page editor's checks: a draft a report's type or date is
    still missing from (drafts may be saved without them) is refused, with
    what it lacks, and nothing is published."""
    if action_type != "publish":
        return None
    refused = []
    for page in objects:
        page = page.specific
        draft = page.get_latest_revision_as_object() if page.has_unpublished_changes else page
        missing = getattr(draft, "missing_to_publish", list)()
        if missing:
            refused.append((draft.get_admin_display_title(), missing))
    for title, missing in refused:
        messages.error(
            request,
            gettext("“%(title)s” was not published: first fill in %(fields)s.")
            % {"title": title, "fields": ", ".join(missing)},
        )
    return redirect(action.next_url) if refused else None
