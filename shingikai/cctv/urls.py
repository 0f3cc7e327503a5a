from django.urls import path

from shingikai.cctv import exports, views

app_name = "cctv"
urlpatterns = [
    path("", views.camera_list, name="list"),
    path("new/", views.camera_create, name="create"),
    path("<int:pk>/", views.camera_detail, name="detail"),
    path("<int:pk>/edit/", views.camera_edit, name="edit"),
    path("<int:pk>/requests/new/", views.request_create, name="request_create"),
    path("requests/", views.request_list, name="requests"),
    path("requests/<int:pk>/", views.request_detail, name="request"),
    path("requests/<int:pk>/<slug:step>/", views.request_step, name="request_step"),
    path("counts/", views.counts, name="counts"),
    path("export.xlsx", exports.export_xlsx, name="export_xlsx"),
    path("export.csv", exports.export_csv, name="export_csv"),
]
