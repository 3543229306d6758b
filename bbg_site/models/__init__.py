from .base import BasePage, IndexPage
from .engagement import ContactMessage, Subscriber
from .mixins import PersonOrName
from .pages import ContactPage, HomePage, StandardPage
from .search import SearchDocument, SearchKind
from .site_settings import MainMenuItem, SiteSettings
from .snippets import Topic

__all__ = [
    "BasePage",
    "ContactMessage",
    "ContactPage",
    "HomePage",
    "IndexPage",
    "MainMenuItem",
    "PersonOrName",
    "SearchDocument",
    "SearchKind",
    "SiteSettings",
    "StandardPage",
    "Subscriber",
    "Topic",
]
