"""Import a WordPress export (WXR), merging [ENG]/[ALB]/[SRB] posts into one page.

    manage.py import_wordpress export.xml --uploads wp-content/uploads
    manage.py import_wordpress export.xml --dry-run
    manage.py import_wordpress export.xml --pairs pairs.csv --map map.csv

See docs/wordpress-import.md.
"""

import os

from django.core.management.base import BaseCommand, CommandError

from wordpress_import.importer import WordPressImporter
from wordpress_import.mapping import MapError, Mapping
from wordpress_import.matcher import PairsError, load_pairs
from wordpress_import.parser import WXRError, parse_export


class Command(BaseCommand):
    help = "Import a WordPress export file; each language triplet becomes one page."

    def add_arguments(self, parser):
        parser.add_argument("export", help="the WXR file WordPress's exporter wrote")
        parser.add_argument(
            "--uploads", help="a copy of wp-content/uploads (else files are downloaded)"
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="change nothing, print the same report"
        )
        parser.add_argument(
            "--pairs", help="CSV: WordPress post ids that belong together, one item a line"
        )
        parser.add_argument("--map", help="CSV: categories to page types, tags to topics")
        parser.add_argument(
            "--overwrite",
            action="store_true",
            help="update pages even when an editor changed them in Wagtail since",
        )
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args, **options):
        if options["uploads"] and not os.path.isdir(options["uploads"]):
            raise CommandError(f"--uploads: {options['uploads']} is not a folder.")
        try:
            export = parse_export(options["export"])
            mapping = Mapping.load(options["map"]) if options["map"] else Mapping()
            pairs = load_pairs(options["pairs"]) if options["pairs"] else []
        except (WXRError, MapError, PairsError) as exc:
            raise CommandError(str(exc)) from exc
        progress = open(os.devnull, "w") if options["no_progress"] else self.stderr._out  # noqa: SIM115
        importer = WordPressImporter(
            export,
            uploads=options["uploads"],
            dry_run=options["dry_run"],
            overwrite=options["overwrite"],
            mapping=mapping,
            pairs=pairs,
            progress_stream=progress,
            source_name=os.path.basename(options["export"]),
            options={
                key: options[key]
                for key in ("uploads", "dry_run", "pairs", "map", "overwrite")
                if options[key]
            },
        )
        try:
            report = importer.run()
        except RuntimeError as exc:
            raise CommandError(str(exc)) from exc
        finally:
            if options["no_progress"]:
                progress.close()
        self.stdout.write("\n".join(report.lines()))
