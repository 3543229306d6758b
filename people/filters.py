"""The filters of the people (``PeopleIndexPage``); what listings share is in
``bbg_site.listings``."""

from django.utils.translation import gettext_lazy as _

from bbg_site import cache_keys
from bbg_site.content_cache import remember
from bbg_site.listings import ListingFilter, Option, OptionFilter
from bbg_site.models import Topic

from .models import PersonGroup, PersonPage


class PeopleFilter(ListingFilter):
    """The people, by group and area of expertise."""

    group = OptionFilter(label=_("Group"), empty_label=_("Everyone"), choices=PersonGroup.choices)
    expertise = OptionFilter(label=_("Area of expertise"), empty_label=_("All areas"))

    def get_options(self):
        """The areas of expertise of some person, in the reader's language."""

        def topics():
            people = PersonPage.objects.child_of(self.index).live().public()
            found = Topic.objects.filter(people__in=people).distinct().order_by("name_en")
            return [Option(t.slug, str(t.name), t.pk) for t in found]

        return {"expertise": remember(cache_keys.listing(self.index.pk, "expertise"), topics)}
