"""One way to put a picture on a page: ``{% responsive_image %}``.

Readers on phones over slow mobile networks get WebP in the size their
screen needs (a half-size and a full-size rendition in ``srcset``), with the
original format as the fallback for browsers without WebP; ``width`` and
``height`` reserve the space so nothing jumps while it loads; pictures below
the fold load lazily and decode off the main thread.
"""

import re
from functools import lru_cache

from django import template
from django.db.models import Prefetch
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from wagtail.images import get_image_model
from wagtail.images.models import Filter

register = template.Library()

SPEC = re.compile(r"^(width|fill|max)-(\d+)(?:x(\d+))?$")


def half_and_full(spec: str) -> list[str]:
    """``width-800`` → ``width-400``, ``width-800`` (same for fill/max)."""
    match = SPEC.match(spec)
    if not match:
        raise template.TemplateSyntaxError(f"responsive_image: unsupported size {spec!r}")
    operation, width, height = match.group(1), int(match.group(2)), match.group(3)
    if height is None:
        return [f"{operation}-{width // 2}", spec]
    return [f"{operation}-{width // 2}x{int(height) // 2}", spec]


def rendition_specs(spec: str) -> list[str]:
    """Every rendition the tag uses for ``spec`` (for ``prefetch_renditions``)."""
    sizes = half_and_full(spec)
    return [*sizes, *(f"{size}|format-webp" for size in sizes)]


@lru_cache(maxsize=256)
def _filters(spec: str) -> tuple[Filter, ...]:
    """One set of ``Filter`` objects per size for the whole process: Wagtail
    parses a filter's operations (with ``inspect``) once per object, which
    for a listing of 300 pictures was a third of the page's time."""
    return tuple(Filter(spec=name) for name in rendition_specs(spec))


def prefetch_renditions(lookup: str, spec: str) -> Prefetch:
    """For a listing's queryset: the renditions ``{% responsive_image %}``
    uses for the image at ``lookup`` (``"photo"``), in one query, instead of
    a cache or database lookup per card."""
    return Prefetch(
        f"{lookup}__renditions",
        queryset=get_image_model()
        .get_rendition_model()
        .objects.filter(filter_spec__in=rendition_specs(spec)),
    )


def _srcset(renditions) -> str:
    seen, parts = set(), []
    for rendition in renditions:
        if rendition.width not in seen:
            seen.add(rendition.width)
            parts.append((rendition.url, rendition.width))
    return format_html_join(", ", "{} {}w", parts)


@register.simple_tag
def responsive_image(image, spec, alt="", lazy=True, css_class="", sizes="", lang=""):
    """``<picture>`` with WebP and fallback renditions of ``image`` at ``spec``
    (``width-800``, ``fill-240x240``, ``max-160x80``). ``lazy=False`` for the
    first picture of a page (it is above the fold). ``lang`` marks an ``alt``
    text that is not in the page's language (``field_lang`` filter)."""
    if not image:
        return ""
    names = half_and_full(spec)
    renditions = image.get_renditions(*_filters(spec))
    fallback = [renditions[name] for name in names]
    webp = [renditions[f"{name}|format-webp"] for name in names]
    full = fallback[-1]
    sizes = sizes or f"(max-width: {full.width}px) 100vw, {full.width}px"
    return format_html(
        '<picture><source type="image/webp" srcset="{}" sizes="{}">'
        '<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}"{}{}{} '
        'decoding="async"></picture>',
        _srcset(webp),
        sizes,
        full.url,
        _srcset(fallback),
        sizes,
        full.width,
        full.height,
        alt,
        format_html(' lang="{}"', lang) if lang else "",
        format_html(' class="{}"', css_class) if css_class else "",
        mark_safe(' loading="lazy"' if lazy else ' fetchpriority="high"'),  # noqa: S308
    )
