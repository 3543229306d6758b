"""The dashboard panel: pages that still lack Albanian or Serbian text."""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from editorial.translation_status import LANGUAGE_NAMES, content_pages, with_status

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
