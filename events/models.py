import datetime

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from bbg_site.blocks import BodyBlock
from bbg_site.i18n import html_lang, in_every_language
from bbg_site.listings import paginate
from bbg_site.models import BasePage, IndexPage, PersonOrName
from people.choosers import PersonChooserWidget

# The rule's own explanation, by its owner (English only); the event page says
# what it means in the reader's language and links here.
CHATHAM_HOUSE_RULE_URL = "https://www.chathamhouse.org/about-us/chatham-house-rule"


class EventType(models.TextChoices):
    ROUNDTABLE = "roundtable", _("Roundtable")
    CONFERENCE = "conference", _("Conference")
    REPORT_LAUNCH = "report-launch", _("Report launch")
    WORKSHOP = "workshop", _("Workshop")
    WEBINAR = "webinar", _("Webinar")


class EventIndexPage(IndexPage):
    """Upcoming events, then the past ones page by page, filterable
    (``events.filters``)."""

    template = "pages/event_index_page.html"

    subpage_types = ["events.EventPage"]
    page_description = _("Upcoming and past events. Events go below it.")

    filterset_class = "events.filters.EventFilter"
    page_size = 10
    results_id = "past-events"

    class Meta:
        verbose_name = _("event index")

    def listing_queryset(self):
        return (
            EventPage.objects.child_of(self)
            .live()
            .public()
            .defer_streamfields()
            .select_related("image")
        )

    def listing_context(self, request, listing) -> dict:
        """Every upcoming event, soonest first; the past ones, latest first,
        a page at a time."""
        now, items = timezone.now(), listing.qs
        return {
            "upcoming": list(items.filter(start__gte=now).order_by("start")),
            "page_obj": paginate(
                request,
                items.filter(start__lt=now).order_by("-start"),
                self.page_size,
                from_start=True,
            ),
        }


class EventPage(RoutablePageMixin, BasePage):
    template = "pages/event_page.html"
    social_image_field = "image"
    serve_preview = BasePage.serve_preview

    detail_select_related = ("image", "project")

    @property
    def detail_prefetch(self):
        biography = ["person__biography", *in_every_language("person__biography")]
        return (
            models.Prefetch(
                "speakers", EventSpeaker.objects.select_related("person").defer(*biography)
            ),
            models.Prefetch("related_reports", EventReport.objects.select_related("report")),
        )

    event_type = models.CharField(_("type"), max_length=20, choices=EventType.choices)
    start = models.DateTimeField(_("starts"), help_text=_("Prishtina/Belgrade time."))
    end = models.DateTimeField(_("ends"), null=True, blank=True)
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    venue_address = models.TextField(_("venue address"), blank=True)
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("For webinars and streams.")
    )
    working_languages = models.CharField(
        _("working languages"),
        max_length=200,
        blank=True,
        help_text=_("E.g. “Albanian and Serbian, with interpretation into English”."),
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences for listings.")
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(_("image description"), max_length=250, blank=True)
    project = models.ForeignKey(
        "projects.ProjectPage",
        verbose_name=_("project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    chatham_house_rule = models.BooleanField(
        _("under the Chatham House Rule"),
        default=False,
        help_text=_("Participants may use what is said, but not who said it."),
    )
    recording_url = models.URLField(_("recording"), blank=True, help_text=_("After the event."))
    report_summary = RichTextField(
        _("written summary"),
        blank=True,
        features=["bold", "italic", "ol", "ul", "link"],
        help_text=_("After the event: what was discussed."),
    )
    registration_open = models.BooleanField(_("registration open"), default=False)
    capacity = models.PositiveIntegerField(
        _("seats"),
        null=True,
        blank=True,
        help_text=_("Empty: no limit. When full, people join a waiting list."),
    )
    registration_deadline = models.DateTimeField(_("registration closes"), null=True, blank=True)

    translated_text_fields = ("title", "summary", "body")
    # A draft may be started without it; publishing needs it in one language
    # (``BasePageForm.clean_needed_in_one_language``).
    needed_in_one_language = ("summary",)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("event_type"),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldPanel("online_url"),
                FieldPanel("working_languages"),
                FieldPanel("chatham_house_rule"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("speakers", label=_("Speaker"), heading=_("Speakers")),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        FieldPanel("project"),
        InlinePanel("related_reports", label=_("Related report"), heading=_("Related reports")),
        MultiFieldPanel(
            [
                FieldPanel("registration_open"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("registration_deadline")]),
            ],
            heading=_("Registration"),
        ),
        MultiFieldPanel(
            [FieldPanel("recording_url"), FieldPanel("report_summary")],
            heading=_("After the event"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("start"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types: list[str] = []
    page_description = _("A roundtable, conference, report launch, workshop or webinar.")

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        # Upcoming soonest first, past newest first: both read this index.
        indexes = [models.Index(fields=["start"], name="event_start")]

    def get_summary(self) -> str:
        return self.summary

    search_kind = "event"

    def search_date(self):
        return timezone.localtime(self.start).date()

    def search_extra_text(self) -> list[str]:
        speakers = [speaker.display_name for speaker in self.speakers.select_related("person")]
        return [*speakers, self.venue_name, self.venue_address]

    @classmethod
    def for_listing(cls):
        return (
            cls.objects.live()
            .public()
            .defer_streamfields()
            .filter(start__gte=timezone.now())
            .order_by("start")
        )

    @property
    def is_past(self) -> bool:
        return (self.end or self.start) < timezone.now()

    @property
    def ends(self) -> datetime.datetime:
        return self.end or self.start + datetime.timedelta(hours=2)

    # --- registration ---------------------------------------------------------
    def seats_taken(self, now=None) -> int:
        """Confirmed seats, and seats held for people who have not yet
        followed the link in their confirmation email."""
        return self.registrations.filter(Registration.takes_a_seat(now)).count()

    def seats_left(self):
        if self.capacity is None:
            return None
        return max(self.capacity - self.seats_taken(), 0)

    def registration_state(self, now=None) -> str:
        """ "open", "waiting-list" (full, but people can queue), "closed" or "past"."""
        now = now or timezone.now()
        if self.start <= now:
            return "past"
        if not self.registration_open or (
            self.registration_deadline and self.registration_deadline <= now
        ):
            return "closed"
        if self.capacity is not None and self.seats_left() == 0:
            return "waiting-list"
        return "open"

    def serve(self, request, view=None, args=None, kwargs=None):
        # A POST to the page itself is a registration; the cancel route takes its own.
        if request.method == "POST" and getattr(view, "__name__", "index_route") == "index_route":
            from events.views import register

            return register(request, self)
        return super().serve(request, view, args, kwargs)

    def get_context(self, request, *args, **kwargs):
        from events.forms import RegistrationForm

        context = super().get_context(request, *args, **kwargs)
        context.setdefault("form", RegistrationForm())
        context["registration_state"] = self.registration_state()
        context["chatham_house_rule_url"] = CHATHAM_HOUSE_RULE_URL
        return context

    def structured_data(self, request) -> list[dict]:
        """schema.org ``Event``: when, where (a place or online), who speaks,
        who organises, and whether seats are still free."""
        from bbg_site.i18n import absolute_url
        from bbg_site.structured_data import CONTEXT, image_url, organization_reference

        url = absolute_url(self, request)
        place = {"@type": "Place", "name": self.venue_name}
        if self.venue_address:
            place["address"] = " ".join(self.venue_address.split())
        online = {"@type": "VirtualLocation", "url": self.online_url or url}
        if self.venue_name and self.online_url:
            mode, location = "MixedEventAttendanceMode", [place, online]
        elif self.online_url or (self.event_type == EventType.WEBINAR and not self.venue_name):
            mode, location = "OnlineEventAttendanceMode", online
        else:
            mode, location = "OfflineEventAttendanceMode", place
        data = {
            "@context": CONTEXT,
            "@type": "Event",
            "name": self.title,
            "description": self.summary,
            "url": url,
            "startDate": timezone.localtime(self.start).isoformat(),
            "endDate": timezone.localtime(self.ends).isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": f"https://schema.org/{mode}",
            "location": location,
            "organizer": organization_reference(request),
            "performer": [
                {"@type": "Person", "name": speaker.display_name}
                | (
                    {"affiliation": {"@type": "Organization", "name": speaker.affiliation}}
                    if speaker.affiliation
                    else {}
                )
                for speaker in self.speakers.all()
            ],
            "inLanguage": html_lang(request.LANGUAGE_CODE),
        }
        if self.image_id:
            data["image"] = image_url(self.image, request)
        state = self.registration_state()
        if state in ("open", "waiting-list"):
            data["offers"] = {
                "@type": "Offer",
                "price": "0",
                "priceCurrency": "EUR",
                "url": url,
                "availability": "https://schema.org/"
                + ("InStock" if state == "open" else "SoldOut"),
            }
            if self.registration_deadline:
                data["offers"]["validThrough"] = timezone.localtime(
                    self.registration_deadline
                ).isoformat()
        return [{key: value for key, value in data.items() if value}]

    @property
    def calendar_url(self) -> str:
        return self.url + self.reverse_subpage("ics")

    @path("calendar/", name="ics")
    def ics(self, request):
        from events.calendar import event_calendar_response

        return event_calendar_response(request, [self], filename=f"{self.slug}.ics")

    @path("registered/", name="registered")
    def registered(self, request):
        from events.views import registered

        return registered(request, self)

    @path("cancel/<str:token>/", name="cancel")
    def cancel(self, request, token):
        from events.views import cancel

        return cancel(request, self, token)

    @path("confirm/<str:token>/", name="confirm")
    def confirm(self, request, token):
        from events.views import confirm

        return confirm(request, self, token)


class EventSpeaker(PersonOrName, Orderable):
    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="speakers")
    person = models.ForeignKey(
        "people.PersonPage",
        verbose_name=_("BPRG person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_appearances",
        help_text=_("Choose a profile for BPRG staff, or type a name below."),
    )

    panels = [
        FieldPanel("person", widget=PersonChooserWidget),
        FieldRowPanel([FieldPanel("name"), FieldPanel("affiliation")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("speaker")


class EventReport(Orderable):
    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="related_reports")
    report = models.ForeignKey(
        "publications.ReportPage",
        verbose_name=_("report"),
        on_delete=models.CASCADE,
        related_name="events",
    )

    panels = [FieldPanel("report")]

    class Meta(Orderable.Meta):
        verbose_name = _("related report")


class Registration(models.Model):
    """A seat (or a place on the waiting list) at an event. A registration
    starts ``pending`` until the person follows the link emailed to them, so
    nobody can register a stranger's address; meanwhile a seat is held for
    them until ``held_until``."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for email confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    event = models.ForeignKey(
        EventPage, verbose_name=_("event"), on_delete=models.CASCADE, related_name="registrations"
    )
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("email"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    consent_text = models.TextField(_("consent given to"))
    token = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)
    held_until = models.DateTimeField(_("seat held until"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    # Once the retention period after the event is over (bbg_site/retention.py)
    # the name, email and organisation are erased: an anonymous count remains.
    anonymised_at = models.DateTimeField(_("personal data erased"), null=True, blank=True)

    class Meta:
        ordering = ["event", "created_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(
                "event",
                Lower("email"),
                condition=~models.Q(status="cancelled") & ~models.Q(email=""),
                name="one_active_registration_per_email",
            )
        ]

    def __str__(self):
        return f"{self.name} <{self.email}> – {self.event}"

    @classmethod
    def takes_a_seat(cls, now=None) -> models.Q:
        return models.Q(status=cls.Status.CONFIRMED) | models.Q(
            status=cls.Status.PENDING, held_until__gt=now or timezone.now()
        )
