"""sitemap.xml: every live public page in every language, each entry with
its hreflang alternates (Wagtail's own sitemap has none)."""

from django.contrib.sitemaps import Sitemap

from bbg_site.i18n import language_codes
from bbg_site.models.base import public_pages


class PageSitemap(Sitemap):
    i18n = True
    alternates = True
    # Django's x-default is the URL without a language prefix, which only
    # works for English slugs; the pages' own x-default (English) is used.
    x_default = False
    languages = language_codes()

    def items(self):
        return list(public_pages().filter(depth__gt=1).order_by("path"))

    def location(self, page):
        # Called inside translation.override(language): the page's URL there.
        return page.get_url()

    def lastmod(self, page):
        return page.last_published_at
