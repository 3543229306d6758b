"""The demo's hand-written PDFs (demo/pdf.py) are tagged: they declare their
language and title, and their text is marked as a heading and paragraphs in
reading order (PDF/UA's basics), with a valid cross-reference table."""

import re

import pytest

from demo.pdf import simple_pdf


def objects(data: bytes) -> dict[int, bytes]:
    return {
        int(number): body
        for number, body in re.findall(rb"(?m)^(\d+) 0 obj\n(.*?)\nendobj", data, re.S)
    }


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "The Ibar bridge"),
        ("sq", "Ura mbi Ibër në Mitrovicë"),
        ("sr-Latn", "Most na Ibru u Mitrovici: šta dalje, ćao, đak"),
    ],
)
def test_demo_pdf_declares_language_and_title_and_is_tagged(lang, title):
    data = simple_pdf(title, ["First paragraph " * 12, "Second paragraph."], lang=lang)
    found = objects(data)
    catalogue = found[1]
    assert f"/Lang ({lang})".encode() in catalogue
    assert b"/MarkInfo << /Marked true >>" in catalogue
    assert b"/DisplayDocTitle true" in catalogue
    # The title in UTF-16 with a byte order mark: č, ć, đ and ë survive.
    info = found[int(re.search(rb"/Info (\d+) 0 R", data).group(1))]
    hex_title = re.search(rb"/Title <([0-9A-F]+)>", info).group(1)
    assert bytes.fromhex(hex_title.decode()).decode("utf-16") == title
    # Heading then paragraphs, each a structure element pointing at its
    # marked content on the page.
    elements = [
        (m.group(1), int(m.group(2)))
        for body in found.values()
        if (m := re.search(rb"/S /(H1|P) /P \d+ 0 R /Pg 3 0 R /K (\d+)", body))
    ]
    assert elements == [(b"H1", 0), (b"P", 1), (b"P", 2)]
    content = found[5]
    assert re.findall(rb"/(H1|P) << /MCID (\d+) >> BDC", content) == [
        (b"H1", b"0"),
        (b"P", b"1"),
        (b"P", b"2"),
    ]
    assert content.count(b"BDC") == content.count(b"EMC")
    assert b"/StructParents 0" in found[3]


def test_demo_pdf_cross_reference_table_points_at_each_object():
    data = simple_pdf("Title", ["Text."], lang="sq")
    start = int(re.search(rb"startxref\n(\d+)", data).group(1))
    assert data[start:].startswith(b"xref\n")
    offsets = re.findall(rb"(\d{10}) 00000 n ", data[start:])
    for number, offset in enumerate(offsets, start=1):
        assert data[int(offset) :].startswith(b"%d 0 obj\n" % number)
    size = int(re.search(rb"/Size (\d+)", data).group(1))
    assert size == len(offsets) + 1
