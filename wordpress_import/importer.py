"""Importing a WordPress export: one trilingual page per item.

``WordPressImporter(export, ...).run()`` returns a ``Report``. Each item is
imported in its own transaction (a failing one is reported, the others go
on); a dry run does everything inside one transaction that is rolled back,
and removes the files it stored.
"""

import hashlib
import json
import logging
import sys
import time
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from modeltranslation.utils import build_localized_fieldname
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

from bbg_site.models import StandardPage, Topic
from bbg_site.search.indexing import index_page
from bbg_site.transliteration import ascii_fold, fold, has_cyrillic, serbian_latin
from people.models import PersonPage
from publications.models import (
    NewsIndexPage,
    NewsPage,
    PublicationIndexPage,
    ReportAuthor,
    ReportDownload,
    ReportPage,
    ReportType,
)

from .content import Converter
from .files import IMAGE_EXTENSIONS, FileStore, extension
from .language import EN, SQ, SR, detect_language, split_marker
from .mapping import NEWS, PAGE, REPORT, SKIP, Mapping
from .matcher import LANGUAGE_ORDER, Matcher
from .messages import Message
from .models import ImportedPage, ImportedPost, ImportedTag, ImportRun
from .parser import Export, upload_path

logger = logging.getLogger(__name__)

IMPORTED_TYPES = ("post", "page")
IMPORTED_STATUSES = ("publish", "draft", "pending", "private", "future")
GENERIC_AUTHORS = {"admin", "administrator", "editor", "webmaster", "wordpress", "root"}
PAGE_CLASSES = {REPORT: ReportPage, NEWS: NewsPage, PAGE: StandardPage}
LANGUAGE_NAMES = {EN: "English", SQ: "Albanian", SR: "Serbian"}


def is_wordpress_default(post) -> bool:
    return (
        post.type == "post" and (post.slug == "hello-world" or post.title == "Hello world!")
    ) or (post.type == "page" and post.slug == "sample-page")


def localized(name: str, language: str) -> str:
    return build_localized_fieldname(name, language)


@dataclass
class Report:
    dry_run: bool = False
    created: Counter = field(default_factory=Counter)  # (type, language) -> pages
    updated: Counter = field(default_factory=Counter)
    unchanged: int = 0
    merged: int = 0
    redirects: int = 0
    files: int = 0
    skipped: list = field(default_factory=list)  # (post id, title, reason)
    unmatched: list = field(default_factory=list)
    missing_files: list = field(default_factory=list)  # (post id, file, why)
    kept: list = field(default_factory=list)  # pages edited in Wagtail, not overwritten
    errors: list = field(default_factory=list)  # (post ids, message)
    notes: list = field(default_factory=list)  # (post ids, message)
    seconds: float = 0.0

    def summary(self) -> dict:
        return {
            "dry_run": self.dry_run,
            "created": [[t, lang, n] for (t, lang), n in sorted(self.created.items())],
            "updated": [[t, lang, n] for (t, lang), n in sorted(self.updated.items())],
            "created_total": sum(n for (t, lang), n in self.created.items() if lang == "all"),
            "updated_total": sum(n for (t, lang), n in self.updated.items() if lang == "all"),
            "unchanged": self.unchanged,
            "merged": self.merged,
            "redirects": self.redirects,
            "files": self.files,
            "seconds": round(self.seconds, 1),
        }

    def entries(self) -> list[dict]:
        rows = []
        for kind, values in (
            ("unmatched", self.unmatched),
            ("missing_file", self.missing_files),
            ("kept", self.kept),
            ("error", self.errors),
            ("skipped", self.skipped),
            ("note", self.notes),
        ):
            for value in values:
                rows.append(
                    {
                        "kind": kind,
                        "values": [
                            v.as_dict() if isinstance(v, Message) else str(v) for v in value
                        ],
                    }
                )
        return rows

    def lines(self) -> list[str]:
        """The report as the command prints it, in the active language."""
        out = [
            _("Dry run: nothing was changed.") if self.dry_run else _("WordPress import finished.")
        ]
        kinds = {REPORT: _("reports"), NEWS: _("news items"), PAGE: _("standard pages")}
        names = {EN: _("English"), SQ: _("Albanian"), SR: _("Serbian")}
        for label, counter in (
            (_("Pages created"), self.created),
            (_("Pages updated"), self.updated),
        ):
            out.append(f"{label}: {sum(n for (t, lang), n in counter.items() if lang == 'all')}")
            for kind in (REPORT, NEWS, PAGE):
                languages = {lang: n for (t, lang), n in counter.items() if t == kind}
                if languages:
                    detail = ", ".join(
                        f"{names[code]} {languages[code]}"
                        for code in LANGUAGE_ORDER
                        if code in languages
                    )
                    out.append(f"  {kinds[kind]}: {languages.get('all', 0)} ({detail})")
        out.append(_("Pages unchanged: %(n)s") % {"n": self.unchanged})
        out.append(_("Triplets and pairs merged: %(n)s") % {"n": self.merged})
        out.append(_("Files imported: %(n)s") % {"n": self.files})
        out.append(_("Redirects made or updated: %(n)s") % {"n": self.redirects})
        sections = (
            (_("Posts left unmatched"), self.unmatched, _("post {0} ({1}): {2}")),
            (_("Files missing"), self.missing_files, _("post {0}: {1}: {2}")),
            (
                _("Pages edited in Wagtail since, not overwritten (--overwrite forces)"),
                self.kept,
                _("page {0} ({1})"),
            ),
            (_("Items that failed"), self.errors, _("posts {0}: {1}")),
            (_("Skipped"), self.skipped, _("post {0} ({1}): {2}")),
            (_("Notes"), self.notes, _("posts {0}: {1}")),
        )
        for title, values, pattern in sections:
            out.append(f"{title}: {len(values)}")
            out.extend("  " + pattern.format(*map(str, value)) for value in values)
        return out


class Progress:
    """ "[#####-----] 12/40 items, 28 left" on one line of stderr."""

    def __init__(self, total, stream=None, width=30):
        self.total, self.done, self.width = total, 0, width
        self.stream = stream if stream is not None else sys.stderr
        self.last = 0.0

    def step(self):
        self.done += 1
        now = time.monotonic()
        if self.done < self.total and now - self.last < 0.2:
            return
        self.last = now
        filled = int(self.width * self.done / max(self.total, 1))
        self.stream.write(
            f"\r[{'#' * filled}{'-' * (self.width - filled)}] {self.done}/{self.total} items, "
            f"{self.total - self.done} left"
        )
        if self.done >= self.total:
            self.stream.write("\n")
        self.stream.flush()


class _Rollback(Exception):
    pass


class WordPressImporter:
    def __init__(
        self,
        export: Export,
        *,
        uploads=None,
        dry_run=False,
        overwrite=False,
        mapping: Mapping | None = None,
        pairs=(),
        progress_stream=None,
        source_name="",
        options=None,
    ):
        self.export = export
        self.dry_run = dry_run
        self.overwrite = overwrite
        self.mapping = mapping or Mapping()
        self.pairs = list(pairs)
        self.progress_stream = progress_stream
        self.source_name = source_name
        self.options = options or {}
        self.report = Report(dry_run=dry_run)
        self.attachments = export.attachments
        self.files = FileStore(uploads, attachments=self.attachments)
        self.posts_by_id = {p.id: p for p in export.posts}
        self.languages: dict[int, str] = {}
        self.clean_titles: dict[int, str] = {}
        self.page_for_post: dict[int, int] = dict(
            ImportedPost.objects.values_list("post_id", "imported_page__page_id")
        )
        site_url = export.base_url.rstrip("/")
        self.site_hosts = {urlsplit_host(site_url), urlsplit_host(site_url).removeprefix("www.")}
        self.post_by_path: dict[str, int] = {}
        for post in export.posts:
            if post.type in IMPORTED_TYPES:
                for path in self._old_paths(post):
                    self.post_by_path[path] = post.id
        self.touched_pages: list[int] = []

    # --- the run -------------------------------------------------------------
    def run(self) -> Report:
        started = time.monotonic()
        try:
            if self.dry_run:
                try:
                    with transaction.atomic():
                        self._run()
                        raise _Rollback
                except _Rollback:
                    pass
                finally:
                    self.files.delete_everything_stored()
            else:
                self._run()
        finally:
            self.report.seconds = time.monotonic() - started
        if not self.dry_run:
            ImportRun.objects.create(
                source=self.source_name,
                status=ImportRun.Status.FAILED if self.report.errors else ImportRun.Status.FINISHED,
                finished_at=timezone.now(),
                options=self.options,
                summary=self.report.summary(),
                entries=self.report.entries(),
            )
        return self.report

    def _run(self):
        candidates = self._select_posts()
        targets = {}
        for post in candidates:
            target, note = self.mapping.target_for(post)
            targets[post.id] = target
            if note:
                self.report.notes.append((post.id, note))  # a Message
        candidates = [p for p in candidates if targets[p.id].kind != SKIP or self._skip(p)]
        candidates = [p for p in candidates if targets[p.id].kind != SKIP]
        marked = {p.id: split_marker(p.title)[0] is not None for p in candidates}
        matcher = Matcher(candidates, self.languages, targets, self.attachments, self.pairs, marked)
        items, unmatched = matcher.group()
        for entry in unmatched:
            self.report.unmatched.append((entry.post.id, entry.post.title, entry.reason))
        # Pages before their sub-pages, oldest first.
        items.sort(
            key=lambda i: (
                i.primary.type != "page",
                i.primary.parent,
                i.primary.date.timestamp() if i.primary.date else 0,
                i.primary.id,
            )
        )
        self.home = self._home()
        progress = Progress(len(items), self.progress_stream)
        pending = []
        for item in items:
            result = self._import_item_safely(item)
            if result and result[1]:
                pending.append((item, result[0]))
            progress.step()
        for item, page_id in pending:  # links to posts imported after them
            self._import_item_safely(item, relink_page=page_id)
        self.report.files = self.files.created
        for page_id in self.touched_pages:
            page = Page.objects.filter(pk=page_id).first()
            if page is not None and page.live:
                index_page(page)

    def _skip(self, post) -> bool:
        reason = Message(gettext_noop("its category is mapped to skip"))
        self.report.skipped.append((post.id, post.title, reason))
        return False

    def _select_posts(self):
        selected = []
        for post in self.export.posts:
            if post.type == "attachment":
                continue
            if post.type not in IMPORTED_TYPES:
                if post.type not in ("revision", "nav_menu_item", "customize_changeset"):
                    self.report.skipped.append(
                        (
                            post.id,
                            post.title,
                            Message(gettext_noop("type %(type)s"), type=post.type),
                        )
                    )
                continue
            if post.status not in IMPORTED_STATUSES:
                self.report.skipped.append(
                    (
                        post.id,
                        post.title,
                        Message(gettext_noop("status %(status)s"), status=post.status),
                    )
                )
                continue
            if is_wordpress_default(post):
                self.report.skipped.append(
                    (post.id, post.title, Message(gettext_noop("WordPress’s default content")))
                )
                continue
            language, clean = split_marker(post.title)
            if language is None:
                text = f"{post.title} {strip_tags(post.content)[:3000]}"
                language = detect_language(text)
                if language is None:
                    language = EN
                    self.report.notes.append(
                        (
                            post.id,
                            Message(
                                gettext_noop(
                                    "no language marker and the text says none clearly: English"
                                )
                            ),
                        )
                    )
            self.languages[post.id] = language
            self.clean_titles[post.id] = clean or post.title or f"WordPress {post.id}"
            selected.append(post)
        return selected

    def _home(self):
        site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
        if site is None:
            raise RuntimeError("No Wagtail site: create the home page first.")
        return site.root_page.specific

    def _import_item_safely(self, item, relink_page=None):
        self.files.begin_item()
        try:
            with transaction.atomic():
                return self._import_item(item, relink_page)
        except Exception as exc:  # one item's failure must not stop the others
            logger.exception("WordPress item %s failed", item.ids)
            self.files.rollback_item()
            message = Message("%(text)s", text=f"{type(exc).__name__}: {exc}")
            self.report.errors.append((item.ids, message))
            return None

    # --- one item ------------------------------------------------------------
    def _fingerprint(self, item) -> str:
        data = [
            str(item.target),
            sorted(self.mapping.tags.items()),
            [
                (
                    lang,
                    p.id,
                    p.modified,
                    p.title,
                    p.content,
                    p.excerpt,
                    p.status,
                    p.categories,
                    p.tags,
                    p.thumbnail_id,
                    p.author,
                )
                for lang, p in sorted(item.posts.items())
            ],
        ]
        return hashlib.sha256(json.dumps(data, default=str).encode()).hexdigest()

    def _import_item(self, item, relink_page=None):
        kind = item.target.kind
        page_class = PAGE_CLASSES[kind]
        records = ImportedPage.objects.filter(posts__post_id__in=item.ids).distinct()
        record = records.first()
        if records.count() > 1:
            self.report.notes.append(
                (
                    item.ids,
                    Message(
                        gettext_noop(
                            "these posts are on several pages already (%(pages)s); page "
                            "%(page)s is updated, merge the others by hand"
                        ),
                        pages=", ".join(str(r.page_id) for r in records),
                        page=record.page_id,
                    ),
                )
            )
        fingerprint = self._fingerprint(item)
        page = None
        if record is not None:
            page = record.page.specific
            if relink_page is None and not isinstance(page, page_class):
                self.report.notes.append(
                    (
                        item.ids,
                        Message(
                            gettext_noop(
                                "the map makes this a %(kind)s but page %(page)s is a "
                                "%(type)s: not converted; delete the page and run the import "
                                "again to re-create it"
                            ),
                            kind=kind,
                            page=page.pk,
                            type=type(page)._meta.verbose_name,
                        ),
                    )
                )
                self.report.skipped.append(
                    (
                        item.primary.id,
                        item.primary.title,
                        Message(gettext_noop("page type changed")),
                    )
                )
                return None
            edited = page.latest_revision_id != record.revision_id
            known_ids = set(record.posts.values_list("post_id", flat=True))
            if relink_page is None:
                if record.fingerprint == fingerprint and set(item.ids) <= known_ids:
                    self.report.unchanged += 1
                    self._redirects(item, page)
                    return None
                if edited and not self.overwrite:
                    self.report.kept.append((page.pk, page.title))
                    return None
        converted = self._convert(item)
        if relink_page is not None:
            if page is None or page.pk != relink_page:
                return None
            self._set_bodies(page, item, converted)
            revision = page.save_revision()
            if page.live:
                revision.publish()
            record.revision_id = revision.pk
            record.save(update_fields=["revision_id", "updated_at"])
            return None
        created = page is None
        if created:
            page = page_class()
        self._fill(page, item, converted, created)
        publish = item.primary.status == "publish"
        if created:
            parent = self._parent(item, kind)
            page.live = False
            with translation.override(settings.LANGUAGE_CODE):
                self._unique_slugs(page, parent)
                parent.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
        if record is None:
            record = ImportedPage.objects.create(
                page=page, page_type=kind, fingerprint=fingerprint, revision_id=revision.pk
            )
        else:
            record.fingerprint, record.revision_id, record.page_type = (
                fingerprint,
                revision.pk,
                kind,
            )
            record.save()
        for language, post in item.posts.items():
            ImportedPost.objects.update_or_create(
                post_id=post.id,
                defaults={"language": language, "imported_page": record, "link": post.link[:500]},
            )
            self.page_for_post[post.id] = page.pk
        counter = self.report.created if created else self.report.updated
        counter[(kind, "all")] += 1
        for language in converted["languages"]:
            counter[(kind, language)] += 1
        if len(item.posts) > 1:
            self.report.merged += 1
        self._redirects(item, page)
        self.touched_pages.append(page.pk)
        return page.pk, converted["pending"]

    # --- content -------------------------------------------------------------
    def _convert(self, item) -> dict:
        """Per language: title, summary, blocks, PDF; and whether links wait
        for pages not made yet."""
        result = {"pending": False, "languages": {}}
        live = item.primary.status == "publish"
        for language, post in item.posts.items():
            if live and post.status != "publish":
                # A draft translation of a published item stays out of the live page.
                self.report.notes.append(
                    (
                        post.id,
                        Message(
                            gettext_noop(
                                "the %(language)s post is not published: left out of the page"
                            ),
                            language=LANGUAGE_NAMES[language],
                        ),
                    )
                )
                continue
            latin = language == SR and (has_cyrillic(post.title) or has_cyrillic(post.content))
            converter = Converter(LinkContext(self, post), latin=latin)
            converted = converter.convert(post.content)
            if converted.pending_links:
                result["pending"] = True
            for dropped in converted.dropped:
                if dropped.startswith(("iframe", "image")) or dropped in (
                    "script",
                    "form",
                    "object",
                ):
                    self.report.notes.append(
                        (
                            post.id,
                            Message(gettext_noop("dropped from the text: %(what)s"), what=dropped),
                        )
                    )
            excerpt = converter.text(strip_tags(post.excerpt)).strip()
            summary = excerpt or converted.first_paragraph()
            title = converter.text(self.clean_titles[post.id])
            pdf = None
            pdf_urls = list(converted.pdf_links)
            pdf_urls += [
                a.attachment_url
                for a in self.attachments.values()
                if a.parent == post.id and extension(a.attached_file or a.attachment_url) == "pdf"
            ]
            for url in pdf_urls:
                record = self._file(post, url, want_image=False)
                if record is not None and record.document_id:
                    pdf = record.document
                    break
            result["languages"][language] = {
                "post": post,
                "title": title[:255],
                "summary": summary,
                "converted": converted,
                "blocks_without_summary": not excerpt and bool(summary),
                "pdf": pdf,
            }
        return result

    @staticmethod
    def _first_language(item, converted) -> str:
        return next(code for code in LANGUAGE_ORDER if code in converted["languages"])

    def _file(self, post, url, want_image=None):
        record = self.files.get(url, want_image=want_image)
        if record is None:
            source = self.files.source_for(url)
            why = self.files.problems.get(source)
            why = Message("%(text)s", text=why) if why else None
            if why and (post.id, source, why) not in self.report.missing_files:
                self.report.missing_files.append((post.id, source, why))
        return record

    def _set_bodies(self, page, item, converted):
        for language, data in converted["languages"].items():
            blocks = data["converted"].blocks(drop_first_paragraph=data["blocks_without_summary"])
            setattr(page, localized("body", language), blocks)
        if EN not in converted["languages"]:
            first = converted["languages"][self._first_language(item, converted)]
            setattr(
                page,
                localized("body", EN),
                first["converted"].blocks(drop_first_paragraph=first["blocks_without_summary"]),
            )

    def _fill(self, page, item, converted, created):
        languages = converted["languages"]
        first = languages[self._first_language(item, converted)]
        date = item.primary.date or timezone.now()
        for language in (EN, SQ, SR):
            data = languages.get(language)
            if data is None and language == EN:
                data = first  # the English columns are every language's fallback
                self.report.notes.append(
                    (
                        item.ids,
                        Message(
                            gettext_noop(
                                "no English post: the English fields hold the %(language)s "
                                "text until translated"
                            ),
                            language=LANGUAGE_NAMES[self._first_language(item, converted)],
                        ),
                    )
                )
            if data is None:
                continue
            setattr(page, localized("title", language), data["title"])
            if created:
                setattr(page, localized("slug", language), self._slug(data, language))
            # Summaries are required: a post with neither excerpt nor text gets its title.
            summary = data["summary"][:1000] or data["title"]
            if isinstance(page, ReportPage):
                setattr(page, localized("summary", language), f"<p>{escape(summary)}</p>")
            elif isinstance(page, NewsPage):
                setattr(page, localized("summary", language), summary)
            else:
                setattr(page, localized("intro", language), summary)
        self._set_bodies(page, item, converted)
        if page.first_published_at is None and item.primary.status == "publish":
            page.first_published_at = date
        thumbnail_id = next(
            (p.thumbnail_id for p in [item.primary, *item.posts.values()] if p.thumbnail_id), None
        )
        cover, alt = None, ""
        if thumbnail_id and thumbnail_id in self.attachments:
            attachment = self.attachments[thumbnail_id]
            record = self._file(item.primary, attachment.attachment_url, want_image=True)
            cover = record.image if record is not None else None
            alt = attachment.meta.get("_wp_attachment_image_alt", "")[:250]
        if isinstance(page, ReportPage):
            page.report_type = self._report_type(item.target)
            page.publication_date = date.date()
            page.cover_image = cover or page.cover_image
            if alt:
                page.cover_alt_en = alt
            page.downloads = [
                ReportDownload(language=language, document=data["pdf"])
                for language, data in languages.items()
                if data["pdf"] is not None
            ]
            page.authors = self._authors(item)
            page.topics = self._topics(item)
        elif isinstance(page, NewsPage):
            page.category = item.target.value or "announcement"
            page.date = date.date()
            page.image = cover or page.image
            if alt:
                page.image_alt_en = alt
            page.topics = self._topics(item)

    def _slug(self, data, language) -> str:
        post = data["post"]
        # WordPress cuts long non-Latin slugs short: those come from the title.
        use_slug = post.slug and post.slug.isascii()
        source = post.slug if use_slug else data["title"]
        slug = slugify(ascii_fold(source)) or slugify(ascii_fold(data["title"]))
        for prefix in ("eng-", "en-", "alb-", "al-", "sq-", "srb-", "sr-", "ang-"):
            if slug.startswith(prefix) and split_marker(post.title)[0]:
                slug = slug[len(prefix) :]
                break
        return (slug or f"post-{post.id}")[:80].strip("-")

    def _unique_slugs(self, page, parent):
        english = getattr(page, localized("slug", EN))
        for language in (EN, SQ, SR):
            name = localized("slug", language)
            base = getattr(page, name) or english
            slug, number = base, 2
            siblings = Page.objects.child_of(parent)
            while siblings.filter(**{name: slug}).exists() or (
                language != EN and siblings.filter(**{localized("slug", EN): slug}).exists()
            ):
                slug, number = f"{base}-{number}", number + 1
            setattr(page, name, slug)
        page.slug = page.slug_en

    def _parent(self, item, kind):
        if kind == REPORT:
            return self._index(PublicationIndexPage, "publications", "Publications")
        if kind == NEWS:
            return self._index(NewsIndexPage, "news", "News")
        parent_id = item.primary.parent
        if parent_id and parent_id in self.page_for_post:
            parent = Page.objects.filter(pk=self.page_for_post[parent_id]).first()
            if parent is not None and isinstance(parent.specific, StandardPage):
                return parent.specific
        return self.home

    def _index(self, model, slug, title):
        index = model.objects.descendant_of(self.home).first()
        if index is None:
            index = model(title=title, slug=slug, live=False)
            for language in (EN, SQ, SR):
                setattr(index, localized("slug", language), slug)
            setattr(index, localized("title", EN), title)
            self.home.add_child(instance=index)
            index.save_revision().publish()
            self.report.notes.append(
                ("-", Message(gettext_noop("created the index page %(title)s"), title=title))
            )
        return index

    def _report_type(self, target):
        report_type = ReportType.objects.filter(slug=target.value).first()
        if report_type is None:
            report_type = ReportType.objects.create(
                slug=target.value, name_en=target.label or target.value.replace("-", " ").title()
            )
            self.report.notes.append(
                (
                    "-",
                    Message(
                        gettext_noop("created the publication type %(name)s"),
                        name=report_type.name_en,
                    ),
                )
            )
        return report_type

    def _authors(self, item):
        names, authors = set(), []
        for post in [item.primary, *item.posts.values()]:
            author = self.export.authors.get(post.author)
            if author is None or post.author.lower() in GENERIC_AUTHORS:
                continue
            name = author.full_name
            key = fold(name)
            if key in names or key in GENERIC_AUTHORS:
                continue
            names.add(key)
            person = self._person(name)
            authors.append(ReportAuthor(person=person) if person else ReportAuthor(name=name[:150]))
        return authors

    def _person(self, name):
        if not hasattr(self, "_people"):
            self._people = {}
            for person in PersonPage.objects.only("id", "title", "first_name", "last_name"):
                for text in (person.title, f"{person.first_name} {person.last_name}"):
                    self._people.setdefault(" ".join(fold(text).split()), person)
        return self._people.get(" ".join(fold(name).split()))

    # --- topics ----------------------------------------------------------------
    def _topics(self, item):
        """One topic per tag; tags that differ between the languages of an
        item (one each, or the same number each) are one topic named in
        each language."""
        per_language = {
            language: [(slug, name) for slug, name in post.tags]
            for language, post in item.posts.items()
        }
        everywhere = set.intersection(*({s for s, _n in tags} for tags in per_language.values()))
        groups = []
        for slug in [s for s, _n in per_language[item.languages[0]] if s in everywhere]:
            groups.append(
                {language: (slug, dict(tags)[slug]) for language, tags in per_language.items()}
            )
        own = {
            language: [(s, n) for s, n in tags if s not in everywhere]
            for language, tags in per_language.items()
        }
        lengths = {len(tags) for tags in own.values()}
        if len(own) > 1 and len(lengths) == 1 and lengths != {0}:
            for index in range(lengths.pop()):
                groups.append({language: tags[index] for language, tags in own.items()})
        else:
            for language, tags in own.items():
                groups.extend({language: tag} for tag in tags)
        return [self._topic(group) for group in groups]

    def _topic(self, group: dict):
        tags = [slug for slug, _name in group.values()]
        topic = None
        for slug in tags:
            mapped = self.mapping.topic_slug(slug)
            topic = Topic.objects.filter(slug=mapped).first() if mapped else None
            if topic is None:
                alias = ImportedTag.objects.filter(tag_slug=slug).select_related("topic").first()
                topic = alias.topic if alias else None
            if topic is not None:
                break
        main_language = EN if EN in group else next(iter(group))
        main_slug, main_name = group[main_language]
        main_name = serbian_latin(main_name)
        if topic is None:
            wanted = self.mapping.topic_slug(main_slug) or slugify(ascii_fold(main_name))
            topic = Topic.objects.filter(slug=wanted).first()
            if topic is None:
                folded = fold(main_name)
                for candidate in Topic.objects.all():
                    if folded in {
                        fold(getattr(candidate, localized("name", code)) or "")
                        for code in (EN, SQ, SR)
                    }:
                        topic = candidate
                        break
            if topic is None:
                topic = Topic(slug=wanted or f"tag-{main_slug}"[:100])
                topic.name_en = main_name[:100]
        changed = topic.pk is None
        for language, (_slug, name) in group.items():
            field_name = localized("name", language)
            if not getattr(topic, field_name):
                setattr(topic, field_name, serbian_latin(name)[:100])
                changed = True
        if not topic.name_en:
            topic.name_en = main_name[:100]
        if changed:
            topic.save()
        for slug in tags:
            ImportedTag.objects.update_or_create(tag_slug=slug, defaults={"topic": topic})
        return topic

    # --- old addresses ---------------------------------------------------------
    def _old_paths(self, post) -> list[str]:
        paths = []
        for url in (post.link, post.guid):
            if url and urlsplit_host(url) in getattr(self, "site_hosts", {""}) | {""}:
                path = Redirect.normalise_path(url)
                if path not in ("", "/") and path not in paths:
                    paths.append(path)
        query = "page_id" if post.type == "page" else "p"
        paths.append(Redirect.normalise_path(f"/?{query}={post.id}"))
        return paths

    def _redirects(self, item, page):
        for language, post in item.posts.items():
            with translation.override(language):
                url = page.get_url()
            if not url:
                continue
            for path in self._old_paths(post):
                self._redirect(path, url)
        for record in self.files.used.values():
            target = record.document.url if record.document_id else record.image.file.url
            source = record.source
            if "://" in source:
                continue
            paths = [f"/wp-content/uploads/{source}"]
            attachment = self.files.attachment_for(source)
            if attachment is not None:
                folder = source.rsplit("/", 1)[0] + "/" if "/" in source else ""
                paths += [f"/wp-content/uploads/{folder}{name}" for name in attachment.image_sizes]
                paths.append(f"/?attachment_id={attachment.id}")
                if attachment.link and urlsplit_host(attachment.link) in self.site_hosts | {""}:
                    paths.append(attachment.link)
            for path in paths:
                self._redirect(Redirect.normalise_path(path), target)

    def _redirect(self, old_path, target):
        if old_path in ("", "/"):
            return
        limit = Redirect._meta.get_field("old_path").max_length
        if len(old_path) > limit or len(target) > limit:
            self.report.notes.append(
                (
                    "-",
                    Message(
                        gettext_noop("no redirect from %(path)s: the address is too long"),
                        path=old_path[:80] + "…",
                    ),
                )
            )
            return
        redirect = Redirect.objects.filter(old_path=old_path, site=None).first()
        if redirect is None:
            Redirect.objects.create(
                old_path=old_path, site=None, redirect_link=target, is_permanent=True
            )
            self.report.redirects += 1
        elif redirect.redirect_link != target or redirect.redirect_page_id:
            redirect.redirect_link, redirect.redirect_page, redirect.is_permanent = (
                target,
                None,
                True,
            )
            redirect.save()
            self.report.redirects += 1


class LinkContext:
    """What a post's links and images become (see ``content.Converter``)."""

    def __init__(self, importer, post):
        self.importer = importer
        self.post = post

    def _site_path(self, href):
        host = urlsplit_host(href)
        if host and host not in self.importer.site_hosts:
            return None
        return Redirect.normalise_path(href)

    def _post_id(self, href):
        path = self._site_path(href)
        if path is None:
            return None
        return self.importer.post_by_path.get(path)

    def is_pdf(self, href) -> bool:
        return upload_path(href) is not None and extension(upload_path(href)) == "pdf"

    def pending(self, href) -> bool:
        post_id = self._post_id(href)
        return post_id is not None and post_id not in self.importer.page_for_post

    def link(self, href):
        lowered = href.lower()
        if lowered.startswith(("javascript:", "data:", "vbscript:")):
            return None
        if upload_path(href) is not None and self._site_path(href) is not None:
            if extension(upload_path(href)) in IMAGE_EXTENSIONS:
                record = self.importer._file(self.post, href, want_image=True)
                return [("href", record.image.file.url)] if record else [("href", href)]
            record = self.importer._file(self.post, href, want_image=False)
            if record is not None and record.document_id:
                return [("linktype", "document"), ("id", record.document_id)]
            return [("href", href)]
        post_id = self._post_id(href)
        if post_id is not None:
            page_id = self.importer.page_for_post.get(post_id)
            if page_id:
                return [("linktype", "page"), ("id", page_id)]
            return [("href", href)]
        if lowered.startswith(("http://", "https://", "mailto:", "tel:", "#", "/")):
            return [("href", href)]
        return None

    def image(self, src, alt):
        # Only the site's own uploads: pictures on other sites are not fetched.
        if upload_path(src) is None or self._site_path(src) is None:
            return None
        record = self.importer._file(self.post, src, want_image=True)
        return record.image if record is not None and record.image_id else None


def urlsplit_host(url: str) -> str:
    from urllib.parse import urlsplit

    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def strip_tags(html: str) -> str:
    from bs4 import BeautifulSoup

    return BeautifulSoup(html or "", "html.parser").get_text(" ", strip=True)


__all__ = ["Report", "WordPressImporter"]
