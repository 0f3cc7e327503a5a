from django.urls import path

from shingikai.registers import import_views, report_views, views

app_name = "registers"
urlpatterns = [
    path("", views.index, name="index"),
    path("operations/", views.operation_list, name="operations"),
    path("operations/new/", views.start_create, name="start"),
    path(
        "from-consultation/<int:consultation_pk>/",
        views.from_consultation,
        name="from_consultation",
    ),
    path("operations/<int:pk>/", views.operation_detail, name="operation"),
    path("operations/<int:pk>/change/", views.change_create, name="change"),
    path("operations/<int:pk>/abolish/", views.abolition_create, name="abolish"),
    path("operations/<int:pk>/note/", views.internal_note, name="internal_note"),
    path("notifications/", views.notification_list, name="notifications"),
    path("notifications/<int:pk>/", views.notification_detail, name="notification"),
    path("notifications/<int:pk>/accept/", views.notification_accept, name="accept"),
    path("notifications/<int:pk>/return/", views.notification_return, name="return"),
    path("report/", report_views.report, name="report"),
    path("report/pdf/", report_views.report_pdf, name="report_pdf"),
    path("report/xlsx/", report_views.report_xlsx, name="report_xlsx"),
    path("public/", report_views.public_register, name="public"),
    path("public/<int:pk>/", report_views.public_entry, name="public_entry"),
    path("import/", import_views.import_upload, name="import"),
    path("import/<int:pk>/", import_views.import_map, name="import_map"),
]
