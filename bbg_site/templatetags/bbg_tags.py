from django import template
from django.apps import apps
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page

from bbg_site import cache_keys, fragments
from bbg_site.i18n import alternate_urls, content_language, html_lang, shown_language
from bbg_site.models import SiteSettings

register = template.Library()


@register.simple_tag
def inline_script(name):
    """An inline script the Content-Security-Policy allows by its hash
    (``bbg_site.security.INLINE_SCRIPTS``): the same bytes on every page."""
    from bbg_site.security import INLINE_SCRIPTS

    return format_html("<script>{}</script>", mark_safe(INLINE_SCRIPTS[name]))


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """Every language's URL of what the reader is looking at."""
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    return alternate_urls(request, page if isinstance(page, Page) else None)


@register.simple_tag
def language_cookie():
    """The name of the cookie that remembers the reader's choice of language
    (set by the language switcher's script, read at "/" by LocaleMiddleware)."""
    return settings.LANGUAGE_COOKIE_NAME


@register.simple_tag
def current_html_lang():
    return html_lang(translation.get_language() or "en")


@register.filter
def bcp47(code):
    return html_lang(code)


@register.filter
def field_lang(obj, field):
    """The BCP 47 tag of ``obj.field``'s text where it is not in the reader's
    language (the English fallback of an untranslated field), else "":
    for a tag argument, ``{% responsive_image … lang=page|field_lang:"cover_alt" %}``."""
    shown = shown_language(obj, field)
    if not shown or shown == translation.get_language():
        return ""
    return html_lang(shown)


@register.filter
def lang_attr(obj, field):
    """`` lang="en"`` on the element holding ``obj.field`` where its text is
    the English fallback in a page of another language, else nothing:
    ``<p{{ page|lang_attr:"subtitle" }}>{{ page.subtitle }}</p>``."""
    tag = field_lang(obj, field)
    return format_html(' lang="{}"', tag) if tag else ""


def item_lang(item) -> str:
    """The language tag of a menu item's text where it is not the reader's:
    ``MainMenuItem.text`` is the label in the reader's language, else the
    page's title (which may be the English fallback)."""
    language = content_language()
    if getattr(item, build_localized_fieldname("label", language), ""):
        return ""
    return field_lang(item.link_page, "title")


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
                    "lang": item_lang(item),
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
        # translate="no": an address, kept in Latin letters by the Cyrillic edition.
        '<span class="protected-email" translate="no" data-u="{}" data-d="{}">{} [at] {}</span>',
        user[::-1],
        domain[::-1],
        user,
        domain.replace(".", " [dot] "),
    )


OG_LOCALES = {"en": "en_GB", "sq": "sq_AL", "sr-latn": "sr_RS", "sr-cyrl": "sr_RS"}


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
        cache_keys.index_page(model_label),
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
