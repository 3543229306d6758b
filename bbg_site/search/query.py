"""Finding search documents for a reader's query, and excerpts to show."""

import re

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import Case, Count, F, FloatField, Q, QuerySet, Value, When
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from bbg_site.models import SearchDocument
from bbg_site.page_lookups import private_sections
from bbg_site.transliteration import fold, fold_with_positions

from .indexing import STEMMERS, search_config, searchable

_WORD = re.compile(r"\w+")
MAX_TERMS = 12  # words of a query that count; the rest are ignored
# Relevance is worked out for at most this many matches, the newest; older
# matches of a query this broad follow them, newest first. Ranking reads each
# match's whole vector: "dialogue north" matched 7,249 documents of the
# benchmark's archive and ranking them all took 40 ms of a 44 ms query.
RANKED_MATCHES = 1000


def terms(query: str, language: str | None = None) -> list[str]:
    """The folded words of a query (letters and digits only), stemmed as
    the documents of ``language`` are."""
    text = searchable(query, language) if language else fold(query)
    return _WORD.findall(text)[:MAX_TERMS]


def _visible(documents: QuerySet) -> QuerySet:
    """Leave out pages behind a view restriction (a password, a login) and
    what is below them. Documents exist for live pages only (publishing
    writes them, unpublishing and deleting remove them), so liveness needs
    no join; restrictions are few, usually none, and come from the content
    cache."""
    for path in private_sections().paths:
        documents = documents.exclude(page__path__startswith=path)
    return documents


def find(query: str, language: str, *, newest_first: bool = False):
    """The documents in ``language`` that match every word of ``query``, best
    (or newest) first, and how many there are of each kind.

    The counts come from one grouped query, which also decides between the
    full-text match and the prefix match on PostgreSQL; the caller then
    fetches one page of documents (two searches in all, three when the
    full-text match finds nothing)."""
    words = terms(query, language)
    documents = SearchDocument.objects.filter(language=language)
    if not words:
        return documents.none(), {}
    if connection.vendor == "postgresql":
        found, counts = _postgresql_search(documents, query, words, language)
    else:
        found = _visible(_substring_search(documents, words, whole_words=language in STEMMERS))
        counts = kind_counts(found)
    return (found.order_by("-date", "-pk") if newest_first else found), counts


def _postgresql_search(documents: QuerySet, query: str, words: list[str], language: str):
    """Full-text search with the language's stemmer; when that finds nothing,
    the words as prefixes (a word typed halfway, an Albanian inflection)."""
    config = search_config(language)
    tsquery = SearchQuery(searchable(query, language), config=config, search_type="websearch")
    counts = kind_counts(_visible(documents.filter(search_vector=tsquery)))
    if not counts:
        prefixes = " & ".join(f"{word}:*" for word in words)
        tsquery = SearchQuery(prefixes, config=config, search_type="raw")
        counts = kind_counts(_visible(documents.filter(search_vector=tsquery)))
    matches = _visible(documents.filter(search_vector=tsquery))
    rank = SearchRank(F("search_vector"), tsquery)
    if sum(counts.values()) > RANKED_MATCHES:
        newest = matches.order_by("-date", "-pk").values("pk")[:RANKED_MATCHES]
        rank = Case(When(pk__in=newest, then=rank), default=Value(-1.0), output_field=FloatField())
    found = matches.annotate(rank=rank).order_by("-rank", "-date", "-pk")
    return found, counts


def _substring_search(documents: QuerySet, words: list[str], whole_words=False) -> QuerySet:
    """SQLite (development): every word somewhere in the folded text, long
    words without their last two letters (a poor man's stemmer: "Kosovo"
    finds "Kosova"); in a stemmed language, every stem as a whole word,
    as PostgreSQL matches it."""
    condition = Q()
    for word in words:
        if whole_words:
            pattern = rf"\b{word}\b"
            condition &= Q(folded_title__regex=pattern) | Q(folded_text__regex=pattern)
            continue
        part = word[: max(5, len(word) - 2)]
        condition &= Q(folded_title__contains=part) | Q(folded_text__contains=part)
    return documents.filter(condition).order_by("-date", "-pk")


def kind_counts(documents: QuerySet) -> dict[str, int]:
    """How many of ``documents`` there are of each kind."""
    rows = documents.order_by().values("kind").annotate(total=Count("pk"))
    return {row["kind"]: row["total"] for row in rows}


def _stems(query: str) -> list[str]:
    """Word beginnings that mark a word of the text as matching (so that
    "negotiations" also highlights "negotiation")."""
    stems = []
    for word in terms(query):
        if len(word) < 3:
            continue
        stems.append(word[: max(4, len(word) - 3)] if len(word) > 5 else word)
    return stems


def excerpt(text: str, query: str, size: int = 240) -> SafeString:
    """About ``size`` characters of ``text`` around the first matching word,
    with the matching words in ``<mark>``; escaped everywhere else."""
    if not text:
        return mark_safe("")
    folded, positions = fold_with_positions(text)
    stems = _stems(query)
    spans = [
        (positions[match.start()], positions[match.end() - 1] + 1)
        for match in _WORD.finditer(folded)
        if any(match.group().startswith(stem) for stem in stems)
    ]
    start = max(0, spans[0][0] - size // 3) if spans else 0
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < spans[0][0] else start
    end = min(len(text), start + size)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    pieces = ["… " if start else ""]
    cursor = start
    for span_start, span_end in spans:
        if span_start < cursor or span_end > end:
            continue
        pieces.append(escape(text[cursor:span_start]))
        pieces.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    pieces.append(escape(text[cursor:end]))
    pieces.append(" …" if end < len(text) else "")
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of text is escaped
