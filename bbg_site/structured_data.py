"""schema.org data about the organisation (JSON-LD), built from the site
settings; page types add their own (``BasePage.structured_data``)."""

from django.templatetags.static import static
from django.urls import reverse

from bbg_site.i18n import absolute_url, html_lang
from bbg_site.models import SiteSettings
from bbg_site.models.site_settings import OpeningDays

CONTEXT = "https://schema.org"


def _home_url(request) -> str:
    return request.build_absolute_uri(reverse("wagtail_serve", args=[""]))


def organization_reference(request) -> dict:
    """The organisation by name, home page and ``@id`` (author, organiser...);
    the ``@id`` is the same in every language."""
    site_settings = SiteSettings.for_request(request)
    home = _home_url(request)
    return {
        "@type": "Organization",
        "@id": request.build_absolute_uri("/") + "#organization",
        "name": site_settings.organisation_name,
        "url": home,
    }


def postal_address(site_settings) -> dict | str:
    if not site_settings.street_address:
        return " ".join(site_settings.address.split())  # free text until editors fill the parts
    return {
        "@type": "PostalAddress",
        "streetAddress": site_settings.street_address,
        "postalCode": site_settings.postal_code,
        "addressLocality": site_settings.locality,
        "addressCountry": site_settings.country_code,
    }


def opening_hours(site_settings) -> list[dict]:
    if not (site_settings.opening_days and site_settings.opens and site_settings.closes):
        return []
    return [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": OpeningDays(site_settings.opening_days).day_names,
            "opens": site_settings.opens.strftime("%H:%M"),
            "closes": site_settings.closes.strftime("%H:%M"),
        }
    ]


def organization(request) -> dict:
    """The home page's ``Organization``: address, opening hours, contacts."""
    site_settings = SiteSettings.for_request(request)
    data = {
        "@context": CONTEXT,
        **organization_reference(request),
        "logo": request.build_absolute_uri(static("img/logo.png")),
        "description": site_settings.footer_text,
        "email": site_settings.email,
        "telephone": site_settings.phone,
        "address": postal_address(site_settings),
        "sameAs": [url for _name, url in site_settings.social_links()],
    }
    hours = opening_hours(site_settings)
    if hours:
        # The office, where visitors come during its opening hours.
        data["location"] = {
            "@type": "Place",
            "name": site_settings.organisation_name,
            "address": data["address"],
            "openingHoursSpecification": hours,
        }
    return {key: value for key, value in data.items() if value}


def website(request, page) -> dict:
    """The site with its search, so search engines can offer a search box."""
    search = request.build_absolute_uri(reverse("search"))
    return {
        "@context": CONTEXT,
        "@type": "WebSite",
        "name": SiteSettings.for_request(request).organisation_name,
        "url": absolute_url(page, request),
        "inLanguage": html_lang(request.LANGUAGE_CODE),
        "potentialAction": {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": f"{search}?q={{search_term_string}}"},
            "query-input": "required name=search_term_string",
        },
    }


def image_url(image, request, spec: str = "fill-1200x630") -> str:
    """The absolute address of a rendition of ``image`` (the one shared on social media)."""
    return request.build_absolute_uri(image.get_rendition(spec).url)
