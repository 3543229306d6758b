"""A light Albanian stemmer for the site search, Snowball-style: suffixes
stripped from the end of a word, longest first, one per word, never
leaving fewer than ``MIN_STEM`` letters.

PostgreSQL has no Albanian stemmer (its ``simple`` configuration matches
whole words), and Albanian nouns change their ending with case,
definiteness and number: Mitrovicë, Mitrovica, Mitrovicën, Mitrovicës;
raport, raporti, raportin, raportit, raportet, raporteve. The stemmer runs on
folded text (``bbg_site.transliteration.fold``: lower case, no diacritics,
Cyrillic in Latin letters), so "ë" arrives as "e" and "Митровица" as
"mitrovica"; it is applied to the documents and to the query alike
(``bbg_site.search.indexing.searchable``), on PostgreSQL and on SQLite.

Covered (each in ``tests/bbg_site/test_albanian_search.py``):

- nouns, masculine: -i/-u (definite), -in/-un (accusative), -it/-ut
  (genitive, dative, ablative), plural -e/-et/-eve/-esh;
- nouns, feminine: -ë/-a, -ën, -ës, -ja/-je, plural -at/-ave; nouns in -i
  (qeveri, Serbi): -ia, -së, -ve, -të (not the accusative -në: "qeverinë"
  would be read as a noun in -inë, like Prishtinë);
- names borrowed with -o (Kosovo beside Kosova, Kosovë);
- common verb endings: -oj, -on, -oi, -ova, -ojmë, -ojnë, -oni, -uar, -uam,
  -uan, -ohet, -ohen.

Derivational suffixes are kept: "raportim" (reporting) is not "raport"
(report), nor is "sundim" (rule) cut to "sund".
"""

import re

MIN_STEM = 4

# Longest first, so that "-eve" wins over "-e". One suffix per word: a second
# pass cut "drejtësi" (justice) and "drejtësia" to different stems.
SUFFIXES = sorted(
    {
        # nouns: plural genitive and ablative, -i nouns (qeveri, Serbi, shtëpi);
        # not "-inë": Prishtinë is a feminine noun in -inë, not Prishti + -në
        # (so the accusative "qeverinë" stays apart from "qeveri")
        "eve", "ave", "ive", "esh", "ash", "ise", "ite",
        # nouns: definite and case endings
        "et", "at", "it", "ut", "in", "un", "en", "es", "ia",
        "i", "u", "e", "a", "o",
        # verbs
        "ojme", "ojne", "ohet", "ohen",
        "oni", "ova", "uar", "uam", "uan",
        "oj", "on", "oi",
    },
    key=len,
    reverse=True,
)  # fmt: skip

# Words whose own last letters look like an ending: "buxhet" (budget) is not
# "buxh" + "-et", nor "proces" "proc" + "-es". Each is its own stem, and its
# inflected forms (buxheti, buxhetit, proceset) stem to it.
OWN_STEMS = frozenset(
    {
        "buxhet", "pushtet", "shtet", "qytet", "sekret", "komitet", "kabinet",
        "proces", "interes", "kongres", "progres", "sukses",
        "mandat", "debat", "rezultat", "kandidat", "sindikat", "demokrat", "shtetas",
        "kredit", "limit", "deficit", "tranzit", "audit",
        "institut", "statut", "minut",
        "kremlin", "berlin", "beograd",
    }
)  # fmt: skip

_WORD = re.compile(r"\w+")
_ENDINGS = frozenset(SUFFIXES)


def stem(word: str) -> str:
    """The stem of one folded word ("mitrovices" -> "mitrovic")."""
    if not word.isalpha():
        return word
    for own in OWN_STEMS:
        if word.startswith(own) and (len(word) == len(own) or word[len(own) :] in _ENDINGS):
            return own
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)]
    return word


def stem_text(folded: str) -> str:
    """Every word of folded text stemmed, everything between kept."""
    return _WORD.sub(lambda match: stem(match.group()), folded)
