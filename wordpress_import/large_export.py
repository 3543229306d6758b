"""A synthetic WordPress export of any size, to measure the importer.

    python -m wordpress_import.large_export /tmp/large 2000

writes ``/tmp/large/export.xml`` (2,000 posts: triplets of reports and news
in English, Albanian and Serbian, a third of the Serbian ones in Cyrillic,
each with its own PDF attachment, tags and a link to an earlier post) and
``/tmp/large/uploads`` with the PDFs. Not used by the site or the tests.
"""

import random
import sys
from pathlib import Path
from xml.sax.saxutils import escape

BASE = "https://balkansgroup.test"
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]"
    b"/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)
TEXTS = {
    "ENG": ("Report on the municipalities of the north", "The municipalities of the north "
            "and their budgets are the subject of this paper. It is about the services."),
    "ALB": ("Raport për komunat e veriut", "Komunat e veriut dhe buxhetet e tyre janë tema "
            "e këtij punimi. Është për shërbimet që ato ofrojnë."),
    "SRB": ("Izveštaj o opštinama na severu", "Opštine na severu i njihovi budžeti su tema "
            "ovog rada. Radi se o uslugama koje pružaju."),
    "SRB-CYR": ("Извештај о општинама на северу", "Општине на северу и њихови буџети су тема "
                "овог рада. Ради се о услугама које пружају."),
}  # fmt: skip
CATEGORIES = [
    ("policy-reports", "Policy Reports"),
    ("news", "News"),
    ("policy-briefs", "Policy Briefs"),
]


def item(post_id, title, content, date, slug, category, tags, post_type="post", parent=0, url=""):
    terms = (
        f'<category domain="category" nicename="{category[0]}"><![CDATA[{category[1]}]]></category>'
    )
    terms += "".join(
        f'<category domain="post_tag" nicename="{t}"><![CDATA[{t}]]></category>' for t in tags
    )
    link = f"{BASE}/{date[:4]}/{date[5:7]}/{slug}/" if post_type == "post" else url
    extra = f"<wp:attachment_url><![CDATA[{url}]]></wp:attachment_url>" if url else ""
    meta = (
        f"<wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value><![CDATA["
        f"{url.split('/wp-content/uploads/')[1]}]]></wp:meta_value></wp:postmeta>"
        if url
        else ""
    )
    return f"""<item><title><![CDATA[{title}]]></title><link>{escape(link)}</link>
<dc:creator><![CDATA[editor]]></dc:creator><guid isPermaLink="false">{BASE}/?p={post_id}</guid>
<content:encoded><![CDATA[{content}]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>{post_id}</wp:post_id><wp:post_date_gmt><![CDATA[{date}]]></wp:post_date_gmt>
<wp:post_modified_gmt><![CDATA[{date}]]></wp:post_modified_gmt><wp:post_name><![CDATA[{slug}]]></wp:post_name>
<wp:status><![CDATA[{"inherit" if post_type == "attachment" else "publish"}]]></wp:status>
<wp:post_parent>{parent}</wp:post_parent><wp:post_type><![CDATA[{post_type}]]></wp:post_type>
{extra}{terms if post_type == "post" else ""}{meta}</item>
"""


def build(folder: Path, posts: int):
    rng = random.Random(1)
    uploads = folder / "uploads"
    items, post_id, previous = [], 1000, None
    for number in range(posts // 3):
        day = f"20{10 + number // 365:02d}-{number % 12 + 1:02d}-{number % 28 + 1:02d} 10:00:00"
        category = CATEGORIES[number % len(CATEGORIES)]
        tags = [f"topic-{rng.randrange(40)}"]
        for marker in ("ENG", "ALB", "SRB"):
            key = "SRB-CYR" if marker == "SRB" and number % 3 == 0 else marker
            title, text = TEXTS[key]
            post_id += 1
            folder_part = f"{day[:4]}/{day[5:7]}"
            name = f"item{number}-{marker.lower()}.pdf"
            (uploads / folder_part).mkdir(parents=True, exist_ok=True)
            (uploads / folder_part / name).write_bytes(PDF + str(post_id).encode())
            url = f"{BASE}/wp-content/uploads/{folder_part}/{name}"
            link = (
                f'<p>See <a href="{BASE}/?p={previous}">the previous one</a>.</p>'
                if previous
                else ""
            )
            content = (
                f"<!-- wp:paragraph --><p>{text} ({number})</p><!-- /wp:paragraph -->"
                f"<h2>{title}</h2><p>{text}</p><ul><li>{text}</li></ul>{link}"
                f'<div class="wp-block-file"><a href="{url}">PDF</a></div>'
            )
            slug = f"{marker.lower()}-{number}-{title[:20]}".replace(" ", "-").lower()
            items.append(
                item(post_id, f"[{marker}] {title} {number}", content, day, slug, category, tags)
            )
            attachment_id = post_id + 100000
            items.append(
                item(attachment_id, name, "", day, name, category, [], "attachment", post_id, url)
            )
        previous = post_id
    header = f"""<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Large</title><link>{BASE}</link>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>{BASE}</wp:base_site_url>
<wp:author><wp:author_login><![CDATA[editor]]></wp:author_login><wp:author_display_name><![CDATA[Editor]]></wp:author_display_name></wp:author>
"""
    (folder / "export.xml").write_text(
        header + "".join(items) + "</channel></rss>\n", encoding="utf-8"
    )


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    build(target, int(sys.argv[2]) if len(sys.argv) > 2 else 2000)
    print(f"Wrote {target / 'export.xml'} and {target / 'uploads'}")
