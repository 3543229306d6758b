from django import template
from django.apps import apps
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Page

from bbg_site import fragments
from bbg_site.i18n import alternate_urls, html_lang
from bbg_site.models import SiteSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """Every language's URL of what the reader is looking at."""
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    return alternate_urls(request, page if isinstance(page, Page) else None)


@register.simple_tag
def current_html_lang():
    return html_lang(translation.get_language() or "en")


@register.filter
def bcp47(code):
    return html_lang(code)


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    items = []
    if request is not None:
        menu = SiteSettings.for_request(request).menu_items.all()  # prefetched with the pages
        current_path = request.path if request else ""
        for item in menu:
            page = item.link_page
            if not page.live:
                continue
            url = page.get_url(request)
            items.append(
                {
                    "text": item.text,
                    "url": url,
                    "active": bool(url) and current_path.startswith(url),
                }
            )
    return {"items": items, "request": request}


@register.simple_tag
def protected_email(address: str):
    """An email link robots cannot harvest from the HTML: the address is
    written backwards in data attributes and put together by site.js; without
    JavaScript readers see "name [at] domain"."""
    user, _, domain = address.partition("@")
    return format_html(
        '<span class="protected-email" data-u="{}" data-d="{}">{} [at] {}</span>',
        user[::-1],
        domain[::-1],
        user,
        domain.replace(".", " [dot] "),
    )


OG_LOCALES = {"en": "en_GB", "sq": "sq_AL", "sr-latn": "sr_RS"}


@register.simple_tag
def og_locale():
    return OG_LOCALES.get(translation.get_language(), "en_GB")


@register.simple_tag
def latest(model_label: str, count: int = 3):
    """The newest live pages of a type named by label ("publications.ReportPage"),
    so that the home page shows them without ``bbg_site`` importing the app."""
    return list(apps.get_model(model_label).for_listing()[:count])


@register.simple_tag
def index_page(model_label: str):
    """The live index page of a type (e.g. the library), or None; cached
    until the content changes, so a link to it costs no query."""
    from bbg_site.content_cache import remember

    found = remember(
        f"index-page:{model_label}",
        lambda: apps.get_model(model_label).objects.live().defer_streamfields().first() or False,
    )
    return found or None


@register.simple_tag
def newsletter_consent():
    from bbg_site.forms import NEWSLETTER_CONSENT

    return NEWSLETTER_CONSENT


@register.simple_tag(takes_context=True)
def cached_card(context, template_name, obj, **values):
    """``{% cached_card "components/person_card.html" person person=person %}``:
    the card ``template_name`` renders with ``values``, cached per language
    and content generation under ``obj`` (see ``bbg_site.fragments``)."""
    html = fragments.cached(obj, template_name)
    if html is None:
        card = context.template.engine.get_template(template_name)
        with context.push(**values):
            html = card.render(context)
        fragments.store(obj, template_name, html)
    return mark_safe(html)  # noqa: S308 - rendered by our own template, escaped there
