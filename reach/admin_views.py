"""Reports → Reach: the whole site, one project, one page; CSV and Excel of every table."""

import csv
import io
from datetime import date, timedelta

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from openpyxl import Workbook
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from bbg_site.exports import as_text
from bbg_site.i18n import language_codes
from editorial.roles import ADMINISTRATORS, COMMUNICATIONS
from reach import reports
from reach.reports import Period

# The longest custom period (ten years): longer ones are refused with a message.
MAX_DAYS = 3660
EARLIEST = date(2000, 1, 1)


def can_see_reach(user) -> bool:
    """Communications and Administrators (and superusers)."""
    if not user.is_authenticated or not user.is_active:
        return False
    return (
        user.is_superuser or user.groups.filter(name__in=[COMMUNICATIONS, ADMINISTRATORS]).exists()
    )


class ReachFilterForm(forms.Form):
    PERIODS = [
        ("30", _("Last 30 days")),
        ("quarter", _("Last quarter (90 days)")),
        ("year", _("Last year (365 days)")),
        ("custom", _("Custom")),
    ]
    DAYS = {"30": 30, "quarter": 90, "year": 365}

    period = forms.ChoiceField(label=_("Period"), choices=PERIODS, required=False)
    start = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    language = forms.ChoiceField(label=_("Language"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [
            ("", _("All languages")),
            *((code, reports.language_name(code)) for code in language_codes()),
        ]

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        today = timezone.localdate()
        choice = data.get("period") or "30"
        if choice == "custom":
            start, end = data.get("start"), data.get("end")
            if not start or not end:
                raise forms.ValidationError(_("For a custom period, give both dates."))
            if start > end:
                raise forms.ValidationError(_("The period must end after it starts."))
            if (end - start).days >= MAX_DAYS:
                raise forms.ValidationError(_("Choose a period of at most ten years."))
            if start < EARLIEST or end > today + timedelta(days=366):
                raise forms.ValidationError(_("Choose dates from 2000 to next year."))
        else:
            end = today
            start = today - timedelta(days=self.DAYS[choice] - 1)
        data["the_period"] = Period(start, end)
        return data


def _xlsx(table) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = str(table.title)[:31]
    sheet.append([str(h) for h in table.headers])
    for row in table.rows:
        # Text cells are stored as text, never as formulas.
        sheet.append([cell if isinstance(cell, int) else str(cell) for cell in row])
        for cell in sheet[sheet.max_row]:
            if cell.data_type == "f":
                cell.data_type = "s"
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def export(table, file_stem: str, fmt: str) -> HttpResponse:
    if fmt == "csv":
        output = io.StringIO()
        writer = csv.writer(output)
        writer.writerow([str(h) for h in table.headers])
        for row in table.rows:
            writer.writerow(
                [as_text(str(cell)) if not isinstance(cell, int) else cell for cell in row]
            )
        response = HttpResponse(output.getvalue(), content_type="text/csv; charset=utf-8")
    else:
        response = HttpResponse(
            _xlsx(table),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    response["Content-Disposition"] = f'attachment; filename="{file_stem}-{table.slug}.{fmt}"'
    return response


def page_reach_url(page_id) -> str:
    return reverse("reach_page", args=[page_id])


class ReachView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "reach/report.html"
    header_icon = "view"
    page_title = _("Reach")

    def dispatch(self, request, *args, **kwargs):
        if not can_see_reach(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def scope_slug(self) -> str:
        return "site"

    def get_breadcrumbs_items(self):
        items = [*self.breadcrumbs_items, {"url": reverse("reach"), "label": _("Reach")}]
        if self.get_page_title() != _("Reach"):
            items.append({"url": "", "label": self.get_page_title()})
        return items

    def tables(self, period, language) -> list:
        return [
            reports.totals_table(period, language),
            *reports.series_tables(period, language),
            reports.top_pages_table(period, language, page_reach_url),
            reports.referrers_table(period, language),
            reports.subscribers_table(period, language),
            reports.events_table(self.events_in(period), page_reach_url, language),
        ]

    @staticmethod
    def events_in(period):
        from events.models import EventPage

        return list(
            EventPage.objects.filter(
                start__date__gte=period.start, start__date__lte=period.end
            ).order_by("start", "pk")
        )

    def get(self, request, *args, **kwargs):
        self.form = ReachFilterForm(request.GET or None)
        self.period = self.language = None
        self.table_list = []
        if not request.GET or self.form.is_valid():
            data = self.form.cleaned_data if request.GET else {}
            if not request.GET:
                today = timezone.localdate()
                self.period = Period(today - timedelta(days=29), today)
            else:
                self.period = data["the_period"]
            self.language = (data.get("language") or None) if request.GET else None
            self.table_list = self.tables(self.period, self.language)
        fmt = request.GET.get("export")
        if fmt is not None:
            wanted = [t for t in self.table_list if t.slug == request.GET.get("table")]
            if fmt not in ("csv", "xlsx") or not wanted:
                return HttpResponseBadRequest(_("There is no such table or file format."))
            stem = f"reach-{self.scope_slug()}-{self.period.slug}"
            if self.language:
                stem += f"-{self.language}"
            return export(wanted[0], stem, fmt)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        query.pop("export", None)
        query.pop("table", None)
        context.update(
            form=self.form,
            period=self.period,
            tables=self.table_list,
            query=query.urlencode(),
        )
        return context


class SiteReachView(ReachView):
    def get_context_data(self, **kwargs):
        from projects.models import ProjectPage

        context = super().get_context_data(**kwargs)
        context["projects"] = ProjectPage.objects.order_by("title")
        return context


class ProjectReachView(ReachView):
    def dispatch(self, request, *args, **kwargs):
        from projects.models import ProjectPage

        if can_see_reach(request.user):
            self.project = get_object_or_404(ProjectPage, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Reach: %(title)s") % {"title": self.project.title}

    def scope_slug(self) -> str:
        return self.project.slug_en or self.project.slug

    def members(self):
        """The project's reports, news and events (any state: a report
        unpublished since still has its readers)."""
        project = self.project
        pages = [
            *project.reports.order_by("-publication_date", "pk"),
            *project.news_items.order_by("-pk"),
            *project.events.order_by("-start", "pk"),
        ]
        return pages, list(project.events.order_by("-start", "pk"))

    def tables(self, period, language):
        pages, events = self.members()
        ids = [page.pk for page in pages]
        return [
            reports.items_table(period, language, pages, page_reach_url),
            reports.totals_table(period, language, ids),
            *reports.series_tables(period, language, ids),
            reports.referrers_table(period, language, ids),
            reports.events_table(events, page_reach_url, language),
        ]


class PageReachView(ReachView):
    """One page (a report: its views and downloads by language and over time)."""

    def dispatch(self, request, *args, **kwargs):
        if can_see_reach(request.user):
            self.page = get_object_or_404(Page, pk=kwargs["pk"], depth__gt=1).specific
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Reach: %(title)s") % {"title": self.page.title}

    def scope_slug(self) -> str:
        return getattr(self.page, "slug_en", None) or self.page.slug

    def tables(self, period, language):
        ids = [self.page.pk]
        return [
            reports.totals_table(period, language, ids),
            *reports.series_tables(period, language, ids),
            reports.referrers_table(period, language, ids),
        ]
