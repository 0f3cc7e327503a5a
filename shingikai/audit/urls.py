from django.urls import path

from shingikai.audit import views

app_name = "audit"
urlpatterns = [
    path("", views.event_list, name="list"),
    path("export.<str:fmt>", views.export, name="export"),
]
