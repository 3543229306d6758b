from django.core.management.base import BaseCommand

from bbg_site.search.indexing import rebuild


class Command(BaseCommand):
    help = "Rebuild the site search documents of every live page in every language."

    def handle(self, *args, **options):
        count = rebuild()
        self.stdout.write(f"Indexed {count} pages in every language.")
