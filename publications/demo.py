"""Demo content for the publications app: the library and the newsroom, with
reports (most in three languages, with a PDF in each) and news items, and both
index pages in the main menu. Runs after ``people.demo`` and ``projects.demo``,
whose profiles and projects the reports and news refer to."""

from wagtail.models import Site
from wagtail.rich_text import RichText

from bbg_site.demo import text as site_text
from bbg_site.demo.helpers import LANGS, create_page, ensure_demo_image, ensure_page, field_name
from bbg_site.demo.helpers import paragraphs as paragraph_blocks
from bbg_site.demo.pdf import ensure_demo_document
from bbg_site.demo.topics import ensure_topics
from bbg_site.models import MainMenuItem, SiteSettings
from people.models import PeopleIndexPage, PersonPage
from projects.models import ProjectIndexPage, ProjectPage

from . import demo_text as text
from .models import (
    NewsIndexPage,
    NewsPage,
    PublicationIndexPage,
    RelatedReport,
    ReportAuthor,
    ReportDownload,
    ReportPage,
    ReportType,
)


def load(home) -> None:
    topics = ensure_topics()
    library = PublicationIndexPage.objects.child_of(home).first() or ensure_page(
        home,
        PublicationIndexPage,
        slug=text.LIBRARY_SLUG,
        title=text.LIBRARY_TITLE,
        intro=text.LIBRARY_INTRO,
    )
    newsroom = NewsIndexPage.objects.child_of(home).first() or ensure_page(
        home,
        NewsIndexPage,
        slug=text.NEWS_SLUG,
        title=text.NEWS_TITLE,
        intro=text.NEWS_INTRO,
    )
    # Only missing items are made, so editors' changes survive another run.
    for seed, report in enumerate(text.REPORTS, start=400):
        if not library.get_children().filter(slug_en=_english(report["slug"])).exists():
            _create_report(library, report, topics, seed)
    for seed, item in enumerate(text.NEWS, start=500):
        if not newsroom.get_children().filter(slug_en=_english(item["slug"])).exists():
            _create_news(newsroom, item, topics, seed)
    _ensure_menu(home, library, newsroom)


def _english(slug) -> str:
    return slug if isinstance(slug, str) else slug["en"]


def _languages(item) -> list[str]:
    """The languages an item is written in (English only when its title is)."""
    return [lang for lang in LANGS if lang in item["title"]]


def _project(slug):
    return ProjectPage.objects.filter(slug_en=slug).first() if slug else None


def _body(items, lang, notes=()):
    """StreamField data from the compact form in ``demo_text``."""
    blocks = []
    for item in items:
        if isinstance(item, str):
            blocks += paragraph_blocks([item])
        elif item[0] == "h2":
            blocks.append(("heading", {"text": item[1], "level": "h2"}))
        else:
            blocks.append(("quote", {"quote": item[1], "attribution": item[2]}))
    if notes:
        blocks.append(
            (
                "endnotes",
                {
                    "heading": text.NOTES_HEADING[lang],
                    "notes": [RichText(f"<p>{note}</p>") for note in notes],
                },
            )
        )
    return blocks


def _summary_html(summary) -> str:
    paras, points = summary
    items = "".join(f"<li>{point}</li>" for point in points)
    return "".join(f"<p>{p}</p>" for p in paras) + (f"<ul>{items}</ul>" if items else "")


def _pdf(report, lang):
    """The report's one-page PDF in ``lang``: title, subtitle and summary."""
    paras, points = report["summary"][lang]
    subtitle = report["subtitle"].get(lang)
    lines = [report["title"][lang]] + ([subtitle] if subtitle else [])
    lines += list(paras) + [f"– {point}" for point in points]
    return ensure_demo_document(f"{report['title']['en']} ({lang})", lines)


def _authors(report) -> list[ReportAuthor]:
    slugs = [a for a in report["authors"] if isinstance(a, str)]
    people = {p.slug_en: p for p in PersonPage.objects.filter(slug_en__in=slugs)}
    authors = []
    for author in report["authors"]:
        if isinstance(author, str):
            if author in people:  # an editor may have removed a profile
                authors.append(ReportAuthor(person=people[author]))
        else:
            affiliation = {
                field_name("affiliation", lang): value
                for lang, value in author["affiliation"].items()
            }
            authors.append(ReportAuthor(name=author["name"], **affiliation))
    return authors


def _create_report(library, report, topics, seed):
    report_type = ReportType.objects.filter(slug=report["type"]).first()
    if report_type is None:  # an editor removed the type: leave the report out
        return None
    langs = _languages(report)
    title_en = report["title"]["en"]
    related = [
        page
        for slug in report.get("related", ())
        if (page := ReportPage.objects.child_of(library).filter(slug_en=slug).first())
    ]
    return create_page(
        library,
        ReportPage,
        slug=report["slug"],
        title=report["title"],
        subtitle=report["subtitle"],
        summary={lang: _summary_html(report["summary"][lang]) for lang in langs},
        body={
            lang: _body(report["body"][lang], lang, report.get("notes", {}).get(lang, ()))
            for lang in langs
        },
        report_type=report_type,
        publication_date=report["date"],
        report_number=report["number"],
        isbn=report.get("isbn", ""),
        doi=report.get("doi", ""),
        cover_image=ensure_demo_image(f"Cover: {title_en}", seed=seed, size=(800, 1131)),
        cover_alt={
            lang: text.COVER_ALT[lang].format(title=report["title"][lang]) for lang in langs
        },
        project=_project(report.get("project")),
        # Parental many-to-many and child objects (modelcluster) set on the
        # unsaved page are saved with it, so the published revision has them.
        topics=[topics[slug] for slug in report["topics"]],
        authors=_authors(report),
        downloads=[
            ReportDownload(language=lang, document=_pdf(report, lang)) for lang in report["pdfs"]
        ],
        related_links=[RelatedReport(report=page) for page in related],
    )


def _create_news(newsroom, item, topics, seed):
    langs = _languages(item)
    image = alt = None
    if item.get("image"):
        image = ensure_demo_image(f"News: {item['title']['en']}", seed=seed)
        alt = {lang: text.NEWS_IMAGE_ALT[lang].format(title=item["title"][lang]) for lang in langs}
    return create_page(
        newsroom,
        NewsPage,
        slug=item["slug"],
        title=item["title"],
        category=item["category"],
        date=item["date"],
        summary=item["summary"],
        body={lang: _body(item["body"][lang], lang) for lang in langs},
        image=image,
        image_alt=alt or "",
        topics=[topics[slug] for slug in item.get("topics", ())],
        project=_project(item.get("project")),
    )


def _ensure_menu(home, library, newsroom) -> None:
    """Put the library and the news in the main menu, once: About us,
    Publications, News, Projects, People, Contact (the people and projects
    apps do not add themselves). A menu that already has both is left alone."""
    site = Site.objects.filter(root_page=home).first()
    if site is None:
        return
    site_settings = SiteSettings.for_site(site)
    entries = list(site_settings.menu_items.order_by("sort_order", "pk"))
    present = {entry.link_page_id for entry in entries}
    if library.pk in present and newsroom.pk in present:
        return
    children = home.get_children()
    wanted = [
        children.filter(slug_en=site_text.ABOUT_SLUG["en"]).first(),
        library,
        newsroom,
        ProjectIndexPage.objects.child_of(home).first(),
        PeopleIndexPage.objects.child_of(home).first(),
        children.filter(slug_en=site_text.CONTACT_SLUG["en"]).first(),
    ]
    wanted = [page for page in wanted if page is not None]

    def page_id(entry) -> int:
        return entry.link_page_id if isinstance(entry, MainMenuItem) else entry.pk

    for position, page in enumerate(wanted):
        ids = [page_id(entry) for entry in entries]
        if page.pk in ids:
            continue
        # After the nearest wanted page before it, else before the nearest one
        # after it, else at the end; editors' own items keep their places.
        before = [w.pk for w in wanted[:position] if w.pk in ids]
        after = [w.pk for w in wanted[position + 1 :] if w.pk in ids]
        if before:
            at = max(i for i, pk in enumerate(ids) if pk == before[-1]) + 1
        elif after:
            at = ids.index(after[0])
        else:
            at = len(entries)
        entries.insert(at, page)
    for sort_order, entry in enumerate(entries):
        if not isinstance(entry, MainMenuItem):
            MainMenuItem.objects.create(
                settings=site_settings, link_page=entry, sort_order=sort_order
            )
        elif entry.sort_order != sort_order:
            entry.sort_order = sort_order
            entry.save(update_fields=["sort_order"])
