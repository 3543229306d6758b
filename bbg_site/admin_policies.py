"""Rows only readers make: nobody adds them in the admin.

A registration counts once the person followed the link emailed to them, a
newsletter subscription once the subscriber confirmed it (double opt-in).
An "Add" in the admin skipped both (and the registration form, with only a
status field, answered 500). Staff may still list, export, edit what the
edit form allows, and delete; bringing an older mailing list over is an
explicit, logged command for Administrators (``import_subscribers``).
"""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.permission_policies import ModelPermissionPolicy


class NoAddingPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(user, [a for a in actions if a != "add"])

    def users_with_any_permission(self, actions):
        kept = [a for a in actions if a != "add"]
        return super().users_with_any_permission(kept) if kept else self.user_model.objects.none()


class SubscriberForm(WagtailAdminModelForm):
    """Staff can change a subscriber's language and interests and unsubscribe
    them (when they ask by email), never confirm them: only the subscriber's
    own link does that."""

    class Meta:
        fields = ["status", "language", "topics"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        status = self.fields["status"]
        current = self.instance.status
        unsubscribed = self.instance.Status.UNSUBSCRIBED
        status.choices = [(v, label) for v, label in status.choices if v in (current, unsubscribed)]
        status.help_text = _(
            "Only the subscriber can confirm a subscription, with the link emailed to them."
        )

    def clean_status(self):
        status = self.cleaned_data["status"]
        if status not in (self.instance.status, self.instance.Status.UNSUBSCRIBED):
            raise forms.ValidationError(_("Only the subscriber can confirm a subscription."))
        return status

    def save(self, commit=True):
        if (
            "status" in self.changed_data
            and self.instance.status == self.instance.Status.UNSUBSCRIBED
        ):
            self.instance.unsubscribed_at = timezone.now()
        return super().save(commit)
