"""Wagtail's users app with roles explained (``editorial.users``).

In its own module: a second AppConfig in ``editorial/apps.py`` would stop
Django from picking ``EditorialConfig`` for the ``editorial`` app (and its
``ready``, which connects the redirects, workflows and roles signals)."""

from wagtail.users.apps import WagtailUsersAppConfig


class UsersAppConfig(WagtailUsersAppConfig):
    user_viewset = "editorial.users.UserViewSet"
