"""Gutenberg block markup and classic WordPress HTML as StreamField blocks.

Only what the site's blocks hold survives: paragraphs (bold, italic, lists,
links), headings, quotes, images, tables and video embeds from known hosts.
Scripts, styles, forms, iframes from other hosts, inline styles and event
handlers are dropped (nothing but the element names below is ever written
back, and links keep only their address).
"""

import re
from dataclasses import dataclass, field
from html import escape
from urllib.parse import parse_qs, urlsplit

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from wagtail.rich_text import RichText

from bbg_site.transliteration import serbian_latin

DROP = {
    "script", "style", "noscript", "form", "input", "button", "select", "textarea", "object",
    "embed", "svg", "canvas", "template", "link", "meta", "head", "title", "audio", "video",
}  # fmt: skip
BLOCK_TAGS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "figure", "table",
    "div", "section", "article", "iframe", "hr", "pre", "img", "dl", "aside", "header", "footer",
}  # fmt: skip
VIDEO_HOSTS = ("youtube.com", "youtube-nocookie.com", "youtu.be", "vimeo.com")


def video_url(src: str) -> str | None:
    """The canonical address of a YouTube or Vimeo video, else None."""
    parts = urlsplit(src.strip())
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https", "") or not any(
        host == h or host.endswith("." + h) for h in VIDEO_HOSTS
    ):
        return None
    path = parts.path
    if "vimeo.com" in host:
        match = re.search(r"/(?:video/)?(\d+)", path)
        return f"https://vimeo.com/{match.group(1)}" if match else None
    if host.endswith("youtu.be"):
        video = path.strip("/").split("/")[0]
    elif "/embed/" in path or "/shorts/" in path or "/live/" in path:
        video = path.rstrip("/").rsplit("/", 1)[-1]
    else:
        video = parse_qs(parts.query).get("v", [""])[0]
    if not re.fullmatch(r"[\w-]{6,20}", video or ""):
        return None
    return f"https://www.youtube.com/watch?v={video}"


def autop(text: str) -> str:
    """Classic-editor text (paragraphs separated by blank lines) as HTML paragraphs."""
    if re.search(r"<(p|div|h[1-6]|ul|ol|table|blockquote|figure)\b", text, re.I):
        return text
    chunks = [c.strip() for c in re.split(r"\n\s*\n", text) if c.strip()]
    return "".join("<p>{}</p>".format(c.replace("\n", "<br/>")) for c in chunks)


@dataclass
class Converted:
    parts: list = field(default_factory=list)  # (type, value); paragraphs one <p> each
    pdf_links: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    pending_links: bool = False

    def first_paragraph(self) -> str:
        for kind, value in self.parts:
            if kind == "paragraph" and value.startswith("<p>"):
                return BeautifulSoup(value, "html.parser").get_text(" ", strip=True)
        return ""

    def blocks(self, drop_first_paragraph=False) -> list:
        """The StreamField value; consecutive paragraphs in one rich text block."""
        blocks, text = [], []
        dropped = not drop_first_paragraph
        for kind, value in self.parts:
            if kind == "paragraph":
                if not dropped and value.startswith("<p>"):
                    dropped = True
                    continue
                text.append(value)
                continue
            if text:
                blocks.append(("paragraph", RichText("".join(text))))
                text = []
            blocks.append((kind, value))
        if text:
            blocks.append(("paragraph", RichText("".join(text))))
        return blocks


class Converter:
    """``context`` answers three questions: ``link(href)`` -> rich text link
    attributes (or None to drop the link), ``image(src, alt)`` -> an Image
    or None, ``is_pdf(href)``; and says whether a link is ``pending`` (to a
    post whose page is not made yet)."""

    def __init__(self, context, *, latin=False):
        self.context = context
        self.latin = latin

    def text(self, value: str) -> str:
        return serbian_latin(value) if self.latin else value

    def plain(self, node) -> str:
        return self.text(re.sub(r"\s+", " ", node.get_text(" ")).strip())

    def convert(self, html: str) -> Converted:
        result = Converted()
        soup = BeautifulSoup(autop(html or ""), "html.parser")
        for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
            comment.extract()
        self._blocks(soup, result)
        return result

    # --- block level --------------------------------------------------------
    def _blocks(self, parent, result):
        loose = []  # inline nodes between block elements: one paragraph

        def flush():
            if loose:
                html = "".join(self._inline(n, result) for n in loose).strip()
                if BeautifulSoup(html, "html.parser").get_text(strip=True):
                    result.parts.append(("paragraph", f"<p>{html}</p>"))
                loose.clear()

        for node in list(parent.children):
            if isinstance(node, NavigableString):
                if str(node).strip():
                    loose.append(node)
                continue
            if not isinstance(node, Tag):
                continue
            name = node.name.lower()
            if name not in BLOCK_TAGS and name not in DROP:
                loose.append(node)
                continue
            flush()
            self._block(node, name, result)
        flush()

    def _block(self, node, name, result):
        if name in DROP:
            result.dropped.append(name)
        elif name == "p":
            images = node.find_all("img")
            html = self._inline(node, result, skip_images=True).strip()
            if BeautifulSoup(html, "html.parser").get_text(strip=True):
                result.parts.append(("paragraph", f"<p>{html}</p>"))
            for image in images:
                self._image(image, "", result)
        elif name in ("h1", "h2", "h3", "h4", "h5", "h6"):
            level = {"h1": "h2", "h5": "h4", "h6": "h4"}.get(name, name)
            text = self.plain(node)[:200]
            if text:
                result.parts.append(("heading", {"text": text, "level": level}))
        elif name in ("ul", "ol"):
            html = self._list(node, result)
            if html:
                result.parts.append(("paragraph", html))
        elif name == "blockquote":
            cite = node.find("cite")
            attribution = self.plain(cite)[:200] if cite else ""
            if cite:
                cite.extract()
            paragraphs = [self.plain(p) for p in node.find_all("p")] or [self.plain(node)]
            quote = "\n".join(p for p in paragraphs if p)
            if quote:
                result.parts.append(("quote", {"quote": quote, "attribution": attribution}))
        elif name == "figure":
            self._figure(node, result)
        elif name == "img":
            self._image(node, "", result)
        elif name == "table":
            self._table(node, "", result)
        elif name == "iframe":
            self._embed(node.get("src", ""), result)
        elif name == "pre":
            text = escape(self.text(node.get_text()))
            if text.strip():
                result.parts.append(("paragraph", "<p>{}</p>".format(text.replace("\n", "<br/>"))))
        elif name == "hr":
            return
        elif name == "div" and "wp-block-file" in (node.get("class") or []):
            link = node.find("a", href=True)
            if link and self.context.is_pdf(link["href"]):
                result.pdf_links.append(link["href"])
            elif link:
                html = self._inline(link, result)
                result.parts.append(("paragraph", f"<p>{html}</p>"))
        elif name == "div" and "wp-block-embed__wrapper" in (node.get("class") or []):
            self._embed(node.get_text(strip=True), result)
        else:  # div, section...: what is inside counts
            self._blocks(node, result)

    def _figure(self, node, result):
        caption_node = node.find("figcaption")
        caption = self.plain(caption_node)[:300] if caption_node else ""
        classes = node.get("class") or []
        if "wp-block-embed" in classes:
            iframe = node.find("iframe")
            source = iframe.get("src", "") if iframe else node.get_text(" ", strip=True).split()
            self._embed(source if isinstance(source, str) else (source or [""])[0], result)
        elif node.find("table"):
            self._table(node.find("table"), caption, result)
        elif node.find("img"):
            for image in node.find_all("img"):
                self._image(image, caption, result)
        elif node.find("iframe"):
            self._embed(node.find("iframe").get("src", ""), result)
        else:
            self._blocks(node, result)

    def _embed(self, src, result):
        url = video_url(src or "")
        if url is None:
            result.dropped.append(f"iframe {urlsplit(src or '').hostname or src}")
            return
        result.parts.append(("paragraph", f'<embed embedtype="media" url="{escape(url)}"/>'))

    def _image(self, node, caption, result):
        src = node.get("src", "")
        alt = self.text((node.get("alt") or "").strip())[:250]
        image = self.context.image(src, alt) if src else None
        if image is None:
            result.dropped.append(f"image {src}")
            return
        result.parts.append(
            (
                "image",
                {
                    "image": image,
                    "alt_text": alt or self.text(image.title)[:250],
                    "caption": caption,
                    "credit": "",
                },
            )
        )

    def _table(self, node, caption, result):
        rows = []
        header = bool(node.find("thead"))
        for row in node.find_all("tr"):
            cells = row.find_all(["th", "td"])
            if not rows and cells and all(c.name == "th" for c in cells):
                header = True
            rows.append([self.plain(c) for c in cells])
        if not rows:
            return
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        if not caption and node.find("caption"):
            caption = self.plain(node.find("caption"))[:300]
        result.parts.append(
            (
                "table",
                {
                    "caption": caption,
                    "table": {
                        "data": rows,
                        "first_row_is_table_header": header,
                        "first_col_is_header": False,
                        "table_caption": "",
                    },
                },
            )
        )

    def _list(self, node, result) -> str:
        items = []
        for li in node.find_all("li", recursive=False):
            nested = [
                child for child in li.children if getattr(child, "name", None) in ("ul", "ol")
            ]
            for child in nested:
                child.extract()
            html = "".join(self._inline(child, result) for child in li.children).strip()
            html += "".join(self._list(child, result) for child in nested)
            if html:
                items.append(f"<li>{html}</li>")
        if not items:
            return ""
        tag = "ol" if node.name == "ol" else "ul"
        return f"<{tag}>{''.join(items)}</{tag}>"

    # --- inline -------------------------------------------------------------
    def _inline(self, node, result, skip_images=False) -> str:
        if isinstance(node, Comment):
            return ""
        if isinstance(node, NavigableString):
            return escape(self.text(str(node)), quote=False)
        if not isinstance(node, Tag):
            return ""
        name = node.name.lower()
        if name in DROP or name == "iframe":
            result.dropped.append(name)
            return ""
        if name == "img":
            if not skip_images:
                self._image(node, "", result)
            return ""
        if name == "br":
            return "<br/>"
        inner = "".join(self._inline(child, result, skip_images) for child in node.children)
        if name in ("strong", "b"):
            return f"<b>{inner}</b>" if inner.strip() else inner
        if name in ("em", "i"):
            return f"<i>{inner}</i>" if inner.strip() else inner
        if name == "a":
            href = (node.get("href") or "").strip()
            attributes = self.context.link(href) if href else None
            if self.context.pending(href):
                result.pending_links = True
            if not attributes or not inner.strip():
                return inner
            rendered = " ".join(f'{key}="{escape(str(value))}"' for key, value in attributes)
            return f"<a {rendered}>{inner}</a>"
        if name in ("ul", "ol"):
            return self._list(node, result)
        if name == "li":
            return f"<li>{inner}</li>"
        return inner
