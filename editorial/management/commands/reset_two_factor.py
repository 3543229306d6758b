from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from editorial.two_factor import remove_two_factor, two_factor_required


class Command(BaseCommand):
    help = (
        "Remove a user's authenticator app and recovery codes (a lost phone). "
        "Administrators are asked to set up a new app at their next sign-in."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: username})
        except User.DoesNotExist as error:
            raise CommandError(f"No user {username!r}.") from error
        remove_two_factor(user)
        then = "must set up a new app" if two_factor_required(user) else "may set up a new app"
        self.stdout.write(
            f"Two-factor sign-in removed for {username}; at the next sign-in they {then}."
        )
