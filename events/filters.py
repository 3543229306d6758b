"""The filters of the events (``EventIndexPage``); what listings share is in
``bbg_site.listings``."""

from django.utils.translation import gettext_lazy as _

from bbg_site import cache_keys
from bbg_site.content_cache import remember
from bbg_site.listings import ListingFilter, Option, OptionFilter

from .models import EventPage, EventType


class EventFilter(ListingFilter):
    """The events, upcoming and past, by type and year."""

    type = OptionFilter(
        "event_type", label=_("Type"), empty_label=_("All types"), choices=EventType.choices
    )
    year = OptionFilter(label=_("Year"), empty_label=_("All years"), method="by_year")

    def get_options(self):
        """The years some event was in, newest first."""

        def years():
            events = EventPage.objects.child_of(self.index).live().public()
            return [Option(str(d.year), str(d.year)) for d in events.dates("start", "year", "DESC")]

        return {"year": remember(cache_keys.listing(self.index.pk, "years"), years)}

    def by_year(self, events, _name, year):
        return events.filter(start__year=int(year.value))
