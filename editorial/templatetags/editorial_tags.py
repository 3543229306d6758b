from django import template

from editorial.translation_status import LANGUAGE_NAMES, page_status

register = template.Library()


@register.simple_tag
def language_name(code):
    return LANGUAGE_NAMES[code]


@register.simple_tag
def status_for(page, code):
    return page.translation_status[code]


@register.inclusion_tag("editorial/includes/editor_translation_status.html")
def editor_translation_status(page):
    """The languages still empty in the page being edited (its latest version)."""
    specific = getattr(page, "specific", page)
    if not hasattr(specific, "translated_text_fields"):
        return {"statuses": []}
    statuses = list(page_status(specific).values())
    if specific.pk:
        from editorial.workspace import SOURCE_LANGUAGE
        from editorial.workspace_views import workspace_url

        for status in statuses:
            if status.language != SOURCE_LANGUAGE:
                status.translate_url = workspace_url(specific.pk, status.language)
    return {
        "statuses": statuses,
        "incomplete": [s for s in statuses if not s.complete],
    }
