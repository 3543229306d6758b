"""Which WordPress posts are one item in three languages.

Posts of one item share the page type their categories give, are published
within ``WINDOW`` days of each other, and often share a featured image or
files whose names differ only by a language suffix ("report-eng.pdf",
"report-alb.pdf"). A pair is taken only when each post is the other's
clear best match; otherwise the posts are held back and listed, and
``--pairs FILE`` settles them on the next run.
"""

import csv
import os
import re
from dataclasses import dataclass, field

from django.utils.translation import gettext_noop

from .language import EN, SQ, SR
from .messages import Message
from .parser import upload_path

WINDOW_DAYS = 10
LANGUAGE_ORDER = (EN, SQ, SR)
_LANG_SUFFIX = re.compile(
    r"[-_ ]?\b(eng?|english|alb?|sq|shq|albanian|srb?|srp|serbian|cyr|lat)\b", re.I
)
_SIZE_SUFFIX = re.compile(r"-\d+x\d+$")
_UPLOAD_LINK = re.compile(r"""(?:href|src)=["']([^"']+/wp-content/uploads/[^"']+)["']""", re.I)


class PairsError(Exception):
    pass


@dataclass
class Item:
    posts: dict  # language -> Post
    target: object
    notes: list[str] = field(default_factory=list)
    forced: bool = False

    @property
    def ids(self) -> list[int]:
        return sorted(post.id for post in self.posts.values())

    @property
    def primary(self):
        """The English post, else the earliest."""
        if EN in self.posts:
            return self.posts[EN]
        return min(self.posts.values(), key=lambda p: (p.date is None, p.date, p.id))

    @property
    def languages(self) -> list[str]:
        return [code for code in LANGUAGE_ORDER if code in self.posts]


@dataclass
class Unmatched:
    post: object
    reason: str


def load_pairs(path) -> list[list[int]]:
    """Rows of WordPress post ids that belong together (CSV, any number a row)."""
    groups = []
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            for number, row in enumerate(csv.reader(handle), start=1):
                cells = [c.strip() for c in row if c.strip()]
                if not cells or cells[0].startswith("#"):
                    continue
                if not all(c.isdigit() for c in cells):
                    if number == 1:
                        continue  # a header row
                    raise PairsError(f"Pairs line {number}: only post ids expected: {row}")
                groups.append([int(c) for c in cells])
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise PairsError(f"Cannot read the pairs file {path}: {exc}") from exc
    return groups


def file_stems(post, attachments) -> set[str]:
    """Names of the files a post uses, without language suffix, size or extension."""
    paths = set()
    for attachment in attachments.values():
        if attachment.parent == post.id and attachment.attached_file:
            paths.add(attachment.attached_file)
    thumbnail = attachments.get(post.thumbnail_id) if post.thumbnail_id else None
    if thumbnail is not None and thumbnail.attached_file:
        paths.add(thumbnail.attached_file)
    for url in _UPLOAD_LINK.findall(post.content or ""):
        found = upload_path(url)
        if found:
            paths.add(found)
    stems = set()
    for path in paths:
        stem = os.path.splitext(os.path.basename(path))[0].lower()
        stem = _SIZE_SUFFIX.sub("", stem)
        stem = _LANG_SUFFIX.sub("", stem).strip("-_ ")
        if stem:
            stems.add(stem)
    return stems


class Matcher:
    def __init__(self, posts, languages, targets, attachments, pairs=(), marked=None):
        self.posts = {p.id: p for p in posts}
        self.languages = languages  # id -> language
        self.targets = targets  # id -> Target
        self.attachments = attachments
        self.pairs = pairs
        self.marked = marked or {}  # id -> True when the title has a language marker
        self._stems = {p.id: file_stems(p, attachments) for p in posts}

    def _days(self, a, b) -> float:
        if a.date is None or b.date is None:
            return WINDOW_DAYS + 1
        return abs((a.date - b.date).total_seconds()) / 86400

    def _compatible(self, a, b) -> bool:
        return (
            a.type == b.type
            and self.targets[a.id] == self.targets[b.id]
            and self.languages[a.id] != self.languages[b.id]
            and self._days(a, b) <= WINDOW_DAYS
            and (a.type != "page" or a.parent == b.parent)
        )

    def score(self, a, b) -> float:
        """How sure we are that ``a`` and ``b`` are one item (higher is surer)."""
        value = 0.0
        if a.thumbnail_id and a.thumbnail_id == b.thumbnail_id:
            value += 4
        value += 3 * len(self._stems[a.id] & self._stems[b.id])
        value += len({t for t, _n in a.tags} & {t for t, _n in b.tags}) * 0.5
        if self.marked.get(a.id) and self.marked.get(b.id):
            value += 1.5  # both carry a language marker: made as a set
        if a.status == b.status:
            value += 0.5
        if a.author and a.author == b.author:
            value += 0.5
        days = self._days(a, b)
        value += 2 if days < 1 else (1 if days <= 3 else 0)
        value -= days / (WINDOW_DAYS * 4)  # the closer in time, the likelier
        return value

    def group(self) -> tuple[list[Item], list[Unmatched]]:
        items: list[Item] = []
        unmatched: list[Unmatched] = []
        taken: set[int] = set()
        held: dict[int, str] = {}

        for ids in self.pairs:
            known = [i for i in ids if i in self.posts and i not in taken]
            missing = [i for i in ids if i not in self.posts]
            languages = [self.languages[i] for i in known]
            if missing or len(set(languages)) != len(languages) or not known:
                reason = (
                    Message(
                        gettext_noop("the pairs file names posts not in the export (%(posts)s)"),
                        posts=", ".join(map(str, missing)),
                    )
                    if missing
                    else Message(
                        gettext_noop("the pairs file puts two posts of one language together")
                    )
                )
                for i in known:
                    unmatched.append(Unmatched(self.posts[i], reason))
                    taken.add(i)
                continue
            posts = {self.languages[i]: self.posts[i] for i in known}
            item = Item(posts=posts, target=None, forced=True)
            item.target = self.targets[item.primary.id]
            items.append(item)
            taken.update(known)

        def by_date(post):
            return (post.date is None, post.date, post.id)

        ordered = sorted(self.posts.values(), key=by_date)
        anchors = sorted(ordered, key=lambda p: LANGUAGE_ORDER.index(self.languages[p.id]))
        for anchor in anchors:
            if anchor.id in taken or anchor.id in held:
                continue
            item = Item(posts={self.languages[anchor.id]: anchor}, target=self.targets[anchor.id])
            taken.add(anchor.id)
            for language in LANGUAGE_ORDER:
                if language in item.posts:
                    continue
                candidates = [
                    p
                    for p in ordered
                    if p.id not in taken
                    and p.id not in held
                    and self.languages[p.id] == language
                    and self._compatible(anchor, p)
                ]
                if not candidates:
                    continue
                scored = sorted(candidates, key=lambda p: self.score(anchor, p), reverse=True)
                best = scored[0]
                clear = (
                    len(scored) == 1
                    or self.score(anchor, best) > self.score(anchor, scored[1]) + 0.5
                )
                rivals = [
                    p
                    for p in ordered
                    if p.id != anchor.id
                    and p.id not in taken
                    and p.id not in held
                    and self.languages[p.id] == self.languages[anchor.id]
                    and self._compatible(p, best)
                ]
                mutual = all(
                    self.score(anchor, best) > self.score(rival, best) + 0.5 for rival in rivals
                )
                if clear and mutual:
                    item.posts[language] = best
                    taken.add(best.id)
                    continue
                if clear and any(
                    self.score(rival, best) > self.score(anchor, best) + 0.5
                    and all(
                        self.score(rival, best) > self.score(other, best) + 0.5
                        for other in [anchor, *rivals]
                        if other is not rival
                    )
                    for rival in rivals
                ):
                    continue  # another post of this language is its clear match
                others = sorted({anchor.id, *(r.id for r in rivals)})
                for candidate in scored if not clear else [best]:
                    held[candidate.id] = Message(
                        gettext_noop(
                            "ambiguous: could belong with post(s) %(posts)s; name the posts "
                            "that belong together in a --pairs file"
                        ),
                        posts=", ".join(map(str, others)),
                    )
            items.append(item)
        for post_id, reason in held.items():
            if post_id not in taken:
                unmatched.append(Unmatched(self.posts[post_id], reason))
        return items, unmatched
