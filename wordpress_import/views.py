"""Reports → WordPress import: each run's log, readable by editors."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permission_policies.pages import PagePermissionPolicy

from .messages import Message
from .models import ImportRun

KIND_LABELS = {
    "report": _("Reports"),
    "news": _("News items"),
    "page": _("Standard pages"),
}
LANGUAGE_LABELS = {"en": _("English"), "sq": _("Albanian"), "sr-latn": _("Serbian"), "all": ""}
ENTRY_SECTIONS = (
    ("unmatched", _("Posts left unmatched"), _("Post")),
    ("missing_file", _("Files missing"), _("Post")),
    ("kept", _("Pages edited in Wagtail since, not overwritten"), _("Page")),
    ("error", _("Items that failed"), _("Posts")),
    ("skipped", _("Skipped"), _("Post")),
    ("note", _("Notes"), _("Posts")),
)


def can_see(user) -> bool:
    return PagePermissionPolicy().user_has_any_permission(user, ["add", "change", "publish"])


class RunsMixin(WagtailAdminTemplateMixin):
    header_icon = "download"

    def dispatch(self, request, *args, **kwargs):
        if not can_see(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ImportRunListView(RunsMixin, TemplateView):
    template_name = "wordpress_import/runs.html"
    page_title = _("WordPress import")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["runs"] = ImportRun.objects.all()[:100]
        return context


def counts(rows) -> list[dict]:
    """[[kind, language, n]...] as rows a person reads: kind, total, per language."""
    table = {}
    for kind, language, number in rows:
        entry = table.setdefault(kind, {"label": KIND_LABELS.get(kind, kind), "total": 0})
        if language == "all":
            entry["total"] = number
        else:
            entry.setdefault("languages", []).append(
                {"label": LANGUAGE_LABELS.get(language, language), "number": number}
            )
    return list(table.values())


class ImportRunDetailView(RunsMixin, TemplateView):
    template_name = "wordpress_import/run.html"
    page_title = _("WordPress import")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        run = get_object_or_404(ImportRun, pk=self.kwargs["pk"])
        summary = run.summary or {}
        sections = []
        for kind, title, column in ENTRY_SECTIONS:
            rows = []
            for entry in run.entries:
                if entry.get("kind") != kind:
                    continue
                values = entry.get("values", [])
                rows.append(
                    {
                        "what": ", ".join(
                            str(Message.from_value(v)) for v in values[:-1] if v not in ("-",)
                        ),
                        "message": str(Message.from_value(values[-1])) if values else "",
                    }
                )
            sections.append({"title": title, "column": column, "rows": rows})
        context.update(
            run=run,
            page_subtitle=run.source,
            created=counts(summary.get("created", [])),
            updated=counts(summary.get("updated", [])),
            summary=summary,
            sections=sections,
        )
        return context
