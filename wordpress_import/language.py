"""Which language a WordPress post is in: the marker in its title ("[ENG]",
"ALB:", "(SRB)"...), else its text."""

import re

from bbg_site.transliteration import fold

EN, SQ, SR = "en", "sq", "sr-latn"

MARKERS = {
    "eng": EN, "en": EN, "ang": EN, "english": EN,
    "alb": SQ, "al": SQ, "sq": SQ, "shq": SQ, "alb.": SQ, "albanian": SQ, "shqip": SQ,
    "srb": SR, "sr": SR, "srp": SR, "ser": SR, "serbian": SR, "срб": SR, "srpski": SR,
}  # fmt: skip
_WORDS = "|".join(sorted((re.escape(k) for k in MARKERS), key=len, reverse=True))
# Without brackets only the longer spellings count ("Al-Jazeera" is no marker).
_LONG_WORDS = "|".join(
    sorted((re.escape(k) for k in MARKERS if len(k) >= 3), key=len, reverse=True)
)
# "[ENG] Title", "(ALB) Title", "ENG: Title", "SRB - Title", "ENG | Title"
_LEADING = re.compile(
    rf"^\s*(?:[\[\(]\s*(?P<a>{_WORDS})\s*[\]\)]\s*[:\-–—|]?|(?P<b>{_LONG_WORDS})\s*[:\-–—|])\s*",
    re.IGNORECASE,
)
# "Title [ENG]", "Title (ALB)", "Title - SRB"
_TRAILING = re.compile(
    rf"\s*(?:[\[\(]\s*(?P<a>{_WORDS})\s*[\]\)]|[\-–—|]\s*(?P<b>{_LONG_WORDS}))\s*$", re.IGNORECASE
)


def split_marker(title: str) -> tuple[str | None, str]:
    """(language or None, the title without its marker)."""
    for pattern in (_LEADING, _TRAILING):
        match = pattern.search(title)
        if match:
            word = (match.group("a") or match.group("b")).lower()
            rest = (title[: match.start()] + title[match.end() :]).strip()
            if rest:
                return MARKERS[word], rest
    return None, title.strip()


def _words(text: str) -> set[str]:
    return set(text.split())


_STOPWORDS = {
    EN: _words(
        "the and of to in is for on with that this are was by from as be an at it which "
        "their has have not or will"
    ),
    SQ: _words(
        "dhe ne te per eshte nje nga me qe se i e ka jane do si por edhe kete ky kjo keto "
        "nuk mbi tek prej tone"
    ),
    SR: _words(
        "i u je na za da se od su sa koji koja koje kao ili ali to nije bi ce iz o po "
        "kako sto takodje"
    ),
}
_SQ_LETTERS = set("ëç")
_SR_LETTERS = set("čćšžđ")


def detect_language(text: str) -> str | None:
    """The language of ``text`` (Serbian in either script counts as Serbian),
    or None when the text does not say clearly."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    if cyrillic / len(letters) > 0.3:
        return SR
    lowered = text.lower()
    words = re.findall(r"[^\W\d_]+", fold(lowered))
    scores = {code: sum(1 for w in words if w in stop) for code, stop in _STOPWORDS.items()}
    scores[SQ] += 2 * sum(1 for c in lowered if c in _SQ_LETTERS)
    scores[SR] += 2 * sum(1 for c in lowered if c in _SR_LETTERS)
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_second, runner_up) = ranked[0], ranked[1]
    if top < 2 or top < runner_up * 1.5:
        return None
    return best
