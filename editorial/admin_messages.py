"""Wagtail's own words an editor meets every day, and when a page comes
back with errors.

Wagtail has no Albanian or Serbian catalogue, so its admin speaks English to
an editor whose admin language is Albanian or Serbian. The banner over a form
with errors is part of "errors come in one round, in the editor's language"
(the errors beside the fields are Django's and ours, already translated):
listed here, ``makemessages`` keeps them in our catalogues, which Django reads
for Wagtail's ``gettext`` too. Never imported; only read by ``makemessages``.

Wagtail's JavaScript strings (the rich-text placeholder, "Collapse all", the
block menu) are in ``locale/<language>/LC_MESSAGES/djangojs.po``, by hand
(``makemessages`` reads only our code): Django's JavaScript catalogue reads
``LOCALE_PATHS`` as well as Wagtail's own. ``tests/bbg_site/test_locale.py``
names any string a Wagtail upgrade adds.
"""

from django.utils.translation import gettext_noop

WAGTAIL_VALIDATION_BANNER = (
    gettext_noop("The page could not be created due to validation errors."),
    gettext_noop("The page could not be saved due to validation errors."),
    gettext_noop("Go to the first error"),
)

# The admin's menus, dashboard, page editor and choosers (Python and template
# strings: Wagtail's JavaScript ones, such as the rich-text placeholder, stay
# in English). Named as Wagtail names them, so that ours translate them.
WAGTAIL_ADMIN_WORDS = (
    gettext_noop("Images"),
    gettext_noop("Documents"),
    gettext_noop("Help"),
    gettext_noop("Account"),
    gettext_noop("Search all pages…"),
    gettext_noop("Dashboard"),
    gettext_noop("Log out"),
    gettext_noop("Preview"),
    gettext_noop("Unpublish"),
    gettext_noop("Delete"),
    gettext_noop("Live"),
    gettext_noop("Draft"),
    gettext_noop("History"),
    gettext_noop("Comments"),
    gettext_noop("Checks"),
    gettext_noop("Updated"),
    gettext_noop("Add child page"),
    gettext_noop("Edit"),
    gettext_noop("View live"),
    gettext_noop("Sort menu order"),
    gettext_noop("Snippets"),
    gettext_noop("Choose another"),
    gettext_noop("Clear choice"),
    gettext_noop("Choose a document"),
    gettext_noop("Choose a page"),
    gettext_noop("Choose an image"),
    gettext_noop("Your most recent edits"),
    gettext_noop("Save"),
    gettext_noop("Actions"),
    gettext_noop("Users"),
    gettext_noop("Groups"),
    gettext_noop("Workflows"),
    gettext_noop("Sites"),
    gettext_noop("Collections"),
    gettext_noop("Locked pages"),
    gettext_noop("Aging pages"),
    gettext_noop("Site history"),
    gettext_noop("Workflow tasks"),
    gettext_noop("Profile"),
    gettext_noop("Copy"),
    gettext_noop("Move"),
    gettext_noop("Lock"),
    gettext_noop("Unlock"),
    gettext_noop("Created"),
)

# Every page's own fields (Wagtail's ``Page``): their names and help, wherever
# they are shown (the editor, the translation workspace, the translation
# status report, error messages).
WAGTAIL_PAGE_FIELDS = (
    gettext_noop("title"),
    gettext_noop("title tag"),
    gettext_noop("meta description"),
    gettext_noop("show in menus"),
    gettext_noop("Whether a link to this page will appear in automatically generated menus"),
    gettext_noop("For site menus"),
    gettext_noop("The page title as you'd like it to be seen by the public"),
    gettext_noop(
        "The name of the page as it will appear in URLs e.g http://domain.com/blog/[my-slug]/"
    ),
    gettext_noop(
        "The name of the page displayed on search engine results as the clickable headline."
    ),
    gettext_noop("The descriptive text displayed underneath a headline in search engine results."),
)
