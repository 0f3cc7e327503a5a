from django.urls import path

from shingikai.consultations import report_views, views

app_name = "consultations"
urlpatterns = [
    path("", views.consultation_list, name="list"),
    path("new/", views.consultation_create, name="create"),
    path("<int:pk>/", views.consultation_detail, name="detail"),
    path("<int:pk>/edit/", views.consultation_edit, name="edit"),
    path("<int:pk>/submit/", views.consultation_submit, name="submit"),
    path("<int:pk>/return/", views.consultation_return, name="return"),
    path("<int:pk>/withdraw/", views.consultation_withdraw, name="withdraw"),
    path("<int:pk>/decline/", views.consultation_decline, name="decline"),
    path("<int:pk>/internal-review/", views.consultation_internal_review, name="internal_review"),
    path("<int:pk>/attachments/", views.attachment_upload, name="attachment_upload"),
    path(
        "<int:pk>/attachments/<int:attachment_pk>/",
        views.attachment_download,
        name="attachment_download",
    ),
    path("<int:pk>/meetings/<int:meeting_pk>/", views.deliberation, name="deliberation"),
    path("reports/new/<int:meeting_pk>/", report_views.report_create, name="report_create"),
    path("reports/<int:pk>/", report_views.report_detail, name="report"),
    path(
        "reports/<int:pk>/materials/<int:material_pk>/",
        report_views.report_material,
        name="report_material",
    ),
]
