"""Language markers and detection, transliteration, HTML conversion, the matcher."""

import pytest

from bbg_site.transliteration import serbian_latin
from wordpress_import.content import Converter, video_url
from wordpress_import.language import detect_language, split_marker
from wordpress_import.mapping import Mapping, default_target


@pytest.mark.parametrize(
    ("title", "language", "rest"),
    [
        ("[ENG] Energy in the north", "en", "Energy in the north"),
        ("ENG: Energy", "en", "Energy"),
        ("(ALB) Energjia", "sq", "Energjia"),
        ("[SRB] Energija", "sr-latn", "Energija"),
        ("SRB - Energija", "sr-latn", "Energija"),
        ("[СРБ] Енергија", "sr-latn", "Енергија"),
        ("Energy in the north [ENG]", "en", "Energy in the north"),
        ("Al-Jazeera interviews BPRG", None, "Al-Jazeera interviews BPRG"),
        ("Energy: what next", None, "Energy: what next"),
    ],
)
def test_language_markers(title, language, rest):
    assert split_marker(title) == (language, rest)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The report looks at the municipalities in the north and their budgets.", "en"),
        ("Raporti shqyrton komunat në veri dhe buxhetet e tyre për vitin që vjen.", "sq"),
        ("Izveštaj se bavi opštinama na severu i njihovim budžetima za narednu godinu.", "sr-latn"),
        ("Извештај се бави општинама на северу и њиховим буџетима.", "sr-latn"),
        ("2024", None),
    ],
)
def test_language_detection(text, language):
    assert detect_language(text) == language


def test_serbian_latin_keeps_case():
    assert serbian_latin("Љубљана и ЊЕГОШ, Џон") == "Ljubljana i NJEGOŠ, Džon"
    assert serbian_latin("Plain Latin stays") == "Plain Latin stays"


def test_video_urls():
    assert video_url("https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed") == (
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    )
    assert (
        video_url("https://youtu.be/dQw4w9WgXcQ") == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    )
    assert video_url("https://player.vimeo.com/video/76979871") == "https://vimeo.com/76979871"
    assert video_url("https://evil.example/embed/youtube.com") is None


class Context:
    def link(self, href):
        return [("href", href)] if href.startswith("http") else None

    def pending(self, href):
        return False

    def is_pdf(self, href):
        return href.endswith(".pdf")

    def image(self, src, alt):
        return None


def test_html_is_cleaned_into_blocks():
    html = """
<!-- wp:heading --><h2 style="color:red" onclick="steal()">Findings</h2><!-- /wp:heading -->
<p onmouseover="x()">A <strong>bold</strong> and <a href="javascript:alert(1)">bad</a> or
<a href="https://example.org/" target="_blank" style="x">good</a> link.<script>alert(1)</script></p>
<ul><li>one</li><li>two<ul><li>nested</li></ul></li></ul>
<blockquote class="wp-block-quote"><p>Peace is built.</p><cite>A mayor</cite></blockquote>
<figure class="wp-block-table"><table><thead><tr><th>Year</th><th>Budget</th></tr></thead>
<tbody><tr><td>2023</td><td>10</td></tr></tbody></table><figcaption>Budgets</figcaption></figure>
<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>
<iframe src="https://tracker.example/widget"></iframe>
<style>p { color: red }</style>
<div class="wp-block-file"><a href="https://old.test/wp-content/uploads/a.pdf">PDF</a></div>
"""
    converted = Converter(Context()).convert(html)
    kinds = [kind for kind, _value in converted.parts]
    assert kinds == ["heading", "paragraph", "paragraph", "quote", "table", "paragraph"]
    assert converted.parts[0][1] == {"text": "Findings", "level": "h2"}
    paragraph = converted.parts[1][1]
    assert "<b>bold</b>" in paragraph and '<a href="https://example.org/">good</a>' in paragraph
    for bad in ("script", "onclick", "onmouseover", "style", "javascript", "target"):
        assert bad not in paragraph
    assert converted.parts[2][1] == "<ul><li>one</li><li>two<ul><li>nested</li></ul></li></ul>"
    assert converted.parts[3][1] == {"quote": "Peace is built.", "attribution": "A mayor"}
    table = converted.parts[4][1]
    assert table["caption"] == "Budgets"
    assert table["table"]["data"] == [["Year", "Budget"], ["2023", "10"]]
    assert table["table"]["first_row_is_table_header"] is True
    assert (
        'embedtype="media" url="https://www.youtube.com/watch?v=dQw4w9WgXcQ"'
        in (converted.parts[5][1])
    )
    assert "iframe tracker.example" in converted.dropped
    assert converted.pdf_links == ["https://old.test/wp-content/uploads/a.pdf"]
    blocks = converted.blocks()
    assert [kind for kind, _value in blocks] == [
        "heading",
        "paragraph",
        "quote",
        "table",
        "paragraph",
    ]


def test_classic_editor_text_becomes_paragraphs():
    converted = Converter(Context()).convert("First line\nsame paragraph\n\nSecond paragraph")
    assert [v for _k, v in converted.parts] == [
        "<p>First line<br/>same paragraph</p>",
        "<p>Second paragraph</p>",
    ]


def test_cyrillic_text_is_written_in_latin():
    converted = Converter(Context(), latin=True).convert("<h2>Север</h2><p>Плаћање струје</p>")
    assert converted.parts[0][1]["text"] == "Sever"
    assert converted.parts[1][1] == "<p>Plaćanje struje</p>"


def test_default_category_types():
    assert default_target("policy-reports", "Policy Reports").value == "report"
    assert default_target("policy-briefs", "Policy Briefs").value == "policy-brief"
    assert default_target("commentary", "Commentary").value == "commentary"
    assert default_target("working-papers", "Working Papers").value == "working-paper"
    assert str(default_target("press-releases", "Press Releases")) == "news:press-release"
    assert str(default_target("announcements", "Announcements")) == "news:announcement"
    assert default_target("uncategorized", "Uncategorized") is None


def test_map_file(tmp_path):
    path = tmp_path / "map.csv"
    path.write_text(
        "# comment\ncategory,events,skip\ncategory,analysis,news,statement\n"
        "tag,energjia,topic,Energy\n",
        encoding="utf-8",
    )
    mapping = Mapping.load(path)
    assert str(mapping.categories["analysis"]) == "news:statement"
    assert mapping.topic_slug("energjia") == "energy"


def test_messages_are_translated_where_they_are_shown():
    from django.utils import translation

    from wordpress_import.importer import Report
    from wordpress_import.messages import Message

    message = Message("created the publication type %(name)s", name="Working paper")
    report = Report(dry_run=True)
    report.notes.append(("-", message))
    with translation.override("sq"):
        assert str(message) == "u krijua lloji i publikimit Working paper"
        assert report.lines()[0] == "Provë: asgjë nuk u ndryshua."
    with translation.override("sr-latn"):
        assert "Napomene: 1" in report.lines()
    assert Message.from_value(message.as_dict()) == message
