"""Rendered cards, cached until the content changes.

A listing of a hundred people spends most of its time rendering the same
cards again (each with a ``<picture>`` of four renditions and a page URL).
``{% cached_card "components/person_card.html" member person=member.person %}``
renders the card once per language and *content generation*
(``bbg_site.content_cache``): publishing, unpublishing, moving or deleting a
page, or saving an image, starts a new generation, so no card outlives the
content it shows.

The object after the template name identifies the card: everything the card
shows must come from it (and from what it links to), so that two objects
never share a card and one object always gets its own.

A listing primes its cards before rendering (``prime``): one ``get_many``
for the whole page, and only the objects whose card is not cached need their
pictures and columns loaded (``missing``).
"""

from django.core.cache import cache

from bbg_site import cache_keys
from bbg_site.content_cache import key as content_key

# Set on each primed object: {template name: cached HTML or None}.
ATTRIBUTE = "_cached_cards"


def card_key(template_name: str, obj) -> str:
    return content_key(cache_keys.card(template_name, obj))


def prime(objects, template_name: str) -> list:
    """Look up the cards of ``objects`` in one round trip; returns the
    objects whose card has to be rendered."""
    keys = {card_key(template_name, obj): obj for obj in objects}
    found = cache.get_many(list(keys)) if keys else {}
    missing = []
    for cache_key, obj in keys.items():
        html = found.get(cache_key)
        _cards(obj)[template_name] = html
        if html is None:
            missing.append(obj)
    return missing


def _cards(obj) -> dict:
    return obj.__dict__.setdefault(ATTRIBUTE, {})


def cached(obj, template_name: str) -> str | None:
    """The card primed for ``obj``, or None (not primed, or not cached)."""
    cards = _cards(obj)
    if template_name not in cards:
        return cache.get(card_key(template_name, obj))
    return cards[template_name]


def store(obj, template_name: str, html: str, timeout: int = 60 * 60 * 24) -> None:
    cache.set(card_key(template_name, obj), html, timeout)
    _cards(obj)[template_name] = html
