"""The translation workspace: a page's text cut into segments, source beside target.

A *segment* is the smallest piece of text a translator works on: a plain
field (title, subtitle, the cover's description…), one block-level element of
rich text (a paragraph, a heading, a list item, a quote, a table cell), or a
text field inside a StreamField block (a heading's text, an image's caption and
alternative text, a quote and its attribution, a table's caption and cells,
each endnote's paragraphs). Blocks that are not text (images, documents,
partner logos, a heading's level) are listed with the segments so the
translator sees where the text sits, but are not typed again: they are taken
from the English (or from the translation's own block when it has one).

Everything works on one code path, ``_merge``: it walks the source and the
target values together, collects the segments, and builds the new target value
from the edits it is given. Reading the workspace is a merge without edits.

StreamField blocks of the two languages are paired by block id (a translation
that was copied from English keeps the ids), else by position and type. The
saved translation follows the English structure: its blocks get the English
block ids, so the next visit pairs them by id. A target with no text at all
is stored empty (``[]`` / ``""``), so readers keep getting the English page
with the "not translated" notice rather than empty paragraphs.

Rich text keeps its inline markup (bold, italics, links) as simple HTML in the
target box; what is saved is cleaned by Wagtail's own whitelister for the
field's features (``EditorHTMLConverter``), so a translator cannot add a
script or an attribute the editor would not allow.
"""

from __future__ import annotations

import copy
import hashlib
from dataclasses import dataclass
from functools import cached_property

from bs4 import BeautifulSoup, NavigableString
from django.conf import settings
from django.db import models
from django.utils.html import strip_tags
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname
from wagtail import blocks
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import features as feature_registry

SOURCE_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
# Fields every page has, translated by wagtail-modeltranslation, that are
# written (not derived): the slug follows the title, the URL path the slug.
PAGE_FIELDS_FIRST = ("title",)
PAGE_FIELDS_LAST = ("seo_title", "search_description")
NOT_SEGMENTS = {"slug", "url_path"}
# Block-level elements of rich text, each one segment.
SEGMENT_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "td", "th")
CONTAINERS = ("ul", "ol", "table", "thead", "tbody", "tr", "div")


def text_of(value) -> str:
    """The visible text of a segment's value (markup left out), for emptiness."""
    if not value:
        return ""
    return strip_tags(str(value)).replace("&nbsp;", " ").replace("\xa0", " ").strip()


def source_hash(value) -> str:
    return hashlib.sha256(" ".join(text_of(value).split()).encode()).hexdigest()[:32]


@dataclass
class Segment:
    """One piece of text in both languages, or a non-text item shown between them."""

    path: str  # e.g. "title", "summary/0", "body/<block id>/caption"
    label: str  # where it is: "Executive summary · paragraph 1"
    source: str  # the source text (plain, or simple HTML for rich text)
    target: str  # the target text as saved
    kind: str = "text"  # "text" (one line), "multiline", "rich", or "item" (not text)
    max_length: int | None = None
    item: tuple = ()  # for items: (block, raw value), shown through ``preview``
    changed: bool = False  # the source changed since the target was saved or checked
    result: str = ""  # the target after the edits were applied (what is saved)

    @cached_property
    def preview(self) -> dict:
        """What a non-text item shows: ``{"image": ..., "name": ...}`` (looked
        up only when shown: the status report needs no image)."""
        return _item_preview(*self.item) if self.item else {}

    @property
    def is_text(self) -> bool:
        return self.kind != "item"

    @property
    def translated(self) -> bool:
        return bool(text_of(self.target))

    @property
    def source_html(self) -> str:
        """Rich source text for display, through the same whitelister as saving."""
        return _clean(self.source, None)

    @property
    def hash(self) -> str:
        return source_hash(self.source)

    @property
    def field_name(self) -> str:  # form field name; paths contain "/" and ids
        return "seg-" + self.path


# --- rich text ------------------------------------------------------------------


def _editor_html(db_html: str) -> str:
    """Database links (``<a linktype="page" id="3">``) as the editor writes them
    (``data-linktype``/``data-id``), without a query per link."""
    soup = BeautifulSoup(db_html or "", "html.parser")
    for tag in soup.find_all(["a", "embed"]):
        if tag.has_attr("linktype"):
            tag["data-linktype"] = tag.attrs.pop("linktype")
            if tag.has_attr("id"):
                tag["data-id"] = tag.attrs.pop("id")
    return str(soup)


def _clean(inner_html: str, features) -> str:
    """Inner HTML typed by the translator, cleaned for the field's features."""
    converter = EditorHTMLConverter(features=features)
    return converter.to_database_format(inner_html or "").strip()


def _rich_elements(html: str) -> list:
    """The segment elements of rich text, in document order (lists and tables
    looked into; an element inside another segment element is part of it)."""
    soup = BeautifulSoup(html or "", "html.parser")
    found = []

    def walk(node):
        for child in node.children:
            if isinstance(child, NavigableString):
                continue
            if child.name in SEGMENT_TAGS:
                found.append(child)
            elif child.name in CONTAINERS:
                walk(child)

    walk(soup)
    return soup, found


def _inner(tag) -> str:
    return "".join(str(c) for c in tag.contents).strip()


def _rich_features(block_or_field):
    features = getattr(block_or_field, "features", None)
    return features if features is not None else feature_registry.get_default_features()


def merge_rich(path, label, source_html, target_html, edits, out, features):
    """Segments of rich text; returns the new target HTML."""
    soup, source_elements = _rich_elements(source_html)
    _target_soup, target_elements = _rich_elements(target_html)
    any_text = False
    for index, element in enumerate(source_elements):
        own = target_elements[index] if index < len(target_elements) else None
        target_inner = _inner(own) if own is not None and own.name == element.name else ""
        segment_path = f"{path}/{index}"
        source_inner = _inner(element)
        out.append(
            Segment(
                segment_path,
                f"{label} · {_element_label(element.name)} {index + 1}",
                _editor_html(source_inner),
                _editor_html(target_inner),
                kind="rich",
            )
        )
        if segment_path in edits:
            target_inner = _clean(edits[segment_path], features)
        out[-1].result = target_inner
        if text_of(target_inner):
            any_text = True
        element.clear()
        fragment = BeautifulSoup(target_inner, "html.parser")
        for child in list(fragment.contents):
            element.append(child)
    if not source_elements:
        return target_html
    return str(soup) if any_text else ""


def _element_label(tag):
    from django.utils.translation import gettext as _

    return {
        "p": _("paragraph"),
        "li": _("list item"),
        "blockquote": _("quote"),
        "td": _("table cell"),
        "th": _("table heading"),
    }.get(tag, _("heading"))


# --- StreamField ------------------------------------------------------------------


def _pair_by_id_or_position(source_items, target_items):
    """For each source item (``{"type", "value", "id"}``), the target item it
    translates: the one with the same id, else the one at the same position
    when it is of the same type."""
    by_id = {item.get("id"): item for item in target_items if item.get("id")}
    pairs = []
    for position, item in enumerate(source_items):
        match = by_id.get(item.get("id"))
        if match is None and position < len(target_items):
            candidate = target_items[position]
            if candidate.get("type") == item.get("type"):
                match = candidate
        pairs.append((item, match))
    return pairs


def _item_preview(block, value) -> dict:
    """What a non-text block shows in the workspace (never an editable field)."""
    if value in (None, "", [], {}):
        return {"name": ""}
    if isinstance(block, ImageChooserBlock):
        image = block.to_python(value)
        return {"image": image, "name": getattr(image, "title", "")}
    if isinstance(block, DocumentChooserBlock):
        document = block.to_python(value)
        return {"name": getattr(document, "title", "")}
    if isinstance(block, EmbedBlock):
        return {"name": str(value)}
    if isinstance(block, blocks.ChooserBlock):
        return {"name": str(block.to_python(value) or "")}
    if isinstance(block, blocks.ChoiceBlock):
        return {"name": str(dict(block.field.choices).get(value, value))}
    if isinstance(block, blocks.ListBlock):
        names = [str(_item_preview(block.child_block, v.get("value", v))["name"]) for v in value]
        return {"name": ", ".join(n for n in names if n)}
    return {"name": str(value)}


def merge_block(block, path, label, source, target, edits, out):
    """One block's value (raw JSON form) in both languages; returns the new target."""
    if isinstance(block, blocks.RichTextBlock):
        return merge_rich(path, label, source or "", target or "", edits, out, block.features)
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        kind = "multiline" if isinstance(block, blocks.TextBlock) else "text"
        segment = Segment(path, label, source or "", target or "", kind=kind)
        segment.max_length = getattr(block.field, "max_length", None)
        out.append(segment)
        segment.result = edits[path].strip() if path in edits else (target or "")
        return segment.result
    if isinstance(block, TableBlock):
        return _merge_table(path, label, source or {}, target or {}, edits, out)
    if isinstance(block, blocks.StructBlock):
        result = {}
        target = target or {}
        for name, child in block.child_blocks.items():
            child_label = f"{label} · {child.label}"
            result[name] = merge_block(
                child, f"{path}/{name}", child_label, source.get(name), target.get(name), edits, out
            )
        return result
    if isinstance(block, blocks.ListBlock):
        source_items = [_as_item(v) for v in (source or [])]
        target_items = [_as_item(v) for v in (target or [])]
        result = []
        for index, (item, match) in enumerate(_pair_by_id_or_position(source_items, target_items)):
            item_label = f"{label} {index + 1}"
            value = merge_block(
                block.child_block,
                f"{path}/{item.get('id') or index}",
                item_label,
                item["value"],
                match["value"] if match else None,
                edits,
                out,
            )
            result.append({"type": "item", "value": value, "id": item.get("id")})
        return result
    if isinstance(block, blocks.StreamBlock):
        return merge_stream(block, path, label, source or [], target or [], edits, out)
    # Not text: shown, and kept as the translation has it, else as the source.
    keep = target if target not in (None, "", [], {}) else source
    out.append(Segment(path, label, "", "", kind="item", item=(block, keep)))
    return copy.deepcopy(keep)


def _as_item(value):
    if isinstance(value, dict) and "value" in value and "type" in value:
        return value
    return {"type": "item", "value": value, "id": None}


def _merge_table(path, label, source, target, edits, out):
    from django.utils.translation import gettext as _

    result = copy.deepcopy(source)
    source_rows = source.get("data") or []
    target_rows = (target or {}).get("data") or []
    rows = []
    for r, row in enumerate(source_rows):
        cells = []
        for c, cell in enumerate(row or []):
            own = ""
            if r < len(target_rows) and target_rows[r] and c < len(target_rows[r]):
                own = target_rows[r][c] or ""
            cell_path = f"{path}/{r}-{c}"
            out.append(
                Segment(
                    cell_path,
                    f"{label} · "
                    + _("row %(row)s, column %(column)s") % {"row": r + 1, "column": c + 1},
                    cell or "",
                    own,
                )
            )
            if not text_of(cell):
                out.pop()  # an empty cell in the source has nothing to translate
                cells.append("")
                continue
            out[-1].result = edits[cell_path].strip() if cell_path in edits else own
            cells.append(out[-1].result)
        rows.append(cells)
    result["data"] = rows
    return result


def merge_stream(stream_block, path, label, source, target, edits, out):
    result = []
    pairs = _pair_by_id_or_position(list(source), list(target))
    for index, (item, match) in enumerate(pairs):
        child = stream_block.child_blocks.get(item["type"])
        if child is None:  # a block type no longer defined: left out
            continue
        item_label = f"{label} · {child.label} {index + 1}"
        value = merge_block(
            child,
            f"{path}/{item.get('id') or index}",
            item_label,
            item["value"],
            match["value"] if match else None,
            edits,
            out,
        )
        result.append({"type": item["type"], "value": value, "id": item.get("id")})
    return result


# --- a page ---------------------------------------------------------------------


def translated_fields(page) -> list:
    """The model fields of the page whose text is translated, in the order
    editors meet them: the title, the page's own fields, then the search
    title and description of the Promote tab."""
    model = type(page)
    names = set(translator.get_options_for_model(model).fields) - NOT_SEGMENTS
    # The page's own fields (title, Promote tab) are registered on Wagtail's Page.
    names |= {
        name
        for name in PAGE_FIELDS_FIRST + PAGE_FIELDS_LAST
        if hasattr(page, build_localized_fieldname(name, SOURCE_LANGUAGE))
    }
    ordered = [n for n in PAGE_FIELDS_FIRST if n in names]
    ordered += [
        f.name
        for f in type(page)._meta.get_fields()
        if f.name in names and f.name not in PAGE_FIELDS_FIRST + PAGE_FIELDS_LAST
    ]
    ordered += [n for n in PAGE_FIELDS_LAST if n in names]
    return [type(page)._meta.get_field(name) for name in ordered]


def _raw_stream(value) -> list:
    if not value:
        return []
    raw = value.get_prep_value() if hasattr(value, "get_prep_value") else value
    return list(raw)


def merge_page(page, source_language, target_language, edits=None):
    """``(segments, new_values)``: the page's segments, and the target
    language's field values after applying ``edits`` (path → text)."""
    edits = edits or {}
    segments: list[Segment] = []
    values = {}
    for model_field in translated_fields(page):
        name = model_field.name
        label = str(model_field.verbose_name)
        label = label[:1].upper() + label[1:]
        source = getattr(page, build_localized_fieldname(name, source_language), None)
        target = getattr(page, build_localized_fieldname(name, target_language), None)
        first = len(segments)
        if isinstance(model_field, StreamField):
            values[name] = merge_stream(
                model_field.stream_block,
                name,
                label,
                _raw_stream(source),
                _raw_stream(target),
                edits,
                segments,
            )
            if not any(text_of(s.result) for s in segments[first:]):
                values[name] = []  # no text: readers keep the English, with the notice
        elif isinstance(model_field, RichTextField):
            values[name] = merge_rich(
                name,
                label,
                source or "",
                target or "",
                edits,
                segments,
                _rich_features(model_field),
            )
        else:
            kind = "multiline" if isinstance(model_field, models.TextField) else "text"
            segment = Segment(name, label, source or "", target or "", kind=kind)
            segment.max_length = model_field.max_length
            segments.append(segment)
            segment.result = edits[name].strip() if name in edits else (target or "")
            values[name] = segment.result
    return segments, values


def progress(segments) -> tuple[int, int]:
    text = [s for s in segments if s.is_text and text_of(s.source)]
    return sum(1 for s in text if s.translated), len(text)


# --- "source changed" -------------------------------------------------------------


def mark_changed(page_id, language, segments, records=None) -> int:
    """Set ``changed`` on the translated segments whose source text differs
    from the one the translation was saved or checked against; the count."""
    from editorial.models import TranslatedSegment

    if records is None:
        records = dict(
            TranslatedSegment.objects.filter(page_id=page_id, language=language).values_list(
                "path", "source_hash"
            )
        )
    count = 0
    for segment in segments:
        known = records.get(segment.path)
        segment.changed = bool(
            segment.is_text and segment.translated and known and known != segment.hash
        )
        count += segment.changed
    return count


def record_sources(page_id, language, segments, *, edited, checked, user):
    """Remember the source each translated segment now stands for: those the
    translator typed in or ticked as checked, and those not marked changed.
    A segment marked changed and left alone stays marked."""
    from editorial.models import TranslatedSegment

    existing = {
        r.path: r for r in TranslatedSegment.objects.filter(page_id=page_id, language=language)
    }
    keep = set()
    for segment in segments:
        if not segment.is_text or not text_of(segment.result):
            continue
        keep.add(segment.path)
        record = existing.get(segment.path)
        if record and record.source_hash == segment.hash:
            continue
        if record and segment.path not in edited and segment.path not in checked:
            continue  # still "source changed" until someone looks at it
        TranslatedSegment.objects.update_or_create(
            page_id=page_id,
            language=language,
            path=segment.path,
            defaults={"source_hash": segment.hash, "checked_by": user},
        )
    gone = [path for path in existing if path not in keep]
    if gone:
        TranslatedSegment.objects.filter(page_id=page_id, language=language, path__in=gone).delete()


def changed_counts(pages, languages) -> dict:
    """``{(page id, language): (changed, translated, total)}`` for the
    Translation status report: one query for the stored hashes, the rest in
    Python on the pages already loaded (their latest versions)."""
    from editorial.models import TranslatedSegment

    records: dict = {}
    for page_id, language, path, digest in TranslatedSegment.objects.filter(
        page_id__in=[p.pk for p in pages], language__in=languages
    ).values_list("page_id", "language", "path", "source_hash"):
        records.setdefault((page_id, language), {})[path] = digest
    result = {}
    for page in pages:
        for language in languages:
            if language == SOURCE_LANGUAGE:
                continue
            segments, _values = merge_page(page, SOURCE_LANGUAGE, language)
            changed = mark_changed(
                page.pk, language, segments, records.get((page.pk, language), {})
            )
            done, total = progress(segments)
            result[page.pk, language] = (changed, done, total)
    return result
