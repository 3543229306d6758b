from django import forms
from django.apps import apps
from django.db import models
from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from bbg_site import cache_keys, fragments
from bbg_site.blocks import BodyBlock
from bbg_site.content_cache import remember
from bbg_site.i18n import in_every_language
from bbg_site.listings import paginate
from bbg_site.models import BasePage, IndexPage, Topic
from bbg_site.templatetags.responsive_images import prefetch_renditions


class PersonGroup(models.TextChoices):
    """In the order the people index shows them."""

    STAFF = "staff", _("Staff")
    BOARD = "board", _("Board")
    FELLOWS = "fellows", _("Fellows and associates")
    ALUMNI = "alumni", _("Alumni")


GROUP_ORDER = [group.value for group in PersonGroup]


# A person's card, cached per language (bbg_site.fragments), and the size of
# its photo.
PERSON_CARD = "components/person_card.html"
PERSON_CARD_PHOTO = "fill-240x240"
# A profile shows this many of the person's newest publications; the library
# filtered by author has them all.
LATEST_ON_PROFILE = 6
# The people index shows the first people of each group (and "Everyone in
# this group" links to the rest); one group alone is paginated
# (``PeopleIndexPage.page_size``). At BPRG's size every group fits; at ten
# times it, one page of 300 profiles weighed 264 KB and took a third of a
# second to render.
PEOPLE_PER_GROUP = 24


class PeopleIndexPage(IndexPage):
    """The people, group by group, filterable (``people.filters``): the first
    ``PEOPLE_PER_GROUP`` of each group, or one group a page at a time."""

    template = "pages/people_index_page.html"

    subpage_types = ["people.PersonPage"]
    page_description = _("The team: staff, board, fellows and alumni. Profiles go below it.")

    filterset_class = "people.filters.PeopleFilter"
    page_size = 48
    results_id = "people-results"

    class Meta:
        verbose_name = _("people index")

    def listing_queryset(self):
        """Every live profile, in the order editors gave them in the page
        tree: only what sorts them into groups (the cards are cached)."""
        return (
            PersonPage.objects.child_of(self).live().public().order_by("path").only("pk", "group")
        )

    @staticmethod
    def with_cards(people) -> list:
        """``people`` (a list or a queryset of ids) with their cards: the
        cached ones from one cache lookup, the rest loaded with their photos
        and renditions (see ``bbg_site.fragments``)."""
        people = list(people)
        missing = fragments.prime(people, PERSON_CARD)
        if missing:
            loaded = (
                PersonPage.objects.filter(pk__in=[person.pk for person in missing])
                .defer_streamfields()
                .select_related("photo")
                .prefetch_related(prefetch_renditions("photo", PERSON_CARD_PHOTO))
                .in_bulk()
            )
            people = [loaded.get(person.pk, person) for person in people]
        return people

    def listing_context(self, request, listing) -> dict:
        people = listing.qs
        group = listing.form.cleaned_data["group"]
        if group:
            page = paginate(request, people, self.page_size, from_start=True)
            totals = {group: page.paginator.count}
            by_group = {group: self.with_cards(page.object_list)}
        else:
            page = None
            expertise = listing.form.cleaned_data["expertise"]
            totals = remember(
                cache_keys.listing(self.pk, "totals", expertise.value if expertise else ""),
                lambda: dict(
                    people.order_by()
                    .values_list("group")
                    .annotate(total=Count("pk"))
                    .values_list("group", "total")
                ),
            )
            by_group = {key: [] for key in GROUP_ORDER}
            for person in self.with_cards(_first_of_each_group(people, PEOPLE_PER_GROUP)):
                by_group[person.group].append(person)
        return {
            "sections": [
                {
                    "key": key,
                    "label": PersonGroup(key).label,
                    "people": by_group[key],
                    "total": totals[key],
                    "more": totals[key] > len(by_group[key]) and page is None,
                }
                for key in GROUP_ORDER
                if by_group.get(key)
            ],
            "page_obj": page,
            "result_count": sum(totals.values()),
        }


def _first_of_each_group(people, size: int):
    """The first ``size`` people of each group, in tree order, in one query."""
    ranked = (
        people.order_by()
        .annotate(
            rank_in_group=Window(RowNumber(), partition_by=F("group"), order_by=F("path").asc())
        )
        .filter(rank_in_group__lte=size)
        .values("pk")
    )
    return people.filter(pk__in=ranked).order_by("path")


class PersonPage(BasePage):
    template = "pages/person_page.html"
    social_image_field = "photo"
    og_type = "profile"

    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    photo_alt = models.CharField(
        _("photo description"),
        max_length=250,
        blank=True,
        help_text=_("What the photo shows, for readers who cannot see it."),
    )
    position = models.CharField(_("position"), max_length=200, blank=True)
    group = models.CharField(
        _("group"), max_length=20, choices=PersonGroup.choices, default=PersonGroup.STAFF
    )
    short_bio = models.TextField(
        _("short biography"),
        blank=True,
        help_text=_("One or two sentences, shown on the people page."),
    )
    biography = StreamField(BodyBlock(), blank=True, verbose_name=_("biography"))
    expertise = ParentalManyToManyField(
        Topic, verbose_name=_("areas of expertise"), blank=True, related_name="people"
    )
    languages_spoken = models.CharField(
        _("languages spoken"),
        max_length=200,
        blank=True,
        help_text=_(
            "As readers of this language would write them, e.g. “Albanian, Serbian, English”."
        ),
    )
    email = models.EmailField(
        _("email"),
        blank=True,
        help_text=_("Shown so that people can write, but hidden from address-harvesting robots."),
    )
    x_url = models.URLField(_("X (Twitter)"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    website_url = models.URLField(_("website"), blank=True)
    start_year = models.PositiveSmallIntegerField(
        _("at BPRG since"), null=True, blank=True, help_text=_("Year; for alumni, the first year.")
    )
    end_year = models.PositiveSmallIntegerField(
        _("at BPRG until"), null=True, blank=True, help_text=_("For alumni: the last year.")
    )
    now_at = models.CharField(
        _("where they are now"),
        max_length=250,
        blank=True,
        help_text=_("For alumni, e.g. “Policy officer at the EU Office in Kosovo”."),
    )

    translated_text_fields = ("position", "short_bio", "biography")

    content_panels = [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("first_name"), FieldPanel("last_name")])],
            heading=_("Name"),
        ),
        FieldPanel("title", help_text=_("The full name as shown on the site.")),
        FieldPanel("group"),
        FieldPanel("position"),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_alt")], heading=_("Photo")),
        FieldPanel("short_bio"),
        FieldPanel("biography"),
        FieldPanel("expertise", widget=forms.CheckboxSelectMultiple),
        FieldPanel("languages_spoken"),
        MultiFieldPanel(
            [
                FieldPanel("email"),
                FieldPanel("x_url"),
                FieldPanel("linkedin_url"),
                FieldPanel("website_url"),
            ],
            heading=_("Contact and links"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
                FieldPanel("now_at"),
            ],
            heading=_("Time at BPRG"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("first_name"),
        index.SearchField("last_name"),
        index.SearchField("position"),
        index.SearchField("short_bio"),
        index.SearchField("biography"),
        index.FilterField("group"),
    ]

    parent_page_types = ["people.PeopleIndexPage"]
    subpage_types: list[str] = []
    page_description = _("A profile of a member of staff, the board, a fellow or an alumnus.")

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}".strip()

    def get_summary(self) -> str:
        return self.short_bio

    search_kind = "person"

    def structured_data(self, request) -> list[dict]:
        """schema.org ``Person``: name, position, expertise, links; staff,
        board members and fellows work for BPRG, alumni did."""
        from bbg_site.i18n import absolute_url
        from bbg_site.structured_data import CONTEXT, image_url, organization_reference

        organisation = organization_reference(request)
        data = {
            "@context": CONTEXT,
            "@type": "Person",
            "name": self.title,
            "givenName": self.first_name,
            "familyName": self.last_name,
            "url": absolute_url(self, request),
            "jobTitle": self.position,
            "description": self.short_bio,
            "knowsAbout": [topic.name for topic in self.expertise.all()],
            "knowsLanguage": self.languages_spoken,
            "sameAs": [url for url in (self.x_url, self.linkedin_url, self.website_url) if url],
        }
        if self.group == PersonGroup.ALUMNI:
            data["alumniOf"] = organisation
        else:
            data["worksFor"] = organisation
        if self.photo_id:
            data["image"] = image_url(self.photo, request)
        return [{key: value for key, value in data.items() if value}]

    @property
    def years_at_bprg(self) -> str:
        if self.start_year and self.end_year:
            return f"{self.start_year}–{self.end_year}"
        return str(self.start_year or self.end_year or "")

    def latest_publications(self):
        """The newest publications, one more than the profile shows (then it
        links to all of them in the library)."""
        return remember(
            cache_keys.related(self.pk, "publications"),
            lambda: list(self.publications()[: LATEST_ON_PROFILE + 1]),
        )

    def publications(self):
        """Reports this person wrote, newest first. ``publications`` points
        here (``ReportAuthor.person``); it is looked up by name, not imported."""
        report_model = apps.get_model("publications", "ReportPage")
        return report_model.for_listing().filter(pk__in=self.authored_reports.values("report_id"))

    def speaking_events(self):
        """Events where this person speaks, newest first (``EventSpeaker.person``),
        kept in the content cache like the publications."""
        event_model = apps.get_model("events", "EventPage")
        return remember(
            cache_keys.related(self.pk, "events"),
            lambda: list(
                event_model.objects.live()
                .public()
                .filter(pk__in=self.event_appearances.values("event_id"))
                .defer_streamfields()
                .order_by("-start")
            ),
        )

    def project_memberships(self):
        """The projects this person works on (``projects`` points here)."""
        return (
            self.project_roles.filter(project__live=True)
            .select_related("project")
            .defer(
                "project__body",
                *in_every_language("project__body"),
            )
            .order_by("-project__start_date")
        )
