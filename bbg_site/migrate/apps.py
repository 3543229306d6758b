from django.apps import AppConfig


class MigrateConfig(AppConfig):
    """Holds only the project's ``migrate`` command; listed first in
    INSTALLED_APPS so that its command wins over wagtail-modeltranslation's.
    (It cannot live in ``bbg_site`` itself: that app's translation.py must be
    discovered after wagtail-modeltranslation registers ``Page``.)"""

    name = "bbg_site.migrate"
    label = "bbg_site_migrate"
