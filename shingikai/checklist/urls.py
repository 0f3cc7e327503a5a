from django.urls import path

from shingikai.checklist import views

app_name = "checklist"
urlpatterns = [
    path("preview/", views.preview_new, name="preview_new"),
    path("preview/<int:pk>/", views.preview, name="preview"),
    path("consultations/<int:pk>/export.json", views.export_json, name="export"),
    path("import/", views.import_json, name="import"),
]
