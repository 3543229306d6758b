import json

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from wagtail.models import Site

from bbg_site.cyrillic import kept_words, to_cyrillic
from bbg_site.i18n import is_cyrillic

register = template.Library()

_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
# The values that are reading text (a search engine shows them): in the
# Cyrillic edition they are in Cyrillic like the page (the finished HTML's
# transliteration leaves scripts alone). Types, addresses, dates, codes stay.
_TEXT_KEYS = {
    "name",
    "alternateName",
    "headline",
    "alternativeHeadline",
    "description",
    "abstract",
    "caption",
    "jobTitle",
    "keywords",
    "streetAddress",
    "addressLocality",
}


def _reading_text_in_cyrillic(value, kept: tuple[str, ...], key=None):
    if isinstance(value, dict):
        return {name: _reading_text_in_cyrillic(item, kept, name) for name, item in value.items()}
    if isinstance(value, list):
        return [_reading_text_in_cyrillic(item, kept, key) for item in value]
    if isinstance(value, str) and key in _TEXT_KEYS:
        return to_cyrillic(value, kept)
    return value


@register.simple_tag(takes_context=True)
def json_ld(context, data) -> str:
    """A ``<script type="application/ld+json">`` block, safe to put in HTML.
    It is data, which a Content-Security-Policy does not block: no nonce,
    so the page stays the same for every reader (a shared cache keeps it)."""
    if is_cyrillic():
        # The request's site's kept words, as for the page around it; once per block.
        request = context.get("request")
        site = Site.find_for_request(request) if request is not None else None
        data = _reading_text_in_cyrillic(data, kept_words(site))
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
