"""Page trees for tests, built with the same helper the demo content uses."""

import datetime
from types import SimpleNamespace

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from bbg_site.i18n import html_lang
from bbg_site.models import ContactPage, HomePage, MainMenuItem, SiteSettings, StandardPage
from demo.loader import create_page


def rich(*texts):
    return [("paragraph", RichText("".join(f"<p>{t}</p>" for t in texts)))]


def tree_root() -> Page:
    """Wagtail's root page; re-created after a transactional test flushed it."""
    root = Page.get_first_root_node()
    if root is None:
        Locale.objects.get_or_create(language_code="en")
        root = Page.add_root(
            instance=Page(title="Root", slug="root", url_path_en="/", content_type=None)
        )
    return root


def make_home(**overrides) -> HomePage:
    root = tree_root()
    root.get_children().filter(content_type=ContentType.objects.get_for_model(Page)).delete()
    fields = {
        "slug": "home",
        "title": {"en": "Home", "sq": "Ballina", "sr-latn": "Početna"},
        "hero_title": {
            "en": "Strengthening Peace and State-building",
            "sq": "Forcimi i paqes dhe i ndërtimit të shtetit",
            "sr-latn": "Jačanje mira i izgradnje države",
        },
        "intro": {
            "en": "The multi-ethnic think tank of Kosovo.",
            "sq": "Think tank-u shumetnik i Kosovës.",
            "sr-latn": "Multietnički think tank Kosova.",
        },
        "body": {
            "en": rich("Albanian and Serb researchers work side by side."),
            "sq": rich("Hulumtues shqiptarë dhe serbë punojnë krah për krah."),
            "sr-latn": rich("Albanski i srpski istraživači rade rame uz rame."),
        },
        **overrides,
    }
    home = create_page(root, HomePage, **fields)
    Site.objects.all().delete()
    Site.objects.create(
        hostname="testserver", port=80, root_page=home, is_default_site=True, site_name="BPRG"
    )
    return home


def make_standard_page(parent, **overrides) -> StandardPage:
    fields = {
        "slug": {"en": "about", "sq": "rreth-nesh", "sr-latn": "o-nama"},
        "title": {"en": "About us", "sq": "Rreth nesh", "sr-latn": "O nama"},
        "intro": {
            "en": "Who we are.",
            "sq": "Kush jemi ne.",
            "sr-latn": "Ko smo mi.",
        },
        "body": {
            "en": rich("We build a fully mixed team."),
            "sq": rich("Ne ndërtojmë një ekip plotësisht të përzier."),
            "sr-latn": rich("Gradimo potpuno mešovit tim."),
        },
        **overrides,
    }
    return create_page(parent, StandardPage, **fields)


def make_contact_page(parent, **overrides) -> ContactPage:
    fields = {
        "slug": {"en": "contact", "sq": "kontakti", "sr-latn": "kontakt"},
        "title": {"en": "Contact", "sq": "Kontakti", "sr-latn": "Kontakt"},
        "intro": {
            "en": "Visit us in Prishtina.",
            "sq": "Na vizitoni në Prishtinë.",
            "sr-latn": "Posetite nas u Prištini.",
        },
        "map_url": "https://www.openstreetmap.org/",
        **overrides,
    }
    return create_page(parent, ContactPage, **fields)


def make_site_settings(site: Site) -> SiteSettings:
    settings = SiteSettings.for_site(site)
    settings.organisation_name_en = "Balkans Policy Research Group"
    settings.organisation_name_sq = "Grupi Ballkanik për Hulumtime të Politikave"
    settings.organisation_name_sr_latn = "Balkanska grupa za istraživanje politika"
    settings.address_en = "Qamil Hoxha street 29, apartment 7\n10000 Prishtina"
    settings.address_sq = "Rruga Qamil Hoxha nr. 29, banesa nr. 7\n10000 Prishtinë"
    settings.address_sr_latn = "Ulica Ćamilj Hodža br. 29, stan br. 7\n10000 Priština"
    settings.opening_hours_en = "Mon – Fri: 09:00 – 17:00"
    settings.opening_hours_sq = "E hënë – E premte: 09:00 – 17:00"
    settings.opening_hours_sr_latn = "Pon – Pet: 09:00 – 17:00"
    settings.street_address_en = "Qamil Hoxha 29/7"
    settings.street_address_sq = "Rruga Qamil Hoxha 29/7"
    settings.street_address_sr_latn = "Ćamilj Hodža 29/7"
    settings.locality_en = "Prishtina"
    settings.locality_sq = "Prishtinë"
    settings.locality_sr_latn = "Priština"
    settings.postal_code = "10000"
    settings.opening_days = "Mo-Fr"
    settings.opens = datetime.time(9, 0)
    settings.closes = datetime.time(17, 0)
    settings.footer_text_en = "An independent, multi-ethnic think tank."
    settings.footer_text_sq = "Think tank i pavarur dhe shumetnik."
    settings.footer_text_sr_latn = "Nezavisni, multietnički think tank."
    settings.email = "info@balkansgroup.org"
    settings.phone = "+383 38 000 000"
    settings.x_url = "https://x.com/BalkansGroup"
    settings.linkedin_url = "https://www.linkedin.com/company/balkans-policy-research-group"
    settings.save()
    return settings


def build_site() -> SimpleNamespace:
    home = make_home()
    about = make_standard_page(home)
    careers = make_standard_page(
        about,
        slug={"en": "careers", "sq": "karriera", "sr-latn": "karijera"},
        title={"en": "Careers", "sq": "Karriera", "sr-latn": "Karijera"},
        intro={"en": "Work with us.", "sq": "Punoni me ne.", "sr-latn": "Radite sa nama."},
        body={
            "en": rich("Vacancies are announced here."),
            "sq": rich("Vendet e lira shpallen këtu."),
            "sr-latn": rich("Slobodna mesta objavljujemo ovde."),
        },
    )
    contact = make_contact_page(home)
    site_settings = make_site_settings(Site.objects.get(root_page=home))
    MainMenuItem.objects.create(settings=site_settings, link_page=about, sort_order=0)
    MainMenuItem.objects.create(settings=site_settings, link_page=contact, sort_order=1)
    return SimpleNamespace(
        home=home, about=about, careers=careers, contact=contact, settings=site_settings
    )


def tr(en, sq=None, sr=None) -> dict:
    """A value in three languages (defaults: marked copies of the English)."""
    return {"en": en, "sq": sq or f"{en} (sq)", "sr-latn": sr or f"{en} (sr)"}


def make_topic(slug, en, sq, sr):
    from bbg_site.models import Topic

    return Topic.objects.create(slug=slug, name_en=en, name_sq=sq, name_sr_latn=sr)


def make_people_index(home):
    from people.models import PeopleIndexPage

    return create_page(
        home,
        PeopleIndexPage,
        slug={"en": "people", "sq": "njerezit", "sr-latn": "ljudi"},
        title={"en": "People", "sq": "Njerëzit", "sr-latn": "Ljudi"},
        intro=tr("Our team.", "Ekipi ynë.", "Naš tim."),
    )


def make_person(index, first, last, *, group="staff", expertise=(), **fields):
    from people.models import PersonPage

    slug = f"{first}-{last}".lower()
    values = {
        "first_name": first,
        "last_name": last,
        "group": group,
        "position": tr("Policy analyst", "Analist i politikave", "Analitičar politika"),
        "short_bio": tr(
            f"{first} works on northern Kosovo.",
            f"{first} punon për veriun e Kosovës.",
            f"{first} radi na temi severa Kosova.",
        ),
        "biography": {
            "en": rich(f"{first} joined BPRG in 2020."),
            "sq": rich(f"{first} iu bashkua BPRG-së në vitin 2020."),
            "sr-latn": rich(f"{first} se pridružio BPRG-u 2020."),
        },
        **fields,
    }
    person = create_page(
        index,
        PersonPage,
        slug=slug,
        title=dict.fromkeys(tr(""), f"{first} {last}"),
        publish=False,
        **values,
    )
    person.expertise = list(expertise)
    person.save_revision().publish()
    return person


def make_project_index(home):
    from projects.models import ProjectIndexPage

    return create_page(
        home,
        ProjectIndexPage,
        slug={"en": "projects", "sq": "projektet", "sr-latn": "projekti"},
        title={"en": "Projects", "sq": "Projektet", "sr-latn": "Projekti"},
        intro=tr("What we do.", "Çfarë bëjmë.", "Šta radimo."),
    )


def make_partner(slug, name, kind="donor"):
    from projects.models import Partner

    return Partner.objects.create(
        slug=slug, name_en=name, name_sq=f"{name} (sq)", name_sr_latn=f"{name} (sr)", kind=kind
    )


def make_project(index, slug, title, *, start=None, end=None, partners=(), team=(), **fields):
    from projects.models import ProjectPage, ProjectPartner, ProjectTeamMember

    project = create_page(
        index,
        ProjectPage,
        slug=slug,
        title=tr(title),
        summary=tr(f"{title}: summary.", f"{title}: përmbledhje.", f"{title}: sažetak."),
        start_date=start,
        end_date=end,
        publish=False,
        **fields,
    )
    project.project_partners = [ProjectPartner(partner=p, role=role) for p, role in partners]
    project.team_members = [
        ProjectTeamMember(
            person=person, role_en=role, role_sq=f"{role} (sq)", role_sr_latn=f"{role} (sr)"
        )
        for person, role in team
    ]
    project.save_revision().publish()
    return project


def make_pdf_document(title, lang="en"):
    """A tagged one-page PDF declaring ``lang`` (a BCP 47 tag)."""
    from demo.pdf import ensure_demo_document

    return ensure_demo_document(title, [f"{title}: full text."], lang=lang)


def make_library(home):
    from publications.models import PublicationIndexPage

    return create_page(
        home,
        PublicationIndexPage,
        slug={"en": "publications", "sq": "publikimet", "sr-latn": "publikacije"},
        title={"en": "Publications", "sq": "Publikimet", "sr-latn": "Publikacije"},
        intro=tr("Our research.", "Hulumtimet tona.", "Naša istraživanja."),
    )


def make_report(
    library,
    slug,
    title,
    *,
    date,
    type_slug="report",
    authors=(),
    topics=(),
    project=None,
    pdfs=("en",),
    translated=True,
    **fields,
):
    """``authors``: PersonPages or (name, affiliation) pairs; ``pdfs``: languages with a PDF."""
    from publications.models import ReportAuthor, ReportDownload, ReportPage, ReportType

    texts = {
        "title": tr(title) if translated else {"en": title},
        "summary": tr(
            f"<p>{title}: key findings.</p>",
            f"<p>{title}: gjetjet kryesore.</p>",
            f"<p>{title}: ključni nalazi.</p>",
        )
        if translated
        else {"en": f"<p>{title}: key findings.</p>"},
        "body": {
            "en": rich(f"{title}: the full analysis."),
            "sq": rich(f"{title}: analiza e plotë."),
            "sr-latn": rich(f"{title}: cela analiza."),
        }
        if translated
        else {"en": rich(f"{title}: the full analysis.")},
    }
    report = create_page(
        library,
        ReportPage,
        slug=slug,
        publication_date=date,
        # Made by a data migration; re-created after a transactional test flushed it.
        report_type=ReportType.objects.get_or_create(
            slug=type_slug, defaults={"name_en": type_slug.replace("-", " ").capitalize()}
        )[0],
        project=project,
        publish=False,
        **texts,
        **fields,
    )
    report.authors = [
        ReportAuthor(person=a)
        if hasattr(a, "first_name")
        else ReportAuthor(name=a[0], affiliation_en=a[1])
        for a in authors
    ]
    report.downloads = [
        ReportDownload(
            language=code, document=make_pdf_document(f"{title} ({code})", html_lang(code))
        )
        for code in pdfs
    ]
    report.topics = list(topics)
    report.save_revision().publish()
    return report


def make_news_index(home):
    from publications.models import NewsIndexPage

    return create_page(
        home,
        NewsIndexPage,
        slug={"en": "news", "sq": "lajme", "sr-latn": "vesti"},
        title={"en": "News", "sq": "Lajme", "sr-latn": "Vesti"},
    )


def make_news(index, slug, title, *, date, category="announcement", topics=(), **fields):
    from publications.models import NewsPage

    item = create_page(
        index,
        NewsPage,
        slug=slug,
        title=tr(title),
        summary=tr(f"{title}: in brief.", f"{title}: shkurt.", f"{title}: ukratko."),
        date=date,
        category=category,
        publish=False,
        **fields,
    )
    item.topics = list(topics)
    item.save_revision().publish()
    return item


def make_event_index(home):
    from events.models import EventIndexPage

    return create_page(
        home,
        EventIndexPage,
        slug={"en": "events", "sq": "ngjarjet", "sr-latn": "dogadjaji"},
        title={"en": "Events", "sq": "Ngjarjet", "sr-latn": "Događaji"},
    )


def make_event(index, slug, title, *, start, event_type="roundtable", speakers=(), **fields):
    """``speakers``: PersonPages or (name, affiliation) pairs."""
    import datetime as dt

    from events.models import EventPage, EventSpeaker

    event = create_page(
        index,
        EventPage,
        slug=slug,
        title=tr(title),
        summary=tr(
            f"{title}: what it is about.",
            f"{title}: për çfarë bëhet fjalë.",
            f"{title}: o čemu je reč.",
        ),
        venue_name=tr(
            "Hotel Sirius, Prishtina", "Hotel Sirius, Prishtinë", "Hotel Sirius, Priština"
        ),
        start=start,
        end=start + dt.timedelta(hours=2),
        event_type=event_type,
        publish=False,
        **fields,
    )
    event.speakers = [
        EventSpeaker(person=s)
        if hasattr(s, "first_name")
        else EventSpeaker(name=s[0], affiliation_en=s[1])
        for s in speakers
    ]
    event.save_revision().publish()
    return event
