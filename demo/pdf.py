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


def _text_string(text: str) -> bytes:
    """A PDF text string in UTF-16BE with its byte order mark, as hex: any
    letter (č, ć, đ, ë) survives in the document's title."""
    return b"<" + ("\ufeff" + text).encode("utf-16-be").hex().upper().encode() + b">"


def simple_pdf(title: str, paragraphs: list[str], *, lang: str = "en") -> bytes:
    """One A4 page: the title as a heading and wrapped
    paragraphs in Helvetica, as a tagged PDF: the catalogue declares the
    language (``/Lang``, a BCP 47 tag such as ``sr-Latn``) and marks the
    content; the structure tree has the heading as ``H1`` and each paragraph
    as ``P``, in reading order; the document information holds the title,
    which viewers show instead of the file name (``DisplayDocTitle``)."""
    heading = title
    # Objects: 1 catalogue, 2 pages, 3 page, 4 font, 5 content, 6 information,
    # 7 structure tree root, 8 Document element, 9 parent tree, then one
    # element per marked block (the heading, then the paragraphs).
    blocks = [(b"H1", [heading])] + [(b"P", _wrap(paragraph)) for paragraph in paragraphs]
    first_element = 10
    elements = [first_element + index for index in range(len(blocks))]
    refs = b" ".join(b"%d 0 R" % number for number in elements)

    commands = [b"BT", b"56 780 Td"]
    for mcid, (tag, lines) in enumerate(blocks):
        begin = b"/" + tag + b" << /MCID %d >> BDC" % mcid
        if tag == b"H1":
            commands += [b"/F1 18 Tf", begin, b"(" + _escape(_winansi(heading)) + b") Tj", b"EMC"]
            commands += [b"/F1 11 Tf", b"0 -30 Td", b"14 TL"]
            continue
        commands.append(begin)
        commands += [b"(" + _escape(_winansi(line)) + b") '" for line in lines]
        commands += [b"EMC", b"T*"]  # a blank line after the paragraph
    commands.append(b"ET")
    stream = b"\n".join(commands)
    pdf_lang = b"(" + _escape(lang.encode("ascii")) + b")"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Lang " + pdf_lang + b" /MarkInfo << /Marked true >>"
        b" /StructTreeRoot 7 0 R /ViewerPreferences << /DisplayDocTitle true >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d]" % (PAGE_WIDTH, PAGE_HEIGHT)
        + b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R /StructParents 0 /Tabs /S >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Title " + _text_string(title) + b" /Producer (BPRG demo) >>",
        b"<< /Type /StructTreeRoot /K 8 0 R /ParentTree 9 0 R /ParentTreeNextKey 1 >>",
        b"<< /Type /StructElem /S /Document /P 7 0 R /Lang " + pdf_lang + b" /K [" + refs + b"] >>",
        b"<< /Nums [0 [" + refs + b"]] >>",
    ]
    objects += [
        b"<< /Type /StructElem /S /%s /P 8 0 R /Pg 3 0 R /K %d >>" % (tag, mcid)
        for mcid, (tag, _lines) in enumerate(blocks)
    ]
    pdf = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        pdf += b"%010d 00000 n \n" % offset
    pdf += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(pdf)


def ensure_demo_document(title: str, paragraphs: list[str], *, lang: str = "en", heading: str = ""):
    """A Wagtail document holding ``simple_pdf`` in ``lang`` (a BCP 47 tag),
    stored once by title."""
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document_model = get_document_model()
    existing = document_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    slug = slugify(ascii_fold(title))
    data = simple_pdf(heading or title, paragraphs, lang=lang)
    document = document_model(title=title, file_size=len(data))
    document.file = ContentFile(data, name=f"{slug[:80]}.pdf")
    document.save()
    return document
