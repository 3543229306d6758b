from django.apps import AppConfig
from django.db.models.signals import post_migrate


class BbgSiteConfig(AppConfig):
    name = "bbg_site"
    verbose_name = "BPRG site"

    def ready(self):
        from bbg_site import content_cache, edge_cache, upstream
        from bbg_site.models.base import BasePage
        from bbg_site.schema import after_migrate

        # After wagtail_modeltranslation's ready(), which gives every
        # translated page class its own route: ours is BasePage.route.
        upstream.restore_own_routes(BasePage)
        # Pages may be written in any language first (no English title needed).
        from bbg_site.models.base import allow_pages_without_english

        allow_pages_without_english()
        # /sr-cyrl/ reads the Serbian Latin fields (bbg_site/cyrillic.py).
        from bbg_site.i18n import content_language

        upstream.read_content_language(content_language)
        upstream.admin_languages_are_content_languages()
        # Serbian typed in Cyrillic is stored in Latin.
        from bbg_site import cyrillic

        cyrillic.connect()
        post_migrate.connect(after_migrate, sender=self, dispatch_uid="bbg-after-migrate")
        content_cache.connect()
        edge_cache.connect()
        from bbg_site.search import signals

        signals.connect()
