from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Editorial workflow")

    def ready(self):
        from editorial import redirects, workflows
        from editorial.roles import sync_roles_after_migrate

        redirects.connect()
        workflows.connect()

        # Models added after the roles migration (a new snippet, a new app)
        # get their permissions granted on the next `migrate`.
        post_migrate.connect(sync_roles_after_migrate, dispatch_uid="editorial_sync_roles")
