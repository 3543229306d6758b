"""RSS feeds per language (the URL's language prefix picks it): publications,
news, and everything on one topic."""

import datetime

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.utils import timezone, translation
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from bbg_site.cyrillic import feed_to_cyrillic
from bbg_site.i18n import absolute_url, content_language, is_cyrillic
from bbg_site.models import SiteSettings, Topic

from .models import NewsPage, ReportPage

FEED_LENGTH = 20


def _as_datetime(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(9, 0)))


class _PageFeed(Feed):
    feed_type = Rss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        self.organisation = SiteSettings.for_request(request).organisation_name
        return super().__call__(request, *args, **kwargs)

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        if is_cyrillic():
            feed_to_cyrillic(feed)  # /sr-cyrl/feeds/…: the Serbian feed in Cyrillic
        return feed

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return strip_tags(item.get_summary())

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return absolute_url(item, self.request)

    def item_categories(self, item):
        return [topic.name for topic in item.topics.all()]

    def item_pubdate(self, item):
        return _as_datetime(item.publication_date if isinstance(item, ReportPage) else item.date)

    def item_author_name(self, item):
        if isinstance(item, ReportPage):
            return ", ".join(a.display_name for a in item.authors.all()) or self.organisation
        return self.organisation

    def item_enclosures(self, item):
        if not isinstance(item, ReportPage):
            return []
        pdf = item.pdf_for(content_language())
        if pdf is None:
            return []
        url = self.request.build_absolute_uri(pdf.document.url)
        return [Enclosure(url, str(pdf.document.file_size or 0), "application/pdf")]


def _reports():
    return (
        ReportPage.objects.live()
        .public()
        .select_related("report_type")
        .prefetch_related("authors__person", "downloads__document", "topics")
        .order_by("-publication_date", "-pk")
    )


def _news():
    return NewsPage.objects.live().public().prefetch_related("topics").order_by("-date", "-pk")


class PublicationsFeed(_PageFeed):
    def title(self):
        return _("%(organisation)s: publications") % {"organisation": self.organisation}

    def description(self):
        return _("New reports, policy briefs and analyses.")

    def link(self):
        index = _reports().first()
        return index.get_parent().get_url(self.request) if index else "/"

    def items(self):
        return _reports()[:FEED_LENGTH]


class NewsFeed(_PageFeed):
    def title(self):
        return _("%(organisation)s: news") % {"organisation": self.organisation}

    def description(self):
        return _("Announcements, press releases and statements.")

    def link(self):
        item = _news().first()
        return item.get_parent().get_url(self.request) if item else "/"

    def items(self):
        return _news()[:FEED_LENGTH]


class TopicFeed(_PageFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Topic, slug=slug)

    def title(self, topic):
        return _("%(organisation)s: %(topic)s") % {
            "organisation": self.organisation,
            "topic": topic.name,
        }

    def description(self, topic):
        return _("Publications and news on %(topic)s.") % {"topic": topic.name}

    def link(self, topic):
        return f"/{translation.get_language()}/"

    def items(self, topic):
        items = list(_reports().filter(topics=topic)[:FEED_LENGTH]) + list(
            _news().filter(topics=topic)[:FEED_LENGTH]
        )
        items.sort(key=self.item_pubdate, reverse=True)
        return items[:FEED_LENGTH]
