from django.apps import AppConfig


class BbgSiteConfig(AppConfig):
    name = "bbg_site"
    verbose_name = "BPRG site"
