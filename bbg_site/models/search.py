from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class FoldedVectorField(SearchVectorField):
    """A ``tsvector`` on PostgreSQL; an unused text column elsewhere (SQLite
    searches the folded text instead)."""

    def db_type(self, connection):
        return "tsvector" if connection.vendor == "postgresql" else "text"


class SearchKind(models.TextChoices):
    """The kinds of result the search page can be narrowed to."""

    REPORT = "report", _("Publications")
    NEWS = "news", _("News")
    PERSON = "person", _("People")
    PROJECT = "project", _("Projects")
    EVENT = "event", _("Events")
    PAGE = "page", _("Pages")


class SearchDocument(models.Model):
    """What a reader of ``language`` finds of a live page: its text in that
    language (English where it is not translated), kept as shown and folded.
    Rebuilt when the page is published; see ``bbg_site.search``."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=10)
    kind = models.CharField(max_length=20, choices=SearchKind.choices)
    title = models.CharField(max_length=255)
    title_is_fallback = models.BooleanField(default=False)
    # The language the title is in when it is a fallback ("en", or "sq" for a
    # page written in Albanian first); "" in documents made before it existed
    # (read as English).
    title_language = models.CharField(max_length=10, blank=True)
    text = models.TextField(blank=True)
    folded_title = models.TextField(blank=True)
    folded_text = models.TextField(blank=True)
    date = models.DateField(null=True, blank=True)
    search_vector = FoldedVectorField(null=True, editable=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="one_document_per_language")
        ]

    def __str__(self):
        return f"{self.title} [{self.language}]"


def search_vector_indexes(languages) -> list[GinIndex]:
    """One GIN index per language, over that language's documents only (a
    query always names its language). PostgreSQL only: migration 0005
    creates them there."""
    return [
        GinIndex(
            fields=["search_vector"],
            condition=models.Q(language=code),
            name=f"search_vector_{code.replace('-', '_')}",
        )
        for code in languages
    ]
