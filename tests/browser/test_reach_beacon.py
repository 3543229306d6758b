"""Reach in a real browser: a page served from the page cache sends its
beacon (site.js, no inline script, no CSP violation) with the referring
site's host only, and the view is counted in the page's language."""

import pytest
from django.test import override_settings

from reach import flush
from reach.models import Count
from tests.helpers import url_in
from tests.reach.conftest import BROWSER, reach_redis  # noqa: F401 (fixture)

pytestmark = pytest.mark.browser


def test_a_cached_page_sends_its_beacon_and_is_counted(
    chromium,
    live_server,
    site,
    reach_redis,  # noqa: F811
):
    # Headless Chromium says "HeadlessChrome", which the crawler list rightly
    # refuses: a reader's browser says "Chrome".
    violations = []
    url = live_server.url + url_in(site.about, "sq")

    def visit(**kwargs):
        # A context of its own each time: the page says Cache-Control:
        # public, so a second visit in the same context would be answered by
        # the browser's own cache without asking the site.
        context = chromium.new_context(locale="sq", user_agent=BROWSER)
        page = context.new_page()
        page.on(
            "console",
            lambda m: violations.append(m.text) if "Security Policy" in m.text else None,
        )
        with page.expect_request("**/reach/view/") as sent:
            served = page.goto(url, **kwargs)
        request = sent.value
        response = request.response()
        context.close()
        return served, request, response

    with override_settings(PAGE_CACHE_SECONDS=300):
        visit()  # fills the page cache
        served, request, response = visit(referer="https://www.example.org/some/path?secret=1")
    assert served.headers["x-page-cache"] == "hit"
    assert response.status == 204
    form = dict(part.split("=", 1) for part in request.post_data.split("&"))
    assert form == {"p": str(site.about.pk), "l": "sq", "r": "www.example.org"}
    assert violations == []
    flush.flush()
    views = Count.objects.filter(kind="view", page=site.about).values_list("language", "count")
    # The first visit was counted; the second, from the same browser within
    # half an hour, is a repeat.
    assert list(views) == [("sq", 1)]
    assert list(Count.objects.filter(kind="referral").values_list("source", flat=True)) == [
        "-direct"
    ]
