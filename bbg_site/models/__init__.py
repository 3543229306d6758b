from .base import BasePage
from .pages import ContactPage, HomePage, StandardPage
from .site_settings import MainMenuItem, SiteSettings

__all__ = [
    "BasePage",
    "ContactPage",
    "HomePage",
    "MainMenuItem",
    "SiteSettings",
    "StandardPage",
]
