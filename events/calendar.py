"""iCalendar (.ics) for one event and for all upcoming events."""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Calendar, Event

from bbg_site.cyrillic import for_reader
from bbg_site.i18n import absolute_url

from .models import EventPage

PRODID = "-//Balkans Policy Research Group//bprg-portal//EN"


def build_calendar(request, events, name: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", for_reader(name))
    for event in events:
        entry = Event()
        entry.add("uid", f"event-{event.pk}@{request.get_host()}")
        entry.add("summary", for_reader(event.title))
        entry.add("dtstart", event.start.astimezone(datetime.UTC))
        entry.add("dtend", event.ends.astimezone(datetime.UTC))
        entry.add("dtstamp", timezone.now().astimezone(datetime.UTC))
        entry.add("description", for_reader(strip_tags(event.summary)))
        entry.add("url", absolute_url(event, request))
        location = ", ".join(
            p for p in [event.venue_name, " ".join(event.venue_address.split())] if p
        )
        if location or event.online_url:
            entry.add("location", for_reader(location) or event.online_url)
        calendar.add_component(entry)
    return calendar.to_ical()


def event_calendar_response(request, events, *, filename: str, name: str | None = None):
    name = name or (events[0].title if events else "BPRG")
    response = HttpResponse(
        build_calendar(request, events, name), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def upcoming_events_calendar(request):
    from django.utils.translation import gettext as _

    events = list(EventPage.for_listing()[:100])
    return event_calendar_response(
        request, events, filename="bprg-events.ics", name=_("BPRG events")
    )
