"""Every interface string is translated by hand, and the compiled catalogues
match their sources."""

from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parents[2] / "locale"
# django.po (ours, with the Wagtail words we translate) and, for Albanian and
# Serbian, djangojs.po (Wagtail's admin JavaScript strings, kept by hand).
CATALOGUES = sorted(LOCALE.glob("*/LC_MESSAGES/django*.po"))

# Words that are the same in the target language (names, brands, loan words).
SAME_IN_TRANSLATION = {
    "Email",
    "LinkedIn",
    "Facebook",
    "YouTube",
    "Instagram",
    "X (Twitter)",
    "ISBN",
    "DOI",
    "PDF",
    "PDF:",
    "Partner",
    "partner",
    "person",  # Albanian "person"
    "logo",  # Serbian "logo"
    "Status",  # Serbian "status"
    "status",
    "%(organisation)s: %(topic)s",
    "%(time_zone_option)s: %(localized_time_zone_label)s",
}


def test_both_languages_have_catalogues():
    # sr_Cyrl is generated from sr_Latn (manage.py cyrillic_catalogue, checked
    # in tests/bbg_site/test_cyrillic.py).
    assert {p.parts[-3] for p in CATALOGUES} == {"sq", "sr_Latn", "sr_Cyrl"}


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: f"{p.parts[-3]}-{p.stem}")
def test_catalogue_is_complete(po_path):
    catalogue = polib.pofile(str(po_path))
    assert len(catalogue) > 50
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []
    english_left = [
        e.msgid
        for e in catalogue.translated_entries()
        if e.msgstr == e.msgid and e.msgid not in SAME_IN_TRANSLATION
    ]
    assert english_left == []


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: f"{p.parts[-3]}-{p.stem}")
def test_compiled_catalogue_matches_its_source(po_path):
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.exists(), f"run `make compilemessages` and commit {mo_path}"

    def entries(catalogue):
        return {
            (e.msgctxt, e.msgid): (
                e.msgstr,
                tuple(sorted((int(k), v) for k, v in e.msgstr_plural.items())),
            )
            for e in catalogue
            if e.msgid and (e.msgstr or any(e.msgstr_plural.values()))
        }

    assert entries(polib.mofile(str(mo_path))) == entries(polib.pofile(str(po_path)))


def test_serbian_is_latin_script():
    catalogue = polib.pofile(str(LOCALE / "sr_Latn" / "LC_MESSAGES" / "django.po"))
    cyrillic = [e.msgstr for e in catalogue if any("\u0400" <= c <= "\u04ff" for c in e.msgstr)]
    assert cyrillic == []


def test_wagtails_javascript_strings_are_all_translated():
    """Every string of Wagtail's admin JavaScript (the rich-text placeholder,
    "Collapse all", the block menu) has an Albanian and a Serbian translation:
    a Wagtail upgrade that adds one fails here until it is translated."""
    import wagtail

    source = polib.pofile(
        str(Path(wagtail.__file__).parent / "admin/locale/en/LC_MESSAGES/djangojs.po")
    )
    wanted = {e.msgid for e in source if e.msgid}
    for language in ("sq", "sr_Latn"):
        ours = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "djangojs.po"))
        assert wanted - {e.msgid for e in ours.translated_entries()} == set(), language
