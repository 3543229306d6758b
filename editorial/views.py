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
    incomplete_page_ids,
    with_status,
)


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

    class Meta:
        model = Page
        fields = ["content_type"]

    def filter_incomplete_in(self, queryset, name, value):
        return queryset.filter(pk__in=incomplete_page_ids(queryset, value))


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
        for page in pages:
            page.page_type = page_type_label(page)
            for code in LANGUAGES:
                setattr(page, f"status_{code}", page.translation_status[code])
        return pages
