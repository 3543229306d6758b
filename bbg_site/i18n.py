"""Language helpers shared by templates, views and tests."""

from urllib.parse import urlencode

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname

from bbg_site import upstream


def html_lang(code: str) -> str:
    """The BCP 47 tag for a Django language code: ``sr-latn`` → ``sr-Latn``."""
    base, _, script = code.partition("-")
    return f"{base}-{script.title()}" if script else base


def shown_language(obj, field: str) -> str:
    """The language code of the text the reader sees for ``obj.field`` in
    the active language: their own, or English where modeltranslation falls
    back to it (``MODELTRANSLATION_FALLBACK_LANGUAGES``) because the field is
    empty in theirs. Decided exactly as modeltranslation's descriptor decides
    which value to return. "" when nothing is shown, or for a field that is
    not translated. Templates mark fallback text with its ``lang`` (WCAG
    3.1.2, language of parts): the ``lang_attr`` and ``field_lang`` filters
    in ``bbg_tags``."""
    if obj is None:
        return ""
    language = content_language()
    shown = upstream.language_shown(obj, field, language)
    # The Cyrillic reader's own text is the Serbian Latin one, read in Cyrillic.
    return CYRILLIC if shown == CYRILLIC_SOURCE and is_cyrillic() else shown


# The Cyrillic edition: a Django language of its own (URL prefix, interface
# catalogue locale/sr_Cyrl, hreflang), whose text is the Serbian Latin
# fields read in Cyrillic (bbg_site/cyrillic.py). Not a modeltranslation
# language: there are no ``*_sr_cyrl`` fields.
CYRILLIC = "sr-cyrl"
CYRILLIC_SOURCE = "sr-latn"


def language_codes() -> list[str]:
    """Every language readers can choose (URL prefixes, switcher, hreflang,
    caches): ``settings.LANGUAGES``, the Cyrillic edition included."""
    return [code for code, _name in settings.LANGUAGES]


def content_language_codes() -> list[str]:
    """The languages editors write (``MODELTRANSLATION_LANGUAGES``: fields
    ``*_en``, ``*_sq``, ``*_sr_latn``)."""
    return list(settings.MODELTRANSLATION_LANGUAGES)


def content_language(code: str | None = None) -> str:
    """The language whose fields the reader of ``code`` (the active language
    by default) reads: ``sr-cyrl`` → ``sr-latn``, the others themselves."""
    code = code or translation.get_language() or settings.LANGUAGE_CODE
    return CYRILLIC_SOURCE if code == CYRILLIC else code


def is_cyrillic(code: str | None = None) -> bool:
    return (code or translation.get_language()) == CYRILLIC


def in_every_language(field: str) -> list[str]:
    """A translated field's columns in every language (``person__biography``
    → ``person__biography_en``, ``…_sq``, ``…_sr_latn``), e.g. to defer them."""
    return [build_localized_fieldname(field, code) for code in content_language_codes()]


# The query parameters the language switcher and the hreflang links carry to
# another language (the search's), each cut to its longest useful length.
# Nothing else a URL holds is copied into the page: a 30 KB query string once
# came back eight times, as a 248 KB page.
CARRIED_QUERY_PARAMETERS = {"q": 200, "type": 40, "order": 20, "page": 8}


def carried_query(request) -> str:
    kept = [
        (name, request.GET[name][:limit])
        for name, limit in CARRIED_QUERY_PARAMETERS.items()
        if request.GET.get(name)
    ]
    return f"?{urlencode(kept)}" if kept else ""


def email_link(path: str) -> str:
    """An address for an email, on the site's configured address
    (``WAGTAILADMIN_BASE_URL``), never on the Host header of the request
    that caused the email: anyone can send any Host."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def alternate_urls(request, page=None) -> list[dict]:
    """The current page in every language, for the switcher and hreflang links.

    For a Wagtail page the URL comes from the page's translated slugs; for any
    other view the language prefix of the current path is swapped.
    """
    current = translation.get_language()
    links = []
    for code, name in settings.LANGUAGES:
        if page is not None:
            with translation.override(code):
                path = page.get_url(request)
        else:
            # translate_url resolves the path in the active language itself.
            path = translate_url(request.path, code) + carried_query(request)
        if not path:
            continue
        links.append(
            {
                "code": code,
                "name": name,
                "lang": html_lang(code),
                "path": path,
                "url": request.build_absolute_uri(path),
                "current": code == current,
            }
        )
    return links


def absolute_url(page, request=None) -> str:
    """The page's address with the scheme and host the reader used (the Site
    record's hostname is only a fallback, e.g. for emails sent without a request)."""
    if request is None:
        return page.get_full_url() or ""
    return request.build_absolute_uri(page.get_url(request))
