"""Abstract pictures drawn locally (no downloads) for the demo and the tests."""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

PALETTE = [(11, 61, 107), (7, 42, 74), (179, 38, 30), (243, 245, 248), (138, 90, 0)]


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
