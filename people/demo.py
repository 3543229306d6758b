"""Demo content for the people app: the people index and fictional profiles of
BPRG's staff, board, fellows and alumni, in three languages."""

from bbg_site.demo.helpers import LANGS, create_page, ensure_demo_image, ensure_page, paragraphs
from bbg_site.demo.topics import ensure_topics

from . import demo_text as text
from .models import PeopleIndexPage, PersonPage

EMAIL_DOMAIN = "balkansgroup.org"


def load(home) -> None:
    topics = ensure_topics()
    index = ensure_page(
        home,
        PeopleIndexPage,
        slug=text.INDEX_SLUG,
        title=text.INDEX_TITLE,
        intro=text.INDEX_INTRO,
    )
    seed = 100
    for group, people in text.PEOPLE.items():
        for person in people:
            seed += 1
            # Only profiles that are missing are made (edits since survive).
            if not index.get_children().filter(slug_en=person["slug"]).exists():
                _create_person(index, group, person, topics, seed)


def _create_person(index, group, person, topics, seed) -> PersonPage:
    name = f"{person['first_name']} {person['last_name']}"
    slug = person["slug"]
    links = person.get("links", ())
    fields = {
        "first_name": person["first_name"],
        "last_name": person["last_name"],
        "group": group,
        "position": person["position"],
        "short_bio": person["short_bio"],
        "biography": {lang: paragraphs(person["biography"][lang]) for lang in LANGS},
        "languages_spoken": {
            lang: text.languages_spoken(person["languages"], lang) for lang in LANGS
        },
        "photo": ensure_demo_image(f"Portrait of {name}", seed=seed, size=(600, 600)),
        "photo_alt": {lang: text.PHOTO_ALT[lang].format(name=name) for lang in LANGS},
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
