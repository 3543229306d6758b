"""The filters of the projects (``ProjectIndexPage``); what listings share is
in ``bbg_site.listings``."""

from django.utils.translation import gettext_lazy as _

from bbg_site import cache_keys
from bbg_site.content_cache import remember
from bbg_site.listings import ListingFilter, Option, OptionFilter

from .models import Partner, ProjectPage, ProjectPartner, ProjectStatus


class ProjectFilter(ListingFilter):
    """The projects, by status (``status_today``, worked out in SQL by
    ``ProjectIndexPage.listing_queryset``) and donor or partner."""

    status = OptionFilter(
        "status_today",
        label=_("Status"),
        empty_label=_("All projects"),
        choices=ProjectStatus.choices,
    )
    partner = OptionFilter(
        label=_("Donor or partner"), empty_label=_("All donors and partners"), method="by_partner"
    )

    def get_options(self):
        """The donors and partners of some project, in the reader's language."""

        def partners():
            projects = ProjectPage.objects.child_of(self.index).live().public()
            found = Partner.objects.filter(project_links__project__in=projects).distinct()
            return [Option(p.slug, p.name, p.pk) for p in found]

        return {"partner": remember(cache_keys.listing(self.index.pk, "partners"), partners)}

    def by_partner(self, projects, _name, partner):
        # A subquery, not a join: a project with a partner twice is listed once.
        links = ProjectPartner.objects.filter(partner_id=partner.pk)
        return projects.filter(pk__in=links.values("project_id"))
