"""Write locale/sr_Cyrl/LC_MESSAGES/django.po from the Serbian Latin one.

The Cyrillic edition's interface strings are the Serbian Latin translations
in Cyrillic: nobody translates them twice. ``make messages`` runs this after
``makemessages``; ``make compilemessages`` then compiles it like the others,
and ``tests/bbg_site/test_cyrillic.py`` fails when the two drift apart.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand

from bbg_site.cyrillic import html_to_cyrillic

SOURCE = Path("sr_Latn") / "LC_MESSAGES" / "django.po"
TARGET = Path("sr_Cyrl") / "LC_MESSAGES" / "django.po"


def cyrillic_catalogue(source: polib.POFile) -> polib.POFile:
    """A copy of the Serbian Latin catalogue with every translation in
    Cyrillic (HTML-aware, placeholders and brand names kept)."""
    target = polib.POFile(wrapwidth=source.wrapwidth)
    target.metadata = dict(source.metadata)
    target.metadata["Language"] = "sr_Cyrl"
    target.header = "Generated from sr_Latn by manage.py cyrillic_catalogue: do not edit."
    for entry in source:
        if entry.obsolete:
            continue
        copy = polib.POEntry(
            msgid=entry.msgid,
            msgctxt=entry.msgctxt,
            msgid_plural=entry.msgid_plural,
            msgstr=_cyrillic(entry.msgstr),
            msgstr_plural={k: _cyrillic(v) for k, v in entry.msgstr_plural.items()},
            flags=[flag for flag in entry.flags if flag != "fuzzy"],
            occurrences=entry.occurrences,
        )
        target.append(copy)
    return target


def _cyrillic(text: str) -> str:
    # The settings' kept words (brand names), not the editors' (a database).
    return html_to_cyrillic(text, kept=tuple(settings.CYRILLIC_KEPT_WORDS)) if text else text


class Command(BaseCommand):
    help = "Write the Serbian Cyrillic catalogue (sr_Cyrl) from the Serbian Latin one."

    def handle(self, *args, **options):
        locale = Path(settings.LOCALE_PATHS[0])
        target = locale / TARGET
        target.parent.mkdir(parents=True, exist_ok=True)
        cyrillic_catalogue(polib.pofile(str(locale / SOURCE))).save(str(target))
        self.stdout.write(f"Wrote {target}")
