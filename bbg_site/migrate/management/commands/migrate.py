from django.core.management import call_command
from django.db import connections
from wagtail_modeltranslation.management.commands.migrate_translation import (
    Command as TranslationMigrateCommand,
)

from bbg_site.i18n import in_every_language

# Routing looks a page up among its parent's children by its slug in the
# reader's language (bbg_site.page_lookups.child_with_slug). Wagtail indexes
# its own ``slug`` column only; without these, finding the library under the
# home page read every page of the site (7,000 rows at benchmark scale).
SLUG_INDEXES = {f"bbg_page_{field}": field for field in in_every_language("slug")}


class Command(TranslationMigrateCommand):
    """``migrate`` as wagtail-modeltranslation runs it (which adds the
    ``title_xx``/``slug_xx``/``url_path_xx`` columns to Wagtail's page table),
    then fills the English columns of pages that existed before those columns
    did: Wagtail's root page. Without this the root has no English
    ``url_path`` and every page below gets a path without its leading slash.
    Last, it indexes the per-language slug columns (see ``SLUG_INDEXES``):
    they are not in any migration, so neither are their indexes.

    ``bbg_site.migrate`` comes before ``wagtail_modeltranslation.migrate`` in
    INSTALLED_APPS so that this command is the one ``manage.py migrate`` and
    the test runner use.
    """

    def handle(self, *args, **options):
        super().handle(*args, **options)
        call_command("update_translation_fields", "wagtailcore", "page", verbosity=0)
        connection = connections[options["database"]]
        with connection.cursor() as cursor:
            for name, column in SLUG_INDEXES.items():
                cursor.execute(
                    f"CREATE INDEX IF NOT EXISTS {connection.ops.quote_name(name)} "
                    f"ON wagtailcore_page ({connection.ops.quote_name(column)})"
                )
