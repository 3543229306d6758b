"""Building the search documents of a page, in every language."""

import html

from django.contrib.postgres.search import SearchVector
from django.core.exceptions import FieldDoesNotExist
from django.db import connection, transaction
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from bbg_site.i18n import content_language_codes, shown_language
from bbg_site.models import BasePage, SearchDocument
from bbg_site.transliteration import fold

from .albanian import stem_text

# PostgreSQL's text-search configuration per language: its stemmers for
# English and Serbian. It has none for Albanian: Albanian text is stemmed
# by our own (``albanian.stem_text``) before it is indexed or searched, and
# then matched word for word (``simple``).
SEARCH_CONFIGS = {"en": "english", "sq": "simple", "sr-latn": "serbian"}
# Stemmers applied to folded text before PostgreSQL (or SQLite) sees it.
STEMMERS = {"sq": stem_text}
MAX_TEXT = 60_000  # characters of body text kept per document


def search_config(language: str) -> str:
    return SEARCH_CONFIGS.get(language, "simple")


def searchable(text: str, language: str) -> str:
    """Text as it is matched in ``language``: folded (no diacritics, Latin
    letters, lower case), and stemmed where we have the language's stemmer.
    Documents and queries both go through here."""
    folded = fold(text)
    stemmer = STEMMERS.get(language)
    return stemmer(folded) if stemmer else folded


# wagtail-modeltranslation adds every language's column to ``search_fields``
# (title_en, body_sq...); a document takes the untranslated name, which reads
# the active language with the English fallback.
_LANGUAGE_SUFFIXES = tuple("_" + code.replace("-", "_") for code in content_language_codes())


def plain_text(value) -> str:
    return html.unescape(strip_tags(str(value or "")))


def _field_text(page, name: str) -> str:
    value = getattr(page, name, None)
    if not value:
        return ""
    try:
        field = page._meta.get_field(name)
    except FieldDoesNotExist:  # a property, not a field
        field = None
    if isinstance(field, StreamField):
        return plain_text(" ".join(str(part) for part in field.get_searchable_content(value)))
    if isinstance(field, RichTextField):
        return plain_text(value)
    return str(value)


def page_text(page) -> list[str]:
    """What a reader sees of ``page`` in the active language, beyond its title."""
    parts = [plain_text(page.get_summary())]
    for search_field in page.search_fields:
        name = search_field.field_name
        if (
            isinstance(search_field, index.SearchField)
            and name != "title"
            and not name.endswith(_LANGUAGE_SUFFIXES)
        ):
            parts.append(_field_text(page, name))
    parts.extend(page.search_extra_text())
    seen, unique = set(), []
    for part in parts:
        part = " ".join(str(part or "").split())
        if part and part not in seen:
            seen.add(part)
            unique.append(part)
    return unique


def build_documents(page) -> list[SearchDocument]:
    """Unsaved documents of a specific page, one per language."""
    documents = []
    # Documents in the languages editors write; the Cyrillic edition searches
    # the Serbian ones (bbg_site.views.search).
    for language in content_language_codes():
        with translation.override(language):
            text = Truncator(" ".join(page_text(page))).chars(MAX_TEXT)
            title = page.title
            documents.append(
                SearchDocument(
                    page_id=page.pk,
                    language=language,
                    kind=page.search_kind,
                    title=title[:255],
                    title_is_fallback=page.title_is_fallback,
                    title_language=shown_language(page, "title") if page.title_is_fallback else "",
                    text=text,
                    folded_title=searchable(title, language),
                    folded_text=searchable(text, language),
                    date=page.search_date(),
                )
            )
    return documents


def is_searchable(page) -> bool:
    return isinstance(page, BasePage) and bool(page.search_kind) and page.live


def _update_vectors(queryset) -> None:
    if connection.vendor != "postgresql":
        return
    for language in content_language_codes():
        config = search_config(language)
        queryset.filter(language=language).update(
            search_vector=SearchVector("folded_title", weight="A", config=config)
            + SearchVector("folded_text", weight="B", config=config)
        )


@transaction.atomic
def index_page(page) -> None:
    """(Re)build the documents of one page, or drop them if it is not live."""
    page = page.specific
    SearchDocument.objects.filter(page_id=page.pk).delete()
    if not is_searchable(page):
        return
    SearchDocument.objects.bulk_create(build_documents(page))
    _update_vectors(SearchDocument.objects.filter(page_id=page.pk))


def unindex_page(page) -> None:
    SearchDocument.objects.filter(page_id=page.pk).delete()


@transaction.atomic
def rebuild(batch_size: int = 200) -> int:
    """Rebuild every document; returns how many pages are searchable."""
    SearchDocument.objects.all().delete()
    count = 0
    pages = Page.objects.live().specific().iterator(chunk_size=batch_size)
    batch: list[SearchDocument] = []
    for page in pages:
        if not is_searchable(page):
            continue
        count += 1
        batch.extend(build_documents(page))
        if len(batch) >= batch_size:
            SearchDocument.objects.bulk_create(batch)
            batch = []
    SearchDocument.objects.bulk_create(batch)
    _update_vectors(SearchDocument.objects.all())
    return count
