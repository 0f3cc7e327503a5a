from django.urls import path

from shingikai.pia import views

app_name = "pia"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("new/", views.create, name="create"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/public-comment/", views.public_comment, name="public_comment"),
    path("<int:pk>/third-party-check/", views.third_party_check, name="third_party_check"),
    path("<int:pk>/submit/", views.submit, name="submit"),
    path("<int:pk>/publish/", views.publish, name="publish"),
    path("<int:pk>/review/", views.review, name="review"),
    path("<int:pk>/important-change/", views.important_change, name="important_change"),
    path("<int:pk>/reassess/", views.reassess, name="reassess"),
]
