from django.core.management.base import BaseCommand

from bbg_site.search.indexing import rebuild
from demo.loader import load_demo_content


class Command(BaseCommand):
    help = "Create BPRG's demo pages in three languages (only what is missing; idempotent)."

    def handle(self, *args, **options):
        home = load_demo_content()
        # Demo pages are saved without going through publishing's signals.
        rebuild()
        self.stdout.write(self.style.SUCCESS(f"Demo content ready under '{home.title}'."))
