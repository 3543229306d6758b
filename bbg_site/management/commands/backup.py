import os
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from bbg_site import backup


class Command(BaseCommand):
    help = (
        "Write one dated archive (PostgreSQL dump + media files) to BACKUP_DIR (default "
        "./backups), and to the S3 bucket BACKUP_S3_BUCKET when set."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dir", default=os.environ.get("BACKUP_DIR", "backups"))
        parser.add_argument("--s3-bucket", default=os.environ.get("BACKUP_S3_BUCKET", ""))
        parser.add_argument("--s3-prefix", default=os.environ.get("BACKUP_S3_PREFIX", "backups"))

    def handle(self, *args, **options):
        try:
            path = backup.make_archive(Path(options["dir"]))
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Backup written: {path} ({path.stat().st_size:,} bytes)")
        if options["s3_bucket"]:
            key = backup.upload(path, options["s3_bucket"], options["s3_prefix"])
            self.stdout.write(f"Uploaded to s3://{options['s3_bucket']}/{key}")
