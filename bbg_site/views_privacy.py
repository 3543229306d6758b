"""The admin's "Personal data" page: find everything held about one email
address and erase it in one step (a person's request under Kosovo's
personal-data law or the GDPR). For those who may delete subscribers and
contact messages (Administrators)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from bbg_site import retention

PERMISSIONS = (
    "bbg_site.delete_subscriber",
    "bbg_site.delete_contactmessage",
    "events.change_registration",
)


def may_erase(user) -> bool:
    return user.is_active and user.has_perms(PERMISSIONS)


class EmailForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("Email address"))


def personal_data(request):
    if not may_erase(request.user):
        raise PermissionDenied
    # Found by a POST too, so the address stays out of access logs.
    source = request.POST if request.method == "POST" else request.GET
    form = EmailForm(source or None)
    held = None
    if form.is_valid():
        email = form.cleaned_data["email"]
        if request.method == "POST" and request.POST.get("erase"):
            counts = retention.erase_email(email, request.user)
            messages.success(
                request,
                _(
                    "Erased: %(subscriptions)s subscription(s), %(contact_messages)s contact "
                    "message(s) deleted; %(registrations)s registration(s) made anonymous."
                )
                % counts,
            )
            # Not back to ?email=…: the address would stay in the logs.
            return redirect(request.path)
        held = {name: list(rows) for name, rows in retention.held_about(email).items()}
    return render(
        request,
        "bbg_site/personal_data.html",
        {"form": form, "held": held, "nothing": held is not None and not any(held.values())},
    )
