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
    return {
        "statuses": statuses,
        "incomplete": [s for s in statuses if not s.complete],
    }
