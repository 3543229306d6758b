"""Citations for BPRG reports: APA (7th ed.), Chicago (17th ed.), BibTeX and RIS.

Pure string formatting over two frozen dataclasses: no database, Wagtail or
Django dependency, so the "Cite this" box, the downloads and the tests can all
use it without a request or a page.

Conventions (deliberate, for whoever maintains this later):

* The words a style adds (month names, "and", "No.", "et al.") are written in
  the citation's ``language`` (the page's): APA 7 and Chicago 17 keep their
  English conventions on English pages only. On Albanian and Serbian pages we
  follow the same two styles, with their own words and dates as the language's
  standard orthography writes them ("14 tetor 2025", "nr."; "14. oktobar
  2025", "br.", "i dr."), as reports published in those languages cite:
  see ``WORDS``. APA's "&" is a
  symbol and stays. BibTeX and RIS are machine formats: always English.
  Titles, names and the report type are used exactly as given (no case
  conversion: titles are in Albanian and Serbian as well as English, and
  headline or sentence case cannot be derived reliably).
* APA 7 (reports and grey literature, section 10.4): the year only; the report
  number in parentheses after the title ("(Policy brief No. 2025/03)"); an
  unnumbered report of a specific kind gets a bracketed description
  ("[Policy brief]"), a plain "Report" gets nothing; the publisher is omitted
  when it is also the author (institution as author, no personal authors);
  DOI as an https://doi.org/ URL in preference to the page URL; no full stop
  after the URL. Up to 20 authors are listed; with 21 or more, the first 19,
  an ellipsis and the last author.
* Chicago 17, notes-bibliography style, bibliography entry (not author-date):
  the report is a standalone work, so its title is italic (``chicago_html``;
  ``chicago`` is the same text without markup); first author inverted, the
  others "Given Family"; more than ten authors: the first seven and "et al."
  (CMOS 14.76); an institution that is the author is repeated as publisher
  (CMOS 14.84); full publication date; the DOI or URL ends with a full stop.
* BibTeX: ``@techreport`` with UTF-8 left as is (biber and modern BibTeX
  engines handle it); LaTeX specials are escaped except in ``url`` and ``doi``,
  which biblatex reads verbatim (see ``_bibtex_verbatim``).
* RIS: the Zotero/EndNote convention for ``RPRT`` (see ``ris``).
"""

from __future__ import annotations

import datetime
import html
import re
import unicodedata
from dataclasses import dataclass

from bbg_site.transliteration import ascii_fold

__all__ = [
    "Author",
    "Citable",
    "apa",
    "apa_html",
    "bibtex",
    "bibtex_key",
    "chicago",
    "chicago_html",
    "filename",
    "ris",
]


@dataclass(frozen=True)
class Author:
    family: str = ""  # "Krasniqi"
    given: str = ""  # "Arbër"
    # Corporate author, e.g. "Balkans Policy Research Group": used instead of family/given.
    organisation: str = ""


@dataclass(frozen=True, kw_only=True)
class Citable:
    title: str
    subtitle: str = ""
    # In order; empty means the institution is the author.
    authors: tuple[Author, ...] = ()
    date: datetime.date  # publication date
    institution: str = "Balkans Policy Research Group"
    place: str = "Prishtina"
    report_type: str = "Report"  # "Policy brief", "Policy analysis"... as shown to readers
    report_number: str = ""  # e.g. "2025/03"
    url: str = ""  # absolute URL of the report page
    doi: str = ""  # "10.1234/abcd" (a https://doi.org/ or doi: prefix is tolerated)
    isbn: str = ""
    language: str = "en"  # ISO 639-1: en / sq / sr ("sr-latn" is read as "sr")
    pdf_url: str = ""
    key: str = ""  # citation key seed, e.g. the page slug; fallback only
    # BCP 47 tag of the title where it is not in the page's language (an
    # untranslated report's English title on an Albanian page): the HTML
    # formats mark the title with it (WCAG 3.1.2, language of parts).
    title_lang: str = ""


MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class Words:
    """What a citation style adds to a reference, in one language."""

    months: tuple[str, ...]
    date: str  # "{month} {day}, {year}": a full date
    conjunction: str  # Chicago's "and" between the last two authors
    number: str  # "No." before a report number
    et_al: str
    serial_comma: bool  # "A, B, and C" (English) or "A, B dhe C"


WORDS = {
    "en": Words(MONTHS, "{month} {day}, {year}", "and", "No.", "et al.", True),
    # Albanian: months lower case, day before month, no comma ("14 tetor 2025").
    "sq": Words(
        (
            "janar",
            "shkurt",
            "mars",
            "prill",
            "maj",
            "qershor",
            "korrik",
            "gusht",
            "shtator",
            "tetor",
            "nëntor",
            "dhjetor",
        ),  # fmt: skip
        "{day} {month} {year}",
        "dhe",
        "nr.",
        "et al.",
        False,
    ),
    # Serbian: ordinal day with a full stop, months lower case ("14. oktobar 2025").
    "sr": Words(
        (
            "januar",
            "februar",
            "mart",
            "april",
            "maj",
            "jun",
            "jul",
            "avgust",
            "septembar",
            "oktobar",
            "novembar",
            "decembar",
        ),  # fmt: skip
        "{day}. {month} {year}",
        "i",
        "br.",
        "i dr.",
        False,
    ),
}


def words(language: str) -> Words:
    """The words of ``language`` ("sr-latn" is read as "sr"); English for any other."""
    return WORDS.get(language.split("-")[0].lower(), WORDS["en"])


BIBTEX_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# biblatex/babel language names for the ``language`` field.
BIBTEX_LANGUAGES = {
    "en": "english",
    "sq": "albanian",
    "sr": "serbian",
    "bs": "bosnian",
    "hr": "croatian",
    "mk": "macedonian",
    "de": "german",
    "fr": "french",
}

# Words skipped when choosing the "first significant word" of a title or an
# acronym letter (ASCII-folded, lower case): English, Albanian, Serbian.
STOPWORDS = frozenset(
    {
        # English
        "a", "an", "the", "of", "on", "in", "and", "or", "for", "to", "at", "by", "with",
        "from", "into", "about", "as", "is",
        # Albanian
        "i", "e", "te", "ne", "per", "nje", "dhe", "mbi", "nga", "me", "se", "si", "ose",
        # Serbian (Latin)
        "o", "u", "na", "za", "od", "ka", "sa", "s", "iz", "po", "ili", "kao", "je",
    }
)  # fmt: skip

_GENERIC_REPORT_TYPES = frozenset({"", "report"})
_TERMINAL = (".", "?", "!")


# --------------------------------------------------------------------------- text helpers


def _clean(value: object) -> str:
    """NFC, control characters and line breaks turned into spaces, whitespace collapsed.

    Every user value passes through here, so no output can be broken by a
    stray newline (an injected ``ER  -`` line in RIS, say).
    """
    if not value:
        return ""
    text = unicodedata.normalize("NFC", str(value))
    text = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text)
    return " ".join(text.split())


def _terminate(text: str) -> str:
    """Add a full stop unless the text already ends with . ? or !"""
    return text if text.endswith(_TERMINAL) else f"{text}."


def _ucfirst(text: str) -> str:
    return text[:1].upper() + text[1:]


def _full_title(c: Citable) -> str:
    title, subtitle = _clean(c.title), _clean(c.subtitle)
    if not subtitle:
        return title
    if not title:
        return subtitle
    if title.endswith((":", "?", "!")):
        return f"{title} {subtitle}"
    return f"{title}: {subtitle}"


def _doi(c: Citable) -> str:
    doi = _clean(c.doi).replace(" ", "")
    return re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:)", "", doi, flags=re.IGNORECASE)


def _link(c: Citable) -> str:
    doi = _doi(c)
    return f"https://doi.org/{doi}" if doi else _clean(c.url).replace(" ", "%20")


def _language(c: Citable) -> str:
    """ISO 639-1 code: the primary subtag of ``c.language`` ("sr-latn" -> "sr")."""
    return re.split(r"[-_]", _clean(c.language).lower(), maxsplit=1)[0]


def _authors(c: Citable) -> list[Author]:
    """Authors with cleaned values; empty ones dropped; a given name alone becomes the name."""
    result = []
    for author in c.authors:
        organisation = _clean(author.organisation)
        family, given = _clean(author.family), _clean(author.given)
        if organisation:
            result.append(Author(organisation=organisation))
        elif family:
            result.append(Author(family=family, given=given))
        elif given:  # a single name ("mononym"): cite it as it is
            result.append(Author(family=given))
    return result


def _ascii(text: str) -> str:
    """Lower-case ASCII folding: "Đorđe Jovanović" -> "djordje jovanovic"."""
    return ascii_fold(_clean(text))


def _words(text: str) -> list[str]:
    """ASCII words (letters and digits) of a text, lower case."""
    return [word for word in re.split(r"[^a-z0-9]+", _ascii(text)) if word]


def _significant_words(text: str) -> list[str]:
    """Words from the first one that is neither a stopword nor a bare number."""
    words = _words(text)
    for index, word in enumerate(words):
        if word not in STOPWORDS and not word.isdigit():
            return words[index:]
    return []


def _acronym(name: str) -> str:
    """Short form of an organisation: "Balkans Policy Research Group" -> "bprg".

    Stopwords are skipped; a word already in capitals ("UNDP") is kept whole
    unless the whole name is in capitals; a one-word name is kept whole.
    """
    significant = []
    for raw in re.split(r"[\s/\-\u2013\u2014]+", _clean(name)):
        core = "".join(ch for ch in raw if ch.isalnum())
        if core and _ascii(core) not in STOPWORDS:
            significant.append(core)
    if not significant:
        return ""
    if len(significant) == 1:
        return "".join(_words(significant[0]))
    all_caps = all(word.isupper() for word in significant)
    letters = [
        word if word.isupper() and len(word) > 1 and not all_caps else word[0]
        for word in significant
    ]
    return "".join(_words("".join(letters)))


def _lead_name(c: Citable, separator: str) -> str:
    """ASCII first-author part of keys and file names."""
    authors = _authors(c)
    if authors and not authors[0].organisation:
        return separator.join(_words(authors[0].family))
    if authors:
        return _acronym(authors[0].organisation)
    return _acronym(c.institution)


# --------------------------------------------------------------------------- rendering


Segment = tuple[str, bool]  # (text, italic)


def _plain(segments: list[Segment]) -> str:
    return "".join(text for text, _italic in segments)


def _html(segments: list[Segment], title_lang: str = "") -> str:
    """The segments escaped, the title (the italic one) in ``<i>``, with its
    ``lang`` when it is given."""
    lang = f' lang="{html.escape(title_lang)}"' if title_lang else ""
    return "".join(
        f"<i{lang}>{html.escape(text)}</i>" if italic else html.escape(text)
        for text, italic in segments
        if text
    )


# --------------------------------------------------------------------------- APA 7


def _initials(given: str) -> str:
    """APA initials: "Arbër" -> "A.", "Jean-Paul" -> "J.-P.", "Mary Ann" / "M.A." -> "M. A."."""
    words = []
    for word in given.split():
        hyphenated = []
        for part in word.split("-"):
            letters = []
            for chunk in part.split("."):
                first = next((ch for ch in chunk if ch.isalpha()), "")
                if first:
                    letters.append(f"{first.upper()}.")
            if letters:
                hyphenated.append(" ".join(letters))
        if hyphenated:
            words.append("-".join(hyphenated))
    return " ".join(words)


def _apa_name(author: Author) -> str:
    if author.organisation:
        return author.organisation
    initials = _initials(author.given)
    return f"{author.family}, {initials}" if initials else author.family


def _apa_authors(authors: list[Author]) -> str:
    names = [_apa_name(author) for author in authors]
    if len(names) == 1:
        return names[0]
    if len(names) <= 20:
        return f"{', '.join(names[:-1])}, & {names[-1]}"
    return f"{', '.join(names[:19])}, . . . {names[-1]}"


def _apa_descriptor(c: Citable) -> str:
    report_type, number = _ucfirst(_clean(c.report_type)), _clean(c.report_number)
    label = words(c.language).number
    if not report_type:
        label = _ucfirst(label)
    if number:
        return f"({report_type} {label} {number})" if report_type else f"({label} {number})"
    if report_type.casefold() not in _GENERIC_REPORT_TYPES:
        return f"[{report_type}]"
    return ""


def _apa_segments(c: Citable) -> list[Segment]:
    authors = _authors(c)
    institution = _clean(c.institution)
    author_text = _apa_authors(authors) if authors else institution
    year = f"({c.date.year})."

    title = _full_title(c)
    descriptor = _apa_descriptor(c)
    # "Title (Report No. 3)." / "Title." / "Title?" (no full stop after ? or !)
    after_title = f" {descriptor}." if descriptor else _terminate(title)[len(title) :]

    segments: list[Segment] = []
    if author_text:
        segments += [(f"{_terminate(author_text)} {year} ", False), (title, True)]
        segments.append((after_title, False))
    else:  # no author at all: the title takes the author position
        segments += [(title, True), (f"{after_title} {year}", False)]

    # The publisher is left out when it is the author.
    author_is_institution = not authors or (
        len(authors) == 1 and authors[0].organisation.casefold() == institution.casefold()
    )
    if institution and not author_is_institution:
        segments.append((f" {_terminate(institution)}", False))
    link = _link(c)
    if link:
        segments.append((f" {link}", False))
    return segments


def apa(c: Citable) -> str:
    """APA 7th edition reference list entry, plain text (the title is not marked up)."""
    return _plain(_apa_segments(c))


def apa_html(c: Citable) -> str:
    """APA 7th edition entry as HTML: the title in ``<i>``, every value escaped."""
    return _html(_apa_segments(c), c.title_lang)


# --------------------------------------------------------------------------- Chicago 17


def _chicago_authors(authors: list[Author], language: str = "en") -> str:
    w = words(language)

    def name(author: Author, inverted: bool) -> str:
        if author.organisation:
            return author.organisation
        if not author.given:
            return author.family
        return f"{author.family}, {author.given}" if inverted else f"{author.given} {author.family}"

    names = [name(author, index == 0) for index, author in enumerate(authors)]
    if len(names) > 10:
        return f"{', '.join(names[:7])}, {w.et_al}"
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        # The comma closes an inverted first name: "Krasniqi, Arbër, and Milica Jovanović".
        first_inverted = not authors[0].organisation and bool(authors[0].given)
        return f"{names[0]}{',' if first_inverted else ''} {w.conjunction} {names[1]}"
    serial = "," if w.serial_comma else ""
    return f"{', '.join(names[:-1])}{serial} {w.conjunction} {names[-1]}"


def _chicago_date(date: datetime.date, language: str = "en") -> str:
    w = words(language)
    return w.date.format(month=w.months[date.month - 1], day=date.day, year=date.year)


def _chicago_segments(c: Citable) -> list[Segment]:
    authors = _authors(c)
    institution, place = _clean(c.institution), _clean(c.place)
    # CMOS 14.84: an organisation that is both author and publisher is given in both places.
    author_text = _chicago_authors(authors, c.language) if authors else institution

    segments: list[Segment] = []
    if author_text:
        segments.append((f"{_terminate(author_text)} ", False))
    title = _full_title(c)
    segments += [(title, True), ("" if title.endswith(_TERMINAL) else ".", False)]

    report_type, number = _ucfirst(_clean(c.report_type)), _clean(c.report_number)
    if number:
        label = _ucfirst(words(c.language).number)
        descriptor = f"{report_type} {number}" if report_type else f"{label} {number}"
    elif report_type.casefold() not in _GENERIC_REPORT_TYPES:
        descriptor = report_type
    else:
        descriptor = ""
    if descriptor:
        segments.append((f" {_terminate(descriptor)}", False))

    imprint = f"{place}: {institution}" if place and institution else place or institution
    date = _chicago_date(c.date, c.language)
    segments.append((f" {imprint}, {date}." if imprint else f" {date}.", False))

    link = _link(c)
    if link:
        segments.append((f" {link}.", False))
    return segments


def chicago(c: Citable) -> str:
    """Chicago 17th edition bibliography entry (notes-bibliography), plain text."""
    return _plain(_chicago_segments(c))


def chicago_html(c: Citable) -> str:
    """Chicago 17th edition bibliography entry as HTML: the title in ``<i>``, values escaped."""
    return _html(_chicago_segments(c), c.title_lang)


# --------------------------------------------------------------------------- BibTeX

# BibTeX counts every brace to find the end of a value, backslash or not, so
# "\{" would unbalance the entry: braces become text commands instead.
_BIBTEX_ESCAPES = str.maketrans(
    {
        "\\": r"\textbackslash{}",
        "{": r"\textbraceleft{}",
        "}": r"\textbraceright{}",
        "&": r"\&",
        "%": r"\%",
        "$": r"\$",
        "#": r"\#",
        "_": r"\_",
        "~": r"\textasciitilde{}",
        "^": r"\textasciicircum{}",
    }
)


def _bibtex_escape(value: str) -> str:
    return _clean(value).translate(_BIBTEX_ESCAPES)


def _bibtex_verbatim(value: str) -> str:
    """``url`` and ``doi`` are verbatim fields in biblatex: a LaTeX escape would end up
    in the link. Only what could break the entry is percent-encoded."""
    return _clean(value).replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D")


def _bibtex_name(author: Author) -> str:
    if author.organisation:
        # Extra braces: a corporate name is not split into first/last names nor at "and".
        return f"{{{_bibtex_escape(author.organisation)}}}"

    def protect(part: str) -> str:
        # A comma or a standalone "and" would be read as name/author separators.
        if "," in part or re.search(r"(?:^|\s)and(?:\s|$)", part, re.IGNORECASE):
            return f"{{{part}}}"
        return part

    family = protect(_bibtex_escape(author.family))
    if author.given:
        return f"{family}, {protect(_bibtex_escape(author.given))}"
    # No given name: keep a multi-word name together.
    return f"{{{family}}}" if " " in family and not family.startswith("{") else family


def bibtex_key(c: Citable) -> str:
    """ASCII key: first author's family name (or organisation acronym, "bprg" for the
    institution) + year + first significant title word, e.g. "krasniqi2025brussels"."""
    name = _lead_name(c, "")
    title_words = _significant_words(c.title)
    word = title_words[0] if title_words else "".join(_words(c.key))
    return f"{name}{c.date.year}{word}"


def bibtex(c: Citable) -> str:
    """A ``@techreport`` entry; empty fields are left out."""
    authors = _authors(c)
    institution = _clean(c.institution)
    if authors:
        author = " and ".join(_bibtex_name(a) for a in authors)
    elif institution:  # the institution is the author
        author = f"{{{_bibtex_escape(institution)}}}"
    else:
        author = ""
    title = _full_title(c)

    fields: list[tuple[str, str]] = []

    def add(name: str, value: str, raw: bool = False) -> None:
        if value:
            fields.append((name, value if raw else f"{{{value}}}"))

    add("author", author)
    # Double braces keep the title's capitalisation from being changed by the style.
    add("title", f"{{{_bibtex_escape(title)}}}" if title else "")
    add("institution", _bibtex_escape(institution))
    add("address", _bibtex_escape(c.place))
    add("year", str(c.date.year))
    add("month", BIBTEX_MONTHS[c.date.month - 1], raw=True)  # macro: no braces
    add("type", _bibtex_escape(c.report_type))
    add("number", _bibtex_escape(c.report_number))
    add("url", _bibtex_verbatim(c.url))
    add("doi", _bibtex_verbatim(_doi(c)))
    add("isbn", _bibtex_escape(c.isbn))
    add("language", BIBTEX_LANGUAGES.get(_language(c), ""))

    width = max(len(name) for name, _value in fields)
    body = ",\n".join(f"  {name.ljust(width)} = {value}" for name, value in fields)
    return f"@techreport{{{bibtex_key(c)},\n{body}\n}}\n"


# --------------------------------------------------------------------------- RIS


def ris(c: Citable) -> str:
    """A ``TY  - RPRT`` record, CRLF line endings (as the RIS specification requires),
    ending with ``ER  - `` and a line break. Empty fields are left out.

    Report number: ``SN``, as Zotero exports and imports it for reports
    (Zotero's RIS translator maps SN to reportNumber for item type "report",
    following EndNote, whose Report type labels the ISBN/ISSN field "Report
    Number"); ``IS`` and ``VL`` would land in a note in Zotero. An ISBN
    follows in a second ``SN`` line: Zotero keeps it as a note, EndNote and
    Mendeley read it as the ISBN, nothing is lost. Report type: ``M3``;
    institution: ``PB``; place: ``CY``; both year (``PY``) and full date
    (``DA``, YYYY/MM/DD); PDF: ``L1``; language: ISO 639-1 code in ``LA``.
    """
    lines: list[tuple[str, str]] = [("TY", "RPRT")]
    authors = _authors(c)
    institution = _clean(c.institution)
    for author in authors:
        if author.organisation:
            lines.append(("AU", author.organisation))
        elif author.given:
            lines.append(("AU", f"{author.family}, {author.given}"))
        else:
            lines.append(("AU", author.family))
    if not authors and institution:
        lines.append(("AU", institution))
    lines += [
        ("TI", _full_title(c)),
        ("PY", f"{c.date.year:04d}"),
        ("DA", f"{c.date.year:04d}/{c.date.month:02d}/{c.date.day:02d}"),
        ("PB", institution),
        ("CY", _clean(c.place)),
        ("M3", _clean(c.report_type)),
        ("SN", _clean(c.report_number)),
        ("SN", _clean(c.isbn)),
        ("DO", _doi(c)),
        ("UR", _clean(c.url)),
        ("L1", _clean(c.pdf_url)),
        ("LA", _language(c)),
    ]
    record = "".join(f"{tag}  - {value}\r\n" for tag, value in lines if value)
    return f"{record}ER  - \r\n"


# --------------------------------------------------------------------------- file names


def filename(c: Citable, extension: str) -> str:
    """ASCII download name: "krasniqi-2025-brussels-dialogue.bib" (extension with or
    without the dot). Up to six title words from the first significant one."""
    title = "-".join(_significant_words(c.title)[:6])
    if len(title) > 60:
        title = title[:60].rsplit("-", 1)[0]
    if not title:
        title = "-".join(_words(c.key)) or "citation"
    base = "-".join(part for part in (_lead_name(c, "-"), str(c.date.year), title) if part)
    ext = re.sub(r"[^a-z0-9]", "", extension.lower())
    return f"{base}.{ext}" if ext else base
