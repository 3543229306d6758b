"""Demo content: BPRG's real text (from its current website) in three languages.

``load_demo_content()`` only creates what is missing and never overwrites what
exists, so it is idempotent and safe on a site editors have changed. Apps
extend it with a ``demo`` module exposing ``load(home_page)``; they run in
the order of ``DEMO_APPS``.
"""

import importlib
import logging

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import translation
from wagtail.models import Page, Site

from bbg_site.models import ContactPage, HomePage, MainMenuItem, SiteSettings, StandardPage

from . import text
from .helpers import ensure_demo_image, ensure_page, paragraphs

logger = logging.getLogger(__name__)

DEMO_APPS = ["people", "projects", "publications", "events"]


@transaction.atomic
def load_demo_content() -> HomePage:
    with translation.override("en"):
        home = _ensure_home_page()
        _ensure_core_pages(home)
        _ensure_site_settings(home)
        for app in DEMO_APPS:
            try:
                module = importlib.import_module(f"{app}.demo")
            except ModuleNotFoundError as exc:
                if exc.name != f"{app}.demo":
                    raise
                continue
            module.load(home)
    return home


def _ensure_home_page() -> HomePage:
    home = HomePage.objects.first()
    site = Site.objects.filter(is_default_site=True).first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's first migration leaves a plain "Welcome" page; it makes
        # way for the real home page.
        for welcome in root.get_children().filter(
            content_type=ContentType.objects.get_for_model(Page)
        ):
            if site and site.root_page_id == welcome.id:
                site.root_page = root
                site.save()
            welcome.delete()
        hero = ensure_demo_image("Kosovo–Serbia dialogue", seed=1)
        home = ensure_page(
            root,
            HomePage,
            slug="home",
            title=text.HOME_TITLE,
            hero_title=text.HERO_TITLE,
            intro=text.HERO_INTRO,
            body={
                lang: [("heading", {"text": text.MISSION_HEADING[lang], "level": "h2"})]
                + paragraphs(text.MISSION[lang])
                + [
                    (
                        "image",
                        {
                            "image": hero,
                            "alt_text": text.HERO_IMAGE_ALT[lang],
                            "caption": text.HERO_IMAGE_CAPTION[lang],
                            "credit": "BPRG",
                        },
                    )
                ]
                for lang in text.LANGS
            },
        )
    if site is None:
        site = Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    if site.root_page_id != home.id:
        site.root_page = home
        site.site_name = "Balkans Policy Research Group"
        site.save()
    return home


def _ensure_core_pages(home: HomePage) -> None:
    about = ensure_page(
        home,
        StandardPage,
        slug=text.ABOUT_SLUG,
        title=text.ABOUT_TITLE,
        intro=text.ABOUT_INTRO,
        body={
            lang: paragraphs(text.MISSION[lang][:1])
            + [("quote", {"quote": text.QUOTE[lang], "attribution": text.QUOTE_BY[lang]})]
            + paragraphs(text.MISSION[lang][1:])
            + [("heading", {"text": text.FIGURES_HEADING[lang], "level": "h2"})]
            + [("table", {"caption": text.FIGURES_CAPTION[lang], "table": text.figures(lang)})]
            for lang in text.LANGS
        },
    )
    ensure_page(
        about,
        StandardPage,
        slug=text.CAREERS_SLUG,
        title=text.CAREERS_TITLE,
        intro=text.CAREERS_INTRO,
        body={lang: paragraphs(text.CAREERS_BODY[lang]) for lang in text.LANGS},
    )
    ensure_page(
        home,
        ContactPage,
        slug=text.CONTACT_SLUG,
        title=text.CONTACT_TITLE,
        intro=text.CONTACT_INTRO,
        map_url="https://www.openstreetmap.org/search?query=Qamil%20Hoxha%2029%20Prishtina",
    )


def _ensure_site_settings(home: HomePage) -> None:
    site = Site.objects.get(root_page=home)
    site_settings = SiteSettings.for_site(site)
    if site_settings.address_en:
        return  # already set up (perhaps edited since): leave it alone
    for field, values in text.SITE_SETTINGS.items():
        for lang, value in values.items():
            setattr(site_settings, f"{field}_{lang.replace('-', '_')}", value)
    for field, value in text.SITE_CONTACT.items():
        setattr(site_settings, field, value)
    site_settings.save()
    if not site_settings.menu_items.exists():
        for order, slug in enumerate([text.ABOUT_SLUG["en"], text.CONTACT_SLUG["en"]]):
            page = home.get_children().get(slug_en=slug)
            MainMenuItem.objects.create(settings=site_settings, link_page=page, sort_order=order)
