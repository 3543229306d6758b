"""publications.citations: APA, Chicago, BibTeX, RIS and file names. No database needed."""

import datetime
import re
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest
from django.utils import translation

from publications.citations import (
    Author,
    Citable,
    apa,
    apa_html,
    bibtex,
    bibtex_key,
    chicago,
    chicago_html,
    filename,
    ris,
)

KRASNIQI = Author(family="Krasniqi", given="Arbër")
JOVANOVIC = Author(family="Jovanović", given="Milica")
DJURIC = Author(family="Đurić", given="Đorđe")
BPRG = Author(organisation="Balkans Policy Research Group")
DATE = datetime.date(2025, 3, 14)


def make(**kwargs) -> Citable:
    values = {"title": "The Brussels Dialogue", "date": DATE, "authors": (KRASNIQI,)}
    values.update(kwargs)
    return Citable(**values)


FULL = make(
    subtitle="Where Next for Kosovo and Serbia",
    authors=(KRASNIQI, JOVANOVIC),
    report_type="Policy brief",
    report_number="2025/03",
    url="https://bprg.org/en/publications/brussels-dialogue/",
    doi="10.1234/abcd",
    isbn="978-9951-0-0000-0",
    pdf_url="https://bprg.org/media/documents/brussels-dialogue.pdf",
    key="brussels-dialogue",
)


# --------------------------------------------------------------------------- dataclasses


def test_citable_is_frozen_and_keyword_only():
    with pytest.raises(FrozenInstanceError):
        FULL.title = "Other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Citable("Title", DATE)  # type: ignore[misc]
    c = Citable(title="Title", date=DATE)
    assert c.institution == "Balkans Policy Research Group"
    assert c.place == "Prishtina"
    assert c.report_type == "Report"
    assert c.authors == ()


# --------------------------------------------------------------------------- APA


def test_apa_full_example():
    assert apa(FULL) == (
        "Krasniqi, A., & Jovanović, M. (2025). The Brussels Dialogue: Where Next for Kosovo and "
        "Serbia (Policy brief No. 2025/03). Balkans Policy Research Group. "
        "https://doi.org/10.1234/abcd"
    )


def test_apa_one_author():
    assert apa(make()) == (
        "Krasniqi, A. (2025). The Brussels Dialogue. Balkans Policy Research Group."
    )


def test_apa_two_authors_use_comma_and_ampersand():
    assert apa(make(authors=(KRASNIQI, JOVANOVIC))).startswith(
        "Krasniqi, A., & Jovanović, M. (2025). "
    )


def test_apa_three_authors():
    assert apa(make(authors=(KRASNIQI, JOVANOVIC, DJURIC))).startswith(
        "Krasniqi, A., Jovanović, M., & Đurić, Đ. (2025). "
    )


def test_apa_lists_twenty_authors_and_abbreviates_twenty_one():
    twenty = tuple(Author(family=f"Author{i}", given="Ana") for i in range(1, 21))
    text = apa(make(authors=twenty))
    assert text.startswith("Author1, A., Author2, A., ")
    assert "Author19, A., & Author20, A. (2025)." in text

    twenty_one = (*twenty, Author(family="Last", given="Zana"))
    text = apa(make(authors=twenty_one))
    assert "Author19, A., . . . Last, Z. (2025)." in text
    assert "Author20" not in text
    assert "&" not in text


@pytest.mark.parametrize(
    ("given", "initials"),
    [
        ("Arbër", "A."),
        ("Jean-Paul", "J.-P."),
        ("Jean-paul", "J.-P."),
        ("Mary Ann", "M. A."),
        ("J.R.R.", "J. R. R."),
        ("J. R.", "J. R."),
        ("J.-P.", "J.-P."),
        ("Ëndrit", "Ë."),
        ("  ", ""),
    ],
)
def test_apa_initials(given, initials):
    text = apa(make(authors=(Author(family="Krasniqi", given=given),)))
    expected = f"Krasniqi, {initials} (2025)." if initials else "Krasniqi. (2025)."
    assert text.startswith(expected)


def test_apa_organisation_author_written_in_full_and_publisher_kept_when_different():
    osce = Author(organisation="OSCE Mission in Kosovo")
    assert apa(make(authors=(osce,))) == (
        "OSCE Mission in Kosovo. (2025). The Brussels Dialogue. Balkans Policy Research Group."
    )


def test_apa_organisation_author_that_is_the_publisher_is_not_repeated():
    assert apa(make(authors=(BPRG,))) == (
        "Balkans Policy Research Group. (2025). The Brussels Dialogue."
    )


def test_apa_no_authors_institution_is_author_not_repeated_as_publisher():
    text = apa(make(authors=(), url="https://bprg.org/en/r/"))
    assert text == (
        "Balkans Policy Research Group. (2025). The Brussels Dialogue. https://bprg.org/en/r/"
    )
    assert text.count("Balkans Policy Research Group") == 1


def test_apa_no_author_and_no_institution_puts_title_first():
    assert apa(make(authors=(), institution="")) == "The Brussels Dialogue. (2025)."


def test_apa_mixed_personal_and_organisation_authors():
    assert apa(make(authors=(KRASNIQI, BPRG))).startswith(
        "Krasniqi, A., & Balkans Policy Research Group. (2025). "
    )


def test_apa_report_type_without_number_is_a_bracketed_description():
    assert apa(make(report_type="Policy brief")) == (
        "Krasniqi, A. (2025). The Brussels Dialogue [Policy brief]. Balkans Policy Research Group."
    )
    # A plain "Report" without a number says nothing.
    assert "[" not in apa(make(report_type="Report"))
    assert "(No. 7)" in apa(make(report_type="", report_number="7"))


def test_apa_title_ending_with_question_mark_gets_no_extra_full_stop():
    assert apa(make(title="Is the Dialogue Over?")) == (
        "Krasniqi, A. (2025). Is the Dialogue Over? Balkans Policy Research Group."
    )
    assert "Over? (Report No. 4)." in apa(make(title="Is the Dialogue Over?", report_number="4"))


def test_apa_non_ascii_names_kept():
    text = apa(make(authors=(KRASNIQI, JOVANOVIC, DJURIC)))
    assert "Jovanović, M." in text
    assert "Đurić, Đ." in text


# --------------------------------------------------------------------------- Chicago


def test_chicago_full_example():
    assert chicago(FULL) == (
        "Krasniqi, Arbër, and Milica Jovanović. The Brussels Dialogue: Where Next for Kosovo and "
        "Serbia. Policy brief 2025/03. Prishtina: Balkans Policy Research Group, March 14, 2025. "
        "https://doi.org/10.1234/abcd."
    )


def test_chicago_one_author():
    assert chicago(make()) == (
        "Krasniqi, Arbër. The Brussels Dialogue. "
        "Prishtina: Balkans Policy Research Group, March 14, 2025."
    )


def test_chicago_three_authors():
    assert chicago(make(authors=(KRASNIQI, JOVANOVIC, DJURIC))).startswith(
        "Krasniqi, Arbër, Milica Jovanović, and Đorđe Đurić. The Brussels Dialogue."
    )


def test_chicago_more_than_ten_authors_lists_seven_and_et_al():
    eleven = tuple(Author(family=f"Author{i}", given="Ana") for i in range(1, 12))
    text = chicago(make(authors=eleven))
    assert text.startswith(
        "Author1, Ana, Ana Author2, Ana Author3, Ana Author4, Ana Author5, Ana Author6, "
        "Ana Author7, et al. The Brussels Dialogue."
    )
    assert "Author8" not in text

    ten = eleven[:10]
    assert ", and Ana Author10. The Brussels Dialogue." in chicago(make(authors=ten))


def test_chicago_organisation_authors():
    osce = Author(organisation="OSCE Mission in Kosovo")
    assert chicago(make(authors=(osce,))).startswith("OSCE Mission in Kosovo. The Brussels")
    # An organisation first is not inverted, so no comma before "and".
    assert chicago(make(authors=(osce, JOVANOVIC))).startswith(
        "OSCE Mission in Kosovo and Milica Jovanović. The Brussels"
    )


def test_chicago_no_authors_institution_is_author_and_publisher():
    assert chicago(make(authors=())) == (
        "Balkans Policy Research Group. The Brussels Dialogue. "
        "Prishtina: Balkans Policy Research Group, March 14, 2025."
    )


def test_chicago_report_type_and_number():
    assert " Report 12. Prishtina:" in chicago(make(report_number="12"))
    assert " Policy analysis. Prishtina:" in chicago(make(report_type="Policy analysis"))
    assert "Dialogue. Prishtina:" in chicago(make(report_type="Report"))


def test_chicago_missing_place_or_institution():
    assert chicago(make(place="")).endswith(
        "The Brussels Dialogue. Balkans Policy Research Group, March 14, 2025."
    )
    assert chicago(make(institution="")).endswith("Dialogue. Prishtina, March 14, 2025.")


def test_chicago_month_names_are_english_whatever_the_active_language():
    for language in ("sq", "sr-latn"):
        with translation.override(language):
            assert "March 14, 2025." in chicago(make())


@pytest.mark.parametrize(
    ("month", "name"),
    [(1, "January"), (5, "May"), (9, "September"), (12, "December")],
)
def test_chicago_dates(month, name):
    assert f"{name} 2, 2024." in chicago(make(date=datetime.date(2024, month, 2)))


# --------------------------------------------------------------------------- titles and links


def test_subtitle_is_joined_with_a_colon_unless_title_has_terminal_punctuation():
    assert "The Brussels Dialogue: Next Steps." in chicago(make(subtitle="Next Steps"))
    text = chicago(make(title="What Now?", subtitle="Kosovo after the Vote"))
    assert "What Now? Kosovo after the Vote." in text
    assert "TI  - Kosovo: Year One\r\n" in ris(make(title="Kosovo:", subtitle="Year One"))


def test_doi_preferred_over_url():
    c = make(doi="10.1234/abcd", url="https://bprg.org/en/r/")
    for text in (apa(c), chicago(c)):
        assert "https://doi.org/10.1234/abcd" in text
        assert "https://bprg.org/en/r/" not in text


def test_url_used_without_doi():
    c = make(url="https://bprg.org/en/r/")
    assert apa(c).endswith("Balkans Policy Research Group. https://bprg.org/en/r/")
    assert chicago(c).endswith("March 14, 2025. https://bprg.org/en/r/.")


@pytest.mark.parametrize(
    "doi", ["https://doi.org/10.1234/abcd", "http://dx.doi.org/10.1234/abcd", "doi:10.1234/abcd"]
)
def test_doi_prefix_is_tolerated(doi):
    c = make(doi=doi)
    assert apa(c).endswith(" https://doi.org/10.1234/abcd")
    assert "DO  - 10.1234/abcd\r\n" in ris(c)
    assert "doi         = {10.1234/abcd}" in bibtex(c)


def test_whitespace_and_line_breaks_in_values_are_collapsed():
    c = make(
        title="  The Brussels\r\nDialogue\t ",
        authors=(Author(family=" Krasniqi\n", given="Arbër"),),
    )
    assert apa(c) == "Krasniqi, A. (2025). The Brussels Dialogue. Balkans Policy Research Group."
    assert "TI  - The Brussels Dialogue\r\n" in ris(c)


def test_empty_authors_are_skipped_and_a_single_name_is_kept():
    c = make(authors=(Author(), Author(given="Arbëri"), KRASNIQI))
    assert apa(c).startswith("Arbëri, & Krasniqi, A. (2025).")
    assert "AU  - Arbëri\r\nAU  - Krasniqi, Arbër\r\n" in ris(c)


# --------------------------------------------------------------------------- HTML


def test_html_variants_italicise_the_title_and_escape_everything():
    c = make(
        title="<script>alert('x')</script> & more",
        authors=(Author(family="O'Brien <b>", given="Seán"), JOVANOVIC),
        url='https://bprg.org/?a=1&b="2"',
    )
    for text in (apa_html(c), chicago_html(c)):
        assert "<script>" not in text
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; more" in text
        assert "<b>" not in text and "&lt;b&gt;" in text
        assert "a=1&amp;b=&quot;2&quot;" in text
        assert re.findall(r"</?[a-z]+>", text) == ["<i>", "</i>"]
    assert ", &amp; Jovanović, M." in apa_html(c)


def test_html_variants_match_the_plain_text_apart_from_markup():
    for plain, rich in ((apa, apa_html), (chicago, chicago_html)):
        text = rich(FULL)
        assert "<i>The Brussels Dialogue: Where Next for Kosovo and Serbia</i>" in text
        assert text.replace("<i>", "").replace("</i>", "").replace("&amp;", "&") == plain(FULL)


# --------------------------------------------------------------------------- BibTeX

ENTRY = re.compile(r"\A@techreport\{([a-z0-9]+),\n(.*)\n\}\n\Z", re.DOTALL)
FIELD = re.compile(r"^  ([a-z]+) *= (\{.*\}|[a-z]+)$")


def parse_bibtex(text: str) -> tuple[str, dict[str, str]]:
    """A small structural check in place of a BibTeX parser (bibtexparser is not a dependency):
    exactly one entry, one field per line, values braced or a month macro, braces balanced
    the way BibTeX counts them (a backslash does not protect a brace)."""
    assert text.count("@") == 1
    match = ENTRY.match(text)
    assert match, text
    depth = 0
    for char in text:
        depth += {"{": 1, "}": -1}.get(char, 0)
        assert depth >= 0
    assert depth == 0
    fields = {}
    lines = match.group(2).split("\n")
    for index, line in enumerate(lines):
        if index < len(lines) - 1:
            assert line.endswith(","), line
            line = line[:-1]
        assert not line.endswith(","), line
        field = FIELD.match(line)
        assert field, line
        name, value = field.groups()
        assert name not in fields
        inner = value[1:-1] if value.startswith("{") else value
        assert inner.count("{") == inner.count("}")
        fields[name] = inner
    return match.group(1), fields


def test_bibtex_full_entry():
    assert bibtex(FULL) == (
        "@techreport{krasniqi2025brussels,\n"
        "  author      = {Krasniqi, Arbër and Jovanović, Milica},\n"
        "  title       = {{The Brussels Dialogue: Where Next for Kosovo and Serbia}},\n"
        "  institution = {Balkans Policy Research Group},\n"
        "  address     = {Prishtina},\n"
        "  year        = {2025},\n"
        "  month       = mar,\n"
        "  type        = {Policy brief},\n"
        "  number      = {2025/03},\n"
        "  url         = {https://bprg.org/en/publications/brussels-dialogue/},\n"
        "  doi         = {10.1234/abcd},\n"
        "  isbn        = {978-9951-0-0000-0},\n"
        "  language    = {english}\n"
        "}\n"
    )


def test_bibtex_structure_and_required_fields():
    key, fields = parse_bibtex(bibtex(FULL))
    assert key == "krasniqi2025brussels"
    assert {"author", "title", "institution", "year"} <= fields.keys()
    assert fields["month"] == "mar"
    assert fields["title"] == "{The Brussels Dialogue: Where Next for Kosovo and Serbia}"


def test_bibtex_omits_empty_fields():
    key, fields = parse_bibtex(bibtex(make(place="", report_type="")))
    assert set(fields) == {"author", "title", "institution", "year", "month", "language"}


def test_bibtex_author_forms():
    _key, fields = parse_bibtex(bibtex(make(authors=(KRASNIQI, JOVANOVIC, DJURIC, BPRG))))
    assert fields["author"] == (
        "Krasniqi, Arbër and Jovanović, Milica and Đurić, Đorđe and {Balkans Policy Research Group}"
    )
    _key, fields = parse_bibtex(bibtex(make(authors=())))
    assert fields["author"] == "{Balkans Policy Research Group}"
    _key, fields = parse_bibtex(bibtex(make(authors=(), institution="")))
    assert "author" not in fields


def test_bibtex_protects_and_and_commas_in_names():
    c = make(authors=(Author(organisation="Ministry of Trade and Industry"), KRASNIQI))
    assert "= {{Ministry of Trade and Industry} and Krasniqi, Arbër},\n" in bibtex(c)
    c = make(authors=(Author(family="Smith, Jr", given="John"),))
    _key, fields = parse_bibtex(bibtex(c))
    assert fields["author"] == "{Smith, Jr}, John"


def test_bibtex_keeps_utf8():
    text = bibtex(make(authors=(DJURIC,), title="Zgjedhjet në Kosovë", language="sq"))
    assert "Đurić, Đorđe" in text
    assert "Zgjedhjet në Kosovë" in text
    assert '\\"' not in text
    assert "language    = {albanian}" in text


def test_bibtex_escapes_special_characters():
    c = make(
        title="Peace & Security: 100% of the EU_Kosovo Budget",
        subtitle="$5 #1 ~ ^ \\ {braces}",
        institution="Smith & Partners",
        report_number="2025_03",
        isbn="978#1",
    )
    _key, fields = parse_bibtex(bibtex(c))
    assert fields["title"] == (
        r"{Peace \& Security: 100\% of the EU\_Kosovo Budget: \$5 \#1 \textasciitilde{} "
        r"\textasciicircum{} \textbackslash{} \textbraceleft{}braces\textbraceright{}}"
    )
    assert fields["institution"] == r"Smith \& Partners"
    assert fields["number"] == r"2025\_03"
    assert fields["isbn"] == r"978\#1"


def test_bibtex_unbalanced_braces_in_a_title_cannot_break_the_entry():
    for title in ("Opening { only", "Closing } only", "}{", "\\"):
        parse_bibtex(bibtex(make(title=title)))


def test_bibtex_url_and_doi_are_verbatim():
    c = make(url="https://bprg.org/en/search/?q=a_b&page=2#top%20", doi="10.1234/a_b{1}")
    _key, fields = parse_bibtex(bibtex(c))
    assert fields["url"] == "https://bprg.org/en/search/?q=a_b&page=2#top%20"
    assert fields["doi"] == "10.1234/a_b%7B1%7D"


@pytest.mark.parametrize(
    ("language", "name"),
    [("en", "english"), ("sq", "albanian"), ("sr", "serbian"), ("sr-latn", "serbian")],
)
def test_bibtex_language_names(language, name):
    _key, fields = parse_bibtex(bibtex(make(language=language)))
    assert fields["language"] == name


def test_bibtex_unknown_language_is_omitted():
    _key, fields = parse_bibtex(bibtex(make(language="xx")))
    assert "language" not in fields


@pytest.mark.parametrize(("month", "macro"), [(1, "jan"), (6, "jun"), (12, "dec")])
def test_bibtex_month_macros(month, macro):
    assert f"  month       = {macro},\n" in bibtex(make(date=datetime.date(2024, month, 1)))


@pytest.mark.parametrize(
    ("authors", "title", "key"),
    [
        ((KRASNIQI,), "The Brussels Dialogue", "krasniqi2025brussels"),
        ((JOVANOVIC, KRASNIQI), "Brussels", "jovanovic2025brussels"),
        ((DJURIC,), "Đakovica and Peć", "djuric2025djakovica"),
        ((Author(family="Ðurić"),), "X", "djuric2025x"),  # U+00D0, a frequent mis-keying of Đ
        ((Author(family="van der Berg", given="Jan"),), "A New Deal", "vanderberg2025new"),
        ((Author(family="Çeku-Ramë", given="Ëndrit"),), "Për një Kosovë", "cekurame2025kosove"),
        ((Author(family="Ђурић", given="Ђорђе"),), "О дијалогу", "djuric2025dijalogu"),
        ((), "On the Status of Mitrovica", "bprg2025status"),
        ((BPRG,), "Kosovo", "bprg2025kosovo"),
        ((Author(organisation="UNDP Kosovo"),), "Kosovo", "undpk2025kosovo"),
        ((Author(organisation="Frontex"),), "Kosovo", "frontex2025kosovo"),
    ],
)
def test_bibtex_key(authors, title, key):
    c = make(authors=authors, title=title)
    assert bibtex_key(c) == key
    assert bibtex(c).startswith(f"@techreport{{{key},\n")
    assert key.isascii()


def test_bibtex_key_falls_back_to_the_key_seed():
    assert bibtex_key(make(title="2025", key="annual-review")) == "krasniqi2025annualreview"
    assert bibtex_key(make(title="The", key="")) == "krasniqi2025"


# --------------------------------------------------------------------------- RIS

RIS_LINE = re.compile(r"^[A-Z][A-Z0-9]  - .*$")


def test_ris_full_record():
    assert ris(FULL) == (
        "TY  - RPRT\r\n"
        "AU  - Krasniqi, Arbër\r\n"
        "AU  - Jovanović, Milica\r\n"
        "TI  - The Brussels Dialogue: Where Next for Kosovo and Serbia\r\n"
        "PY  - 2025\r\n"
        "DA  - 2025/03/14\r\n"
        "PB  - Balkans Policy Research Group\r\n"
        "CY  - Prishtina\r\n"
        "M3  - Policy brief\r\n"
        "SN  - 2025/03\r\n"
        "SN  - 978-9951-0-0000-0\r\n"
        "DO  - 10.1234/abcd\r\n"
        "UR  - https://bprg.org/en/publications/brussels-dialogue/\r\n"
        "L1  - https://bprg.org/media/documents/brussels-dialogue.pdf\r\n"
        "LA  - en\r\n"
        "ER  - \r\n"
    )


def test_ris_line_endings_and_terminator():
    for c in (FULL, make(), make(authors=(), title="Line\nbreak\r\nER  - injected")):
        text = ris(c)
        assert text.startswith("TY  - RPRT\r\n")
        assert text.endswith("\r\nER  - \r\n")
        assert "\n" not in text.replace("\r\n", "")
        assert "\r" not in text.replace("\r\n", "")
        lines = text.split("\r\n")
        assert lines[-1] == ""
        assert all(RIS_LINE.match(line) for line in lines[:-1])
        assert sum(line.startswith("ER  - ") for line in lines) == 1


def test_ris_omits_empty_fields():
    text = ris(make(place="", report_type=""))
    tags = [line[:2] for line in text.split("\r\n") if line]
    assert tags == ["TY", "AU", "TI", "PY", "DA", "PB", "LA", "ER"]


def test_ris_authors():
    text = ris(make(authors=(KRASNIQI, DJURIC, BPRG)))
    assert (
        "AU  - Krasniqi, Arbër\r\nAU  - Đurić, Đorđe\r\nAU  - Balkans Policy Research Group\r\n"
        in text
    )
    # No authors: the institution is the author.
    assert "AU  - Balkans Policy Research Group\r\n" in ris(make(authors=()))
    assert "AU  - " not in ris(make(authors=(), institution=""))


def test_ris_report_number_and_isbn():
    assert "SN  - 12\r\n" in ris(make(report_number="12"))
    assert "SN  - 978-1\r\n" in ris(make(isbn="978-1"))
    assert "IS  - " not in ris(FULL)


def test_ris_language_is_the_iso_639_1_code():
    assert "LA  - sr\r\n" in ris(make(language="sr-latn"))
    assert "LA  - sq\r\n" in ris(make(language="sq"))


# --------------------------------------------------------------------------- file names


@pytest.mark.parametrize(
    ("citable", "extension", "expected"),
    [
        (make(), "bib", "krasniqi-2025-brussels-dialogue.bib"),
        (make(), ".ris", "krasniqi-2025-brussels-dialogue.ris"),
        (make(), "", "krasniqi-2025-brussels-dialogue"),
        (
            make(authors=(DJURIC,), title="Đakovica: the Road"),
            "bib",
            "djuric-2025-djakovica-the-road.bib",
        ),
        (make(authors=(), title="The State of Play"), "ris", "bprg-2025-state-of-play.ris"),
        (
            make(authors=(Author(family="van der Berg", given="Jan"),), title="Reform"),
            "bib",
            "van-der-berg-2025-reform.bib",
        ),
        (make(title="2025", key="annual-review"), "bib", "krasniqi-2025-annual-review.bib"),
        (make(title="???"), "bib", "krasniqi-2025-citation.bib"),
        (make(), "../../etc/passwd", "krasniqi-2025-brussels-dialogue.etcpasswd"),
    ],
)
def test_filename(citable, extension, expected):
    assert filename(citable, extension) == expected


def test_filename_is_short_ascii_and_safe():
    c = make(
        title="Kosova dhe Serbia: marrëveshja për normalizimin e marrëdhënieve, zbatimi i saj "
        "dhe pengesat e shumta",
        authors=(Author(family='Çeku/Ramë "x"', given="A"),),
    )
    name = filename(c, "ris")
    assert name.isascii()
    assert re.fullmatch(r"[a-z0-9-]+\.ris", name), name
    assert len(name) <= 90
    assert name.startswith("ceku-rame-x-2025-kosova-dhe-serbia-marreveshja-per-normalizimin")


def test_module_imports_neither_django_nor_wagtail():
    import publications.citations as module

    source = Path(module.__file__).read_text(encoding="utf-8")
    imports = re.findall(r"^\s*(?:from|import) (\w+)", source, re.MULTILINE)
    assert imports
    assert not {"django", "wagtail"} & set(imports)


@pytest.mark.parametrize(
    ("language", "date", "many"),
    [
        ("en", "March 14, 2025", "et al."),
        ("sq", "14 mars 2025", "et al."),
        ("sr", "14. mart 2025", "i dr."),
        ("sr-latn", "14. mart 2025", "i dr."),
    ],
)
def test_chicago_writes_its_words_in_the_citation_language(language, date, many):
    eleven = tuple(Author(family=f"Family{n}", given="Given") for n in range(11))
    one = Citable(title="Dialogue", authors=(KRASNIQI,), date=DATE, language=language)
    assert f"Balkans Policy Research Group, {date}." in chicago(one)
    assert chicago(Citable(title="T", authors=eleven, date=DATE, language=language)).startswith(
        f"Family0, Given, Given Family1, Given Family2, Given Family3, Given Family4, "
        f"Given Family5, Given Family6, {many} "
    )


def test_apa_number_label_without_a_report_type_is_capitalised_in_each_language():
    base = {"title": "Dialogue", "date": DATE, "report_type": "", "report_number": "3"}
    assert "(No. 3)." in apa(Citable(**base))
    assert "(Nr. 3)." in apa(Citable(**base, language="sq"))
    assert "(Br. 3)." in apa(Citable(**base, language="sr"))
