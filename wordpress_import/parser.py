"""Reading a WordPress export (WXR 1.0-1.2) with a hardened XML parser.

``defusedxml`` refuses entity declarations (the "billion laughs" bomb),
external entities and, here, any DTD at all: WordPress never writes one.
Every failure becomes a ``WXRError`` whose message is one line.
"""

import datetime
import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import parse as defused_parse

WP_NAMESPACE_PREFIX = "http://wordpress.org/export/"
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
EXCERPT_PREFIX = "http://wordpress.org/export/"
DC_NS = "http://purl.org/dc/elements/1.1/"


class WXRError(Exception):
    """The file cannot be imported; the message says why, in one line."""


@dataclass
class Author:
    login: str
    display_name: str
    first_name: str = ""
    last_name: str = ""

    @property
    def full_name(self) -> str:
        name = f"{self.first_name} {self.last_name}".strip()
        return name or self.display_name or self.login


@dataclass
class Post:
    id: int
    type: str
    title: str
    link: str
    guid: str
    content: str
    excerpt: str
    status: str
    date: datetime.datetime | None
    modified: str
    slug: str
    parent: int
    author: str
    categories: list[tuple[str, str]] = field(default_factory=list)  # (slug, name)
    tags: list[tuple[str, str]] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    attachment_url: str = ""

    @property
    def thumbnail_id(self) -> int | None:
        value = self.meta.get("_thumbnail_id", "")
        return int(value) if value.isdigit() else None

    @property
    def attached_file(self) -> str:
        """The upload's path under wp-content/uploads ("2023/03/a.pdf")."""
        if self.meta.get("_wp_attached_file"):
            return self.meta["_wp_attached_file"].lstrip("/")
        return upload_path(self.attachment_url) or ""

    @property
    def image_sizes(self) -> list[str]:
        """File names of the resized copies WordPress made of an image."""
        raw = self.meta.get("_wp_attachment_metadata", "")
        return re.findall(r's:4:"file";s:\d+:"([^"/]+)"', raw)


@dataclass
class Export:
    title: str
    base_url: str
    authors: dict[str, Author]
    posts: list[Post]

    @property
    def attachments(self) -> dict[int, Post]:
        return {p.id: p for p in self.posts if p.type == "attachment"}


def upload_path(url: str) -> str | None:
    """``2023/03/a.pdf`` for any address under ``/wp-content/uploads/``."""
    path = unquote(urlsplit(url).path)
    marker = "/wp-content/uploads/"
    if marker not in path:
        return None
    rest = path.split(marker, 1)[1].lstrip("/")
    return rest or None


def _local(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        namespace, name = tag[1:].split("}", 1)
        return namespace, name
    return "", tag


def _children(element) -> dict[str, list]:
    """Children by a short name: ``wp:post_id`` → "wp:post_id", whatever the
    WXR version in the namespace."""
    found: dict[str, list] = {}
    for child in element:
        namespace, name = _local(child.tag)
        if namespace.startswith(WP_NAMESPACE_PREFIX) and "excerpt" in namespace:
            key = f"excerpt:{name}"
        elif namespace.startswith(WP_NAMESPACE_PREFIX):
            key = f"wp:{name}"
        elif namespace == CONTENT_NS:
            key = f"content:{name}"
        elif namespace == DC_NS:
            key = f"dc:{name}"
        else:
            key = name
        found.setdefault(key, []).append(child)
    return found


def _text(children: dict, key: str) -> str:
    elements = children.get(key)
    if not elements:
        return ""
    return (elements[0].text or "").strip() if key != "content:encoded" else elements[0].text or ""


def _int(value: str) -> int:
    value = (value or "").strip()
    return int(value) if value.isdigit() else 0


def _date(value: str) -> datetime.datetime | None:
    value = (value or "").strip()
    if not value or value.startswith("0000"):
        return None
    try:
        return datetime.datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=datetime.UTC)
    except ValueError:
        return None


def parse_export(path) -> Export:
    """The export at ``path``, or ``WXRError``."""
    try:
        tree = defused_parse(path, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise WXRError(
            f"Refused: the file declares a DTD or entities ({type(exc).__name__}); "
            "a WordPress export has none."
        ) from exc
    except ParseError as exc:
        raise WXRError(f"Not a readable XML file (truncated or damaged?): {exc}") from exc
    except OSError as exc:
        raise WXRError(f"Cannot read the file: {exc.strerror or exc}") from exc
    root = tree.getroot()
    channel = root.find("channel") if root.tag == "rss" else None
    if channel is None:
        raise WXRError("Not a WordPress export: no <rss><channel> in the file.")
    top = _children(channel)
    if not top.get("wp:wxr_version"):
        raise WXRError("Not a WordPress export: no wp:wxr_version in the file.")
    authors = {}
    for element in top.get("wp:author", []):
        c = _children(element)
        author = Author(
            login=_text(c, "wp:author_login"),
            display_name=_text(c, "wp:author_display_name"),
            first_name=_text(c, "wp:author_first_name"),
            last_name=_text(c, "wp:author_last_name"),
        )
        authors[author.login] = author
    posts = []
    for item in top.get("item", []):
        c = _children(item)
        post_id = _int(_text(c, "wp:post_id"))
        if not post_id:
            continue
        categories, tags = [], []
        for element in c.get("category", []):
            domain = element.get("domain", "")
            pair = (element.get("nicename", "") or "", (element.text or "").strip())
            if domain == "category":
                categories.append(pair)
            elif domain == "post_tag":
                tags.append(pair)
        meta = {}
        for element in c.get("wp:postmeta", []):
            m = _children(element)
            meta[_text(m, "wp:meta_key")] = _text(m, "wp:meta_value")
        posts.append(
            Post(
                id=post_id,
                type=_text(c, "wp:post_type"),
                title=_text(c, "title"),
                link=_text(c, "link"),
                guid=_text(c, "guid"),
                content=_text(c, "content:encoded"),
                excerpt=_text(c, "excerpt:encoded"),
                status=_text(c, "wp:status"),
                date=_date(_text(c, "wp:post_date_gmt")) or _date(_text(c, "wp:post_date")),
                modified=_text(c, "wp:post_modified_gmt"),
                slug=unquote(_text(c, "wp:post_name")),
                parent=_int(_text(c, "wp:post_parent")),
                author=_text(c, "dc:creator"),
                categories=categories,
                tags=tags,
                meta=meta,
                attachment_url=_text(c, "wp:attachment_url"),
            )
        )
    base_url = _text(top, "wp:base_site_url") or _text(top, "link")
    return Export(title=_text(top, "title"), base_url=base_url, authors=authors, posts=posts)
