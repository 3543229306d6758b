"""The report's reach on its edit page: a read-only Wagtail panel with the
last 90 days' views and downloads per language (added to ReportPage's form
in ``reach.apps``)."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from reach import reports
from reach.reports import Period

PANEL_DAYS = 90


class ReachPanel(Panel):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("heading", _("Reach (last 90 days)"))
        super().__init__(*args, **kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "reach/panel.html"

        def is_shown(self):
            from reach.admin_views import can_see_reach

            return bool(self.instance and self.instance.pk) and can_see_reach(self.request.user)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            today = timezone.localdate()
            period = Period(today - timedelta(days=PANEL_DAYS - 1), today)
            context["table"] = reports.totals_table(period, None, [self.instance.pk])
            context["url"] = reverse("reach_page", args=[self.instance.pk])
            return context
