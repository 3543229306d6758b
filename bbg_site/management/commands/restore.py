from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from bbg_site import backup


class Command(BaseCommand):
    help = (
        "Bring the database (DATABASE_URL) and the media folder (MEDIA_ROOT) back to a "
        "backup archive made by `manage.py backup`. Replaces what is there."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"No such backup: {path}")
        try:
            backup.restore_archive(path)
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored from {path}")
