from django.core.management import call_command
from wagtail_modeltranslation.management.commands.migrate_translation import (
    Command as TranslationMigrateCommand,
)


class Command(TranslationMigrateCommand):
    """``migrate`` as wagtail-modeltranslation runs it (which adds the
    ``title_xx``/``slug_xx``/``url_path_xx`` columns to Wagtail's page table),
    then fills the English columns of pages that existed before those columns
    did: Wagtail's root page. Without this the root has no English
    ``url_path`` and every page below gets a path without its leading slash.

    ``bbg_site.migrate`` comes before ``wagtail_modeltranslation.migrate`` in
    INSTALLED_APPS so that this command is the one ``manage.py migrate`` and
    the test runner use.
    """

    def handle(self, *args, **options):
        super().handle(*args, **options)
        call_command("update_translation_fields", "wagtailcore", "page", verbosity=0)
