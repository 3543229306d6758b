from django.apps import AppConfig


class BbgSiteConfig(AppConfig):
    name = "bbg_site"
    verbose_name = "BPRG site"

    def ready(self):
        from bbg_site import content_cache, page_lookups

        page_lookups.install()  # after wagtail_modeltranslation's ready(): it replaces its route
        content_cache.connect()
        from bbg_site.search import signals

        signals.connect()
