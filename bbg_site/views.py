from urllib.parse import quote

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.encoding import iri_to_uri
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, requires_csrf_token
from wagtail.models import Page

from bbg_site import engagement
from bbg_site.abuse import refusal
from bbg_site.forms import NEWSLETTER_CONSENT, ContactForm, SubscribeForm
from bbg_site.i18n import CYRILLIC, CYRILLIC_SOURCE, content_language
from bbg_site.listings import chosen_option, clean_query, paginate
from bbg_site.models import SearchKind
from bbg_site.search.query import excerpt, find

RESULTS_PER_PAGE = 10
SEARCH_ORDERS = ("relevance", "newest")


def search(request):
    """One search over every public page, in the reader's language (see
    ``bbg_site.search``): narrowed by kind, newest first on request, paginated."""
    # The Cyrillic edition searches the Serbian documents (shown in Cyrillic by
    # CyrillicMiddleware); a query in either script is folded to Latin.
    language = content_language()
    query = clean_query(request.GET.get("q", ""))
    kind = chosen_option(request.GET.get("type", ""), SearchKind.values)
    order = chosen_option(request.GET.get("order", ""), SEARCH_ORDERS)
    context = {"query": query, "kind": kind, "order": order or "relevance", "results": None}
    if query:
        found, counts = find(query, language, newest_first=order == "newest")
        if kind:
            found = found.filter(kind=kind)
        total = counts.get(kind, 0) if kind else sum(counts.values())
        results = paginate(request, found, RESULTS_PER_PAGE, count=total)
        pages = Page.objects.filter(pk__in=[doc.page_id for doc in results]).in_bulk()
        for doc in results:
            doc.url = pages[doc.page_id].get_url(request)
            doc.kind_label = SearchKind(doc.kind).label
            doc.excerpt = excerpt(doc.text, query)
        context.update(
            results=results,
            total=sum(counts.values()),
            kinds=[
                (value, label, counts.get(value, 0))
                for value, label in SearchKind.choices
                if counts.get(value)
            ],
        )
    return render(request, "pages/search.html", context)


@requires_csrf_token
def server_error(request):
    """A translated 500 page that needs neither the database nor site settings."""
    return render(request, "500.html", status=500)


# --- newsletter and contact ---------------------------------------------------


def _form_refused(request, form, template, context, status, message):
    """Show the form again with ``message`` on top and what was typed in it."""
    form.add_error(None, message)
    return render(request, template, {**context, "form": form}, status=status)


def newsletter(request):
    """The subscription page; the footer form posts here too."""

    template = "pages/newsletter.html"
    if request.method != "POST":
        form = SubscribeForm(initial={"language": translation.get_language()})
        return render(request, template, {"form": form})
    form = SubscribeForm(request.POST)
    refused = refusal(
        request,
        form,
        "newsletter",
        spam_message=_("Your subscription could not be sent. Please try again."),
        limit_message=_(
            "Too many attempts from your connection. Please try again in a few minutes."
        ),
    )
    if refused:
        return _form_refused(request, form, template, {}, *refused)
    if not form.is_valid():
        return render(request, template, {"form": form}, status=400)
    engagement.subscribe(
        email=form.cleaned_data["email"],
        language=form.cleaned_data["language"],
        topics=form.cleaned_data["topics"],
        consent_text=NEWSLETTER_CONSENT,
        request=request,
    )
    # The same answer whether or not the address was subscribed already.
    messages.success(
        request, _("Almost done: please confirm with the link we have emailed to you.")
    )
    return HttpResponseRedirect(request.path)


def _token_page(request, outcome, status=200, **context):
    """A page reached by a link from an email: it belongs to one person, so
    no cache keeps it."""
    response = render(
        request, "pages/newsletter_done.html", {"outcome": outcome, **context}, status=status
    )
    add_never_cache_headers(response)
    return response


def newsletter_confirm(request, token):
    try:
        subscriber = engagement.confirm(token)
    except engagement.ExpiredToken:
        return _token_page(request, "expired", status=410)
    except engagement.BadToken:
        return _token_page(request, "invalid", status=404)
    return _token_page(request, "confirmed", unsubscribe_url=engagement.unsubscribe_url(subscriber))


@csrf_exempt  # mail programs send the one-click unsubscribe POST without a token
def newsletter_unsubscribe(request, token):
    """A GET (a click on the link, or a mail scanner opening it) only asks;
    the button, or a mail program's one-click unsubscribe (RFC 8058), POSTs."""
    try:
        if request.method == "POST":
            engagement.unsubscribe(token)
            return _token_page(request, "unsubscribed")
        subscriber = engagement.subscriber_to_unsubscribe(token)
    except engagement.Gone:  # removed already: nothing left to ask about
        return _token_page(request, "unsubscribed")
    except engagement.BadToken:
        return _token_page(request, "invalid", status=404)
    if subscriber.status == subscriber.Status.UNSUBSCRIBED:
        return _token_page(request, "unsubscribed")
    return _token_page(request, "unsubscribe", email=subscriber.email)


def contact_submit(request, page):
    template = page.get_template(request)
    context = page.get_context(request)
    form = ContactForm(request.POST)
    refused = refusal(
        request,
        form,
        "contact",
        spam_message=_("Your message could not be sent. Please try again."),
        limit_message=_(
            "Too many messages from your connection. Please try again in a few minutes."
        ),
    )
    if refused:
        return _form_refused(request, form, template, context, *refused)
    if not form.is_valid():
        return render(request, template, {**context, "form": form}, status=400)
    engagement.receive_contact_message(
        **{k: form.cleaned_data[k] for k in ("name", "email", "subject", "message")},
        language=translation.get_language(),
        request=request,
    )
    messages.success(request, _("Thank you for your message. We will answer as soon as we can."))
    return HttpResponseRedirect(page.get_url(request) + "#contact-form")


def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/search/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


# "sr" without a script: Cyrillic is the default script of Serbian (CLDR), so
# a browser asking for plain "sr", "sr-Cyrl" or "sr-RS" reads Cyrillic; one
# asking for "sr-Latn" (or for no Serbian at all) reads Latin.
_LATIN_SERBIAN = ("sr-latn",)
_CYRILLIC_SERBIAN = ("sr", "sr-cyrl", "sr-rs", "sr-me", "sr-ba", "sr-xk")


def serbian_script_for(request) -> str:
    """``sr-cyrl`` or ``sr-latn``: the reader's remembered choice (the
    switcher's cookie) if it is Serbian, else the first Serbian tag of the
    browser's Accept-Language by quality, else Latin."""
    chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
    if chosen in (CYRILLIC, CYRILLIC_SOURCE):
        return chosen
    tags = []
    for position, part in enumerate(request.META.get("HTTP_ACCEPT_LANGUAGE", "").split(",")[:20]):
        tag, _sep, params = part.strip().lower().partition(";")
        try:
            quality = float(params.strip()[2:]) if params.strip().startswith("q=") else 1.0
        except ValueError:
            quality = 0.0
        if quality > 0:
            tags.append((-quality, position, tag.strip()))
    for _quality, _position, tag in sorted(tags):
        if tag.startswith(_LATIN_SERBIAN):
            return CYRILLIC_SOURCE
        if tag in _CYRILLIC_SERBIAN or tag.startswith("sr-cyrl"):
            return CYRILLIC
    return CYRILLIC_SOURCE


def serbian(request, rest: str = ""):
    """``/sr/`` and ``/sr/<path>``: the same address in the reader's Serbian
    script (the slugs are the same in both), never a 404."""
    # The path as the browser sent it, encoded again (a line break or a
    # space in it must not reach the Location header).
    target = f"/{serbian_script_for(request)}/{quote(rest[:2000], safe='/-_.~')}"
    query = iri_to_uri(request.META.get("QUERY_STRING", ""))[:2000]
    response = HttpResponseRedirect(f"{target}?{query}" if query else target)
    response["Vary"] = "Accept-Language, Cookie"
    return response
