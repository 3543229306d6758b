import json

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

register = template.Library()

_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def json_ld(context, data) -> str:
    """A ``<script type="application/ld+json">`` block, safe to put in HTML.
    It is data, which a Content-Security-Policy does not block: no nonce,
    so the page stays the same for every reader (a shared cache keeps it)."""
    payload = json.dumps(data, ensure_ascii=False, default=str).translate(_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


@register.simple_tag(takes_context=True)
def page_structured_data(context) -> str:
    """Every JSON-LD block the page describes itself with (``structured_data``)."""
    page = context.get("page")
    describe = getattr(page, "structured_data", None)
    if describe is None:
        return ""
    return format_html_join(
        "\n", "{}", ((json_ld(context, data),) for data in describe(context["request"]))
    )
