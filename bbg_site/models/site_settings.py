from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable


class OpeningDays(models.TextChoices):
    """The office's working week, as schema.org names its days."""

    WEEKDAYS = "Mo-Fr", _("Monday to Friday")
    WEEKDAYS_SATURDAY = "Mo-Sa", _("Monday to Saturday")
    EVERY_DAY = "Mo-Su", _("Every day")

    @property
    def day_names(self) -> list[str]:
        week = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        return week[: {"Mo-Fr": 5, "Mo-Sa": 6, "Mo-Su": 7}[self.value]]


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting, ClusterableModel):
    """Organisation details shown in the header, footer and contact page,
    and the main navigation. Text fields are translated."""

    organisation_name = models.CharField(
        _("organisation name"), max_length=200, default="Balkans Policy Research Group"
    )
    address = models.TextField(_("address"), blank=True)
    opening_hours = models.TextField(_("opening hours"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    footer_text = models.TextField(_("footer text"), blank=True)
    # The same address and hours in the parts search engines read
    # (schema.org Organization on the home page).
    street_address = models.CharField(
        _("street and number"), max_length=200, blank=True, help_text=_("E.g. Qamil Hoxha 29/7.")
    )
    postal_code = models.CharField(_("postal code"), max_length=20, blank=True)
    locality = models.CharField(_("town or city"), max_length=100, blank=True)
    country_code = models.CharField(
        _("country code"),
        max_length=2,
        default="XK",
        help_text=_("Two letters (ISO 3166): XK for Kosovo, RS for Serbia."),
    )
    opening_days = models.CharField(
        _("open on"), max_length=5, choices=OpeningDays.choices, blank=True
    )
    opens = models.TimeField(_("opens at"), null=True, blank=True)
    closes = models.TimeField(_("closes at"), null=True, blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)

    # Personal data kept only as long as the consent texts promise
    # (bbg_site/retention.py, run by the scheduler).
    registration_retention_months = models.PositiveSmallIntegerField(
        _("erase registrants' names and addresses after (months after the event)"),
        default=12,
        help_text=_("The registration stays as an anonymous count."),
    )
    contact_retention_months = models.PositiveSmallIntegerField(
        _("delete contact messages after (months)"), default=24
    )
    unconfirmed_subscription_days = models.PositiveSmallIntegerField(
        _("delete unconfirmed newsletter subscriptions after (days)"), default=30
    )
    # Names the Cyrillic edition must leave in Latin letters, beyond the
    # rules (bbg_site/cyrillic.py) and the CYRILLIC_KEPT_WORDS setting.
    cyrillic_kept_words = models.TextField(
        _("words kept in Latin letters in the Cyrillic edition"),
        blank=True,
        help_text=_(
            "One word or name per line, as written in Serbian Latin (e.g. Sida, Elevate Peace). "
            "Acronyms (EU, KFOR) and words with q, w, x or y are kept anyway."
        ),
    )

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("organisation_name"),
                    FieldPanel("address"),
                    FieldPanel("opening_hours"),
                    FieldPanel("email"),
                    FieldPanel("phone"),
                    FieldPanel("footer_text"),
                    FieldPanel("cyrillic_kept_words"),
                ],
                heading=_("Organisation"),
            ),
            ObjectList(
                [
                    MultiFieldPanel(
                        [
                            FieldPanel("street_address"),
                            FieldRowPanel([FieldPanel("postal_code"), FieldPanel("locality")]),
                            FieldPanel("country_code"),
                        ],
                        heading=_("Address"),
                    ),
                    MultiFieldPanel(
                        [
                            FieldPanel("opening_days"),
                            FieldRowPanel([FieldPanel("opens"), FieldPanel("closes")]),
                        ],
                        heading=_("Opening hours"),
                    ),
                ],
                heading=_("For search engines"),
            ),
            ObjectList(
                [
                    MultiFieldPanel(
                        [
                            FieldPanel("x_url"),
                            FieldPanel("facebook_url"),
                            FieldPanel("linkedin_url"),
                            FieldPanel("youtube_url"),
                            FieldPanel("instagram_url"),
                        ],
                        heading=_("Connect with us"),
                    )
                ],
                heading=_("Social media"),
            ),
            ObjectList(
                [InlinePanel("menu_items", label=_("Menu item"))],
                heading=_("Main navigation"),
            ),
            ObjectList(
                [
                    FieldPanel("registration_retention_months"),
                    FieldPanel("contact_retention_months"),
                    FieldPanel("unconfirmed_subscription_days"),
                ],
                heading=_("Personal data"),
            ),
        ]
    )

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_site(cls, site):
        """The settings with their menu items and pages, cached until the
        content changes (every page reads them)."""
        from bbg_site import cache_keys, content_cache

        def load():
            # The menu with its settings and pages in one query; the settings
            # alone (made when missing) only for a site without a menu.
            items = list(
                MainMenuItem.objects.filter(settings__site=site)
                .select_related("settings", "link_page")
                .order_by("sort_order")
            )
            instance = items[0].settings if items else super(SiteSettings, cls).for_site(site)
            instance.menu_items = items  # modelcluster keeps them as the relation's rows
            return instance

        return content_cache.remember(cache_keys.site_settings(site.pk), load)

    def social_links(self):
        """(network name, URL) for every network the organisation uses, in display order."""
        links = [
            ("X", self.x_url),
            ("Facebook", self.facebook_url),
            ("LinkedIn", self.linkedin_url),
            ("YouTube", self.youtube_url),
            ("Instagram", self.instagram_url),
        ]
        return [(name, url) for name, url in links if url]


class MainMenuItem(Orderable):
    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="menu_items")
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    label = models.CharField(
        _("label"),
        max_length=60,
        blank=True,
        help_text=_("Leave empty to use the page's title in each language."),
    )

    panels = [FieldPanel("link_page"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("menu item")

    def __str__(self):
        return self.text

    @property
    def text(self):
        # The label in the reader's language, else the page's own title in that
        # language: an English-only label must not hide a translated title.
        label = getattr(self, build_localized_fieldname("label", get_language() or "en"), "")
        return label or self.link_page.title


def cyrillic_kept_words(site=None) -> list[str]:
    """The words editors keep in Latin in the Cyrillic edition (the
    ``site``'s settings, or the default site's), from the content cache."""
    from wagtail.models import Site

    if site is None:
        from bbg_site import cache_keys, content_cache

        site = content_cache.remember(
            cache_keys.default_site(), lambda: Site.objects.filter(is_default_site=True).first()
        )
        if site is None:
            return []
    text = SiteSettings.for_site(site).cyrillic_kept_words
    return [line.strip() for line in text.splitlines() if line.strip()]
