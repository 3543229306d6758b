"""The dashboard's panels: pages that still lack Albanian or Serbian text,
pages awaiting the user's review, and what readers sent this week."""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from editorial.translation_status import LANGUAGE_NAMES, content_pages, with_status
from editorial.workflows import translated_name

TRACKED = ("sq", "sr-latn")  # English is the source language
RECENT = 5


def untranslated_summary():
    pages = with_status(
        content_pages()
        .select_related("content_type")
        .order_by("-latest_revision_created_at", "-pk")
    )
    counts = []
    for code in TRACKED:
        lacking = [p for p in pages if not p.translation_status[code].complete]
        counts.append(
            {
                "language": code,
                "name": LANGUAGE_NAMES[code],
                "count": len(lacking),
                "url": reverse("editorial_translation_status") + f"?incomplete_in={code}",
            }
        )
    recent = [p for p in pages if any(not p.translation_status[c].complete for c in TRACKED)]
    return counts, recent[:RECENT]


class UntranslatedPagesPanel(Component):
    name = "untranslated_pages"
    template_name = "editorial/panels/untranslated_pages.html"
    order = 150

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        counts, recent = untranslated_summary()
        context.update(
            counts=counts,
            recent=recent,
            tracked=TRACKED,
            report_url=reverse("editorial_translation_status"),
        )
        return context


RECENT_DAYS = 7


class NewFromReadersPanel(Component):
    """What readers sent in the last week: event registrations and contact
    messages, each with the newest few and a link to its list. Shown to those
    who may see the list (Communications and Administrators)."""

    name = "new_from_readers"
    template_name = "editorial/panels/new_from_readers.html"
    order = 160

    def __init__(self, user):
        self.user = user

    def sections(self):
        import datetime

        from django.apps import apps
        from django.utils import timezone
        from django.utils.translation import gettext_lazy as _

        since = timezone.now() - datetime.timedelta(days=RECENT_DAYS)
        sections = []
        for label, heading, url_name, describe in [
            (
                "events.registration",
                _("New registrations"),
                "registrations:index",
                lambda r: f"{r.name} – {r.event.title}",
            ),
            (
                "bbg_site.contactmessage",
                _("New contact messages"),
                "contact_messages:index",
                lambda m: f"{m.subject} – {m.name}",
            ),
        ]:
            app_label, model_name = label.split(".")
            if not self.user.has_perm(f"{app_label}.view_{model_name}"):
                continue
            model = apps.get_model(label)
            recent = model.objects.filter(created_at__gte=since)
            if model_name == "registration":
                recent = recent.select_related("event")
            newest = list(recent.order_by("-created_at", "-pk")[:RECENT])
            sections.append(
                {
                    "heading": heading,
                    "count": recent.count(),
                    "items": [(describe(item), item.created_at) for item in newest],
                    "url": reverse(url_name),
                }
            )
        return sections

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(sections=self.sections(), days=RECENT_DAYS)
        return context


class AwaitingReviewPanel(Component):
    """Pages in a workflow task the user may act on ("Report review":
    Communications and Administrators; everything for a superuser), newest
    first, each with who submitted it and when, linked to its editor where
    Approve and Request changes are. In place of Wagtail's own panel, whose
    text has no Albanian or Serbian translation. Shown to reviewers, and to
    anyone with something to review."""

    name = "awaiting_review"
    template_name = "editorial/panels/awaiting_review.html"
    order = 140

    def __init__(self, user):
        self.user = user

    def is_reviewer(self) -> bool:
        from wagtail.models import GroupApprovalTask

        if self.user.is_superuser:
            return True
        return GroupApprovalTask.objects.filter(
            active=True, groups__in=self.user.groups.all()
        ).exists()

    def items(self):
        from django.contrib.contenttypes.models import ContentType
        from wagtail.models import Page, TaskState

        states = list(
            TaskState.objects.reviewable_by(self.user)
            # pages only: no snippet here has a workflow
            .filter(revision__base_content_type=ContentType.objects.get_for_model(Page))
            .select_related("revision__user", "task")
            .order_by("-started_at", "-pk")
        )
        pages = Page.objects.in_bulk([int(state.revision.object_id) for state in states])
        items = []
        for state in states:
            page = pages.get(int(state.revision.object_id))
            if page is not None:
                items.append(
                    {
                        "title": page.get_admin_display_title(),
                        "url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                        "task": translated_name(state.task.name),
                        "submitted_by": state.revision.user,
                        "started_at": state.started_at,
                    }
                )
        return items

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        items = self.items()
        context.update(items=items, shown=bool(items) or self.is_reviewer())
        return context
