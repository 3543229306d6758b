import logging

from django.contrib import messages
from django.core.cache import cache
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _

from . import services
from .forms import CONSENT_TEXT, RegistrationForm
from .models import Registration

logger = logging.getLogger(__name__)

RATE_LIMIT = 5  # registrations
RATE_WINDOW = 10 * 60  # seconds, per address


def client_address(request) -> str:
    # Behind the proxy the first X-Forwarded-For entry is the reader.
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[0].strip() or request.META.get("REMOTE_ADDR", "unknown")


def over_rate_limit(request, scope: str) -> bool:
    key = f"rate:{scope}:{client_address(request)}"
    cache.add(key, 0, RATE_WINDOW)
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, RATE_WINDOW)
        count = 1
    return count > RATE_LIMIT


def register(request, event):
    form = RegistrationForm(request.POST)
    context = event.get_context(request)
    context["form"] = form
    if form.is_spam:
        logger.info("Honeypot filled on %s", event.pk)
        form.add_error(None, _("Your registration could not be sent. Please try again."))
        return render(request, event.get_template(request), context, status=400)
    if over_rate_limit(request, "register"):
        form.add_error(
            None,
            _("Too many registrations from your connection. Please try again in a few minutes."),
        )
        return render(request, event.get_template(request), context, status=429)
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
