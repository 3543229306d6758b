"""Building blocks for every app's demo content."""

import io
import random

from django.core.files.images import ImageFile
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


def ensure_page(parent, page_class, *, slug, title, **fields):
    """Create and publish a child of ``parent`` unless one with this English
    slug exists. ``slug`` (a string when it is the same in every language), ``title`` and any field given as a dict
    ``{lang: value}`` are set per language; other fields as they are.
    """
    if isinstance(slug, str):
        slug = dict.fromkeys(LANGS, slug)
    existing = parent.get_children().filter(slug_en=slug["en"]).first()
    if existing is not None:
        return existing.specific
    page = page_class()
    for lang in LANGS:
        setattr(page, field_name("slug", lang), slug[lang])
        setattr(page, field_name("title", lang), title[lang])
    page.slug = slug["en"]
    page.title = title["en"]
    for name, value in fields.items():
        if isinstance(value, dict) and set(value) == set(LANGS):
            for lang in LANGS:
                setattr(page, field_name(name, lang), value[lang])
        else:
            setattr(page, name, value)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


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
