"""Demo content for the events app: the event index, four upcoming and eight
past events in three languages, and the index in the main menu. Runs after
``people.demo``, ``projects.demo`` and ``publications.demo``, whose profiles,
projects and reports the events refer to (any that are missing are left out).

No registrations are made: they would be personal data.
"""

import datetime

from django.utils import timezone
from wagtail.models import Site

from bbg_site.demo import text as site_text
from bbg_site.demo.helpers import (
    LANGS,
    create_page,
    ensure_demo_image,
    ensure_page,
    field_name,
    paragraphs,
)
from bbg_site.models import MainMenuItem, SiteSettings
from people.models import PeopleIndexPage, PersonPage
from projects.models import ProjectIndexPage, ProjectPage
from publications.models import NewsIndexPage, PublicationIndexPage, ReportPage

from . import demo_text as text
from .models import EventIndexPage, EventPage, EventReport, EventSpeaker

NOWHERE = dict.fromkeys(LANGS, "")


def load(home) -> None:
    index = EventIndexPage.objects.child_of(home).first() or ensure_page(
        home,
        EventIndexPage,
        slug=text.INDEX_SLUG,
        title=text.INDEX_TITLE,
        intro=text.INDEX_INTRO,
    )
    people = _people(home)
    # Only missing events are made, so editors' changes survive another run
    # (and the upcoming ones keep the dates they were given the first time).
    for seed, event in enumerate(text.EVENTS, start=600):
        if not index.get_children().filter(slug_en=event["slug"]["en"]).exists():
            _create_event(index, event, people, seed)
    _ensure_menu(home, index)


def _people(home) -> dict[str, PersonPage]:
    """BPRG's profiles under the people index, by English slug."""
    people_index = PeopleIndexPage.objects.child_of(home).first()
    if people_index is None:
        return {}
    return {person.slug_en: person for person in PersonPage.objects.child_of(people_index)}


def _start(event) -> datetime.datetime:
    """A past event's fixed start, or an upcoming one's, counted in days from
    today (Prishtina/Belgrade time)."""
    if "start" in event:
        return event["start"]
    today = timezone.localtime(timezone.now(), text.BELGRADE).date()
    day = today + datetime.timedelta(days=event["days_ahead"])
    return datetime.datetime.combine(day, datetime.time(event["hour"]), tzinfo=text.BELGRADE)


def _speakers(event, people) -> list[EventSpeaker]:
    speakers = []
    for speaker in event["speakers"]:
        if isinstance(speaker, str):
            if speaker in people:  # an editor may have removed a profile
                speakers.append(EventSpeaker(person=people[speaker]))
        else:
            affiliation = {
                field_name("affiliation", lang): value
                for lang, value in speaker["affiliation"].items()
            }
            speakers.append(EventSpeaker(name=speaker["name"], **affiliation))
    return speakers


def _reports(event) -> list[EventReport]:
    reports = []
    for slug in event.get("reports", ()):
        report = ReportPage.objects.live().filter(slug_en=slug).first()
        if report is not None:  # the publications demo may not have made it
            reports.append(EventReport(report=report))
    return reports


def _summary_html(summary) -> str:
    paras, points = summary
    items = "".join(f"<li>{point}</li>" for point in points)
    return "".join(f"<p>{p}</p>" for p in paras) + (f"<ul>{items}</ul>" if items else "")


def _create_event(index, event, people, seed) -> EventPage:
    start = _start(event)
    registration = event.get("registration", {})
    deadline_days = registration.get("deadline_days")
    fields = {
        "event_type": event["type"],
        "start": start,
        "end": start + datetime.timedelta(hours=event["hours"]),
        "summary": event["summary"],
        "body": {lang: paragraphs(event["body"][lang]) for lang in LANGS},
        "working_languages": text.WORKING_LANGUAGES[event["languages"]],
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
            lang: text.IMAGE_ALT[lang].format(title=event["title"][lang]) for lang in LANGS
        },
        "project": (
            ProjectPage.objects.filter(slug_en=event["project"]).first()
            if event.get("project")
            else None
        ),
        # Child objects (modelcluster) set on the unsaved page are saved with
        # it, so the published revision has them.
        "speakers": _speakers(event, people),
        "related_reports": _reports(event),
    }
    # Online events have no venue: empty in every language.
    venue = text.VENUES.get(event.get("venue"), dict.fromkeys(("name", "address"), NOWHERE))
    fields.update(venue_name=venue["name"], venue_address=venue["address"])
    if event.get("report_summary"):
        fields["report_summary"] = {
            lang: _summary_html(event["report_summary"][lang]) for lang in LANGS
        }
    return create_page(index, EventPage, slug=event["slug"], title=event["title"], **fields)


def _ensure_menu(home, index) -> None:
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
    children = home.get_children()
    # Where to go, by preference: before Projects, else after the nearest
    # item that comes before the events, else before one that comes after.
    neighbours = [
        (ProjectIndexPage.objects.child_of(home).first(), 0),
        (NewsIndexPage.objects.child_of(home).first(), 1),
        (PublicationIndexPage.objects.child_of(home).first(), 1),
        (children.filter(slug_en=site_text.ABOUT_SLUG["en"]).first(), 1),
        (PeopleIndexPage.objects.child_of(home).first(), 0),
        (children.filter(slug_en=site_text.CONTACT_SLUG["en"]).first(), 0),
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
