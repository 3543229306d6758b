"""How the admin names a field's per-language copies: "Summary (Albanian)",
"Përmbledhja (shqip)", "Rezime (albanski)", in the editor's admin language,
rather than django-modeltranslation's "Summary [sq]"
(``MODELTRANSLATION_BUILD_LOCALIZED_VERBOSE_NAME``). The name is read when it
is shown (modeltranslation keeps it lazy), so it follows the admin language:
forms, inline panels (authors' affiliations), site settings, error messages.

Imported by the settings: nothing here may import models.
"""

from django.utils.translation import gettext


def localized_verbose_name(verbose_name, language: str) -> str:
    names = {"en": gettext("English"), "sq": gettext("Albanian"), "sr-latn": gettext("Serbian")}
    return f"{verbose_name} ({names.get(language, language)})"
