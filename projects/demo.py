"""Demo content for the projects app: donors and partners, the project index
and three projects (the Sida one among them) with their teams, in three
languages. Runs after ``people.demo``, whose profiles make up the teams."""

from bbg_site.demo.helpers import (
    LANGS,
    create_page,
    ensure_demo_image,
    ensure_page,
    field_name,
    paragraphs,
)
from people.models import PersonPage

from . import demo_text as text
from .models import Partner, ProjectIndexPage, ProjectPage, ProjectPartner, ProjectTeamMember


def load(home) -> None:
    partners = ensure_partners()
    index = ensure_page(
        home,
        ProjectIndexPage,
        slug=text.INDEX_SLUG,
        title=text.INDEX_TITLE,
        intro=text.INDEX_INTRO,
    )
    for seed, project in enumerate(text.PROJECTS, start=200):
        # Only missing projects are made, so editors' changes (to the team,
        # say) survive another run.
        if not index.get_children().filter(slug_en=project["slug"]["en"]).exists():
            _create_project(index, project, partners, seed)


def ensure_partners() -> dict[str, Partner]:
    """The demo donors and partners by slug; existing ones are left alone."""
    partners = {}
    for seed, (slug, values) in enumerate(text.PARTNERS.items(), start=300):
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


def _create_project(index, project, partners, seed) -> ProjectPage:
    slugs = [slug for slug, _role in project["team"]]
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
            ProjectPartner(partner=partners[slug], role=role) for slug, role in project["partners"]
        ],
        team_members=[
            ProjectTeamMember(
                person=people[slug],
                **{field_name("role", lang): value for lang, value in role.items()},
            )
            for slug, role in project["team"]
            if slug in people  # an editor may have removed a profile
        ],
    )
