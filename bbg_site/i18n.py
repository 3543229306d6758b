"""Language helpers shared by templates, views and tests."""

from urllib.parse import urlencode

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname


def html_lang(code: str) -> str:
    """The BCP 47 tag for a Django language code: ``sr-latn`` → ``sr-Latn``."""
    base, _, script = code.partition("-")
    return f"{base}-{script.title()}" if script else base


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def in_every_language(field: str) -> list[str]:
    """A translated field's columns in every language (``person__biography``
    → ``person__biography_en``, ``…_sq``, ``…_sr_latn``), e.g. to defer them."""
    return [build_localized_fieldname(field, code) for code in language_codes()]


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
