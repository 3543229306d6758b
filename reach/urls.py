from django.urls import path

from reach import views

urlpatterns = [path("view/", views.view_beacon, name="reach_view")]
