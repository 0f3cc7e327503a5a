from django.urls import path

from shingikai.front import views

app_name = "front"
urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("accessibility/", views.accessibility, name="accessibility"),
]
