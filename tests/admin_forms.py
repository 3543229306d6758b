"""Form data for Wagtail's admin page forms, shared by the admin tests."""

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

EMPTY_FORMSET = {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0, "MAX_NUM_FORMS": 1000}


def formset(*forms: dict) -> dict:
    """An inline formset (authors, PDFs...) holding ``forms``, all new."""
    return {
        **EMPTY_FORMSET,
        "TOTAL_FORMS": len(forms),
        **{str(index): form for index, form in enumerate(forms)},
    }


def report_form(**overrides):
    """A report in three languages, to publish; ``overrides`` replace fields."""
    from publications.models import ReportType

    return nested_form_data(
        {
            "title_en": "Dialogue brief",
            "title_sq": "Përmbledhje për dialogun",
            "title_sr_latn": "Kratka analiza o dijalogu",
            "slug_en": "dialogue-brief",
            "slug_sq": "permbledhje-per-dialogun",
            "slug_sr_latn": "kratka-analiza-o-dijalogu",
            "report_type": ReportType.objects.get(slug="report").pk,
            "publication_date": "2026-11-20",
            "summary_en": rich_text("<p>Three recommendations.</p>"),
            "summary_sq": rich_text("<p>Tri rekomandime.</p>"),
            "summary_sr_latn": rich_text("<p>Tri preporuke.</p>"),
            "body_en": streamfield([]),
            "body_sq": streamfield([]),
            "body_sr_latn": streamfield([]),
            "authors": EMPTY_FORMSET,
            "related_links": EMPTY_FORMSET,
            "downloads": EMPTY_FORMSET,
            "action-publish": "publish",
            **overrides,
        }
    )
