"""Hand-made WordPress exports for edge cases (the sample export is the real one)."""

from xml.sax.saxutils import escape

BASE = "https://old.test"


def item(
    post_id,
    title,
    content="",
    *,
    date="2024-01-10 10:00:00",
    post_type="post",
    status="publish",
    slug=None,
    categories=(("news", "News"),),
    tags=(),
    excerpt="",
    author="editor",
    parent=0,
    thumbnail=None,
    attachment_url="",
    meta=None,
):
    slug = slug if slug is not None else f"post-{post_id}"
    link = f"{BASE}/{date[:4]}/{date[5:7]}/{slug}/" if post_type == "post" else f"{BASE}/{slug}/"
    if post_type == "attachment":
        link = f"{BASE}/?attachment_id={post_id}"
    terms = "".join(
        f'<category domain="category" nicename="{s}"><![CDATA[{n}]]></category>'
        for s, n in (categories if post_type == "post" else ())
    ) + "".join(
        f'<category domain="post_tag" nicename="{s}"><![CDATA[{n}]]></category>' for s, n in tags
    )
    metas = dict(meta or {})
    if thumbnail:
        metas["_thumbnail_id"] = str(thumbnail)
    meta_xml = "".join(
        f"<wp:postmeta><wp:meta_key><![CDATA[{k}]]></wp:meta_key>"
        f"<wp:meta_value><![CDATA[{v}]]></wp:meta_value></wp:postmeta>"
        for k, v in metas.items()
    )
    attachment_xml = (
        f"<wp:attachment_url><![CDATA[{attachment_url}]]></wp:attachment_url>"
        if attachment_url
        else ""
    )
    return f"""
    <item>
      <title><![CDATA[{title}]]></title>
      <link>{escape(link)}</link>
      <dc:creator><![CDATA[{author}]]></dc:creator>
      <guid isPermaLink="false">{BASE}/?p={post_id}</guid>
      <content:encoded><![CDATA[{content}]]></content:encoded>
      <excerpt:encoded><![CDATA[{excerpt}]]></excerpt:encoded>
      <wp:post_id>{post_id}</wp:post_id>
      <wp:post_date><![CDATA[{date}]]></wp:post_date>
      <wp:post_date_gmt><![CDATA[{date}]]></wp:post_date_gmt>
      <wp:post_modified_gmt><![CDATA[{date}]]></wp:post_modified_gmt>
      <wp:post_name><![CDATA[{slug}]]></wp:post_name>
      <wp:status><![CDATA[{status}]]></wp:status>
      <wp:post_parent>{parent}</wp:post_parent>
      <wp:post_type><![CDATA[{post_type}]]></wp:post_type>
      {attachment_xml}
      {terms}
      {meta_xml}
    </item>"""


def export(*items, base=BASE):
    return f"""<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"
  xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:wfw="http://wellformedweb.org/CommentAPI/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Test</title>
  <link>{base}</link>
  <wp:wxr_version>1.2</wp:wxr_version>
  <wp:base_site_url>{base}</wp:base_site_url>
  <wp:author><wp:author_id>2</wp:author_id><wp:author_login><![CDATA[editor]]></wp:author_login><wp:author_display_name><![CDATA[Editor]]></wp:author_display_name></wp:author>
  <wp:author><wp:author_id>3</wp:author_id><wp:author_login><![CDATA[arber]]></wp:author_login><wp:author_display_name><![CDATA[arber]]></wp:author_display_name><wp:author_first_name><![CDATA[Arbër]]></wp:author_first_name><wp:author_last_name><![CDATA[Krasniqi]]></wp:author_last_name></wp:author>
  {"".join(items)}
</channel>
</rss>
"""


def write(tmp_path, *items, name="export.xml", base=BASE):
    path = tmp_path / name
    path.write_text(export(*items, base=base), encoding="utf-8")
    return path
