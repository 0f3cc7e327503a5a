from django.urls import path

from shingikai.minutes import views

app_name = "minutes"
urlpatterns = [
    path("", views.meeting_list, name="list"),
    path("upload/", views.upload, name="upload"),
    path("review/<int:pk>/", views.review, name="review"),
    path("meetings/<int:pk>/", views.meeting_detail, name="meeting"),
    path("meetings/<int:pk>/correct/", views.correct, name="correct"),
    path("meetings/<int:pk>/history/", views.history, name="history"),
    path("items/<int:pk>/", views.item_detail, name="item"),
]
