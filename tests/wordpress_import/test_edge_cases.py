"""Hand-made exports for what the sample does not show."""

import functools
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page

from bbg_site.models import Topic
from publications.models import NewsPage, ReportPage
from tests.factories import make_people_index, make_person
from wordpress_import.content import Converter
from wordpress_import.models import ImportedPage

from .builder import BASE, item, write
from .conftest import SAMPLE, UPLOADS, run_import

pytestmark = pytest.mark.django_db
ANALYSIS = (("policy-analysis", "Policy Analysis"),)


def page_of(post_id):
    return ImportedPage.objects.get(posts__post_id=post_id).page.specific


def test_marker_spellings_text_detection_and_shared_image_merge(site, tmp_path):
    path = write(
        tmp_path,
        item(
            10,
            "ENG: Budgets of the north",
            "<p>The budgets of the four municipalities.</p>",
            categories=ANALYSIS,
            thumbnail=90,
            date="2024-02-01 09:00:00",
        ),
        item(
            11,
            "(ALB) Buxhetet e veriut",
            "<p>Buxhetet e katër komunave në veri.</p>",
            categories=ANALYSIS,
            thumbnail=90,
            date="2024-02-03 09:00:00",
        ),
        # No marker: the text says Serbian.
        item(
            12,
            "Budžeti severa",
            "<p>Budžeti četiri opštine na severu su za nas važni.</p>",
            categories=ANALYSIS,
            thumbnail=90,
            date="2024-02-04 09:00:00",
        ),
    )
    out, _err = run_import(path, "--uploads", UPLOADS)
    report = page_of(10)
    assert isinstance(report, ReportPage) and report.report_type.slug == "policy-analysis"
    assert (report.title_en, report.title_sq, report.title_sr_latn) == (
        "Budgets of the north",
        "Buxhetet e veriut",
        "Budžeti severa",
    )
    assert "Triplets and pairs merged: 1" in out
    assert "post 0: " not in out  # the missing picture 90 is no attachment: nothing to fetch


def test_ambiguous_posts_are_listed_then_settled_by_a_pairs_file(site, tmp_path):
    posts = [
        item(20, "[ENG] Statement on the bridge", "<p>The bridge.</p>", date="2024-03-01 10:00:00"),
        item(21, "[ENG] Statement on the courts", "<p>The courts.</p>", date="2024-03-01 10:00:00"),
        item(22, "[ALB] Deklaratë për urën", "<p>Ura.</p>", date="2024-03-01 10:00:00"),
        item(23, "[ALB] Deklaratë për gjykatat", "<p>Gjykatat.</p>", date="2024-03-01 10:00:00"),
    ]
    path = write(tmp_path, *posts)
    out, _err = run_import(path, "--uploads", UPLOADS)
    assert "Posts left unmatched: 2" in out
    assert "post 22 ([ALB] Deklaratë për urën): ambiguous" in out
    assert NewsPage.objects.count() == 2
    assert not page_of(20).title_sq
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("english,albanian\n20,22\n21,23\n", encoding="utf-8")
    out, _err = run_import(path, "--uploads", UPLOADS, "--pairs", pairs)
    assert "Posts left unmatched: 0" in out
    assert NewsPage.objects.count() == 2  # the Albanian posts joined the existing pages
    assert page_of(20).title_sq == "Deklaratë për urën"
    assert page_of(23).pk == page_of(21).pk


def test_links_between_posts_embeds_and_dropped_iframes(site, tmp_path):
    path = write(
        tmp_path,
        item(
            30,
            "[ENG] First",
            f'<p>See <a href="{BASE}/2024/01/post-31/">the second</a>.</p>'
            '<figure class="wp-block-embed is-provider-youtube">'
            '<div class="wp-block-embed__wrapper">'
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ</div></figure>"
            '<iframe src="https://ads.example/frame"></iframe>',
            excerpt="The first.",
            date="2024-01-10 10:00:00",
        ),
        item(
            31,
            "[ENG] Second",
            f'<p>Back to <a href="{BASE}/?p=30">the first</a>.</p>',
            excerpt="The second.",
            date="2024-01-25 10:00:00",
        ),
    )
    out, _err = run_import(path, "--uploads", UPLOADS)
    first, second = page_of(30), page_of(31)
    assert (
        f'<a linktype="page" id="{second.pk}">the second</a>' in first.body_en.raw_data[0]["value"]
    )
    assert (
        f'<a linktype="page" id="{first.pk}">the first</a>' in second.body_en.raw_data[0]["value"]
    )
    assert 'embedtype="media" url="https://www.youtube.com/watch?v=dQw4w9WgXcQ"' in str(
        first.body_en.raw_data
    )
    assert "ads.example" not in str(first.body_en.raw_data)
    assert "dropped from the text: iframe ads.example" in out


def test_tags_of_a_triplet_name_one_topic_in_each_language(site, tmp_path):
    path = write(
        tmp_path,
        item(40, "[ENG] Power", "<p>Power.</p>", tags=[("energy", "Energy"), ("north", "north")]),
        item(
            41,
            "[ALB] Energjia",
            "<p>Energjia.</p>",
            tags=[("energjia", "Energjia"), ("north", "north")],
        ),
        item(
            42,
            "[SRB] Енергија",
            "<p>Енергија.</p>",
            tags=[("energija", "Енергија"), ("north", "north")],
        ),
        item(
            43,
            "[ALB] Tjetër",
            "<p>Një tjetër.</p>",
            tags=[("energjia", "Energjia")],
            date="2024-06-01 10:00:00",
        ),
    )
    run_import(path, "--uploads", UPLOADS)
    energy = Topic.objects.get(slug="energy")
    assert (energy.name_en, energy.name_sq, energy.name_sr_latn) == (
        "Energy",
        "Energjia",
        "Energija",
    )
    assert {t.slug for t in page_of(40).topics.all()} == {"energy", "north"}
    assert [t.slug for t in page_of(43).topics.all()] == ["energy"]  # the Albanian tag, remembered
    assert Topic.objects.filter(slug__in=["energjia", "energija"]).count() == 0


def test_map_overrides_types_and_a_type_change_is_reported(site, tmp_path):
    path = write(tmp_path, item(50, "[ENG] Our view", "<p>View.</p>", categories=ANALYSIS))
    run_import(path, "--uploads", UPLOADS)
    assert isinstance(page_of(50), ReportPage)
    mapping = tmp_path / "map.csv"
    mapping.write_text("category,policy-analysis,news,statement\n", encoding="utf-8")
    out, _err = run_import(path, "--uploads", UPLOADS, "--map", mapping)
    assert "the map makes this a news but page" in out and "not converted" in out
    assert isinstance(page_of(50), ReportPage)
    page_of(50).delete()
    run_import(path, "--uploads", UPLOADS, "--map", mapping)
    news = page_of(50)
    assert isinstance(news, NewsPage) and news.category == "statement"


def test_authors_statuses_and_one_language_posts(site, tmp_path):
    people = make_people_index(site.home)
    arber = make_person(people, "Arber", "Krasniqi")
    path = write(
        tmp_path,
        item(
            60,
            "[ALB] Vetëm shqip",
            "<p>Teksti shqip për komunat në veri.</p>",
            author="arber",
            categories=ANALYSIS,
        ),
        item(61, "[ENG] A draft", "<p>Draft.</p>", status="draft", date="2023-01-01 10:00:00"),
        item(62, "[ENG] Pending", "<p>Pending.</p>", status="pending", date="2023-02-01 10:00:00"),
        item(63, "[ENG] Private", "<p>Private.</p>", status="private", date="2023-03-01 10:00:00"),
        item(64, "[ENG] Binned", "<p>Binned.</p>", status="trash", date="2023-04-01 10:00:00"),
        item(65, "Menu", "", post_type="nav_menu_item"),
        item(66, "[ENG] Old", "<p>Old.</p>", post_type="revision", status="inherit"),
    )
    out, _err = run_import(path, "--uploads", UPLOADS)
    albanian = page_of(60)
    assert albanian.title_sq == "Vetëm shqip" and albanian.title_en == "Vetëm shqip"
    assert "no English post: the English fields hold the Albanian text" in out
    assert [a.person_id for a in albanian.authors.all()] == [arber.pk]
    for post_id in (61, 62, 63):
        assert not page_of(post_id).live
    assert "post 64 ([ENG] Binned): status trash" in out
    assert not ImportedPage.objects.filter(posts__post_id__in=[64, 65, 66]).exists()


def test_a_failing_item_is_reported_and_the_others_go_on(site, tmp_path, monkeypatch):
    original = Converter.convert

    def convert(self, html):
        if "explode" in html:
            raise ValueError("broken markup")
        return original(self, html)

    monkeypatch.setattr(Converter, "convert", convert)
    path = write(
        tmp_path,
        item(70, "[ENG] Fine", "<p>Fine.</p>", date="2024-01-01 10:00:00"),
        item(71, "[ENG] Broken", "<p>explode</p>", date="2024-05-01 10:00:00"),
    )
    pages = Page.objects.count()
    out, _err = run_import(path, "--uploads", UPLOADS)
    assert "posts [71]: ValueError: broken markup" in out
    assert page_of(70).live
    assert not ImportedPage.objects.filter(posts__post_id=71).exists()
    assert Page.objects.count() == pages + 2  # the fine item and the news index


@pytest.fixture
def web_uploads(tmp_path):
    """The uploads folder on a local web server, one PDF taken away."""
    root = tmp_path / "web"
    shutil.copytree(UPLOADS, root / "wp-content" / "uploads")
    (root / "wp-content" / "uploads" / "2022" / "11" / "item1-srb.pdf").unlink()
    handler = functools.partial(QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def test_files_are_downloaded_without_an_uploads_folder(site, tmp_path, web_uploads):
    export = tmp_path / "web.xml"
    export.write_text(
        SAMPLE.read_text(encoding="utf-8").replace("https://balkansgroup.test", web_uploads),
        encoding="utf-8",
    )
    out, _err = run_import(export)
    energy = ReportPage.objects.get(title_en__startswith="Kosovo's energy")
    assert energy.pdf_languages() == ["en", "sq"]
    assert energy.pdf_for("sq").document.file.read(5) == b"%PDF-"
    assert ReportPage.objects.get(title_en__startswith="Decentralisation").cover_image is not None
    assert "Files missing: 1" in out
    assert "post 20: 2022/11/item1-srb.pdf: download failed: HTTP 404" in out


def test_images_in_the_text_and_files_shared_by_posts_are_imported_once(site, tmp_path):
    picture = f"{BASE}/wp-content/uploads/2024/05/item2.jpg"
    pdf = f"{BASE}/wp-content/uploads/2023/03/item0-eng.pdf"
    path = write(
        tmp_path,
        item(
            80,
            "[ENG] Fellows",
            '<p>Intro.</p><figure class="wp-block-image">'
            f'<img src="{BASE}/wp-content/uploads/2024/05/item2-1024x683.jpg" alt="Two fellows"'
            ' onerror="x()"/><figcaption>Spring 2024</figcaption></figure>'
            f'<p>The <a href="{pdf}">paper</a>.</p>',
            excerpt="Fellows.",
            date="2024-05-20 12:00:00",
        ),
        item(
            81,
            "[ENG] Again",
            f'<p>Same <a href="{pdf}">paper</a>.</p>',
            excerpt="Again.",
            date="2024-08-20 12:00:00",
            thumbnail=82,
        ),
        item(
            82,
            "item2",
            post_type="attachment",
            status="inherit",
            parent=80,
            attachment_url=picture,
            meta={
                "_wp_attached_file": "2024/05/item2.jpg",
                "_wp_attachment_image_alt": "Two new fellows",
            },
        ),
    )
    _out, err = run_import(path, "--uploads", UPLOADS)
    assert "2/2 items, 0 left" in err  # the progress bar
    first, second = page_of(80), page_of(81)
    image_block = first.body_en.raw_data[1]
    assert image_block["type"] == "image"
    assert image_block["value"]["alt_text"] == "Two fellows"
    assert image_block["value"]["caption"] == "Spring 2024"
    assert second.image.pk == image_block["value"]["image"]  # the resized copy is the original
    assert second.image_alt_en == "Two new fellows"
    assert Image.objects.count() == 1 and Document.objects.count() == 1
    document = Document.objects.get()
    assert f'linktype="document" id="{document.pk}"' in str(second.body_en.raw_data)


def test_a_draft_translation_stays_out_of_a_published_page(site, tmp_path):
    path = write(
        tmp_path,
        item(90, "[ENG] Published", "<p>Out now.</p>", date="2024-09-01 10:00:00"),
        item(91, "[ALB] Ende draft", "<p>Ende jo.</p>", status="draft", date="2024-09-01 10:05:00"),
        item(
            92,
            "[ENG] Only a picture",
            '<img src="https://old.test/wp-content/uploads/none.jpg"/><img src="https://x.test/a.png"/>',
            date="2023-09-01 10:00:00",
        ),
    )
    out, _err = run_import(path, "--uploads", UPLOADS)
    page = page_of(90)
    assert page.live and page.title_en == "Published" and not page.title_sq
    assert page_of(91).pk == page.pk
    assert "the Albanian post is not published: left out of the page" in out
    assert page_of(92).summary_en == "Only a picture"  # required: the title stands in
    assert "post 92: none.jpg: not in" in out  # missing from the uploads folder
    assert "dropped from the text: image https://x.test/a.png" in out
