from django.apps import AppConfig


class BbgSiteConfig(AppConfig):
    name = "bbg_site"
    verbose_name = "BPRG site"

    def ready(self):
        from bbg_site.search import signals

        signals.connect()
