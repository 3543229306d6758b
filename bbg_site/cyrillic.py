"""Serbian Cyrillic, read from the Serbian Latin text (the ``sr-cyrl`` edition).

Editors write Serbian once, in Latin (the ``*_sr_latn`` fields). A reader
at ``/sr-cyrl/…`` gets the same page with its Serbian text in Cyrillic:
``bbg_site.middleware.CyrillicMiddleware`` renders the page as Serbian
(``sr-latn`` content, ``sr_Cyrl`` interface strings) and passes the finished
HTML through ``html_to_cyrillic``; feeds, the calendar and e-mails use
``to_cyrillic`` on their text. docs/architecture.md ("Serbian in Cyrillic")
says why the edition is made this way.

What is never transliterated:

- URLs, e-mail addresses, host names and file names (``report.pdf``),
  HTML entities, and everything inside ``<script>``, ``<style>``,
  ``<code>``, ``<pre>``, ``<kbd>``, ``<samp>``, ``<textarea>`` and ``<svg>``;
- words with letters Serbian does not have (q, w, x, y, Albanian ë and ç,
  ä, é, ...): foreign names and words;
- acronyms: words of up to six capitals without a letter only Serbian has
  (EU, KFOR, EULEX, NATO, OSCE, UNMIK; but "VAŽNO" is Serbian), and brand
  names in camel case (LinkedIn, YouTube);
- the words and phrases of ``kept_words()`` (``CYRILLIC_KEPT_WORDS`` in the
  settings, plus the list editors keep in Site settings): names the rules
  cannot know ("Sida", "Elevate Peace");
- any element whose ``lang`` is not Serbian Cyrillic (quoted English or
  Albanian text, the "Srpski" of the language switcher) or that says
  ``translate="no"`` (the HTML attribute for "do not translate"; also the
  ``notranslate`` class), and every HTML
  attribute but ``alt``, ``title``, ``aria-label``, ``placeholder`` and the
  ``content`` of description and title ``<meta>`` tags.

Why not the ``cyrtranslit`` package: the letter table is thirty pairs (the
inverse of the one ``bbg_site.transliteration`` already keeps for the other
direction), and what takes care - digraphs that span a morpheme boundary
(``nadživeti`` → надживети, ``konjunktura`` → конјунктура), capitals
(``LJUBLJANA`` → ЉУБЉАНА, ``Ljubljana`` → Љубљана) and the words to keep -
is not something cyrtranslit offers; it would still need this module around it.
"""

import functools
import hashlib
import re
import threading
from collections import OrderedDict

from django.conf import settings

from bbg_site.transliteration import _SERBIAN_LATIN

LATIN_TO_CYRILLIC = {latin: cyrillic for cyrillic, latin in _SERBIAN_LATIN.items()}
DIGRAPHS = {"lj", "nj", "dž"}

# Digraph letters that are two letters in Serbian, because a prefix or a
# loan word's morpheme ends with the first one: each entry is a (lower-case)
# stem and the index in it of the digraph's second letter (j or ž), which
# then stands alone. Matched
# anywhere in a word, so every form and compound follows ("konjugacija",
# "konjunkturni", "injekcijama", "prenadživeti").
SPLIT_DIGRAPHS = {
    # d + ž after the prefixes nad-, pod-, od-, pred-
    "nadži": 3,
    "nadžnj": 3,
    "nadžanj": 3,
    "nadžup": 3,
    "podžanr": 3,
    "podžup": 3,
    "podžel": 3,
    "odžal": 2,
    "odživ": 2,
    "odžvak": 2,
    "predžel": 4,
    "predžet": 4,
    # n + j in loan words (con-jug-, con-junct-, in-ject-, in-junct-; "Tanjug")
    "konjug": 3,
    "konjunk": 3,
    "konjukt": 3,
    "injek": 2,
    "injunk": 2,
    "tanjug": 3,
    "vanjezi": 3,
    "panjevrop": 3,
}

# Letters of the Serbian Latin alphabet (and the ASCII ones it shares).
SERBIAN_LETTERS = set("abcčćdđefghijklmnoprsštuvzž")
SERBIAN_ONLY = set("čćđšž")
ACRONYM_LENGTH = 6
CAMEL_CASE = re.compile(r"[a-zčćđšž][A-ZČĆĐŠŽ]")

# What is kept as written, matched before words: URLs, e-mail addresses,
# host and file names ("bprg.org", "izvestaj-2026.pdf"), HTML entities.
PROTECTED = re.compile(
    r"""
    (?:https?://|ftp://|mailto:|www\.)[^\s<>"']+        # URLs
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                     # e-mail addresses
    | &\#?\w+;                                         # entities
    | %\(\w+\)[sdif] | %[sdif] | \{\w*\}                # placeholders
    | \b[\w-]+(?:\.[\w-]+)*\.(?:pdf|docx?|xlsx?|odt|csv|jpe?g|png|gif|webp|avif|zip
        |html?|ics|xml|rss|org|com|net|eu|rs|int|info|edu|gov|ks|al|me)\b  # host and file names
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A word: letters (with accents), inner apostrophes and hyphens kept apart.
WORD = re.compile(r"[^\W\d_]+")
LATIN_LETTER = re.compile(r"[A-Za-zČčĆćĐđŠšŽž]")


@functools.cache
def _settings_words() -> tuple[str, ...]:
    return tuple(getattr(settings, "CYRILLIC_KEPT_WORDS", ()))


def kept_words(site=None) -> tuple[str, ...]:
    """The words and phrases kept in Latin: the settings' list and the one
    editors keep (``SiteSettings.cyrillic_kept_words`` of ``site``, else of
    the default site), longest first."""
    words = set(_settings_words())
    words.update(_editor_words(site))
    return tuple(sorted(words, key=len, reverse=True))


def _editor_words(site) -> list[str]:
    from django.db import DatabaseError

    from bbg_site.models.site_settings import cyrillic_kept_words

    try:
        return cyrillic_kept_words(site)
    except DatabaseError:  # no database (an outage page): the settings' list only
        return []


@functools.lru_cache(maxsize=256)
def _kept_pattern(words: tuple[str, ...]) -> re.Pattern | None:
    if not words:
        return None
    alternatives = "|".join(re.escape(word) for word in words)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def _keep_word(word: str) -> bool:
    lower = word.lower()
    if any(letter not in SERBIAN_LETTERS for letter in lower):
        return True  # q, w, x, y, ë, ç, é, ... or already Cyrillic
    if CAMEL_CASE.search(word):
        return True  # brand names: LinkedIn, YouTube, OpenStreetMap
    # Acronyms (EU, KFOR, EULEX, UNMIK): short words in capitals without a
    # letter only Serbian has. "I" is a word; "VAŽNO" and "LJUBLJANA" are
    # Serbian written in capitals.
    return (
        1 < len(word) <= ACRONYM_LENGTH
        and word.isupper()
        and not SERBIAN_ONLY & set(lower)
        and not any(digraph in lower for digraph in DIGRAPHS)
    )


def _split_points(lower: str) -> set[int]:
    points = set()
    for stem, at in SPLIT_DIGRAPHS.items():
        start = lower.find(stem)
        while start != -1:
            points.add(start + at)
            start = lower.find(stem, start + 1)
    return points


def _word_to_cyrillic(word: str) -> str:
    lower = word.lower()
    splits = _split_points(lower) if any(d in lower for d in DIGRAPHS) else ()
    out = []
    index = 0
    while index < len(word):
        pair = lower[index : index + 2]
        if pair in DIGRAPHS and index + 1 not in splits:
            cyrillic = LATIN_TO_CYRILLIC[pair]
            out.append(cyrillic.upper() if word[index].isupper() else cyrillic)
            index += 2
            continue
        letter = word[index]
        cyrillic = LATIN_TO_CYRILLIC.get(lower[index])
        if cyrillic is None:
            out.append(letter)
        else:
            out.append(cyrillic.upper() if letter.isupper() else cyrillic)
        index += 1
    return "".join(out)


@functools.lru_cache(maxsize=50_000)
def _reading(word: str) -> str:
    """One word as the Cyrillic edition reads it (a page repeats its words,
    and every page the same interface words: cached)."""
    return word if _keep_word(word) else _word_to_cyrillic(word)


def _words_to_cyrillic(text: str) -> str:
    if not LATIN_LETTER.search(text):
        return text  # spaces, digits, punctuation, or Cyrillic already
    return WORD.sub(lambda m: _reading(m.group(0)), text)


def _unprotected_to_cyrillic(text: str, kept_list: tuple[str, ...]) -> str:
    # Only the kept words this text holds go into the pattern (a substring
    # test is far cheaper than trying a long alternation at every position).
    kept = _kept_pattern(tuple(word for word in kept_list if word in text))
    if kept is None:
        return _words_to_cyrillic(text)
    out = []
    last = 0
    for match in kept.finditer(text):
        out.append(_words_to_cyrillic(text[last : match.start()]))
        out.append(match.group(0))
        last = match.end()
    out.append(_words_to_cyrillic(text[last:]))
    return "".join(out)


def to_cyrillic(text: str, kept: tuple[str, ...] | None = None) -> str:
    """Serbian Latin ``text`` in Serbian Cyrillic, keeping what must stay as
    written (see the module's docstring). Idempotent: Cyrillic stays."""
    if not text or not LATIN_LETTER.search(text):
        return text
    pattern = kept_words() if kept is None else kept
    out = []
    last = 0
    for match in PROTECTED.finditer(text):
        out.append(_unprotected_to_cyrillic(text[last : match.start()], pattern))
        out.append(match.group(0))
        last = match.end()
    out.append(_unprotected_to_cyrillic(text[last:], pattern))
    return "".join(out)


# --- HTML --------------------------------------------------------------------

# Elements whose content is never reading text (or is code, or the reader's
# own input); skipped whole.
RAW_ELEMENTS = ("script", "style", "code", "pre", "kbd", "samp", "textarea", "svg")
TOKEN = re.compile(
    r"<!--.*?-->"
    r"|<(" + "|".join(RAW_ELEMENTS) + r")\b[^>]*>.*?</\1\s*>"
    r"|<[^>]*>",
    re.DOTALL | re.IGNORECASE,
)
TAG_NAME = re.compile(r"</?([a-zA-Z][\w-]*)")
LANG_ATTR = re.compile(r"""\slang=(["']?)([\w-]*)\1""", re.IGNORECASE)
NO_TRANSLATE = re.compile(
    r"""\stranslate=(["']?)no\1|\sclass="[^"]*\bnotranslate\b""", re.IGNORECASE
)
TEXT_ATTRS = re.compile(r"""(\s(?:alt|title|aria-label|placeholder)=")([^"]*)(")""", re.IGNORECASE)
META_TEXT = re.compile(
    r"""<meta\s[^>]*(?:name|property)="(?:description|og:title|og:description|"""
    r"""og:image:alt|twitter:title|twitter:description)"[^>]*>""",
    re.IGNORECASE,
)
CONTENT_ATTR = re.compile(r'(\scontent=")([^"]*)(")', re.IGNORECASE)
VOID_ELEMENTS = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
    "source", "track", "wbr",
}  # fmt: skip
CYRILLIC_LANGS = ("sr", "sr-cyrl")


def _serbian_cyrillic_lang(value: str) -> bool:
    return value.lower() in CYRILLIC_LANGS


def _tag_to_cyrillic(tag: str, kept) -> str:
    if META_TEXT.match(tag):
        return CONTENT_ATTR.sub(
            lambda m: m.group(1) + to_cyrillic(m.group(2), kept) + m.group(3), tag
        )
    return TEXT_ATTRS.sub(lambda m: m.group(1) + to_cyrillic(m.group(2), kept) + m.group(3), tag)


def html_to_cyrillic(html: str, kept: tuple[str, ...] | None = None) -> str:
    """The text of an HTML document (or fragment) in Cyrillic: text nodes
    and the reading attributes, outside code and outside elements in
    another language (or script); tags, URLs and other attributes unchanged."""
    kept = kept_words() if kept is None else kept
    out = []
    last = 0
    # The element (name, nesting depth) in another language we are inside.
    foreign: str | None = None
    depth = 0
    for match in TOKEN.finditer(html):
        text = html[last : match.start()]
        if text:
            out.append(text if foreign else to_cyrillic(text, kept))
        token = match.group(0)
        last = match.end()
        if match.group(1) or token.startswith("<!"):
            out.append(token)  # raw element or comment: as it is
            continue
        name_match = TAG_NAME.match(token)
        if not name_match:
            out.append(token)
            continue
        name = name_match.group(1).lower()
        closing = token.startswith("</")
        if foreign:
            if name == foreign and name not in VOID_ELEMENTS and not token.endswith("/>"):
                depth += -1 if closing else 1
                if depth == 0:
                    foreign = None
            out.append(token)
            continue
        if not closing:
            lang = LANG_ATTR.search(token)
            if (
                lang and lang.group(2) and not _serbian_cyrillic_lang(lang.group(2))
            ) or NO_TRANSLATE.search(token):
                if name not in VOID_ELEMENTS and not token.endswith("/>") and name != "html":
                    foreign, depth = name, 1
                out.append(token)
                continue
            token = _tag_to_cyrillic(token, kept)
        out.append(token)
    tail = html[last:]
    out.append(tail if foreign else to_cyrillic(tail, kept))
    return "".join(out)


class _Readings:
    """Finished pages already read in Cyrillic, by a digest of their Latin
    HTML and the kept words: a page is transliterated once per content
    change, not once per request. The Latin page is rendered as for every
    language (its queries, content cache and fragments); when its HTML is
    the same as last time, so is its Cyrillic, and finding it costs a
    hash of the page (about 20 µs for 20 KB) instead of the transliteration
    (about 2 ms). Per process and bounded by size, least recently used out
    first; the page cache (shared by every process) stays the first place
    an anonymous reader's page comes from."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.size = 0
        self.pages: OrderedDict[tuple, bytes] = OrderedDict()
        self.lock = threading.Lock()

    def read(self, content: bytes, charset: str, kept: tuple[str, ...]) -> bytes:
        key = (hashlib.blake2b(content, digest_size=20).digest(), charset, kept)
        with self.lock:
            found = self.pages.get(key)
            if found is not None:
                self.pages.move_to_end(key)
                return found
        reading = html_to_cyrillic(content.decode(charset), kept=kept).encode(charset)
        if len(reading) <= self.max_bytes // 4:
            with self.lock:
                if key not in self.pages:
                    self.pages[key] = reading
                    self.size += len(reading)
                while self.size > self.max_bytes:
                    self.size -= len(self.pages.popitem(last=False)[1])
        return reading

    def clear(self) -> None:
        with self.lock:
            self.pages.clear()
            self.size = 0


_readings = _Readings(max_bytes=16 * 1024 * 1024)  # per process


def page_to_cyrillic(content: bytes, charset: str, kept: tuple[str, ...]) -> bytes:
    """A finished HTML page (bytes in ``charset``) in Cyrillic, read once per
    content change (``_Readings``)."""
    return _readings.read(content, charset, kept)


def for_reader(text: str) -> str:
    """``text`` as the reader of the active language reads it: in Cyrillic
    in the Cyrillic edition (feeds, calendars, e-mails), else unchanged."""
    from bbg_site.i18n import is_cyrillic

    return to_cyrillic(text) if text and is_cyrillic() else text


def feed_to_cyrillic(feed) -> None:
    """A ``django.utils.feedgenerator`` feed's reading text in Cyrillic
    (titles, descriptions, categories, authors); links, dates and ids kept."""
    kept = kept_words()
    for key in ("title", "description", "subtitle", "author_name"):
        if feed.feed.get(key):
            feed.feed[key] = to_cyrillic(str(feed.feed[key]), kept)
    for item in feed.items:
        for key in ("title", "description", "author_name"):
            if item.get(key):
                item[key] = to_cyrillic(str(item[key]), kept)
        item["categories"] = [to_cyrillic(str(c), kept) for c in item.get("categories") or ()]


# --- Serbian typed in Cyrillic is stored in Latin ---------------------------


def latin_value(value):
    """A Serbian field's value with Cyrillic letters written in Latin (text,
    rich text, a StreamField's blocks), else ``value`` itself; the Latin is
    what search, slugs and the Latin edition read."""
    from wagtail.fields import StreamValue

    from bbg_site.transliteration import has_cyrillic, serbian_latin

    if isinstance(value, str):
        return serbian_latin(value) if has_cyrillic(value) else value
    if isinstance(value, StreamValue):
        import json

        from django.core.serializers.json import DjangoJSONEncoder

        raw = json.dumps(value.get_prep_value(), ensure_ascii=False, cls=DjangoJSONEncoder)
        if not has_cyrillic(raw):
            return value
        return value.stream_block.to_python(json.loads(serbian_latin(raw)))
    return value


def serbian_fields(model) -> list[str]:
    """The ``*_sr_latn`` columns of a model registered with modeltranslation."""
    from modeltranslation.translator import NotRegistered, translator
    from modeltranslation.utils import build_localized_fieldname

    from bbg_site.i18n import CYRILLIC_SOURCE

    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return []
    return [build_localized_fieldname(name, CYRILLIC_SOURCE) for name in options.all_fields]


def store_serbian_in_latin(sender, instance, **kwargs):
    """``pre_save``: Cyrillic typed into a Serbian field is saved in Latin."""
    for name in serbian_fields(type(instance)):
        value = getattr(instance, name, None)
        if value:
            converted = latin_value(value)
            if converted is not value:
                setattr(instance, name, converted)


def connect() -> None:
    from django.db.models.signals import pre_save
    from modeltranslation.translator import translator

    for model in translator.get_registered_models():
        if not model._meta.abstract and not model._meta.proxy:
            pre_save.connect(
                store_serbian_in_latin, sender=model, dispatch_uid=f"bbg-latin-{model._meta.label}"
            )
