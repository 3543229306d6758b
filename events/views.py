from django.contrib import messages
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _

from bbg_site.abuse import refusal

from . import services
from .forms import CONSENT_TEXT, RegistrationForm
from .models import Registration

RATE_LIMIT = 5  # registrations per address in bbg_site.abuse.RATE_WINDOW


def register(request, event):
    form = RegistrationForm(request.POST)
    context = event.get_context(request)
    context["form"] = form
    refused = refusal(
        request,
        form,
        "register",
        spam_message=_("Your registration could not be sent. Please try again."),
        limit_message=_(
            "Too many registrations from your connection. Please try again in a few minutes."
        ),
        limit=RATE_LIMIT,
    )
    if refused:
        status, message = refused
        form.add_error(None, message)
        return render(request, event.get_template(request), context, status=status)
    if not form.is_valid():
        return render(request, event.get_template(request), context, status=400)
    try:
        registration = services.register(
            event,
            name=form.cleaned_data["name"],
            email=form.cleaned_data["email"],
            organisation=form.cleaned_data["organisation"],
            language=translation.get_language(),
            consent_text=CONSENT_TEXT,
            request=request,
        )
    except services.RegistrationClosed:
        form.add_error(None, _("Registration for this event is closed."))
        return render(request, event.get_template(request), context, status=400)
    except services.AlreadyRegistered:
        form.add_error("email", _("This email address is already registered for this event."))
        return render(request, event.get_template(request), context, status=400)
    if registration.status == Registration.Status.WAITING:
        messages.warning(
            request,
            _(
                "The event is full: you are on the waiting list. "
                "We will email you if a seat becomes free."
            ),
        )
    else:
        messages.success(request, _("You are registered. We have sent you a confirmation email."))
    return HttpResponseRedirect(event.get_url(request) + "#registration")


def cancel(request, event, token):
    registration = (
        Registration.objects.filter(event=event, token=token).select_related("event").first()
    )
    if registration is None:
        raise Http404("Unknown registration")
    if request.method == "POST":
        services.cancel(registration, request)
        registration.refresh_from_db()
    return render(request, "pages/event_cancel.html", {"page": event, "registration": registration})
