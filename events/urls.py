from django.urls import path

from .calendar import upcoming_events_calendar

urlpatterns = [path("events.ics", upcoming_events_calendar, name="feed_events_ics")]
