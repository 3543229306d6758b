"""What ``manage.py migrate`` adds after the migrations: the per-language
columns of Wagtail's page table and their indexes.

wagtail-modeltranslation keeps ``title_xx``, ``slug_xx``, ``url_path_xx``…
on Wagtail's own ``wagtailcore_page`` table, which has no migrations of
ours. Its ``migrate`` command adds those columns after the migrations run;
this handler (connected to ``post_migrate`` in ``bbg_site.apps``, so it also
runs when the test runner builds its database) adds them at once with the
same command, then:

- fills the English columns of pages that existed before those columns did
  (Wagtail's root page): without this the root has no English ``url_path``
  and every page below gets a path without its leading slash;
- indexes the per-language slug columns (``SLUG_INDEXES``). Routing looks a
  page up among its parent's children by its slug in the reader's language
  (``bbg_site.page_lookups.child_with_slug``); Wagtail indexes its own
  ``slug`` column only, and without these, finding the library under the
  home page read every page of the site (7,000 rows at benchmark scale).
"""

import contextlib
import io

from django.core.management import call_command
from django.db import connections

from bbg_site.i18n import in_every_language

SLUG_INDEXES = {f"bbg_page_{field}": field for field in in_every_language("slug")}


def after_migrate(sender, using, plan=None, verbosity=1, **kwargs) -> None:
    if plan is None:
        # post_migrate sent by ``flush`` (between transactional tests): the
        # schema is already there.
        return
    quiet = io.StringIO()
    with contextlib.redirect_stdout(quiet):  # the command prints with print()
        call_command("sync_page_translation_fields", interactive=False, verbosity=0)
    if verbosity > 1:
        print(quiet.getvalue(), end="")
    call_command("update_translation_fields", "wagtailcore", "page", verbosity=0)
    connection = connections[using]
    with connection.cursor() as cursor:
        for name, column in SLUG_INDEXES.items():
            cursor.execute(
                f"CREATE INDEX IF NOT EXISTS {connection.ops.quote_name(name)} "
                f"ON wagtailcore_page ({connection.ops.quote_name(column)})"
            )
