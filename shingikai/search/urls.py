from django.urls import path

from shingikai.search import views

app_name = "search"
urlpatterns = [
    path("", views.index, name="index"),
    path("similar/<str:source>/<int:pk>/", views.similar_consultations, name="similar"),
]
