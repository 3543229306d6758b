from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _

from bbg_site.abuse import refusal

from . import services
from .forms import CONSENT_TEXT, RegistrationForm
from .models import Registration

HOLD_MINUTES = int(services.SEAT_HOLD.total_seconds() // 60)


def _private(response):
    """Pages reached by a token, and every answer to a form, belong to one
    person: no cache keeps them (``private, no-store``)."""
    add_never_cache_headers(response)
    return response


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
        email_scope=f"register:{event.pk}",
    )
    if refused:
        status, message = refused
        form.add_error(None, message)
        return render(request, event.get_template(request), context, status=status)
    if not form.is_valid():
        return render(request, event.get_template(request), context, status=400)
    state = context["registration_state"]
    try:
        services.register(
            event,
            name=form.cleaned_data["name"],
            email=form.cleaned_data["email"],
            organisation=form.cleaned_data["organisation"],
            language=translation.get_language(),
            consent_text=CONSENT_TEXT,
        )
    except services.RegistrationClosed:
        form.add_error(None, _("Registration for this event is closed."))
        return render(request, event.get_template(request), context, status=400)
    # The same answer whether or not the address was registered already: a
    # page of its own, which a reload keeps, saying what happens next.
    url = event.url + event.reverse_subpage("registered")
    if state == "waiting-list":
        url += "?list=waiting"
    # A fragment of its own, else the browser keeps the form's (#registration).
    return HttpResponseRedirect(url + "#registration-result")


def registered(request, event):
    """What a reader sees after registering: what, when and where, that the
    seat (or the place on the waiting list) waits for the link emailed to
    them, how to add it to a calendar and how to cancel. Nothing here names
    the person: the address is the same for everyone."""
    waiting = request.GET.get("list", "")
    if waiting not in ("", "waiting"):
        raise Http404("Unknown list")
    if waiting:
        message = _(
            "Almost done: the event is full, so confirm with the link we have emailed to you "
            "to join the waiting list."
        )
    else:
        message = _(
            "Almost done: please confirm with the link we have emailed to you. "
            "We are holding a seat for you for %(minutes)s minutes."
        ) % {"minutes": HOLD_MINUTES}
    context = {
        "page": event,
        "message": message,
        "waiting": bool(waiting),
        "hold_minutes": HOLD_MINUTES,
    }
    return _private(render(request, "pages/event_registered.html", context))


def _registration(event, token) -> Registration:
    registration = (
        Registration.objects.filter(event=event, token=token).select_related("event").first()
    )
    if registration is None:
        raise Http404("Unknown registration")
    return registration


def confirm(request, event, token):
    registration = services.confirm(_registration(event, token))
    context = {
        "page": event,
        "registration": registration,
        "cancel_url": services.cancel_url(registration),
        "waiting_place": services.waiting_place(registration),
    }
    return _private(render(request, "pages/event_confirm.html", context))


def cancel(request, event, token):
    registration = _registration(event, token)
    if request.method == "POST":
        services.cancel(registration)
        registration.refresh_from_db()
    return _private(
        render(request, "pages/event_cancel.html", {"page": event, "registration": registration})
    )
