"""Building blocks for every app's demo content."""

import io
import random

from django.core.files.images import ImageFile
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.rich_text import RichText

LANGS = ("en", "sq", "sr-latn")
PALETTE = [(11, 61, 107), (7, 42, 74), (179, 38, 30), (243, 245, 248), (138, 90, 0)]


def field_name(field: str, lang: str) -> str:
    return build_localized_fieldname(field, lang)


def paragraphs(texts):
    return [("paragraph", RichText(f"<p>{t}</p>")) for t in texts]


def create_page(parent, page_class, *, slug, title, publish=True, **fields):
    """Add and publish a child of ``parent``.

    ``slug`` may be a string (the same in every language) or ``{lang: slug}``;
    ``title`` and any other field given as ``{lang: value}`` are set per
    language, other fields as they are. A language left out of a dict stays
    empty, so readers of it get the English fallback.
    """
    if isinstance(slug, str):
        slug = dict.fromkeys(LANGS, slug)
    # Assigning an untranslated name (page.title = …) writes to the *active*
    # language's column, so everything is set per language, in English.
    with translation.override("en"):
        page = page_class()
        for name, value in {"slug": slug, "title": title, **fields}.items():
            if isinstance(value, dict) and value and set(value) <= set(LANGS):
                for lang, text in value.items():
                    setattr(page, field_name(name, lang), text)
            else:
                setattr(page, name, value)
        parent.add_child(instance=page)
        if publish:
            page.save_revision().publish()
    return page


def ensure_page(parent, page_class, *, slug, title, **fields):
    """``create_page`` unless ``parent`` has a child with this English slug,
    which is returned untouched (so edits made since survive)."""
    english_slug = slug if isinstance(slug, str) else slug["en"]
    existing = parent.get_children().filter(slug_en=english_slug).first()
    if existing is not None:
        return existing.specific
    return create_page(parent, page_class, slug=slug, title=title, **fields)


def ensure_demo_image(title: str, *, seed: int, size=(1600, 900)):
    """An abstract picture drawn locally (no downloads), stored once by title."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    rng = random.Random(seed)
    width, height = size
    picture = PILImage.new("RGB", size, PALETTE[0])
    draw = ImageDraw.Draw(picture)
    for y in range(height):
        shade = int(40 * y / height)
        draw.line([(0, y), (width, y)], fill=(11 + shade, 61 + shade, 107 + shade))
    for _ in range(14):
        x, y = rng.randrange(width), rng.randrange(height)
        r = rng.randrange(60, 320)
        colour = rng.choice(PALETTE[1:])
        draw.ellipse([x - r, y - r, x + r, y + r], outline=colour, width=rng.randrange(4, 18))
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    filename = "".join(c if c.isalnum() else "-" for c in title.lower()).strip("-")
    image = image_model(title=title)
    image.file = ImageFile(buffer, name=f"demo-{filename}.png")
    image.save()
    return image
