"""The importer's own catalogue: complete, compiled, Serbian in Latin script."""

from pathlib import Path

import polib
import pytest

from tests.bbg_site.test_locale import SAME_IN_TRANSLATION

LOCALE = Path(__file__).resolve().parents[2] / "wordpress_import" / "locale"
CATALOGUES = sorted(LOCALE.glob("*/LC_MESSAGES/django.po"))


def test_both_languages_have_catalogues():
    assert {p.parts[-3] for p in CATALOGUES} == {"sq", "sr_Latn"}


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: p.parts[-3])
def test_catalogue_is_complete_and_compiled(po_path):
    catalogue = polib.pofile(str(po_path))
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []
    assert [
        e.msgid for e in catalogue if e.msgstr == e.msgid and e.msgid not in SAME_IN_TRANSLATION
    ] == []
    compiled = polib.mofile(str(po_path.with_suffix(".mo")))
    assert {e.msgid: e.msgstr for e in compiled if e.msgid} == {
        e.msgid: e.msgstr for e in catalogue if e.msgid
    }
    if po_path.parts[-3] == "sr_Latn":
        assert not [e for e in catalogue if any("\u0400" <= c <= "\u04ff" for c in e.msgstr)]
    if po_path.parts[-3] == "sq":
        assert not [e for e in catalogue if "'" in e.msgstr]  # the typographic ’
