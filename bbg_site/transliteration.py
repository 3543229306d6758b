"""Letters from one script or accent to another, in one place.

``fold`` gives lower-case Latin letters without diacritics, so that search
readers need neither diacritics nor the right script ("Prishtine" finds
"Prishtinë", "Косово" finds "Kosovo"); ``ascii_fold`` the same in plain
ASCII, for citation keys and file names ("Đorđe" -> "djordje").

Why not anyascii (which Wagtail installs): it romanises Serbian Cyrillic by
the Russian convention (ч -> "ch", ж -> "zh"), so "Чачак" would become
"chachak" and never meet the Latin "Čačak" ("cacak"). Serbian has an
official one-to-one Latin alphabet; the table below is that alphabet.
"""

import unicodedata

# Serbian Cyrillic in the official Latin alphabet (then folded below), plus
# the letters of Russian, Ukrainian, Bulgarian and Macedonian a reader may
# paste, transliterated roughly.
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e",
    "ж": "ž", "з": "z", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj",
    "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "č",
    "џ": "dž", "ш": "š",
    "ѓ": "gj", "ќ": "kj", "ѕ": "dz", "й": "j", "ё": "e", "э": "e", "ы": "y",
    "я": "ja", "ю": "ju", "щ": "šč", "ъ": "", "ь": "", "є": "je", "і": "i",
    "ї": "ji", "ґ": "g",
}  # fmt: skip
# Letters that do not decompose into a base letter and an accent. Serbian đ
# is "dj" by convention; ð (eth) is a frequent mis-keying of đ in the region.
_SPECIAL = {
    "đ": "dj",
    "ð": "dj",
    "ß": "ss",
    "æ": "ae",
    "œ": "oe",
    "ø": "o",
    "ł": "l",
    "ı": "i",
    "þ": "th",
}


def fold_char(char: str) -> str:
    """What one character becomes: "" for accents and for marks that do not
    count, several letters for some Cyrillic ones."""
    char = char.lower()
    char = _CYRILLIC.get(char, char)
    out = []
    for letter in char:
        if letter in _SPECIAL:
            out.append(_SPECIAL[letter])
            continue
        for part in unicodedata.normalize("NFKD", letter):
            if not unicodedata.combining(part):
                out.append(part)
    return "".join(out)


def fold(text: str) -> str:
    """``text`` in lower-case Latin letters without diacritics."""
    return "".join(fold_char(char) for char in text)


def fold_with_positions(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index of the
    character of ``text`` it comes from (for excerpts of the original)."""
    folded: list[str] = []
    positions: list[int] = []
    for index, char in enumerate(text):
        part = fold_char(char)
        folded.append(part)
        positions.extend([index] * len(part))
    return "".join(folded), positions


def ascii_fold(text: str) -> str:
    """``fold`` in plain ASCII: "Đorđe Jovanović" -> "djordje jovanovic"."""
    return fold(text).encode("ascii", "ignore").decode("ascii")


# Serbian Cyrillic -> Serbian Latin (the official one-to-one alphabet), with
# case kept: the site's Serbian is Latin, and text written in Cyrillic (an
# imported WordPress post, say) is shown in Latin letters.
_SERBIAN_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e",
    "ж": "ž", "з": "z", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj",
    "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "č",
    "џ": "dž", "ш": "š",
}  # fmt: skip


def has_cyrillic(text: str) -> bool:
    return any("\u0400" <= char <= "\u04ff" for char in text)


def serbian_latin(text: str) -> str:
    """Serbian Cyrillic written in the Serbian Latin alphabet, case kept:
    "Љубљана" -> "Ljubljana", "ЉУБЉАНА" -> "LJUBLJANA". Other characters
    (Latin letters, digits, other Cyrillic letters) are left as they are."""
    if not has_cyrillic(text):
        return text
    out = []
    for index, char in enumerate(text):
        latin = _SERBIAN_LATIN.get(char.lower())
        if latin is None:
            out.append(char)
        elif char.islower():
            out.append(latin)
        elif len(latin) == 1:
            out.append(latin.upper())
        else:
            # Lj/Nj/Dž: all capitals when the word around it is in capitals.
            neighbours = text[max(index - 1, 0) : index] + text[index + 1 : index + 2]
            letters = [c for c in neighbours if c.isalpha()]
            if letters and all(c.isupper() for c in letters):
                out.append(latin.upper())
            else:
                out.append(latin[0].upper() + latin[1:])
    return "".join(out)
