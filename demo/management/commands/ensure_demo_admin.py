from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

DEMO_USERNAME = "admin"
DEMO_PASSWORD = "bprg-demo-admin"  # noqa: S105 - local demo account, printed on purpose


class Command(BaseCommand):
    help = "Create a demo superuser for local use, only if no superuser exists yet."

    def handle(self, *args, **options):
        users = get_user_model().objects
        existing = users.filter(is_superuser=True).order_by("pk").first()
        if existing is not None:
            self.stdout.write(
                f"An admin account already exists ({existing.get_username()}); none was created."
            )
            return
        users.create_superuser(DEMO_USERNAME, "admin@example.org", DEMO_PASSWORD)
        self.stdout.write(
            self.style.SUCCESS(
                "Demo admin created: http://127.0.0.1:8000/admin/ "
                f"user '{DEMO_USERNAME}', password '{DEMO_PASSWORD}'"
            )
        )
