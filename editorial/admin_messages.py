"""Wagtail's own words an editor meets when a page comes back with errors.

Wagtail has no Albanian or Serbian catalogue, so its admin speaks English to
an editor whose admin language is Albanian or Serbian. The banner over a form
with errors is part of "errors come in one round, in the editor's language"
(the errors beside the fields are Django's and ours, already translated):
listed here, ``makemessages`` keeps them in our catalogues, which Django reads
for Wagtail's ``gettext`` too. Never imported; only read by ``makemessages``.
"""

from django.utils.translation import gettext_noop

WAGTAIL_VALIDATION_BANNER = (
    gettext_noop("The page could not be created due to validation errors."),
    gettext_noop("The page could not be saved due to validation errors."),
    gettext_noop("Go to the first error"),
)
