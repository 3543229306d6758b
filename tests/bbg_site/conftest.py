import pytest
from django.test import Client

# Readers get pages from the page cache (PAGE_CACHE_SECONDS, 300 in
# production); the test settings switch it off. Tests that check what a
# reader is served (security headers, inline scripts, forms that post) take
# ``served`` and run three times: with the cache off, on a cache miss (the
# first reader, whose page is stored) and on a cache hit (a later reader,
# served the stored page as it is: it holds nothing of one reader).
SERVED_MODES = ("cache-off", "cache-miss", "cache-hit")


class Served:
    def __init__(self, mode):
        self.mode = mode
        self.hits = 0
        self.asked = set()

    def get(self, client, url, **extra):
        """``client``'s GET of ``url`` as this mode serves it; on a hit, another
        reader asked first. A page the cache can hold must say so."""
        if self.mode == "cache-hit":
            Client().get(url, **extra)
        response = client.get(url, **extra)
        state = response.get("X-Page-Cache")
        if self.mode == "cache-off":
            assert state is None, url
        elif state is not None:
            # On a miss run, a page asked for again is a hit.
            expected = "miss" if self.mode == "cache-miss" and url not in self.asked else "hit"
            assert state == expected, (url, state)
            self.hits += state == "hit"
        self.asked.add(url)
        return response

    def cacheable_pages_were_hits(self, at_least=1):
        """On a hit run, the test had pages served from the cache to check."""
        if self.mode == "cache-hit":
            assert self.hits >= at_least, self.hits


@pytest.fixture(params=SERVED_MODES)
def served(request, settings):
    settings.PAGE_CACHE_SECONDS = 0 if request.param == "cache-off" else 300
    return Served(request.param)
