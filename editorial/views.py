import django_filters
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import ContentTypeFilter, WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page, get_page_content_types
from wagtail.permission_policies.pages import PagePermissionPolicy

from bbg_site.exports import FormulaSafeExportMixin
from editorial.translation_status import (
    LANGUAGE_NAMES,
    LANGUAGES,
    content_pages,
    with_status,
)
from editorial.workspace import SOURCE_LANGUAGE, changed_counts
from editorial.workspace_views import workspace_url


class TranslationStatusFilterSet(WagtailFilterSet):
    content_type = ContentTypeFilter(
        label=_("Page type"),
        queryset=lambda request: get_page_content_types(include_base_page_type=False),
    )
    incomplete_in = django_filters.ChoiceFilter(
        label=_("Incomplete in"),
        choices=[(code, capfirst(LANGUAGE_NAMES[code])) for code in LANGUAGES],
        method="filter_incomplete_in",
        empty_label=_("All pages"),
    )

    # Missing first by default: the report is opened to find what to
    # translate next ("Recently edited first" is the other choice).
    sort = django_filters.ChoiceFilter(
        label=_("Sort"),
        choices=[
            ("status", _("Missing first, then partial")),
            ("recent", _("Recently edited first")),
        ],
        method="sort_pages",
        empty_label=None,
    )

    class Meta:
        model = Page
        fields = ["content_type"]

    def statuses(self, queryset) -> dict:
        """``{page id: translation_status}`` for the pages of ``queryset``,
        each page's read once for the "Incomplete in" filter and the sort
        (the sort's pages are among the filter's)."""
        known = self.__dict__.setdefault("_statuses", {})
        listed = list(queryset)
        new = with_status([page for page in listed if page.pk not in known])
        known.update({page.pk: page.translation_status for page in new})
        return {page.pk: known[page.pk] for page in listed}

    def filter_incomplete_in(self, queryset, name, value):
        ids = [pk for pk, status in self.statuses(queryset).items() if not status[value].complete]
        return queryset.filter(pk__in=ids)

    def sort_pages(self, queryset, name, value):
        """By status: the pages with the most languages missing first, then
        the most partial ones, then the rest (each group most recently edited
        first); reads every page's status, as the "Incomplete in" filter
        does. Or most recently edited first."""
        if value == "recent":
            return queryset.order_by("-latest_revision_created_at", "-pk")
        ranks = status_order(self.statuses(queryset))
        return queryset.order_by(ranks, "-latest_revision_created_at", "-pk")

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if not self.form.cleaned_data.get("sort"):
            queryset = self.sort_pages(queryset, "sort", "status")
        return queryset


def status_order(statuses: dict):
    """An SQL expression ranking pages by their translation status
    (``{page id: translation_status}``)."""
    from django.db.models import Case, IntegerField, Value, When

    ranks = []
    for pk, status in statuses.items():
        states = [language.state for language in status.values()]
        ranks.append((pk, -10 * states.count("missing") - states.count("partial")))
    if not ranks:
        return Value(0)
    return Case(
        *(When(pk=pk, then=Value(rank)) for pk, rank in ranks),
        default=Value(0),
        output_field=IntegerField(),
    )


class LanguageStatusColumn(Column):
    cell_template_name = "editorial/tables/language_status_cell.html"

    def __init__(self, language, **kwargs):
        self.language = language
        super().__init__(
            f"status_{language}",
            label=capfirst(LANGUAGE_NAMES[language]),
            accessor=lambda page: page.translation_status[language],
            **kwargs,
        )


def page_type_label(page):
    return capfirst(page.specific_class._meta.verbose_name) if page.specific_class else ""


class TranslationStatusView(FormulaSafeExportMixin, ReportView):
    """Every page with, per language, whether its text (and a report's PDF) is there."""

    page_title = _("Translation status")
    header_icon = "globe"
    index_url_name = "editorial_translation_status"
    index_results_url_name = "editorial_translation_status_results"
    filterset_class = TranslationStatusFilterSet
    any_permission_required = ["add", "change", "publish"]
    paginate_by = 50
    list_export = ["title", "page_type", *(f"status_{code}" for code in LANGUAGES)]
    export_headings = {
        "title": _("Page"),
        "page_type": _("Page type"),
        **{f"status_{code}": capfirst(LANGUAGE_NAMES[code]) for code in LANGUAGES},
    }

    @cached_property
    def permission_policy(self):
        return PagePermissionPolicy()

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "title",
                label=_("Page"),
                accessor="get_admin_display_title",
                url_name="wagtailadmin_pages:edit",
            ),
            Column("page_type", label=_("Page type"), accessor=page_type_label),
            *(LanguageStatusColumn(code) for code in LANGUAGES),
        ]

    def get_queryset(self):
        self.queryset = (
            content_pages()
            .select_related("content_type")
            .order_by("-latest_revision_created_at", "-pk")
        )
        return super().get_queryset()

    def paginate_queryset(self, queryset, page_size):
        # The table is built from this list, so the statuses are added here
        # (for the current page of results only).
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        return paginator, page, self.with_statuses(object_list), is_paginated

    def as_spreadsheet(self, queryset, spreadsheet_format):
        # The export lists every page, with the same statuses as the table.
        return super().as_spreadsheet(self.with_statuses(queryset), spreadsheet_format)

    def with_statuses(self, object_list):
        pages = with_status(object_list)
        # Per language: segments translated, and those whose English changed
        # since (editorial.workspace), with a link to the workspace.
        counts = changed_counts(pages, LANGUAGES)
        for page in pages:
            page.page_type = page_type_label(page)
            for code in LANGUAGES:
                status = page.translation_status[code]
                changed, done, total = counts.get((page.pk, code), (0, None, None))
                status.source_changed = changed
                status.segments_done, status.segments_total = done, total
                if code != SOURCE_LANGUAGE:
                    status.translate_url = workspace_url(page.pk, code)
                setattr(page, f"status_{code}", status)
        return pages
