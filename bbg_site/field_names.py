"""How the admin names a field's per-language copies: "Summary (Albanian)",
"Përmbledhja (shqip)", "Rezime (albanski)", in the editor's admin language,
rather than django-modeltranslation's "Summary [sq]"
(``MODELTRANSLATION_BUILD_LOCALIZED_VERBOSE_NAME``). The name is read when it
is shown (modeltranslation keeps it lazy), so it follows the admin language:
forms, inline panels (authors' affiliations), site settings, error messages.

``LANGUAGE_NAMES`` are the content languages as the admin names them
("Albanian", "shqip", "albanski"): in these labels, the editor's tabs, the
translation status report and the workspace.

Imported by the settings: nothing here may import models.
"""

from django.utils.translation import gettext_lazy as _

LANGUAGE_NAMES = {"en": _("English"), "sq": _("Albanian"), "sr-latn": _("Serbian")}


def localized_verbose_name(verbose_name, language: str) -> str:
    return f"{verbose_name} ({LANGUAGE_NAMES.get(language, language)})"
