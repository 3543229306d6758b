"""The demo site: BPRG's text (from its current website) and credible examples
in three languages, read from ``content/`` (one folder per section, see
``content/README.md``) and turned into pages, snippets and settings.

``load_demo_content()`` only creates what is missing and never overwrites what
exists, so it is idempotent and safe on a site editors have changed. The
sections load in order: the home page and its pages, people, projects (whose
teams are people), publications and news (by people, in projects), events
(with speakers, projects and reports).
"""

import datetime
import functools
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone, translation
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from bbg_site.i18n import html_lang
from bbg_site.models import ContactPage, HomePage, MainMenuItem, SiteSettings, StandardPage, Topic
from events.models import EventIndexPage, EventPage, EventReport, EventSpeaker
from people.models import PeopleIndexPage, PersonPage
from projects.models import (
    Partner,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
    ProjectTeamMember,
)
from publications.models import (
    NewsIndexPage,
    NewsPage,
    PublicationIndexPage,
    RelatedReport,
    ReportAuthor,
    ReportDownload,
    ReportPage,
    ReportType,
)

from .pdf import ensure_demo_document
from .pictures import ensure_demo_image

CONTENT = Path(__file__).resolve().parent / "content"
LANGS = ("en", "sq", "sr-latn")
BELGRADE = ZoneInfo("Europe/Belgrade")  # Prishtina's and Belgrade's time
EMAIL_DOMAIN = "balkansgroup.org"


# --- Reading the data ---------------------------------------------------------


@functools.cache
def read(name: str):
    """One data file, e.g. ``read("people/index")``."""
    with (CONTENT / f"{name}.yaml").open(encoding="utf-8") as file:
        return yaml.safe_load(file)


def items(section: str) -> list[dict]:
    """A section's items, one file each, in the order of their numbered names
    (``01-….yaml``); the section's other files (``index.yaml``) are not items."""
    return [
        read(f"{section}/{path.stem}") for path in sorted((CONTENT / section).glob("[0-9]*.yaml"))
    ]


# --- Building blocks ----------------------------------------------------------


def field_name(field: str, lang: str) -> str:
    return build_localized_fieldname(field, lang)


def paragraphs(texts):
    return [("paragraph", RichText(f"<p>{t}</p>")) for t in texts]


def create_page(parent, page_class, *, slug, title, publish=True, **fields):
    """Add and publish a child of ``parent``.

    ``slug`` may be a string (the same in every language) or ``{lang: slug}``;
    ``title`` and any other field given as ``{lang: value}`` are set per
    language, other fields as they are. A language left out of a dict stays
    empty, so readers of it get the English fallback.
    """
    if isinstance(slug, str):
        slug = dict.fromkeys(LANGS, slug)
    # Assigning an untranslated name (page.title = …) writes to the *active*
    # language's column, so everything is set per language, in English.
    with translation.override("en"):
        page = page_class()
        for name, value in {"slug": slug, "title": title, **fields}.items():
            if isinstance(value, dict) and value and set(value) <= set(LANGS):
                for lang, text in value.items():
                    setattr(page, field_name(name, lang), text)
            else:
                setattr(page, name, value)
        parent.add_child(instance=page)
        if publish:
            page.save_revision().publish()
    return page


def ensure_page(parent, page_class, *, slug, title, **fields):
    """``create_page`` unless ``parent`` has a child with this English slug,
    which is returned untouched (so edits made since survive)."""
    existing = parent.get_children().filter(slug_en=english(slug)).first()
    if existing is not None:
        return existing.specific
    return create_page(parent, page_class, slug=slug, title=title, **fields)


def ensure_index(home, page_class, section: str):
    """A section's index page (``<section>/index.yaml``) under the home page."""
    index = read(f"{section}/index")
    return page_class.objects.child_of(home).first() or ensure_page(
        home, page_class, slug=index["slug"], title=index["title"], intro=index["intro"]
    )


def english(slug) -> str:
    return slug if isinstance(slug, str) else slug["en"]


def languages(item) -> list[str]:
    """The languages an item is written in (English only when its title is)."""
    return [lang for lang in LANGS if lang in item["title"]]


def summary_html(summary) -> str:
    """``{paragraphs, points}`` as paragraphs and a bulleted list."""
    points = "".join(f"<li>{point}</li>" for point in summary["points"])
    return "".join(f"<p>{p}</p>" for p in summary["paragraphs"]) + (
        f"<ul>{points}</ul>" if points else ""
    )


def translated(values: dict, field: str) -> dict:
    """``{lang: value}`` as model fields: ``{field_lang: value}``."""
    return {field_name(field, lang): value for lang, value in values.items()}


# --- Loading ------------------------------------------------------------------


@transaction.atomic
def load_demo_content() -> HomePage:
    with translation.override("en"):
        home = ensure_home_page()
        ensure_core_pages(home)
        ensure_site_settings(home)
        topics = ensure_topics()
        load_people(home, topics)
        load_projects(home)
        load_publications(home, topics)
        load_events(home)
    return home


def ensure_home_page() -> HomePage:
    home = HomePage.objects.first()
    site = Site.objects.filter(is_default_site=True).first()
    data = read("home/home")
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
        picture = data["hero_image"]
        hero = ensure_demo_image(picture["title"], seed=picture["seed"])
        home = ensure_page(
            root,
            HomePage,
            slug=data["slug"],
            title=data["title"],
            hero_title=data["hero_title"],
            intro=data["intro"],
            body={
                lang: [("heading", {"text": data["mission_heading"][lang], "level": "h2"})]
                + paragraphs(data["mission"][lang])
                + [
                    (
                        "image",
                        {
                            "image": hero,
                            "alt_text": picture["alt"][lang],
                            "caption": picture["caption"][lang],
                            "credit": picture["credit"],
                        },
                    )
                ]
                for lang in LANGS
            },
        )
    if site is None:
        site = Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    if site.root_page_id != home.id:
        site.root_page = home
        site.site_name = read("home/site-settings")["site_name"]
        site.save()
    return home


def ensure_core_pages(home: HomePage) -> None:
    mission = read("home/home")["mission"]
    about, careers, contact = read("pages/about"), read("pages/careers"), read("pages/contact")
    about_page = ensure_page(
        home,
        StandardPage,
        slug=about["slug"],
        title=about["title"],
        intro=about["intro"],
        body={
            lang: paragraphs(mission[lang][:1])
            + [("quote", {"quote": about["quote"][lang], "attribution": about["quote_by"][lang]})]
            + paragraphs(mission[lang][1:])
            + [("heading", {"text": about["figures_heading"][lang], "level": "h2"})]
            + [
                (
                    "table",
                    {
                        "caption": about["figures_caption"][lang],
                        "table": {
                            "data": about["figures"][lang],
                            "first_row_is_table_header": True,
                            "first_col_is_header": False,
                        },
                    },
                )
            ]
            for lang in LANGS
        },
    )
    ensure_page(
        about_page,
        StandardPage,
        slug=careers["slug"],
        title=careers["title"],
        intro=careers["intro"],
        body={lang: paragraphs(careers["body"][lang]) for lang in LANGS},
    )
    ensure_page(
        home,
        ContactPage,
        slug=contact["slug"],
        title=contact["title"],
        intro=contact["intro"],
        map_url=contact["map_url"],
    )


def ensure_site_settings(home: HomePage) -> None:
    site = Site.objects.get(root_page=home)
    site_settings = SiteSettings.for_site(site)
    if site_settings.address_en:
        return  # already set up (perhaps edited since): leave it alone
    data = read("home/site-settings")
    for field, values in data["translated"].items():
        for lang, value in values.items():
            setattr(site_settings, field_name(field, lang), value)
    for field, value in data["contact"].items():
        if field in ("opens", "closes"):
            value = datetime.time.fromisoformat(value)
        setattr(site_settings, field, value)
    site_settings.save()
    if not site_settings.menu_items.exists():
        for order, name in enumerate(["pages/about", "pages/contact"]):
            page = home.get_children().get(slug_en=english(read(name)["slug"]))
            MainMenuItem.objects.create(settings=site_settings, link_page=page, sort_order=order)


def ensure_topics() -> dict[str, Topic]:
    """The demo topics by slug; those missing are created, existing ones are
    left as editors made them."""
    topics = {}
    for topic in read("topics/topics"):
        defaults = translated(topic["name"], "name") | translated(
            topic["description"], "description"
        )
        topics[topic["slug"]], _created = Topic.objects.get_or_create(
            slug=topic["slug"], defaults=defaults
        )
    return topics


# --- People -------------------------------------------------------------------


def load_people(home, topics) -> None:
    """The people index and fictional profiles of BPRG's staff, board, fellows
    and alumni."""
    index = ensure_index(home, PeopleIndexPage, "people")
    # Only profiles that are missing are made (edits since survive).
    for seed, person in enumerate(items("people"), start=101):
        if not index.get_children().filter(slug_en=person["slug"]).exists():
            create_person(index, person, topics, seed)


def languages_spoken(keys, lang: str) -> str:
    """The names of the languages in ``keys`` as readers of ``lang`` write them."""
    names_by_key = read("people/index")["language_names"]
    names = ", ".join(names_by_key[key][lang] for key in keys)
    return names[:1].upper() + names[1:]


def create_person(index, person, topics, seed) -> PersonPage:
    name = f"{person['first_name']} {person['last_name']}"
    slug = person["slug"]
    links = person.get("links", ())
    photo_alt = read("people/index")["photo_alt"]
    fields = {
        "first_name": person["first_name"],
        "last_name": person["last_name"],
        "group": person["group"],
        "position": person["position"],
        "short_bio": person["short_bio"],
        "biography": {lang: paragraphs(person["biography"][lang]) for lang in LANGS},
        "languages_spoken": {lang: languages_spoken(person["languages"], lang) for lang in LANGS},
        "photo": ensure_demo_image(f"Portrait of {name}", seed=seed, size=(600, 600)),
        "photo_alt": {lang: photo_alt[lang].format(name=name) for lang in LANGS},
        # Slugs are "first-last" in ASCII, as are the addresses.
        "email": f"{slug.replace('-', '.')}@{EMAIL_DOMAIN}",
        "x_url": f"https://x.com/example_{slug.replace('-', '_')}" if "x" in links else "",
        "linkedin_url": (
            f"https://www.linkedin.com/in/example-{slug}" if "linkedin" in links else ""
        ),
        "start_year": person.get("start_year"),
        "end_year": person.get("end_year"),
        "now_at": person.get("now_at", ""),
        # Parental many-to-many: kept on the unsaved page, saved with it and
        # so part of the published revision.
        "expertise": [topics[topic] for topic in person["expertise"]],
    }
    return create_page(index, PersonPage, slug=slug, title=dict.fromkeys(LANGS, name), **fields)


# --- Projects -----------------------------------------------------------------


def load_projects(home) -> None:
    """Donors and partners, the project index and the projects with their
    teams (people missing from the people index are left out)."""
    partners = ensure_partners()
    index = ensure_index(home, ProjectIndexPage, "projects")
    for seed, project in enumerate(items("projects"), start=200):
        # Only missing projects are made, so editors' changes (to the team,
        # say) survive another run.
        if not index.get_children().filter(slug_en=english(project["slug"])).exists():
            create_project(index, project, partners, seed)


def ensure_partners() -> dict[str, Partner]:
    """The demo donors and partners by slug; existing ones are left alone."""
    partners = {}
    for seed, values in enumerate(read("projects/partners"), start=300):
        slug = values["slug"]
        partner = Partner.objects.filter(slug=slug).first()
        if partner is None:
            partner = Partner(slug=slug, kind=values["kind"], website=values["website"])
            for field in ("name", "short_name"):
                for lang, value in values[field].items():
                    setattr(partner, field_name(field, lang), value)
            partner.logo = ensure_demo_image(
                f"Logo of {values['short_name']['en']}", seed=seed, size=(320, 160)
            )
            partner.save()
        partners[slug] = partner
    return partners


def create_project(index, project, partners, seed) -> ProjectPage:
    slugs = [member["person"] for member in project["team"]]
    people = {p.slug_en: p for p in PersonPage.objects.filter(slug_en__in=slugs)}
    return create_page(
        index,
        ProjectPage,
        slug=project["slug"],
        title=project["title"],
        summary=project["summary"],
        body={lang: paragraphs(project["body"][lang]) for lang in LANGS},
        start_date=project["start_date"],
        end_date=project["end_date"],
        image=ensure_demo_image(f"Project: {project['title']['en']}", seed=seed),
        image_alt=project["image_alt"],
        # Child objects (modelcluster) set on the unsaved page are saved with
        # it, so the published revision has them.
        project_partners=[
            ProjectPartner(partner=partners[entry["partner"]], role=entry["role"])
            for entry in project["partners"]
        ],
        team_members=[
            ProjectTeamMember(person=people[member["person"]], **translated(member["role"], "role"))
            for member in project["team"]
            if member["person"] in people  # an editor may have removed a profile
        ],
    )


# --- Publications and news ----------------------------------------------------


def load_publications(home, topics) -> None:
    """The library and the newsroom with reports (most in three languages, with
    a PDF in each) and news items, and both index pages in the main menu."""
    library = ensure_index(home, PublicationIndexPage, "publications")
    newsroom = ensure_index(home, NewsIndexPage, "news")
    # Only missing items are made, so editors' changes survive another run.
    for seed, report in enumerate(items("publications"), start=400):
        if not library.get_children().filter(slug_en=english(report["slug"])).exists():
            create_report(library, report, topics, seed)
    for seed, item in enumerate(items("news"), start=500):
        if not newsroom.get_children().filter(slug_en=english(item["slug"])).exists():
            create_news(newsroom, item, topics, seed)
    ensure_publications_menu(home, library, newsroom)


def project_page(slug):
    return ProjectPage.objects.filter(slug_en=slug).first() if slug else None


def body_blocks(entries, lang, notes=()):
    """StreamField data from a body in the data files: paragraphs (strings),
    ``{h2: text}`` and ``{quote: text, by: attribution}``; then endnotes."""
    blocks = []
    for entry in entries:
        if isinstance(entry, str):
            blocks += paragraphs([entry])
        elif "h2" in entry:
            blocks.append(("heading", {"text": entry["h2"], "level": "h2"}))
        else:
            blocks.append(("quote", {"quote": entry["quote"], "attribution": entry["by"]}))
    if notes:
        blocks.append(
            (
                "endnotes",
                {
                    "heading": read("publications/index")["notes_heading"][lang],
                    "notes": [RichText(f"<p>{note}</p>") for note in notes],
                },
            )
        )
    return blocks


def report_pdf(report, lang):
    """The report's one-page PDF in ``lang``: title (the PDF's title and
    heading), subtitle and summary, tagged and declaring its language."""
    summary = report["summary"][lang]
    subtitle = report["subtitle"].get(lang)
    lines = [subtitle] if subtitle else []
    lines += list(summary["paragraphs"]) + [f"– {point}" for point in summary["points"]]
    return ensure_demo_document(
        f"{report['title']['en']} ({lang})",
        lines,
        lang=html_lang(lang),
        heading=report["title"][lang],
    )


def guest_or_person(entries, people, model):
    """Authors or speakers: profiles by slug (those missing are left out) or
    guests given as ``{name, affiliation: {lang: …}}``."""
    made = []
    for entry in entries:
        if isinstance(entry, str):
            if entry in people:  # an editor may have removed a profile
                made.append(model(person=people[entry]))
        else:
            made.append(
                model(name=entry["name"], **translated(entry["affiliation"], "affiliation"))
            )
    return made


def create_report(library, report, topics, seed):
    report_type = ReportType.objects.filter(slug=report["type"]).first()
    if report_type is None:  # an editor removed the type: leave the report out
        return None
    langs = languages(report)
    cover_alt = read("publications/index")["cover_alt"]
    slugs = [a for a in report["authors"] if isinstance(a, str)]
    people = {p.slug_en: p for p in PersonPage.objects.filter(slug_en__in=slugs)}
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
        summary={lang: summary_html(report["summary"][lang]) for lang in langs},
        body={
            lang: body_blocks(report["body"][lang], lang, report.get("notes", {}).get(lang, ()))
            for lang in langs
        },
        report_type=report_type,
        publication_date=report["date"],
        report_number=report["number"],
        isbn=report.get("isbn", ""),
        doi=report.get("doi", ""),
        cover_image=ensure_demo_image(
            f"Cover: {report['title']['en']}", seed=seed, size=(800, 1131)
        ),
        cover_alt={lang: cover_alt[lang].format(title=report["title"][lang]) for lang in langs},
        project=project_page(report.get("project")),
        # Parental many-to-many and child objects (modelcluster) set on the
        # unsaved page are saved with it, so the published revision has them.
        topics=[topics[slug] for slug in report["topics"]],
        authors=guest_or_person(report["authors"], people, ReportAuthor),
        downloads=[
            ReportDownload(language=lang, document=report_pdf(report, lang))
            for lang in report["pdfs"]
        ],
        related_links=[RelatedReport(report=page) for page in related],
    )


def create_news(newsroom, item, topics, seed):
    langs = languages(item)
    image = alt = None
    if item.get("image"):
        image_alt = read("news/index")["image_alt"]
        image = ensure_demo_image(f"News: {item['title']['en']}", seed=seed)
        alt = {lang: image_alt[lang].format(title=item["title"][lang]) for lang in langs}
    return create_page(
        newsroom,
        NewsPage,
        slug=item["slug"],
        title=item["title"],
        category=item["category"],
        date=item["date"],
        summary=item["summary"],
        body={lang: body_blocks(item["body"][lang], lang) for lang in langs},
        image=image,
        image_alt=alt or "",
        topics=[topics[slug] for slug in item.get("topics", ())],
        project=project_page(item.get("project")),
    )


def core_page(home, name):
    """The About us or Contact page (``pages/<name>``), if it is still there."""
    return home.get_children().filter(slug_en=english(read(f"pages/{name}")["slug"])).first()


def ensure_publications_menu(home, library, newsroom) -> None:
    """Put the library and the news in the main menu, once: About us,
    Publications, News, Projects, People, Contact. A menu that already has
    both is left alone."""
    site = Site.objects.filter(root_page=home).first()
    if site is None:
        return
    site_settings = SiteSettings.for_site(site)
    entries = list(site_settings.menu_items.order_by("sort_order", "pk"))
    present = {entry.link_page_id for entry in entries}
    if library.pk in present and newsroom.pk in present:
        return
    wanted = [
        core_page(home, "about"),
        library,
        newsroom,
        ProjectIndexPage.objects.child_of(home).first(),
        PeopleIndexPage.objects.child_of(home).first(),
        core_page(home, "contact"),
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


# --- Events -------------------------------------------------------------------


def load_events(home) -> None:
    """The event index, upcoming and past events, and the index in the main
    menu. Speakers, projects and reports that are missing are left out. No
    registrations are made: they would be personal data."""
    index = ensure_index(home, EventIndexPage, "events")
    people_index = PeopleIndexPage.objects.child_of(home).first()
    people = (
        {person.slug_en: person for person in PersonPage.objects.child_of(people_index)}
        if people_index
        else {}
    )
    # Only missing events are made, so editors' changes survive another run
    # (and the upcoming ones keep the dates they were given the first time).
    for seed, event in enumerate(items("events"), start=600):
        if not index.get_children().filter(slug_en=english(event["slug"])).exists():
            create_event(index, event, people, seed)
    ensure_events_menu(home, index)


def event_start(event) -> datetime.datetime:
    """A past event's fixed start (Prishtina/Belgrade time), or an upcoming
    one's, counted in days from today."""
    if "start" in event:
        return event["start"].replace(tzinfo=BELGRADE)
    today = timezone.localtime(timezone.now(), BELGRADE).date()
    day = today + datetime.timedelta(days=event["days_ahead"])
    return datetime.datetime.combine(day, datetime.time(event["hour"]), tzinfo=BELGRADE)


def create_event(index, event, people, seed) -> EventPage:
    data = read("events/index")
    start = event_start(event)
    registration = event.get("registration", {})
    deadline_days = registration.get("deadline_days")
    speakers = [
        data["guests"][entry["guest"]] if isinstance(entry, dict) else entry
        for entry in event["speakers"]
    ]
    reports = [
        EventReport(report=report)
        for slug in event.get("reports", ())
        # The publications may have been removed by an editor.
        if (report := ReportPage.objects.live().filter(slug_en=slug).first())
    ]
    fields = {
        "event_type": event["type"],
        "start": start,
        "end": start + datetime.timedelta(hours=event["hours"]),
        "summary": event["summary"],
        "body": {lang: paragraphs(event["body"][lang]) for lang in LANGS},
        "working_languages": data["working_languages"][event["languages"]],
        "online_url": event.get("online_url", ""),
        "chatham_house_rule": event["type"] == "roundtable",
        "recording_url": event.get("recording", ""),
        "registration_open": registration.get("open", False),
        "capacity": registration.get("capacity"),
        "registration_deadline": (
            start - datetime.timedelta(days=deadline_days) if deadline_days else None
        ),
        "image": ensure_demo_image(f"Event: {event['title']['en']}", seed=seed, size=(1200, 675)),
        "image_alt": {
            lang: data["image_alt"][lang].format(title=event["title"][lang]) for lang in LANGS
        },
        "project": project_page(event.get("project")),
        # Child objects (modelcluster) set on the unsaved page are saved with
        # it, so the published revision has them.
        "speakers": guest_or_person(speakers, people, EventSpeaker),
        "related_reports": reports,
    }
    # Online events have no venue: empty in every language.
    nowhere = dict.fromkeys(LANGS, "")
    venue = data["venues"].get(event.get("venue"), {"name": nowhere, "address": nowhere})
    fields.update(venue_name=venue["name"], venue_address=venue["address"])
    if event.get("report_summary"):
        fields["report_summary"] = {
            lang: summary_html(event["report_summary"][lang]) for lang in LANGS
        }
    return create_page(index, EventPage, slug=event["slug"], title=event["title"], **fields)


def ensure_events_menu(home, index) -> None:
    """Put the events in the main menu, once, before Projects: About us,
    Publications, News, Events, Projects, People, Contact. A menu that already
    has them is left alone; editors' own items keep their order."""
    site = Site.objects.filter(root_page=home).first()
    if site is None:
        return
    site_settings = SiteSettings.for_site(site)
    entries = list(site_settings.menu_items.order_by("sort_order", "pk"))
    ids = [entry.link_page_id for entry in entries]
    if index.pk in ids:
        return
    # Where to go, by preference: before Projects, else after the nearest
    # item that comes before the events, else before one that comes after.
    neighbours = [
        (ProjectIndexPage.objects.child_of(home).first(), 0),
        (NewsIndexPage.objects.child_of(home).first(), 1),
        (PublicationIndexPage.objects.child_of(home).first(), 1),
        (core_page(home, "about"), 1),
        (PeopleIndexPage.objects.child_of(home).first(), 0),
        (core_page(home, "contact"), 0),
    ]
    at = len(entries)
    for page, after in neighbours:
        if page is not None and page.pk in ids:
            at = ids.index(page.pk) + after
            break
    entries.insert(at, None)
    for sort_order, entry in enumerate(entries):
        if entry is None:
            MainMenuItem.objects.create(
                settings=site_settings, link_page=index, sort_order=sort_order
            )
        elif entry.sort_order != sort_order:
            entry.sort_order = sort_order
            entry.save(update_fields=["sort_order"])
