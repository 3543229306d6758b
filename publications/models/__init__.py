from .news import NewsCategory, NewsIndexPage, NewsPage
from .reports import (
    LANGUAGE_CHOICES,
    LANGUAGE_NAMES,
    PublicationIndexPage,
    RelatedReport,
    ReportAuthor,
    ReportDownload,
    ReportPage,
)
from .snippets import ReportType

__all__ = [
    "LANGUAGE_CHOICES",
    "LANGUAGE_NAMES",
    "NewsCategory",
    "NewsIndexPage",
    "NewsPage",
    "PublicationIndexPage",
    "RelatedReport",
    "ReportAuthor",
    "ReportDownload",
    "ReportPage",
    "ReportType",
]
