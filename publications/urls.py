from django.urls import path

from .feeds import NewsFeed, PublicationsFeed, TopicFeed

urlpatterns = [
    path("publications/", PublicationsFeed(), name="feed_publications"),
    path("news/", NewsFeed(), name="feed_news"),
    path("topics/<slug:slug>/", TopicFeed(), name="feed_topic"),
]
