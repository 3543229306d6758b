"""Pictures in the size a phone needs (WebP, srcset, reserved space, lazy
below the fold); the home page stays light and loads nothing from elsewhere."""

import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.template import Context, Template, TemplateSyntaxError

from demo.pictures import ensure_demo_image
from tests.factories import make_news
from tests.helpers import soup, url_in

pytestmark = pytest.mark.django_db

LANGS = ("en", "sq", "sr-latn")
HOME_BUDGET = 500 * 1024


def srcset_urls(value):
    return [part.strip().split(" ")[0] for part in value.split(",") if part.strip()]


@pytest.fixture
def pictured(site, catalogue, newsroom):
    picture = ensure_demo_image("Weight test picture", seed=3, size=(1600, 900))
    report = catalogue["reports"]["mitrovica"]
    report.cover_image = picture
    report.cover_alt_en = "Cover of the report"
    report.save_revision().publish()
    person = catalogue["people"]["arber"]
    person.photo = picture
    person.photo_alt_en = "Arber at the office"
    person.save_revision().publish()
    news = make_news(newsroom[0], "pictured", "Pictured news", date=newsroom[1]["sida"].date)
    news.image = picture
    news.save_revision().publish()
    return {"report": report, "person": person, "people": person.get_parent(), "news": news}


def assert_responsive(img, source):
    assert img["width"] and img["height"]
    assert int(img["width"]) > 0 and int(img["height"]) > 0
    assert img["decoding"] == "async"
    assert source["type"] == "image/webp"
    webp = srcset_urls(source["srcset"])
    assert webp and all(url.endswith(".webp") for url in webp)
    assert len(srcset_urls(img["srcset"])) == len(webp)
    assert not img["src"].endswith(".webp")  # the fallback for browsers without WebP


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("name", "selector"),
    [("report", "img.report__cover"), ("person", "img.profile__photo"), ("news", "figure img")],
)
def test_first_picture_of_a_page_is_responsive_and_loads_at_once(
    client, pictured, lang, name, selector
):
    html = soup(client.get(url_in(pictured[name], lang)))
    img = html.select_one(selector)
    assert_responsive(img, img.find_previous_sibling("source"))
    assert img.get("loading") is None  # above the fold: not lazy
    assert img.get("alt") is not None


@pytest.mark.parametrize("lang", LANGS)
def test_pictures_in_listings_load_lazily(client, pictured, lang):
    html = soup(client.get(url_in(pictured["people"], lang)))
    photos = html.select("img.person-card__photo")
    assert photos
    for img in photos:
        assert img["loading"] == "lazy"
        assert_responsive(img, img.find_previous_sibling("source"))


def test_every_template_renders_pictures_through_the_one_tag():
    templates = Path(settings.BASE_DIR, "templates")
    offenders = [
        str(path.relative_to(templates))
        for path in templates.rglob("*.html")
        if re.search(r"<img\s[^>]*src=\"\{\{", path.read_text())
    ]
    assert offenders == []


def test_an_unknown_size_is_a_template_error_not_a_broken_page(db):
    picture = ensure_demo_image("Size test picture", seed=4, size=(400, 300))
    template = Template('{% load responsive_images %}{% responsive_image pic "crop-1" %}')
    with pytest.raises(TemplateSyntaxError):
        template.render(Context({"pic": picture}))
    empty = Template('{% load responsive_images %}{% responsive_image pic "width-800" %}')
    assert empty.render(Context({"pic": None})) == ""


def same_origin_assets(html):
    """Every URL the browser loads by itself (not links the reader follows)."""
    urls = []
    for tag in html.select("[src]"):
        urls.append(tag["src"])
    for tag in html.select("[srcset]"):
        urls.extend(srcset_urls(tag["srcset"]))
    for tag in html.select("link[href]"):
        rel = set(tag.get("rel", []))
        if rel & {"stylesheet", "icon", "preload", "modulepreload", "manifest", "apple-touch-icon"}:
            urls.append(tag["href"])
    return urls


def fetch(client, url):
    path = urlsplit(url).path
    if path.startswith(settings.MEDIA_URL):
        return Path(settings.MEDIA_ROOT, path.removeprefix(settings.MEDIA_URL)).read_bytes()
    response = client.get(path)
    assert response.status_code == 200, path
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.parametrize("lang", LANGS)
def test_home_page_weighs_under_500_kb_and_loads_nothing_from_another_origin(
    client, pictured, lang
):
    response = client.get(url_in(pictured["report"].get_parent().get_parent(), lang))
    html = soup(response)
    assets = same_origin_assets(html)
    assert assets, "the home page references its stylesheet and script"
    for url in assets:
        parts = urlsplit(url)
        assert not parts.scheme and not parts.netloc, f"{url} comes from another origin"
    total = len(response.content)
    seen = set()
    queue = list(assets)
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        body = fetch(client, url)
        total += len(body)
        if url.split("?")[0].endswith(".css"):  # what the stylesheet loads in turn
            for ref in re.findall(r"url\(\s*['\"]?([^'\")]+)", body.decode()):
                if ref.startswith("data:"):
                    continue
                assert not urlsplit(ref).netloc, f"{ref} comes from another origin"
                queue.append(str(Path(urlsplit(url).path).parent / ref))
    assert total < HOME_BUDGET, f"{total} bytes"


def test_production_serves_hashed_compressed_static_files():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bbg_site.settings.production",
        "SECRET_KEY": "x" * 60,
        "ALLOWED_HOSTS": "balkansgroup.org",
        "DATABASE_URL": "postgres://bprg:secret@db:5432/bprg",
        "REDIS_URL": "redis://redis:6379/0",
    }
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.STORAGES['staticfiles']['BACKEND'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=settings.BASE_DIR, capture_output=True, text=True
    )
    assert result.stdout.strip() == "whitenoise.storage.CompressedManifestStaticFilesStorage"
