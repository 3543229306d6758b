"""A small, valid PDF written by hand, so demo and test downloads are real
PDFs without any extra dependency or download."""

import unicodedata

from django.utils.text import slugify

from bbg_site.transliteration import ascii_fold

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
_EXTRA = {"đ": "dj", "Đ": "Dj", "ł": "l", "Ł": "L"}


def _winansi(text: str) -> bytes:
    """Helvetica's WinAnsi encoding has ë, ç, š and ž but not č, ć or đ:
    those lose their accents (č → c) in the demo PDFs."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1252")
        except UnicodeEncodeError:
            plain = _EXTRA.get(char) or unicodedata.normalize("NFKD", char)[0]
            out += plain.encode("cp1252", errors="replace")
    return bytes(out)


def _escape(raw: bytes) -> bytes:
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _wrap(text: str, width: int = 85) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return lines


def simple_pdf(title: str, paragraphs: list[str]) -> bytes:
    """One A4 page: a title and wrapped paragraphs in Helvetica."""
    commands = [b"BT", b"/F1 18 Tf", b"56 780 Td", b"(" + _escape(_winansi(title)) + b") Tj"]
    commands += [b"/F1 11 Tf", b"0 -30 Td", b"14 TL"]
    for paragraph in paragraphs:
        for line in _wrap(paragraph):
            commands.append(b"(" + _escape(_winansi(line)) + b") '")
        commands.append(b"() '")
    commands.append(b"ET")
    stream = b"\n".join(commands)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d]" % (PAGE_WIDTH, PAGE_HEIGHT)
        + b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    pdf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        pdf += b"%010d 00000 n \n" % offset
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(pdf)


def ensure_demo_document(title: str, paragraphs: list[str]):
    """A Wagtail document holding ``simple_pdf``, stored once by title."""
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document_model = get_document_model()
    existing = document_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    slug = slugify(ascii_fold(title))
    data = simple_pdf(title, paragraphs)
    document = document_model(title=title, file_size=len(data))
    document.file = ContentFile(data, name=f"{slug[:80]}.pdf")
    document.save()
    return document
