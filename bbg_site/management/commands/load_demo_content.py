from django.core.management.base import BaseCommand

from bbg_site.demo import load_demo_content


class Command(BaseCommand):
    help = "Create BPRG's demo pages in three languages (only what is missing; idempotent)."

    def handle(self, *args, **options):
        home = load_demo_content()
        self.stdout.write(self.style.SUCCESS(f"Demo content ready under '{home.title}'."))
