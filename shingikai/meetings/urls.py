from django.urls import path

from shingikai.meetings import calendar, correction_views, material_views, views

app_name = "meetings"
urlpatterns = [
    path("calendar/<str:token>.ics", calendar.feed, name="calendar"),
    path("followups/", material_views.followup_list, name="followups"),
    path("followups/<int:followup_pk>/report/", material_views.report_file, name="report_file"),
    path(
        "followups/reports/<int:report_pk>/agenda/",
        material_views.report_to_agenda,
        name="report_to_agenda",
    ),
    path(
        "followups/reports/<int:report_pk>/file/",
        material_views.report_download,
        name="report_download",
    ),
    path("<int:pk>/materials/", material_views.material_add, name="material_add"),
    path(
        "<int:pk>/materials/<int:material_pk>/",
        material_views.material_download,
        name="material_download",
    ),
    path("<int:pk>/questions/", material_views.question_ask, name="question_ask"),
    path(
        "<int:pk>/questions/<int:question_pk>/answer/",
        material_views.question_answer,
        name="question_answer",
    ),
    path(
        "<int:pk>/questions/<int:question_pk>/turn/",
        material_views.question_record,
        name="question_record",
    ),
    path("<int:pk>/questions/compile/", material_views.questions_compile, name="questions_compile"),
    path("<int:pk>/record/", correction_views.record, name="record"),
    path(
        "<int:pk>/record/turns/<int:turn_pk>/", correction_views.turn_correct, name="turn_correct"
    ),
    path(
        "<int:pk>/record/decisions/<int:decision_pk>/",
        correction_views.decision_correct,
        name="decision_correct",
    ),
    path(
        "<int:pk>/record/followups/<int:followup_pk>/",
        correction_views.followup_correct,
        name="followup_correct",
    ),
    path(
        "<int:pk>/record/items/<int:item_pk>/", correction_views.item_correct, name="item_correct"
    ),
    path("", views.meeting_list, name="list"),
    path("new/", views.meeting_create, name="create"),
    path("<int:pk>/", views.meeting_detail, name="detail"),
    path("<int:pk>/edit/", views.meeting_edit, name="edit"),
    path(
        "<int:pk>/attendance/<int:member_pk>/",
        views.attendance_toggle,
        name="attendance_toggle",
    ),
    path(
        "<int:pk>/attendance/<int:member_pk>/details/",
        views.attendance_details,
        name="attendance_details",
    ),
    path("<int:pk>/attendance/all/", views.attendance_all_present, name="attendance_all"),
    path("<int:pk>/observers/", views.observers_count, name="observers"),
    path("<int:pk>/staff/", views.staff_add, name="staff_add"),
    path("<int:pk>/agenda/consultation/", views.agenda_add_consultation, name="agenda_add"),
    path("<int:pk>/agenda/item/", views.agenda_add_item, name="agenda_add_item"),
    path(
        "<int:pk>/agenda/confirmation/", views.agenda_add_confirmation, name="agenda_confirmation"
    ),
    path("<int:pk>/agenda/<int:item_pk>/closed/", views.agenda_item_closed, name="item_closed"),
    path(
        "<int:pk>/followups/<int:followup_pk>/close/",
        views.followup_close,
        name="followup_close",
    ),
]
