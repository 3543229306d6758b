"""Which page type a WordPress category becomes, and which topic a tag feeds.

The defaults read the category's name and slug; ``--map FILE`` (CSV, one rule
a line) overrides them::

    category,policy-reports,report,report        # a report of type "report"
    category,working-papers,report,working-paper # type created when missing
    category,press-releases,news,press-release   # a news item of that category
    category,about,page                          # a standard page
    category,events,skip                         # not imported
    tag,energjia,topic,energy                    # the tag feeds the topic "energy"
"""

import csv
from dataclasses import dataclass

from django.utils.text import slugify
from django.utils.translation import gettext_noop

from bbg_site.transliteration import ascii_fold

from .messages import Message

REPORT, NEWS, PAGE, SKIP = "report", "news", "page", "skip"
NEWS_CATEGORIES = ("announcement", "press-release", "in-the-media", "statement")


class MapError(Exception):
    pass


@dataclass(frozen=True)
class Target:
    kind: str  # report, news, page, skip
    value: str = ""  # the report type's slug or the news category
    label: str = ""  # the category's name, for a report type created from it

    def __str__(self):
        return f"{self.kind}:{self.value}" if self.value else self.kind


def default_target(slug: str, name: str) -> Target | None:
    """The page type a category's name suggests, or None (e.g. "Uncategorized")."""
    text = ascii_fold(f"{slug} {name}")
    if "brief" in text:
        return Target(REPORT, "policy-brief", name)
    if "analys" in text or "analiz" in text:
        return Target(REPORT, "policy-analysis", name)
    if "comment" in text or "koment" in text or "opinion" in text:
        return Target(REPORT, "commentary", name)
    if "report" in text or "raport" in text or "izvestaj" in text:
        return Target(REPORT, "report", name)
    if any(word in text for word in ("paper", "stud", "research", "publication", "hulumt")):
        base = slugify(name) or slugify(slug)
        return Target(REPORT, base[:-1] if base.endswith("s") else base, name)
    if "press" in text or "saopst" in text:
        return Target(NEWS, "press-release", name)
    if "statement" in text or "deklarat" in text:
        return Target(NEWS, "statement", name)
    if "media" in text:
        return Target(NEWS, "in-the-media", name)
    if any(word in text for word in ("news", "announce", "lajm", "vest", "njoftim", "event")):
        return Target(NEWS, "announcement", name)
    return None


class Mapping:
    def __init__(self, categories=None, tags=None):
        self.categories: dict[str, Target] = categories or {}
        self.tags: dict[str, str] = tags or {}

    @classmethod
    def load(cls, path) -> "Mapping":
        categories, tags = {}, {}
        try:
            with open(path, newline="", encoding="utf-8-sig") as handle:
                rows = [r for r in csv.reader(handle) if r and not r[0].strip().startswith("#")]
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            raise MapError(f"Cannot read the map {path}: {exc}") from exc
        for number, row in enumerate(rows, start=1):
            cells = [c.strip() for c in row]
            if len(cells) < 3:
                raise MapError(f"Map line {number}: expected at least three cells: {row}")
            what, source, kind = cells[0].lower(), cells[1], cells[2].lower()
            value = cells[3] if len(cells) > 3 else ""
            if what == "tag" and kind == "topic" and value:
                tags[source] = slugify(value)
            elif what == "category" and kind in (REPORT, NEWS, PAGE, SKIP):
                if kind == NEWS and value and value not in NEWS_CATEGORIES:
                    raise MapError(
                        f"Map line {number}: news category {value!r} is not one of "
                        + ", ".join(NEWS_CATEGORIES)
                    )
                if kind == REPORT:
                    value = slugify(value) or "report"
                if kind == NEWS:
                    value = value or "announcement"
                categories[source] = Target(kind, value, source)
            else:
                raise MapError(f"Map line {number}: not understood: {row}")
        return cls(categories, tags)

    def target_for(self, post) -> tuple[Target, str]:
        """(target, note) for a post or page."""
        if post.type == "page":
            return Target(PAGE), ""
        found = []
        for slug, name in post.categories:
            target = self.categories.get(slug) or default_target(slug, name)
            if target is not None:
                found.append(target)
        for kind in (SKIP, REPORT, NEWS, PAGE):
            for target in found:
                if target.kind == kind:
                    return target, ""
        names = ", ".join(name for _slug, name in post.categories) or "-"
        return Target(NEWS, "announcement"), Message(
            gettext_noop("its categories (%(names)s) name no known type: imported as news"),
            names=names,
        )

    def topic_slug(self, tag_slug: str) -> str | None:
        return self.tags.get(tag_slug)
