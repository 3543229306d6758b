from django.core.management.base import BaseCommand

from bbg_site.retention import apply_retention


class Command(BaseCommand):
    help = (
        "Erase registrants' personal data, delete old contact messages and unconfirmed "
        "subscriptions, by the periods in the site settings (run by the scheduler)."
    )

    def handle(self, *args, **options):
        counts = apply_retention()
        self.stdout.write(", ".join(f"{name}: {count}" for name, count in counts.items()))
