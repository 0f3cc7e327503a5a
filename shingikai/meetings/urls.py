from django.urls import path

from shingikai.meetings import views

app_name = "meetings"
urlpatterns = [
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
        "<int:pk>/agenda/<int:item_pk>/closed/", views.agenda_item_closed, name="item_closed"
    ),
    path(
        "<int:pk>/followups/<int:followup_pk>/close/",
        views.followup_close,
        name="followup_close",
    ),
]
