from .base import BasePage
from .mixins import PersonOrName
from .pages import ContactPage, HomePage, StandardPage
from .site_settings import MainMenuItem, SiteSettings
from .snippets import Topic

__all__ = [
    "BasePage",
    "ContactPage",
    "HomePage",
    "MainMenuItem",
    "PersonOrName",
    "SiteSettings",
    "StandardPage",
    "Topic",
]
