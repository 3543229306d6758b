from .base import BasePage
from .pages import ContactPage, HomePage, StandardPage
from .site_settings import MainMenuItem, SiteSettings
from .snippets import Topic

__all__ = [
    "BasePage",
    "ContactPage",
    "HomePage",
    "MainMenuItem",
    "SiteSettings",
    "StandardPage",
    "Topic",
]
