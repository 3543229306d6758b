from .base import BasePage
from .engagement import ContactMessage, Subscriber
from .mixins import PersonOrName
from .pages import ContactPage, HomePage, StandardPage
from .site_settings import MainMenuItem, SiteSettings
from .snippets import Topic

__all__ = [
    "BasePage",
    "ContactMessage",
    "ContactPage",
    "HomePage",
    "MainMenuItem",
    "PersonOrName",
    "SiteSettings",
    "StandardPage",
    "Subscriber",
    "Topic",
]
