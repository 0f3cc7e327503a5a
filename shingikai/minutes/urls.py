from django.urls import path

from shingikai.minutes import views

app_name = "minutes"
urlpatterns = [
    path("", views.meeting_list, name="list"),
    path("upload/", views.upload, name="upload"),
    path("meetings/<int:pk>/", views.meeting_detail, name="meeting"),
    path("items/<int:pk>/", views.item_detail, name="item"),
]
